import { describe, expect, it } from "vitest";
import { formatProgress, formatSummary } from "../../src/cli/bulk-progress.js";

describe("bulk ingest progress and summary", () => {
  it("shows done of total, the rate of documents read, the time left, failures and skipped files", () => {
    const line = formatProgress({ total: 1000, done: 250, skipped: 50, failed: 3, elapsedMs: 40_000 });
    expect(line).toContain("250/1000 (25%)");
    expect(line).toContain("5.0 docs/s"); // 200 read in 40 s
    expect(line).toContain("ETA 2m00s"); // 750 more at 160 ms a file
    expect(line).toContain("3 failed · 50 skipped");
  });

  it("sums up by outcome and lists failures by file, the first twenty", () => {
    const failures = Array.from({ length: 22 }, (_, i) => ({
      file: `/c/${i}.txt`,
      error: `${i}.txt: The file is empty.`,
    }));
    const text = formatSummary({
      total: 100,
      done: 100,
      skipped: 10,
      failed: 22,
      elapsedMs: 20_000,
      byStatus: { ADDED: 60, UPGRADED: 5, UPDATED: 2, UNCHANGED: 1 },
      failures,
    });
    expect(text).toMatch(
      /^Ingested 100 files in 20s: 60 added, 5 upgraded from placeholders, 2 updated, 1 unchanged, 10 skipped .*, 22 failed\./,
    );
    expect(text).toContain("67 documents written at 3.4 documents/s.");
    expect(text).toContain("✗ 0.txt: The file is empty.");
    expect(text).toContain("… and 2 more failures.");
    expect(text).not.toContain("✗ 21.txt");
  });
});
