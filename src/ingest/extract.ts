import { createHash } from "node:crypto";
import { addAgency, agencyResolver, shortHash } from "./entity-props.js";
import { extractMentions } from "./extract-mentions.js";
import { extractActionsAndTasks, extractMeasures, extractTargets, type Owner } from "./extract-parts.js";
import type { DocumentEntry, Gazetteer, GovernmentLevel } from "./gazetteer.js";
import { GraphBuilder } from "./graph-builder.js";
import { type ExtractedGraph, nodeId } from "./model.js";
import { normalise } from "./normalise.js";
import { parseStructure } from "./structure.js";

/** What the extractor returns besides the graph: the normalised text its offsets index. */
export interface Extraction extends ExtractedGraph {
  text: string;
  /** Hash of the extracted graph, stored on the document so an unchanged seed is not reloaded. */
  hash: string;
}

/**
 * Turns the raw text of a policy document into graph data: normalises it, finds its structure
 * (issuer, cited documents, sections, actions, tasks, measures, targets), matches the gazetteer's
 * names, and records for every node and relationship the words and offsets it came from.
 */
export function extractDocument(raw: string, gazetteer: Gazetteer): Extraction {
  const { text, toRaw } = normalise(raw);
  const structure = parseStructure(text);
  const warnings: string[] = [];
  if (!structure.title) throw new Error("No document title found: expected a notice line such as `…关于印发《标题》的通知`.");
  const entry = findDocumentEntry(gazetteer.documents, structure.title.text, null);
  const docKey = entry?.key ?? `doc-${shortHash(structure.title.text)}`;
  const docId = nodeId("PolicyDocument", docKey);
  const b = new GraphBuilder(docId, toRaw);
  const agencies = agencyResolver(gazetteer.agencies);
  const t = gazetteer.translations;

  b.node(docId, "PolicyDocument", {
    ...documentProps(entry, structure.title.text),
    issueDate: structure.issueDate?.iso ?? entry?.issueDate ?? null,
    period: /[(（](\d{4}-\d{4})年[)）]/.exec(structure.title.text)?.[1] ?? entry?.period ?? null,
    nameEn: t.document[docKey] ?? entry?.titleEn ?? null,
    text,
    ord: structure.title.start,
  }, structure.title);

  for (const [span, role] of [[structure.issuer, "ISSUER"], [structure.approvedBy, "APPROVER"]] as const) {
    if (!span) continue;
    const agency = agencies(span.text);
    if (agency) b.relate("ISSUED_BY", docId, addAgency(b, agency, span), { role }, span);
    else warnings.push(`${role === "ISSUER" ? "Issuer" : "Approving body"} "${span.text}" is not in the agency gazetteer.`);
  }

  for (const c of structure.citations) {
    const cited = findDocumentEntry(gazetteer.documents, c.title.text, c.docNumber.text);
    if (cited && cited.title !== c.title.text) warnings.push(`Cited "${c.title.text}" matched ${cited.key} by 文号 but its curated title differs.`);
    const citedId = nodeId("PolicyDocument", cited?.key ?? `doc-${shortHash(c.docNumber.text)}`);
    b.node(citedId, "PolicyDocument", {
      ...documentProps(cited, c.title.text),
      docNumber: c.docNumber.text,
      level: cited?.level ?? levelFromDocNumber(c.docNumber.text),
      ord: c.whole.start,
    }, c.whole);
    b.relate("IMPLEMENTS", docId, citedId, {}, c.whole);
    const citedIssuer = cited && gazetteer.agencies.find((a) => a.key === cited.issuer);
    if (citedIssuer) b.relate("ISSUED_BY", citedId, addAgency(b, citedIssuer), { role: "ISSUER", source: cited.source });
  }

  const owners: Owner[] = [];
  for (const section of structure.sections) {
    extractTargets(b, text, section, docId, docKey, t.targets, owners);
    extractActionsAndTasks(b, section, docId, docKey, t, owners);
    extractMeasures(b, text, section, docId, docKey, t, agencies, owners, warnings);
  }
  extractMentions(b, text, gazetteer, docId, owners);

  const graph = b.build();
  const hash = createHash("sha256").update(JSON.stringify(graph)).digest("hex").slice(0, 16);
  return { documentId: docId, text, hash, ...graph, warnings };
}

function documentProps(entry: DocumentEntry | undefined, title: string) {
  return {
    name: title,
    nameEn: entry?.titleEn ?? null,
    docNumber: entry?.docNumber ?? null,
    level: entry?.level ?? null,
    type: entry?.type ?? null,
    issueDate: entry?.issueDate ?? null,
    period: entry?.period ?? null,
    source: entry?.source ?? null,
  };
}

function findDocumentEntry(docs: DocumentEntry[], title: string, docNumber: string | null): DocumentEntry | undefined {
  return docs.find((d) => docNumber !== null && d.docNumber === docNumber) ?? docs.find((d) => d.title === title);
}

/** The issuing level a 文号's prefix implies: 国发/工信部 national, 粤 provincial, 穗 city. */
function levelFromDocNumber(n: string): GovernmentLevel | null {
  if (/^(国|工信部|发改|科技部|财)/.test(n)) return "NATIONAL";
  if (/^(粤|省)/.test(n)) return "PROVINCIAL";
  if (/^(穗|市)/.test(n)) return "MUNICIPAL";
  return null;
}
