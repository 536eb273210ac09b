import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { type Extraction, extractDocument } from "../../src/ingest/extract.js";
import { loadGazetteer } from "../../src/ingest/gazetteer.js";
import { extractSeed } from "../../src/ingest/seed.js";
import { normalise } from "../../src/ingest/normalise.js";
import { canonicalPunctuation } from "../../src/ingest/punctuation.js";
import { layoutText } from "../../src/ingest/text-layout.js";
import { PROJECT_ROOT } from "../helpers/project-root.js";
import { PARAGRAPHS, pdfCopy } from "./text-layout-fixture.js";

const gazetteer = loadGazetteer(path.join(PROJECT_ROOT, "seeds/gazetteer"));
const laidOut = (raw: string) => layoutText(normalise(raw));
const HEADER = "某市人民政府办公室文件";
const graphOf = (g: Extraction) => ({
  title: g.title,
  docNumber: g.docNumber,
  nodes: g.nodes.map((n) => `${n.label}:${n.props.name}`).sort(),
  relationships: g.relationships.map((r) => r.id).sort(),
});
const paragraphs = extractDocument(PARAGRAPHS.join("\n"), gazetteer);

/** Every quote maps to a raw range that holds the same words: converted, whitespace and page furniture aside. */
function expectExactEvidence(g: Extraction, raw: string, furniture: RegExp = /(?!)/u): void {
  const words = (s: string) => canonicalPunctuation(s).replace(furniture, "").replace(/\s/gu, "");
  const all = [...g.nodes, ...g.relationships].flatMap((x) => x.evidence);
  expect(all.length).toBeGreaterThan(20);
  for (const e of all) {
    expect(g.text.slice(e.start, e.end)).toBe(e.quote);
    expect(words(normalise(raw.slice(e.rawStart, e.rawEnd)).text), e.quote).toBe(words(e.quote));
  }
}

describe("page marks and running headers", () => {
  for (const mark of ["— 2 —", "-2-", "- 2 -", "－２－", "第 2 页", "2"]) {
    it(`drops a page mark written ${mark} with the blank lines around it`, () => {
      const raw = `一、总体要求\n\n${mark}\n\n二、重点任务\n${mark.replace("2", "3")}\n三、保障措施`;
      expect(laidOut(raw).text).toBe("一、总体要求\n二、重点任务\n三、保障措施");
    });
  }

  it("keeps a lone number that is no rising sequence of page numbers", () => {
    expect(laidOut("指标\n5\n3\n说明").text).toBe("指标\n5\n3\n说明");
  });

  it("drops a running header printed beside three page marks and keeps the same words elsewhere", () => {
    const page = (n: string) => [`${n}、甲。`, `乙${n}。`, `丙${n}。`];
    const raw = [
      HEADER,
      ...page("一"),
      "— 1 —",
      HEADER,
      ...page("二"),
      "— 2 —",
      "",
      HEADER,
      ...page("三"),
      "— 3 —",
      HEADER,
      ...page("四"),
    ].join("\n");
    expect(laidOut(raw).text).toBe([HEADER, ...page("一"), ...page("二"), ...page("三"), ...page("四")].join("\n"));
  });
});

describe("hard line breaks of a PDF copy", () => {
  const raw = pdfCopy(28, 8, (n) => `— ${n + 1} —`, HEADER);
  const g = extractDocument(raw, gazetteer);

  it("joins lines cut inside words, names and 文号 and leaves paragraphs, headings and dates on their own lines", () => {
    expect(raw).toContain("〔2017〕35\n号");
    expect(g.text).toContain("(国发〔2017〕35号)");
    expect(g.text).toContain("\n　　2024年4月8日\n");
    expect(g.text).toContain("\n　　二、重点任务\n　　(一)夯实算力基础。\n");
    expect(g.text).not.toContain(HEADER);
    expect(g.text).not.toMatch(/— \d —/u);
  });

  it("extracts the same graph as the document in paragraphs, whatever the width, page mark or line end", () => {
    expect(graphOf(g)).toEqual(graphOf(paragraphs));
    for (const [columns, perPage, mark, eol] of [
      [30, 10, "-N-", "\r\n"],
      [24, 7, "第 N 页", "\n"],
      [36, 6, "N", "\n"],
    ] as const) {
      const other = extractDocument(
        pdfCopy(columns, perPage, (n) => mark.replace("N", String(n + 1)), HEADER, eol),
        gazetteer,
      );
      expect(graphOf(other), `${columns} columns`).toEqual(graphOf(paragraphs));
    }
  });

  it("maps every quote back to the raw words it came from", () => {
    expectExactEvidence(g, raw, new RegExp(`${HEADER}|— \\d —`, "gu"));
  });

  it("leaves text whose lines are paragraphs as it is", () => {
    const text = PARAGRAPHS.join("\n");
    expect(laidOut(text).text).toBe(normalise(text).text);
  });
});

describe("a page flattened to one line", () => {
  for (const [name, separator] of [
    ["indentation", "　　"],
    ["a space", " "],
  ] as const) {
    it(`gets its paragraph breaks back when paragraphs are separated by ${name}`, () => {
      const raw = PARAGRAPHS.map((p) => p.trim()).join(separator);
      const g = extractDocument(raw, gazetteer);
      expect(graphOf(g)).toEqual(graphOf(paragraphs));
      expect(g.text.split("\n").map((line) => line.trim())).toEqual(
        canonicalPunctuation(PARAGRAPHS.join("\n"))
          .split("\n")
          .map((line) => line.trim()),
      );
      expectExactEvidence(g, raw);
    });
  }

  it("maps an inserted break to the raw offset of the character after it", () => {
    const raw = PARAGRAPHS.map((p) => p.trim()).join("");
    const { text, toRaw } = laidOut(raw);
    const at = text.indexOf("\n二、重点任务");
    expect(raw.slice(toRaw(at), toRaw(at + 7))).toBe("二、重点任务");
    expect(raw.slice(toRaw(at - 5), toRaw(at + 3))).toBe(raw.slice(toRaw(at - 5), toRaw(at + 3)).replace("\n", ""));
  });
});

describe("the Guangzhou seed (a web page in paragraphs)", () => {
  it("maps every quote back to the raw words it came from", () => {
    const raw = readFileSync(path.join(PROJECT_ROOT, "seeds/guangzhou-ai-action-plan-2020-2022.raw.txt"), "utf8");
    for (const g of extractSeed(PROJECT_ROOT)) expectExactEvidence(g, raw);
  });
});

describe("whitespace and line ends", () => {
  it("keeps full-width and no-break spaces as whitespace and CRLF as before", () => {
    const raw = "一、总体要求\r\n\u3000\u3000到2025年,建成平台。\r\n\u00a0二、保障措施";
    expect(laidOut(raw).text).toBe(raw);
    expect(canonicalPunctuation(laidOut(raw).text)).toBe(
      "一、总体要求\n\n\u3000\u3000到2025年,建成平台。\n\n\u00a0二、保障措施",
    );
  });
});
