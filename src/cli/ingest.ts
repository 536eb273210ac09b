// `npm run ingest -- <file|dir>...`: ingests policy documents into the configured Neo4j (the
// embedded one when NEO4J_URI is unset, like `npm start`) and prints what each one added,
// changed, removed and linked. A bad file is reported by name and the others still go in; an update
// that would remove too much of a loaded document is refused unless --replace is given.
import { createIngestPipeline, startApp } from "../app.js";
import { loadConfig } from "../config.js";
import { StartupError } from "../errors/startup-error.js";
import { bulkIngest } from "../ingest/bulk-ingest.js";
import { expandPaths, ingestFiles } from "../ingest/ingest-files.js";
import { formatReport } from "../ingest/report-text.js";
import { formatSummary, progressPrinter } from "./bulk-progress.js";
import { parseIngestArgs } from "./ingest-args.js";

let args;
try {
  args = parseIngestArgs(process.argv.slice(2));
} catch (error) {
  console.error((error as Error).message);
  process.exit(2);
}

try {
  const config = loadConfig(process.env, { port: 0, host: "127.0.0.1" });
  const app = await startApp(config, () => {});
  try {
    // The same pipeline as the mutation: refused on a low disk, originals kept for `npm run rebuild`.
    const pipeline = createIngestPipeline(app.db, config);
    if (args.bulk) {
      // A corpus: batches of documents per transaction, a progress line, a summary; resumable.
      const files = expandPaths(args.paths);
      const summary = await bulkIngest(app.db, pipeline, files, {
        batchSize: args.batchSize,
        metadata: args.metadata,
        dryRun: args.dryRun,
        replace: args.replace,
        rereadIngested: args.reread,
        onProgress: progressPrinter(process.stderr),
      });
      console.log(formatSummary(summary));
      if (summary.failed > 0) process.exitCode = 1;
    } else
      for (const outcome of await ingestFiles(pipeline, args.paths, {
        metadata: args.metadata,
        dryRun: args.dryRun,
        replace: args.replace,
      })) {
        if ("report" in outcome) console.log(formatReport(outcome.report));
        else {
          // A refused update: first what it would have removed, then why it was refused.
          if (outcome.refused) console.log(formatReport(outcome.refused, { refused: true }));
          console.error(`✗ ${outcome.error}`);
          process.exitCode = 1;
        }
      }
  } finally {
    await app.stop();
  }
} catch (error) {
  console.error(error instanceof StartupError ? error.message : error);
  process.exitCode = 1;
}
