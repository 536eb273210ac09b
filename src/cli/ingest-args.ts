import { parseArgs } from "node:util";
import type { DocumentMetadata } from "../ingest/extract.js";
import { type GovernmentLevel, isHttpUrl } from "../ingest/gazetteer.js";
import { checkTitle } from "../ingest/ingest-errors.js";
import { expandPaths } from "../ingest/ingest-files.js";

const LEVELS = ["NATIONAL", "PROVINCIAL", "MUNICIPAL", "DISTRICT"];

/** From this many files, an ingest runs in bulk (batches, progress, summary) unless told otherwise. */
export const BULK_FROM = 20;

export const INGEST_USAGE = [
  "Usage: npm run ingest -- <file|dir|url>... [--level NATIONAL|PROVINCIAL|MUNICIPAL|DISTRICT] [--issuer NAME] [--issued-on YYYY-MM-DD] [--doc-number N] [--source-url URL] [--title TITLE] [--dry-run] [--replace]",
  "  <file|dir|url> plain text (UTF-8, GBK/GB18030, UTF-16), saved web pages (.html), PDFs with a text layer and Word .docx files;",
  "                 a directory is read for .txt .html .htm .pdf .docx; an http(s) URL is fetched (a government article page, a PDF…)",
  "  --title TITLE  the document's title, for a text without a recognisable title line (one file only)",
  "  --dry-run      print what would be added, changed and removed (by name), and write nothing",
  "  --replace      write an update even when it removes more than 10% of what the document said before",
  `  --bulk         ingest in batches with a progress line and a summary (the default past ${BULK_FROM} files); resumable:`,
  "                 files whose exact bytes were ingested before are skipped",
  "  --batch-size N documents per write transaction in bulk (default 25)",
  "  --reread       in bulk, read files again even when their bytes were ingested before",
].join("\n");

export interface IngestArgs {
  paths: string[];
  metadata: DocumentMetadata;
  dryRun: boolean;
  /** Write updates that remove more than the safe share of a document (src/ingest/update-diff.ts). */
  replace: boolean;
  /** Batches with progress and a summary, instead of a report per file. */
  bulk: boolean;
  batchSize: number;
  reread: boolean;
}

const OPTIONS = {
  level: { type: "string" },
  issuer: { type: "string" },
  "issued-on": { type: "string" },
  "doc-number": { type: "string" },
  "source-url": { type: "string" },
  title: { type: "string" },
  "dry-run": { type: "boolean", default: false },
  replace: { type: "boolean", default: false },
  bulk: { type: "boolean", default: false },
  "batch-size": { type: "string" },
  reread: { type: "boolean", default: false },
} as const;

/** Parses the ingest command line; throws a message with the usage on a bad option or value. */
export function parseIngestArgs(argv: string[]): IngestArgs {
  let parsed;
  try {
    parsed = parseArgs({ args: argv, allowPositionals: true, options: OPTIONS });
  } catch (error) {
    // node:util names the bad option (`Unknown option '--titel'`); add what the good ones are.
    throw new Error(`${(error as Error).message}\n${INGEST_USAGE}`);
  }
  const { values, positionals } = parsed;
  if (positionals.length === 0) throw new Error(`No file, directory or URL given.\n${INGEST_USAGE}`);
  const level = values.level?.toUpperCase();
  if (level !== undefined && !LEVELS.includes(level))
    throw new Error(`--level must be one of ${LEVELS.join(", ")}, but is "${values.level}".`);
  const issuedOn = values["issued-on"];
  if (issuedOn !== undefined && (!/^\d{4}-\d{2}-\d{2}$/.test(issuedOn) || Number.isNaN(Date.parse(issuedOn)))) {
    throw new Error(`--issued-on must be a date as YYYY-MM-DD, but is "${issuedOn}".`);
  }
  const sourceUrl = values["source-url"];
  if (sourceUrl !== undefined && !isHttpUrl(sourceUrl))
    throw new Error(
      `--source-url must be an absolute http(s) URL (the document's official page), but is "${sourceUrl}".`,
    );
  const title = values.title === undefined ? undefined : checkTitle(values.title, "--title");
  // One title names one document: given for a directory, every file in it would claim it.
  const files = title === undefined ? 0 : expandPaths(positionals).length;
  if (title !== undefined && files !== 1) {
    throw new Error(
      `--title names one document, but ${positionals.join(" ")} holds ${files} files. Ingest the file that has no title line on its own with --title.`,
    );
  }
  const metadata: DocumentMetadata = {};
  if (level) metadata.level = level as GovernmentLevel;
  if (values.issuer) metadata.issuer = values.issuer;
  if (issuedOn) metadata.issuedOn = issuedOn;
  if (values["doc-number"]) metadata.docNumber = values["doc-number"];
  if (sourceUrl) metadata.sourceUrl = sourceUrl;
  if (title) metadata.title = title;
  const batchSize = values["batch-size"] === undefined ? 25 : Number(values["batch-size"]);
  if (!Number.isInteger(batchSize) || batchSize < 1 || batchSize > 500)
    throw new Error(`--batch-size must be a whole number from 1 to 500, but is "${values["batch-size"]}".`);
  const urls = positionals.some(isHttpUrl);
  if (values.bulk && urls) throw new Error("--bulk reads files and directories; ingest URLs without it.");
  const bulk = (values.bulk ?? false) || (title === undefined && !urls && expandPaths(positionals).length > BULK_FROM);
  return {
    paths: positionals,
    metadata,
    dryRun: values["dry-run"] ?? false,
    replace: values.replace ?? false,
    bulk,
    batchSize,
    reread: values.reread ?? false,
  };
}
