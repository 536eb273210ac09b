import type { BulkProgress, BulkSummary } from "../ingest/bulk-ingest.js";

/** One line of progress: done of total, documents per second, time left, failures and skipped files so far. */
export function formatProgress(p: BulkProgress): string {
  const rate = p.elapsedMs > 0 ? (p.done - p.skipped) / (p.elapsedMs / 1000) : 0;
  const perFile = p.done > 0 ? p.elapsedMs / p.done : 0;
  const eta = duration(perFile * (p.total - p.done));
  const pct = p.total > 0 ? Math.floor((100 * p.done) / p.total) : 100;
  const width = 24;
  const bar = "█".repeat(Math.round((width * pct) / 100)).padEnd(width, "░");
  return `${bar} ${p.done}/${p.total} (${pct}%) · ${rate.toFixed(1)} docs/s · ETA ${eta} · ${p.failed} failed · ${p.skipped} skipped`;
}

/** What a bulk run did, for the end of the command's output; failures listed by file (the first 20). */
export function formatSummary(s: BulkSummary): string {
  const written = s.byStatus.ADDED + s.byStatus.UPGRADED + s.byStatus.UPDATED;
  const lines = [
    `Ingested ${s.total} files in ${duration(s.elapsedMs)}: ${s.byStatus.ADDED} added, ${s.byStatus.UPGRADED} upgraded from placeholders, ${s.byStatus.UPDATED} updated, ` +
      `${s.byStatus.UNCHANGED} unchanged, ${s.skipped} skipped (already ingested from the same bytes), ${s.failed} failed.`,
    `${written} documents written at ${(written / Math.max(s.elapsedMs / 1000, 0.001)).toFixed(1)} documents/s.`,
  ];
  for (const f of s.failures.slice(0, 20))
    lines.push(
      `✗ ${f.error.includes(f.file) || f.error.startsWith(basename(f.file)) ? f.error : `${f.file}: ${f.error}`}`,
    );
  if (s.failures.length > 20) lines.push(`… and ${s.failures.length - 20} more failures.`);
  return lines.join("\n");
}

/**
 * Shows progress on a terminal as one line redrawn in place, and elsewhere (a log, CI) as a line at
 * most every `everyMs`, so a long run neither floods a log nor stays silent.
 */
export function progressPrinter(stream: NodeJS.WriteStream, everyMs = 10_000): (p: BulkProgress) => void {
  let last = 0;
  return (p) => {
    if (stream.isTTY) {
      stream.write(`\r${formatProgress(p)}${p.done === p.total ? "\n" : ""}`);
      return;
    }
    if (p.done === p.total || Date.now() - last >= everyMs) {
      last = Date.now();
      stream.write(`${formatProgress(p)}\n`);
    }
  };
}

function duration(ms: number): string {
  const s = Math.round(ms / 1000);
  return s >= 3600
    ? `${Math.floor(s / 3600)}h${String(Math.floor((s % 3600) / 60)).padStart(2, "0")}m`
    : s >= 60
      ? `${Math.floor(s / 60)}m${String(s % 60).padStart(2, "0")}s`
      : `${s}s`;
}

function basename(file: string): string {
  return file.split(/[\\/]/).pop() ?? file;
}
