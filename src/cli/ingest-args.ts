import { parseArgs } from "node:util";
import type { DocumentMetadata } from "../ingest/extract.js";
import { type GovernmentLevel, isHttpUrl } from "../ingest/gazetteer.js";

const LEVELS = ["NATIONAL", "PROVINCIAL", "MUNICIPAL", "DISTRICT"];

export const INGEST_USAGE = "Usage: npm run ingest -- <file|dir>... [--level NATIONAL|PROVINCIAL|MUNICIPAL|DISTRICT] [--issuer NAME] [--issued-on YYYY-MM-DD] [--doc-number N] [--source-url URL] [--dry-run]";

export interface IngestArgs {
  paths: string[];
  metadata: DocumentMetadata;
  dryRun: boolean;
}

/** Parses the ingest command line; throws a message with the usage on a bad option or value. */
export function parseIngestArgs(argv: string[]): IngestArgs {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      level: { type: "string" },
      issuer: { type: "string" },
      "issued-on": { type: "string" },
      "doc-number": { type: "string" },
      "source-url": { type: "string" },
      "dry-run": { type: "boolean", default: false },
    },
  });
  if (positionals.length === 0) throw new Error(`No file or directory given.\n${INGEST_USAGE}`);
  const level = values.level?.toUpperCase();
  if (level !== undefined && !LEVELS.includes(level)) throw new Error(`--level must be one of ${LEVELS.join(", ")}, but is "${values.level}".`);
  const issuedOn = values["issued-on"];
  if (issuedOn !== undefined && (!/^\d{4}-\d{2}-\d{2}$/.test(issuedOn) || Number.isNaN(Date.parse(issuedOn)))) {
    throw new Error(`--issued-on must be a date as YYYY-MM-DD, but is "${issuedOn}".`);
  }
  const sourceUrl = values["source-url"];
  if (sourceUrl !== undefined && !isHttpUrl(sourceUrl)) throw new Error(`--source-url must be an absolute http(s) URL (the document's official page), but is "${sourceUrl}".`);
  const metadata: DocumentMetadata = {};
  if (level) metadata.level = level as GovernmentLevel;
  if (values.issuer) metadata.issuer = values.issuer;
  if (issuedOn) metadata.issuedOn = issuedOn;
  if (values["doc-number"]) metadata.docNumber = values["doc-number"];
  if (sourceUrl) metadata.sourceUrl = sourceUrl;
  return { paths: positionals, metadata, dryRun: values["dry-run"] ?? false };
}
