import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { loadConfig } from "../../src/config.js";
import { UnavailableError } from "../../src/errors/client-errors.js";
import {
  availableBytes,
  decideFreeSpace,
  diskGuardFor,
  ensureFreeSpace,
  lowDiskMessage,
} from "../../src/ingest/disk-space.js";
import { OriginalsStore, originalsDirFor } from "../../src/ingest/originals.js";
import { notEmpty } from "../../src/ingest/rebuild.js";

const MB = 1024 * 1024;
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "policy-graph-durability-unit-"));
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

describe("the free-space decision", () => {
  it("allows a write at or above MIN_FREE_DISK_MB and refuses it below", () => {
    expect(decideFreeSpace(512 * MB, 512)).toEqual({ ok: true, freeMb: 512, minFreeMb: 512 });
    expect(decideFreeSpace(512 * MB - 1, 512)).toEqual({ ok: false, freeMb: 511, minFreeMb: 512 });
    expect(decideFreeSpace(0, 512).ok).toBe(false);
    expect(decideFreeSpace(0, 0).ok).toBe(true);
  });

  it("reads MIN_FREE_DISK_MB (default 512), guards the embedded data folder, and nothing for NEO4J_URI or 0", () => {
    const embedded = loadConfig({ NEO4J_EMBEDDED_DATA_DIR: "/srv/pg" });
    expect(embedded.minFreeDiskMb).toBe(512);
    expect(diskGuardFor(embedded)).toEqual({ dir: "/srv/pg", minFreeMb: 512 });
    expect(originalsDirFor(embedded)).toBe("/srv/pg/originals");
    expect(diskGuardFor(loadConfig({ MIN_FREE_DISK_MB: "0" }))).toBeUndefined();
    const external = loadConfig({ NEO4J_URI: "bolt://db:7687", MIN_FREE_DISK_MB: "2048" });
    expect(diskGuardFor(external)).toBeUndefined();
    expect(originalsDirFor(external)).toBeUndefined();
    expect(() => loadConfig({ MIN_FREE_DISK_MB: "lots" })).toThrow(/MIN_FREE_DISK_MB must be a whole number/);
  });

  it("says how much is free, where, that nothing was written and what to do", () => {
    const message = lowDiskMessage(
      "Ingesting a.txt",
      { dir: "/srv/pg", minFreeMb: 512 },
      decideFreeSpace(100 * MB, 512),
    );
    expect(message).toBe(
      "Ingesting a.txt was refused: only 100 MB are free on the disk holding the Neo4j data folder /srv/pg, and MIN_FREE_DISK_MB asks for at least 512 MB, " +
        "so that Neo4j never runs out of room for its transaction logs. Nothing was written. Free space on that disk (`df -h /srv/pg` shows it), then retry.",
    );
  });

  it("measures a folder that does not exist yet on its nearest parent, and refuses with UNAVAILABLE", async () => {
    expect(await availableBytes(path.join(tmp, "not", "yet"))).toBeGreaterThan(0);
    await expect(ensureFreeSpace(undefined, "x")).resolves.toBeUndefined();
    const error = await ensureFreeSpace(
      { dir: path.join(tmp, "not"), minFreeMb: 100_000_000 },
      "Ingesting b.txt",
    ).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(UnavailableError);
    expect((error as UnavailableError).extensions.code).toBe("UNAVAILABLE");
    expect((error as Error).message).toMatch(/^Ingesting b\.txt was refused: only \d+ MB are free/);
  });
});

describe("the kept originals", () => {
  it("keeps every version owner-only and lists the latest of each document in first-ingest order", async () => {
    const store = new OriginalsStore(path.join(tmp, "originals"));
    const base = { source: "x.txt", example: true, replace: false };
    await store.keep({ ...base, documentId: "doc-b", contentHash: "b1", text: "B one" });
    await store.keep({
      ...base,
      documentId: "doc-a",
      contentHash: "a1",
      text: Buffer.from("A one"),
      metadata: { issuer: "甲" },
    });
    await store.keep({ ...base, documentId: "doc-b", contentHash: "b2", text: "B two", replace: true });
    await store.keep({ ...base, documentId: "doc-b", contentHash: "b1", text: "B one" }); // back to the first text
    const latest = await store.latest();
    expect(latest.map((k) => [k.documentId, k.contentHash])).toEqual([
      ["doc-b", "b1"],
      ["doc-a", "a1"],
    ]);
    expect(fs.readFileSync(latest[0]!.textFile, "utf8")).toBe("B one");
    expect(latest[1]).toMatchObject({ metadata: { issuer: "甲" }, example: true, replace: false, source: "x.txt" });
    expect(latest[0]!.firstIngestedAt < latest[1]!.firstIngestedAt).toBe(true);
    expect(await store.has("doc-b", "b2")).toBe(true);
    expect(await store.has("doc-b", "b3")).toBe(false);
    expect(fs.readdirSync(path.join(store.dir, "doc-b")).sort()).toEqual(["b1.json", "b1.txt", "b2.json", "b2.txt"]);
    if (process.platform !== "win32") {
      expect(fs.statSync(store.dir).mode & 0o777).toBe(0o700);
      expect(fs.statSync(path.join(store.dir, "doc-b")).mode & 0o777).toBe(0o700);
      expect(fs.statSync(latest[0]!.textFile).mode & 0o777).toBe(0o600);
      expect(fs.statSync(latest[0]!.textFile.replace(/txt$/, "json")).mode & 0o777).toBe(0o600);
    }
  });

  it("ignores a version whose record was never written, and an empty or missing folder", async () => {
    const store = new OriginalsStore(path.join(tmp, "half"));
    expect(await store.latest()).toEqual([]);
    fs.mkdirSync(path.join(store.dir, "doc-c"), { recursive: true });
    fs.writeFileSync(path.join(store.dir, "doc-c", "c1.txt"), "C");
    expect(await store.latest()).toEqual([]);
  });

  it("rebuilds only into a new folder or one holding nothing but originals/ and auth/", () => {
    const dir = path.join(tmp, "data");
    expect(notEmpty(dir)).toBeUndefined();
    fs.mkdirSync(path.join(dir, "originals"), { recursive: true });
    fs.mkdirSync(path.join(dir, "auth"));
    expect(notEmpty(dir)).toBeUndefined();
    fs.mkdirSync(path.join(dir, "data"));
    expect(notEmpty(dir)).toBe(`${dir} is not empty (it holds data)`);
  });
});
