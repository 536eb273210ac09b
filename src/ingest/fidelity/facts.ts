// Facts of one extraction and of one key, in the same shape, so they can be matched one to one.
import { DRAFT_MARK } from "../document-number.js";
import type { Extraction } from "../extract.js";
import type { GraphNode } from "../../model/graph-model.js";
import type { DocumentKey, FactClass } from "./key.js";

/** One fact: its class, a line for reports, and the fields that must agree. */
export interface Fact {
  cls: FactClass;
  label: string;
  /** Fields compared with {@link sameFact}; names are canonical (see {@link canonicalName}). */
  fields: Record<string, string | number | null>;
  /** Other spellings of the main name (an agency's or entity's aliases). */
  aliases?: string[];
  /** Text the item holds (heading and body), for a key's `body`. */
  text?: string;
}

/**
 * A name in one spelling for comparison: no spaces or line breaks, ASCII brackets and punctuation,
 * one dash, `人民政府` read as `政府`, a zone's `管理委员会` as `管委会`, `委员会` as `委`, no 《》 or quotes, and the official short forms
 * of a body's name read as its long ones (`科学技术部` is `科技部`, `…高新技术产业开发区` is `…高新区`,
 * `…经济技术开发区` is `…经开区`, `…市场监督管理局` is `…市场监管局`, `国家市场监督管理总局` is `市场监管总局` (and `金融监管总局` so),
 * `中华人民共和国工业和信息化部` is `工业和信息化部`, `中国人民银行江西省分行` is `人民银行江西省分行`,
 * `国家税务总局佛山市税务局` is `佛山市税务局`, `中共江西省委网信办` is `江西省委网信办`, `中国证券监督管理委员会湖北监管局`
 * is `湖北证监局`, `国家金融监督管理总局湖北监管局` is `湖北金融监管局`, `水利部长江水利委员会` is `长江水利委`).
 */
export function canonicalName(s: string): string {
  return (
    s
      .replace(/[\uFF01-\uFF5E]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))
      .replace(/[\s\u3000《》“”"'‘’]/g, "")
      .replace(/[〔［【]/g, "[")
      .replace(/[〕］】]/g, "]")
      .replace(/[—–－~～至]/g, "-")
      .replace(/人民政府/g, "政府")
      // A zone's committee (`…开发区管理委员会`), not a city's management committee (`城市管理委员会`).
      .replace(/(?<=区)管理委员会/g, "管委会")
      .replace(/委员会/g, "委")
      // Official short forms of the same body: a reader writes either.
      .replace(/^中华人民共和国/, "")
      // A party committee's body with or without its `中共` (`中共江西省委网信办` is `江西省委网信办`).
      .replace(/^中共(?!中央)/, "")
      .replace(/^中国人民银行/, "人民银行")
      .replace(/高新技术产业开发区/g, "高新区")
      .replace(/经济技术开发区/g, "经开区")
      .replace(/科学技术/g, "科技")
      .replace(/发展和改革/g, "发展改革")
      .replace(/(市场|金融)监督管理/g, "$1监管")
      .replace(/^国家(?=[\u4e00-\u9fff]{2,6}总局)/, "")
      // A tax bureau's official name opens with its administration (`国家税务总局佛山市税务局`); it is called by its place.
      .replace(/^(?:国家)?税务总局(?=[\u4e00-\u9fff]{2,8}?税务局$)/, "")
      // The regulators' offices in a province, their river commissions and a department of social security are
      // called by short names too (`湖北证监局`, `湖北金融监管局`, `长江水利委`, `人力资源社会保障厅`).
      .replace(/^中国证券监督管理委([\u4e00-\u9fff]{2,8}?)监管局$/, "$1证监局")
      .replace(/^金融监管总局([\u4e00-\u9fff]{2,8}?)监管局$/, "$1金融监管局")
      .replace(/^水利部([\u4e00-\u9fff]{2,4}水利委)$/, "$1")
      .replace(/人力资源和社会保障/g, "人力资源社会保障")
      .replace(/[。.]$/, "")
  );
}

const c = (s: string | null | undefined) => (s ? canonicalName(s) : null);

/**
 * A document's title for comparison: {@link canonicalName} without a draft's mark (`(征求意见稿)`),
 * which some readers keep in the title and some leave beside it; either names the same document.
 */
const t = (s: string | null | undefined) => (s ? canonicalName(s).replace(DRAFT_MARK, "") : null);

/**
 * A body's name for comparison: {@link canonicalName}, and a district's, county's or zone's body the
 * same with or without its city before it (`武汉市洪山区科经局` is `洪山区科经局`), a town's with or without
 * its county (`婺源县江湾镇人民政府`), and a zone's under its long or short name, as readers write both.
 */
export function bodyName(s: string): string {
  return (
    canonicalName(s)
      // The Youth League's committee of a district with or without its city (`共青团苏州市姑苏区委` is `共青团姑苏区委`).
      .replace(/^共青团[\u4e00-\u9fff]{1,4}?市(?=[\u4e00-\u9fff]{1,6}?(?:区|县)委$)/, "共青团")
      .replace(/^[\u4e00-\u9fff]{1,4}?市(?=[\u4e00-\u9fff]{1,6}?(?:区|县|旗)[\u4e00-\u9fff])/, "")
      // …and a town's or street office's with or without its county (`婺源县江湾镇政府` is `江湾镇政府`).
      .replace(TOWN_UNDER, "")
      // A high-tech zone's body by its place (`东湖高新区`) as by its whole name (`武汉东湖新技术开发区`)…
      .replace(HIGH_TECH_LONG, "$1高新区")
      // …and any zone's under its official short name (`杨凌示范区财政局`) or its long one
      // (`杨凌农业高新技术产业示范区财政局`): its place's two characters and its kind, as readers write both.
      .replace(ZONE_LONG, "$1$2")
  );
}

const TOWN_UNDER =
  /^[\u4e00-\u9fff]{1,6}?(?:县|区|市|旗)(?=[\u4e00-\u9fff]{1,6}?(?:镇|乡|街道)(?:政府|办事处|党委|党工委))/;
const HIGH_TECH_LONG =
  /^\p{Script=Han}{0,4}?(\p{Script=Han}{2})(?:新技术开发区|高新技术产业开发区|高新区)(?=\p{Script=Han})/u;
const ZONE_LONG = /^(\p{Script=Han}{2})\p{Script=Han}{2,12}?(示范区|开发区|试验区)(?=\p{Script=Han})/u;

const b = (s: string | null | undefined) => (s ? bodyName(s) : null);

/** The facts a key states. */
export function keyFacts(k: DocumentKey): Fact[] {
  const m = k.metadata;
  const out: Fact[] = [
    { cls: "metadata", label: `title ${m.title}`, fields: { field: "title", value: t(m.title) } },
    ...(m.docNumber
      ? [
          {
            cls: "metadata" as const,
            label: `docNumber ${m.docNumber}`,
            fields: { field: "docNumber", value: c(m.docNumber) },
          },
        ]
      : []),
    ...(m.level
      ? [{ cls: "metadata" as const, label: `level ${m.level}`, fields: { field: "level", value: m.level } }]
      : []),
    ...(m.issueDate
      ? [
          {
            cls: "metadata" as const,
            label: `issueDate ${m.issueDate}`,
            fields: { field: "issueDate", value: m.issueDate },
          },
        ]
      : []),
    ...m.issuers.map((s) => ({
      cls: "metadata" as const,
      label: `${s.role} ${s.name}`,
      fields: { field: s.role, value: b(s.name) },
    })),
  ];
  for (const x of k.citations)
    out.push({
      cls: "citations",
      label: `${x.kind} ${x.docNumber ?? ""} ${x.title ?? ""}`,
      fields: { kind: x.kind, docNumber: c(x.docNumber), title: t(x.title) },
    });
  for (const x of k.items) {
    out.push({
      cls: "items",
      label: `${x.kind} ${x.name}${x.body ? ` …${x.body}…` : ""}`,
      fields: { kind: x.kind, name: c(x.name), body: c(x.body) },
      text: canonicalName(`${x.name}${x.body ?? ""}`),
    });
  }
  for (const x of k.units)
    out.push({
      cls: "units",
      label: `${x.item} → ${x.name} ${x.role} ${x.level}`,
      fields: { item: c(x.item), name: b(x.name), role: x.role, level: x.level },
    });
  for (const x of k.targets) {
    out.push({
      cls: "targets",
      label: `${x.comparator} ${x.value} ${x.unit} by ${x.deadlineYear ?? "?"} ${x.metric ?? ""}`,
      fields: {
        value: x.value,
        unit: c(x.unit),
        comparator: x.comparator,
        deadlineYear: x.deadlineYear ?? null,
        metric: c(x.metric),
      },
    });
  }
  for (const x of k.entities)
    out.push({ cls: "entities", label: `${x.label} ${x.name}`, fields: { label: x.label, name: c(x.name) } });
  return out;
}

/** The facts an extraction states, read from its graph as the database would hold it. */
export function extractionFacts(g: Extraction): Fact[] {
  const byId = new Map(g.nodes.map((n) => [n.id, n]));
  const doc = byId.get(g.documentId)!.props;
  const str = (v: unknown) => (typeof v === "string" ? v : null);
  const names = (n: GraphNode, read = canonicalName) =>
    [str(n.props.name), ...((n.props.aliases as string[] | undefined) ?? [])].filter((s): s is string => !!s).map(read);
  const out: Fact[] = [{ cls: "metadata", label: `title ${g.title}`, fields: { field: "title", value: t(g.title) } }];
  if (g.docNumber)
    out.push({
      cls: "metadata",
      label: `docNumber ${g.docNumber}`,
      fields: { field: "docNumber", value: c(g.docNumber) },
    });
  if (doc.level)
    out.push({ cls: "metadata", label: `level ${doc.level}`, fields: { field: "level", value: str(doc.level) } });
  if (doc.issueDate)
    out.push({
      cls: "metadata",
      label: `issueDate ${doc.issueDate}`,
      fields: { field: "issueDate", value: str(doc.issueDate) },
    });
  for (const r of g.relationships) {
    const to = byId.get(r.to);
    if (!to) continue;
    if (r.type === "ISSUED_BY" && r.from === g.documentId) {
      const role = str(r.props.role) ?? "ISSUER";
      out.push({
        cls: "metadata",
        label: `${role} ${to.props.name}`,
        fields: { field: role, value: b(str(to.props.name)) },
        aliases: names(to, bodyName),
      });
    } else if ((r.type === "IMPLEMENTS" || (r.type as string) === "REPEALS") && r.from === g.documentId) {
      out.push({
        cls: "citations",
        label: `${r.type} ${to.props.docNumber ?? ""} ${to.props.name ?? ""}`,
        fields: { kind: r.type, docNumber: c(str(to.props.docNumber)), title: t(str(to.props.name)) },
      });
    } else if (r.type === "RESPONSIBLE") {
      const from = byId.get(r.from);
      out.push({
        cls: "units",
        label: `${from?.props.name} → ${to.props.name} ${r.props.role} ${to.props.level}`,
        fields: {
          item: c(str(from?.props.name)),
          name: b(str(to.props.name)),
          role: str(r.props.role),
          level: str(to.props.level),
        },
        aliases: names(to, bodyName),
      });
    }
  }
  for (const n of g.nodes) {
    if ((n.label === "Action" || n.label === "Task" || n.label === "Measure") && n.props.document === g.documentId) {
      const text = canonicalName(`${str(n.props.name) ?? ""}${str(n.props.text) ?? ""}`);
      out.push({
        cls: "items",
        label: `${n.label} ${n.props.name}`,
        fields: { kind: n.label, name: c(str(n.props.name)) },
        text,
      });
    } else if (n.label === "Target" && n.props.document === g.documentId) {
      const p = n.props;
      out.push({
        cls: "targets",
        label: `${p.comparator} ${p.value} ${p.unit} by ${p.deadlineYear} ${p.metric}`,
        fields: {
          value: Number(p.value),
          unit: c(str(p.unit)),
          comparator: str(p.comparator),
          deadlineYear: typeof p.deadlineYear === "number" ? p.deadlineYear : null,
          metric: c(str(p.metric)),
        },
      });
    } else if (
      (n.label === "Organization" || n.label === "Platform" || n.label === "Zone") &&
      n.evidence.some((e) => e.documentId === g.documentId)
    ) {
      out.push({
        cls: "entities",
        label: `${n.label} ${n.props.name}`,
        fields: { label: n.label, name: c(str(n.props.name)) },
        aliases: names(n),
      });
    }
  }
  return out;
}
