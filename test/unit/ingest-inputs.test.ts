import { describe, expect, it } from "vitest";
import { INGEST_USAGE, parseIngestArgs } from "../../src/cli/ingest-args.js";
import { loadConfig } from "../../src/config.js";
import { ingestAccess } from "../../src/graphql/ingest/ingest-access.js";
import type { IngestPipeline } from "../../src/ingest/pipeline.js";
import { isMarkedExample } from "../../src/ingest/pipeline.js";
import { extractSeed, SEED_DOCUMENTS } from "../../src/ingest/seed.js";
import { fixture } from "../helpers/fixtures.js";
import { PROJECT_ROOT } from "../helpers/project-root.js";

describe("the ingest command line", () => {
  it("reads paths and every metadata option", () => {
    expect(parseIngestArgs(["a.txt", "dir", "--level", "district", "--issuer", "广州市黄埔区人民政府", "--issued-on", "2021-11-02", "--doc-number", "穗埔府规[2021]8号", "--dry-run"])).toEqual({
      paths: ["a.txt", "dir"],
      metadata: { level: "DISTRICT", issuer: "广州市黄埔区人民政府", issuedOn: "2021-11-02", docNumber: "穗埔府规[2021]8号" },
      dryRun: true,
    });
  });

  it("explains a missing path, a bad level and a bad date", () => {
    expect(() => parseIngestArgs([])).toThrow(INGEST_USAGE);
    expect(() => parseIngestArgs(["a.txt", "--level", "CITY"])).toThrow(/--level must be one of NATIONAL, PROVINCIAL, MUNICIPAL, DISTRICT, but is "CITY"/);
    expect(() => parseIngestArgs(["a.txt", "--issued-on", "18/06/2021"])).toThrow(/--issued-on must be a date as YYYY-MM-DD/);
  });
});

describe("the ingest token", () => {
  const pipeline = {} as IngestPipeline;

  it("comes from INGEST_TOKEN and must be long enough to guess badly", () => {
    expect(loadConfig({ INGEST_TOKEN: "0123456789abcdef0123" }).ingestToken).toBe("0123456789abcdef0123");
    expect(loadConfig({}).ingestToken).toBeUndefined();
    expect(() => loadConfig({ INGEST_TOKEN: "short" })).toThrow(/INGEST_TOKEN must be at least 16 characters/);
  });

  it("disables the mutation when unset, and tells a missing header from a wrong token", () => {
    expect(ingestAccess({ pipeline }, "Bearer anything")).toMatchObject({ enabled: false });
    const token = "0123456789abcdef0123";
    expect(ingestAccess({ pipeline, token }, undefined)).toMatchObject({ enabled: true, authorized: null });
    expect(ingestAccess({ pipeline, token }, "Bearer wrong-token")).toMatchObject({ authorized: false });
    expect(ingestAccess({ pipeline, token }, `Bearer ${token}`)).toMatchObject({ authorized: true });
  });
});

describe("the invented examples", () => {
  it("are never part of the seed that npm start loads", () => {
    expect(SEED_DOCUMENTS.every((f) => !f.includes("example"))).toBe(true);
    for (const g of extractSeed(PROJECT_ROOT)) expect(g.nodes.some((n) => n.props.example === true)).toBe(false);
  });

  it("say so in their first line, which marks them as examples when ingested", () => {
    for (const name of ["national", "provincial", "district", "shenzhen"] as const) expect(isMarkedExample(fixture(name))).toBe(true);
    expect(isMarkedExample("广州市人工智能方案\n各区人民政府:\n")).toBe(false);
  });
});
