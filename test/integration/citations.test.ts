import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { RunningApp } from "../../src/app.js";
import { todayInChina } from "../../src/citations/citation-fields.js";
import { formatBibliography, parseCitations, type ParsedReference } from "../helpers/citation-parsers.js";
import { useSeededGraph } from "../helpers/seeded.js";
import { executeGraphQL, startServer } from "../helpers/server.js";

useSeededGraph();
let app: RunningApp;
beforeAll(async () => {
  app = await startServer();
});
afterAll(async () => {
  await app?.stop();
});

const PLAN = "PolicyDocument:gz-ai-plan-2020-2022";

interface Doc {
  id: string;
  name: string;
  nameEn: string | null;
  docNumber: string | null;
  issueDate: string | null;
  sourceUrl: string | null;
  level: string;
}

/** Every document as GraphQL reports it: what the citations must carry. */
async function documents(): Promise<Doc[]> {
  const res = await executeGraphQL<{ documents: { edges: { node: Doc }[] } }>(
    app.url,
    "{ documents(first: 100) { edges { node { id name nameEn docNumber issueDate sourceUrl level } } } }",
  );
  expect(res.errors).toBeUndefined();
  return res.data!.documents.edges.map((e) => e.node);
}

const FORMATS = [
  { ext: "json", format: "CSL_JSON", type: /^application\/vnd\.citationstyles\.csl\+json; charset=utf-8$/ },
  { ext: "bib", format: "BIBTEX", type: /^application\/x-bibtex; charset=utf-8$/ },
  { ext: "ris", format: "RIS", type: /^application\/x-research-info-systems; charset=utf-8$/ },
] as const;

/** The parsed reference of document `id` (its key is the id without the `PolicyDocument:` prefix). */
function refOf(refs: ParsedReference[], id: string): ParsedReference {
  const ref = refs.find((r) => r.id === id.replace(/^PolicyDocument:/, ""));
  expect(ref, id).toBeDefined();
  return ref!;
}

/** The date a citation gives a document: its date of issue, else the year of its 文号 (a document only cited). */
function citedDate(d: Doc): number[] | null {
  const year = d.docNumber ? /〔(\d{4})〕/.exec(d.docNumber) : null;
  return d.issueDate?.split("-").map(Number) ?? (year ? [Number(year[1])] : null);
}

describe("citations of documents", () => {
  it("give the plan its official page as sourceUrl, and invent none for the documents it cites", async () => {
    const docs = await documents();
    expect(docs.find((d) => d.id === PLAN)!.sourceUrl).toBe("https://gxj.gz.gov.cn/yw/tzgg/content/post_5685387.html");
    const cited = docs.filter((d) => d.id !== PLAN);
    expect(cited.length).toBeGreaterThanOrEqual(4);
    for (const d of cited) expect(d.sourceUrl, d.id).toBeNull();
  });

  it.each(FORMATS)(
    "download as $ext that citation-js reads back with every document's title, 文号, date and URL",
    async ({ ext, type }) => {
      const res = await fetch(`${app.url}/export/citations.${ext}`);
      expect(res.status).toBe(200);
      expect(res.headers.get("content-type")).toMatch(type);
      expect(res.headers.get("content-disposition")).toBe(`attachment; filename="policy-graph-citations.${ext}"`);
      const text = await res.text();
      const refs = parseCitations(text, ext);
      const docs = await documents();
      expect(refs).toHaveLength(docs.length);
      for (const d of docs) {
        const r = refOf(refs, d.id);
        expect(r.title, d.id).toBe(d.name);
        expect(r.number ?? null, d.id).toBe(d.docNumber);
        expect(r.URL ?? null, d.id).toBe(d.sourceUrl);
        expect(r.issued?.["date-parts"]?.[0] ?? null, d.id).toEqual(citedDate(d));
        if (ext === "ris" && d.issueDate)
          expect(text).toContain(`DA  - ${d.issueDate.replaceAll("-", "/")}\r\nPY  - ${d.issueDate.slice(0, 4)}\r\n`);
      }
      // The plan has an official page: where its issuer sits, and the day it is cited as read (today).
      expect(refOf(refs, PLAN)).toMatchObject({
        "publisher-place": "广州",
        accessed: { "date-parts": [todayInChina().split("-").map(Number)] },
      });
      const national = docs.filter((d) => d.level === "NATIONAL");
      expect(national.map((d) => refOf(refs, d.id).number)).toEqual(["国发〔2017〕35号", "工信部科〔2017〕315号"]);
    },
  );

  it("name the issuing body as author, so citeproc formats a bibliography entry with it", async () => {
    const csl = parseCitations(
      await (await fetch(`${app.url}/export/citations.json?ids=${encodeURIComponent(PLAN)}`)).text(),
      "json",
    );
    expect(csl[0]).toMatchObject({ type: "report", authority: "广州市工业和信息化局", language: "zh-CN" });
    const entry = formatBibliography(csl);
    expect(entry).toContain("广州市工业和信息化局");
    expect(entry).toContain("广州市关于推进新一代人工智能产业发展的行动计划(2020-2022年)");
    expect(entry).toContain("https://gxj.gz.gov.cn/yw/tzgg/content/post_5685387.html");
    // A `legislation` item would read as a US statute in APA ("Pub. L. No. …").
    expect(entry).not.toContain("Pub. L.");
  });

  it("show a year for every document only cited, never n.d., in a citeproc bibliography", async () => {
    const refs = parseCitations(await (await fetch(`${app.url}/export/citations.json`)).text(), "json");
    const docs = await documents();
    const cited = docs.filter((d) => d.id !== PLAN && citedDate(d));
    expect(cited.length).toBeGreaterThanOrEqual(4);
    for (const d of cited) {
      const entry = formatBibliography([refOf(refs, d.id)]);
      expect(entry, d.id).toContain(String(citedDate(d)![0]));
      expect(entry, d.id).not.toContain("n.d.");
    }
  });

  it("download as a GB/T 7714-2015 list: the plan [EB/OL] with place, issuer, dates and URL, the documents it cites [Z]", async () => {
    const res = await fetch(`${app.url}/export/citations.txt`);
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe("text/plain; charset=utf-8");
    expect(res.headers.get("content-disposition")).toBe('attachment; filename="policy-graph-citations.txt"');
    const lines = (await res.text()).split("\n");
    const docs = await documents();
    expect(lines).toHaveLength(docs.length + 1);
    expect(lines.at(-1)).toBe("");
    docs.forEach((d, i) => {
      expect(lines[i]!.startsWith(`[${i + 1}] `), d.id).toBe(true);
      expect(lines[i], d.id).toContain(
        `${d.name}${d.docNumber ? `: ${d.docNumber}` : ""}[${d.sourceUrl ? "EB/OL" : "Z"}]. `,
      );
    });
    const plan = lines[docs.findIndex((d) => d.id === PLAN)]!;
    expect(plan).toMatch(
      /^\[\d+\] 广州市工业和信息化局\. 广州市关于推进新一代人工智能产业发展的行动计划\(2020-2022年\)\[EB\/OL\]\. 广州: 广州市工业和信息化局, 2020\(2020-\d\d-\d\d\)\[(\d{4}-\d\d-\d\d)\]\. https:\/\/gxj\.gz\.gov\.cn\/yw\/tzgg\/content\/post_5685387\.html\.$/,
    );
    expect(plan).toContain(`[${todayInChina()}]`);
    const national = lines[docs.findIndex((d) => d.docNumber === "国发〔2017〕35号")]!;
    expect(national).toMatch(/^\[\d+\] 国务院\. 新一代人工智能发展规划: 国发〔2017〕35号\[Z\]\. 北京: 国务院, 2017\.$/);
  });

  it("are the same files from GraphQL, for all documents or the ones asked for, in the order asked", async () => {
    const docs = await documents();
    const ids = [docs.at(-1)!.id, PLAN];
    for (const { ext, format } of [...FORMATS, { ext: "txt", format: "GBT7714" } as const]) {
      const query = `query($ids: [ID!]) { all: citations(format: ${format}) some: citations(format: ${format}, ids: $ids) }`;
      const res = await executeGraphQL<{ all: string; some: string }>(app.url, query, { ids });
      expect(res.errors).toBeUndefined();
      expect(res.data!.all).toBe(await (await fetch(`${app.url}/export/citations.${ext}`)).text());
      expect(res.data!.some).toBe(
        await (await fetch(`${app.url}/export/citations.${ext}?ids=${ids.map(encodeURIComponent).join(",")}`)).text(),
      );
      if (ext !== "txt")
        expect(parseCitations(res.data!.some, ext).map((r) => r.id)).toEqual(
          ids.map((id) => id.replace(/^PolicyDocument:/, "")),
        );
    }
  });

  it("come one document at a time from PolicyDocument.citation", async () => {
    const res = await executeGraphQL<{
      documents: { edges: { node: { id: string; name: string; bib: string; ris: string; csl: string } }[] };
    }>(
      app.url,
      "{ documents(level: NATIONAL) { edges { node { id name bib: citation(format: BIBTEX) ris: citation(format: RIS) csl: citation(format: CSL_JSON) } } } }",
    );
    expect(res.errors).toBeUndefined();
    const nodes = res.data!.documents.edges.map((e) => e.node);
    expect(nodes.length).toBe(2);
    for (const n of nodes) {
      expect(parseCitations(n.bib, "bib").map((r) => r.title)).toEqual([n.name]);
      expect(parseCitations(n.ris, "ris").map((r) => r.title)).toEqual([n.name]);
      expect(parseCitations(n.csl, "json").map((r) => r.title)).toEqual([n.name]);
    }
  });

  it("answer an unknown document with a 404 naming it, and an unknown parameter with a 400", async () => {
    const missing = await fetch(`${app.url}/export/citations.bib?ids=${encodeURIComponent(PLAN)},PolicyDocument:nope`);
    expect(missing.status).toBe(404);
    const body = (await missing.json()) as any;
    expect(body.errors[0].extensions).toMatchObject({ code: "NOT_FOUND", ids: ["PolicyDocument:nope"] });
    expect(body.errors[0].message).toContain('"PolicyDocument:nope"');
    const bad = await fetch(`${app.url}/export/citations.ris?format=ris`);
    expect(bad.status).toBe(400);
    expect(((await bad.json()) as any).errors[0].message).toContain('Unknown parameter "format"');
    const gql = await executeGraphQL(app.url, '{ citations(format: RIS, ids: ["Task:gz-ai-plan-2020-2022/task-02"]) }');
    expect(gql.errors![0]!.extensions!.code).toBe("NOT_FOUND");
  });
});

interface Ev {
  quote: string;
  start: number;
  end: number;
  link: string;
  sourceLink: string | null;
  document: { id: string; sourceUrl: string | null };
}

/** Evidence of several kinds of nodes and relationships of the plan. */
async function someEvidence(): Promise<Ev[]> {
  const ev = "evidence { quote start end link sourceLink document { id sourceUrl } }";
  const res = await executeGraphQL<any>(
    app.url,
    `{
    measures { edges { node { ${ev} responsible { ${ev} } } } }
    tasks(first: 3) { edges { node { ${ev} } } }
    node(id: "${PLAN}") { ... on PolicyDocument { ${ev} implementsEdges { ${ev} } } }
  }`,
  );
  expect(res.errors).toBeUndefined();
  const d = res.data;
  const all: Ev[] = [
    ...d.measures.edges.flatMap((e: any) => [
      ...e.node.evidence,
      ...e.node.responsible.flatMap((r: any) => r.evidence),
    ]),
    ...d.tasks.edges.flatMap((e: any) => e.node.evidence),
    ...d.node.evidence,
    ...d.node.implementsEdges.flatMap((e: any) => e.evidence),
  ];
  expect(all.length).toBeGreaterThan(10);
  return all;
}

const unescape = (html: string) =>
  html
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, "&");

describe("evidence deep links", () => {
  it("lead to a reader page whose <mark id=quote> holds exactly the quote, in a zh-Hans page", async () => {
    const evidence = await someEvidence();
    const texts = new Map<string, string>();
    for (const e of evidence.filter((_, i) => i % 3 === 0)) {
      if (!texts.has(e.document.id))
        texts.set(
          e.document.id,
          await (await fetch(`${app.url}/documents/${encodeURIComponent(e.document.id)}.txt`)).text(),
        );
      expect(e.link).toBe(
        `${app.url}/documents/${encodeURIComponent(e.document.id)}?start=${e.start}&end=${e.end}#quote`,
      );
      const res = await fetch(e.link, { headers: { accept: "text/html" } });
      expect(res.status).toBe(200);
      expect(res.headers.get("content-type")).toBe("text/html; charset=utf-8");
      const html = await res.text();
      expect(html).toContain('<html lang="zh-Hans">');
      const marks = [...html.matchAll(/<mark id="quote">([\s\S]*?)<\/mark>/g)];
      expect(marks).toHaveLength(1);
      expect(unescape(marks[0]![1]!)).toBe(e.quote);
      // The page holds the whole text around the quote, escaped.
      expect(
        unescape(
          html
            .slice(html.indexOf('<main class="text">') + '<main class="text">'.length, html.indexOf("</main>"))
            .replace(/<\/?mark[^>]*>/g, ""),
        ),
      ).toBe(texts.get(e.document.id));
    }
  });

  it("index the plain text: its slice from start to end is the quote", async () => {
    const evidence = await someEvidence();
    const res = await fetch(`${app.url}/documents/${encodeURIComponent(PLAN)}.txt`);
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe("text/plain; charset=utf-8");
    const text = await res.text();
    for (const e of evidence.filter((x) => x.document.id === PLAN)) expect(text.slice(e.start, e.end)).toBe(e.quote);
  });

  it("point into the official page with a text fragment of the quote when the document has a sourceUrl", async () => {
    const evidence = await someEvidence();
    for (const e of evidence) {
      if (!e.document.sourceUrl) {
        expect(e.sourceLink).toBeNull();
        continue;
      }
      expect(e.sourceLink!.startsWith(`${e.document.sourceUrl}#:~:text=`)).toBe(true);
      const words = decodeURIComponent(e.sourceLink!.slice(e.sourceLink!.indexOf("=") + 1));
      expect(e.quote).toContain(words);
      expect(words.length).toBeGreaterThan(0);
    }
    expect(evidence.some((e) => e.sourceLink !== null)).toBe(true);
  });

  it("refuse offsets outside the text, reversed or malformed, with a 400 that says why, as HTML for browsers and JSON otherwise", async () => {
    const base = `${app.url}/documents/${encodeURIComponent(PLAN)}`;
    const length = (await (await fetch(`${base}.txt`)).text()).length;
    const cases: [string, string][] = [
      ["start=10&end=5", "start must be less than end, but start=10 and end=5"],
      ["start=5&end=5", "start must be less than end"],
      [
        `start=0&end=${length + 1}`,
        `end=${length + 1} is past the end of the document's text, which is ${length} characters long`,
      ],
      ["start=-1&end=4", 'start must be a whole number (an offset from Evidence.start/end), but was "-1"'],
      ["start=abc&end=4", 'but was "abc"'],
      ["start=3", "start and end go together"],
      ["start=1&start=2&end=4", "start must be given once"],
    ];
    for (const [query, message] of cases) {
      const json = await fetch(`${base}?${query}`, { headers: { accept: "application/json" } });
      expect(json.status, query).toBe(400);
      const body = (await json.json()) as any;
      expect(body.errors[0].extensions.code).toBe("BAD_USER_INPUT");
      expect(body.errors[0].message).toContain(message);
      const html = await fetch(`${base}?${query}`, {
        headers: { accept: "text/html,application/xhtml+xml,*/*;q=0.8" },
      });
      expect(html.status, query).toBe(400);
      expect(html.headers.get("content-type")).toBe("text/html; charset=utf-8");
      expect(await html.text()).toContain(message.replace(/"/g, "&quot;").replace(/'/g, "&#39;"));
    }
    const whole = await fetch(base);
    expect(whole.status).toBe(200);
    expect(await whole.text()).not.toContain("<mark");
  });

  it("answer an unknown id, and a document that is only cited, with a 404", async () => {
    const unknown = await fetch(`${app.url}/documents/${encodeURIComponent("PolicyDocument:nope")}?start=0&end=1`, {
      headers: { accept: "application/json" },
    });
    expect(unknown.status).toBe(404);
    expect(((await unknown.json()) as any).errors[0]).toMatchObject({
      extensions: { code: "NOT_FOUND" },
      message: expect.stringContaining('No policy document has the id "PolicyDocument:nope"'),
    });
    const text = await fetch(`${app.url}/documents/${encodeURIComponent("Task:gz-ai-plan-2020-2022/task-02")}.txt`);
    expect(text.status).toBe(404);
    const html = await fetch(
      `${app.url}/documents/${encodeURIComponent("PolicyDocument:national-ngai-development-plan")}`,
      { headers: { accept: "text/html" } },
    );
    expect(html.status).toBe(404);
    expect(await html.text()).toContain("is only cited by other documents");
  });

  it("answer a client over its share of the database with 503 UNAVAILABLE, not an internal error", async () => {
    const narrow = await startServer({ MAX_DB_CONCURRENCY_PER_CLIENT: "1", DB_QUEUE_PER_CLIENT: "0" });
    try {
      const urls = Array.from({ length: 48 }, (_, i) =>
        i % 2 ? `${narrow.url}/export/citations.bib` : `${narrow.url}/documents/${encodeURIComponent(PLAN)}.txt`,
      );
      const responses = await Promise.all(urls.map((u) => fetch(u)));
      const statuses = responses.map((r) => r.status);
      expect(statuses.every((s) => s === 200 || s === 503)).toBe(true);
      const refused = responses.filter((r) => r.status === 503);
      expect(refused.length).toBeGreaterThan(0);
      expect(((await refused[0]!.json()) as any).errors[0].extensions.code).toBe("UNAVAILABLE");
    } finally {
      await narrow.stop();
    }
  });

  it("are built on PUBLIC_URL when it is set", async () => {
    const behindProxy = await startServer({ PUBLIC_URL: "https://policy.example.org/graph/" });
    try {
      const res = await executeGraphQL<any>(
        behindProxy.url,
        `{ node(id: "${PLAN}") { ... on PolicyDocument { evidence { start end link } } } }`,
      );
      const e = res.data.node.evidence[0];
      expect(e.link).toBe(
        `https://policy.example.org/graph/documents/${encodeURIComponent(PLAN)}?start=${e.start}&end=${e.end}#quote`,
      );
    } finally {
      await behindProxy.stop();
    }
  });
});
