import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { PROJECT_ROOT } from "../helpers/project-root.js";

/** Top-level keys of the CFF 1.2.0 schema, which allows no others. */
const CFF_KEYS = [
  "abstract",
  "authors",
  "cff-version",
  "commit",
  "contact",
  "date-released",
  "doi",
  "identifiers",
  "keywords",
  "license",
  "license-url",
  "message",
  "preferred-citation",
  "references",
  "repository",
  "repository-artifact",
  "repository-code",
  "title",
  "type",
  "url",
  "version",
];

const read = (file: string) => fs.readFileSync(path.join(PROJECT_ROOT, file), "utf8");

describe("CITATION.cff", () => {
  const cff = parse(read("CITATION.cff")) as Record<string, unknown>;
  const pkg = JSON.parse(read("package.json")) as { version: string; license?: string };

  it("is CFF 1.2.0 with its required keys and no key the schema lacks", () => {
    expect(cff["cff-version"]).toBe("1.2.0");
    expect(typeof cff.message).toBe("string");
    expect(typeof cff.title).toBe("string");
    expect(Object.keys(cff).filter((k) => !CFF_KEYS.includes(k))).toEqual([]);
    expect(["software", "dataset"]).toContain(cff.type);
  });

  it("names authors the schema accepts: a person with family-names or an entity with a name", () => {
    const authors = cff.authors as Record<string, unknown>[];
    expect(authors.length).toBeGreaterThan(0);
    for (const a of authors) expect(typeof a["family-names"] === "string" || typeof a.name === "string").toBe(true);
  });

  it("gives package.json's version and licence", () => {
    expect(cff.version).toBe(pkg.version);
    expect(cff.license).toBe(pkg.license);
    expect(read("LICENSE")).toContain(`${cff.license} License`);
  });
});
