import { createHash } from "node:crypto";
import { type Discovered, DocumentAgencies } from "./agency-units.js";
import { discoverEntities } from "./discover.js";
import { levelFromDocNumber, normaliseDocNumber, titleKey } from "./document-number.js";
import { addAgency, shortHash } from "./entity-props.js";
import { extractMentions } from "./extract-mentions.js";
import { extractItems, extractTargets, type Owner } from "./extract-parts.js";
import type { DocumentEntry, Gazetteer, GovernmentLevel, Translations } from "./gazetteer.js";
import { GraphBuilder } from "./graph-builder.js";
import { type ExtractedGraph, nodeId } from "./model.js";
import { normalise } from "./normalise.js";
import { canonicalPunctuation } from "./punctuation.js";
import type { Span } from "./span.js";
import { parseStructure } from "./structure.js";

/** Facts about a document given by whoever ingests it; each wins over what the text implies. */
export interface DocumentMetadata {
  level?: GovernmentLevel;
  /** Issuing body (`广州市黄埔区人民政府`): also sets the jurisdiction its unit names are read in. */
  issuer?: string;
  /** ISO date of issue. */
  issuedOn?: string;
  /** 文号, in any bracket style. */
  docNumber?: string;
}

/** A document already in the graph: a full one (it has text) or a placeholder that was only cited. */
export interface KnownDocument {
  id: string;
  full: boolean;
  title: string;
  docNumber: string | null;
  /** Its place in listings (the offset of its title), kept when another document cites it. */
  ord?: number | null;
}

/** Finds a document of the graph by normalised 文号, or failing that by normalised title. */
export type DocumentLookup = (docNumber: string | null, title: string) => KnownDocument | undefined;

export interface ExtractOptions {
  metadata?: DocumentMetadata;
  /** Documents already in the graph, so the document and those it cites keep their ids. */
  documents?: DocumentLookup;
  /** Find organisations, platforms and zones the gazetteer lacks by pattern (off for the curated seed). */
  discover?: boolean;
  /** Marks what this document creates as an invented example (`example: true`). */
  example?: boolean;
}

/** A document the text cites, and the node it became. */
export interface CitedDocument {
  id: string;
  title: string;
  docNumber: string | null;
  /** False when it matched a document already ingested in full. */
  placeholder: boolean;
  quote: string;
}

/** What the extractor returns besides the graph: the normalised text its offsets index. */
export interface Extraction extends ExtractedGraph {
  text: string;
  /** Hash of the extracted graph, stored on the document so an unchanged seed is not reloaded. */
  hash: string;
  title: string;
  /** The document's own 文号, normalised (year in 〔〕), or null. */
  docNumber: string | null;
  cited: CitedDocument[];
  /** Entities found by pattern, for curators to add to the gazetteer. */
  discovered: Discovered[];
  /** Key of the jurisdiction its unit names were read in, or null. */
  jurisdiction: string | null;
}

const NO_TRANSLATIONS: Translations = { document: {}, sections: {}, actions: {}, tasks: {}, measures: {}, targets: {} };

/**
 * Turns the raw text of a policy document into graph data: normalises it, finds its structure
 * (issuer, cited documents, sections, actions, tasks, measures, targets), matches the gazetteer's
 * names within the issuer's jurisdiction, and records for every node and relationship the words and
 * offsets it came from.
 */
export function extractDocument(raw: string, gazetteer: Gazetteer, options: ExtractOptions = {}): Extraction {
  const normalised = normalise(raw);
  const text = canonicalPunctuation(normalised.text);
  const structure = parseStructure(text);
  const meta = options.metadata ?? {};
  const warnings: string[] = [];
  if (!structure.title) {
    throw new Error("No document title found: expected a notice line (`…关于印发《标题》的通知` or `…关于印发标题的通知`), or a title line followed by a salutation ending in `:`.");
  }
  const title = structure.title.text;
  const docNumber = meta.docNumber ? normaliseDocNumber(meta.docNumber) : structure.docNumber ? normaliseDocNumber(structure.docNumber.text) : null;
  const lookup = options.documents ?? (() => undefined);
  const entry = findDocumentEntry(gazetteer.documents, title, docNumber);
  const known = lookup(docNumber, title);
  const docKey = known?.id.slice("PolicyDocument:".length) ?? entry?.key ?? `doc-${shortHash(docNumber ?? titleKey(title))}`;
  const docId = nodeId("PolicyDocument", docKey);
  const b = new GraphBuilder(docId, normalised.toRaw);
  const discovered: Discovered[] = [];
  const example = options.example ?? false;
  const agencies = new DocumentAgencies(b, gazetteer, meta.issuer ?? structure.issuer?.text ?? null, discovered);
  const t = gazetteer.translations.document[docKey] ? gazetteer.translations : { ...NO_TRANSLATIONS, targets: gazetteer.translations.targets };

  b.node(docId, "PolicyDocument", {
    ...documentProps(entry, title),
    docNumber: docNumber ?? entry?.docNumber ?? null,
    level: meta.level ?? entry?.level ?? agencies.jurisdiction?.level ?? (docNumber ? levelFromDocNumber(docNumber) : null),
    type: entry?.type ?? typeFromTitle(title),
    issueDate: meta.issuedOn ?? structure.issueDate?.iso ?? entry?.issueDate ?? null,
    period: /[(（](\d{4}-\d{4})年[)）]/.exec(title)?.[1] ?? entry?.period ?? null,
    nameEn: t.document[docKey] ?? entry?.titleEn ?? null,
    text,
    ord: structure.title.start,
    titleKey: titleKey(title),
    placeholder: false,
    example,
    jurisdiction: agencies.jurisdiction?.key ?? null,
  }, structure.title);

  const issuers: [Span | null, string | undefined, string][] = [[structure.issuer, meta.issuer, "ISSUER"], [structure.approvedBy, undefined, "APPROVER"]];
  let issuerId: string | null = null;
  for (const [span, given, role] of issuers) {
    if (given) {
      const agency = agencies.add(given);
      b.relate("ISSUED_BY", docId, (issuerId = agency.id), { role, source: "ingest metadata" });
      if (!agency.curated && !options.discover) warnings.push(`Issuer "${given}" is not in the agency gazetteer.`);
      continue;
    }
    if (!span) continue;
    const agency = agencies.add(span);
    // A government that approves its own document (经市政府同意 in a 市人民政府 document) is its issuer.
    if (agency.id === issuerId) continue;
    if (role === "ISSUER") issuerId = agency.id;
    b.relate("ISSUED_BY", docId, agency.id, { role }, span);
    // With discovery on, bodies found by pattern are listed in `discovered` instead.
    if (!agency.curated && !options.discover) warnings.push(`${role === "ISSUER" ? "Issuer" : "Approving body"} "${span.text}" is not in the agency gazetteer.`);
  }

  const cited: CitedDocument[] = [];
  const cite = (whole: Span, citedTitle: string, citedNumber: string | null) => {
    const number = citedNumber ? normaliseDocNumber(citedNumber) : null;
    const curated = findDocumentEntry(gazetteer.documents, citedTitle, number);
    if (curated && number && curated.title !== citedTitle) warnings.push(`Cited "${citedTitle}" matched ${curated.key} by 文号 but its curated title differs.`);
    const existing = lookup(number, citedTitle);
    const citedId = existing?.id ?? nodeId("PolicyDocument", curated?.key ?? `doc-${shortHash(number ?? titleKey(citedTitle))}`);
    if (citedId === docId) return;
    const full = existing?.full ?? false;
    // A document ingested in full keeps its own facts: the citation adds only its evidence.
    b.node(citedId, "PolicyDocument", full ? { ord: existing?.ord ?? null } : {
      ...documentProps(curated, citedTitle),
      docNumber: number ?? curated?.docNumber ?? existing?.docNumber ?? null,
      level: curated?.level ?? (number ? levelFromDocNumber(number) : null),
      ord: whole.start,
      titleKey: titleKey(citedTitle),
      placeholder: true,
      ...(example && !curated ? { example: true } : {}),
    }, whole);
    b.relate("IMPLEMENTS", docId, citedId, {}, whole);
    const citedIssuer = !full && curated && gazetteer.agencies.find((a) => a.key === curated.issuer);
    if (citedIssuer) b.relate("ISSUED_BY", citedId, addAgency(b, citedIssuer), { role: "ISSUER", source: curated.source });
    if (!cited.some((c) => c.id === citedId)) cited.push({ id: citedId, title: citedTitle, docNumber: number, placeholder: !full, quote: whole.text });
  };
  for (const c of structure.citations) cite(c.whole, c.title.text, c.docNumber.text);
  for (const c of structure.titleCitations) cite(c.whole, c.title.text, null);

  const owners: Owner[] = [];
  const units = (span: Span, prefix: string) => {
    const agency = agencies.add(span, prefix);
    const warning = `Responsible unit "${span.text}" is not in the agency gazetteer; added as its own agency.`;
    if (!agency.curated && !options.discover && !warnings.includes(warning)) warnings.push(warning);
    return agency.id;
  };
  for (const section of structure.sections) {
    extractTargets(b, text, section, docId, docKey, t.targets, owners);
    extractItems(b, text, section, docId, docKey, t, owners, units);
  }
  const mentions = extractMentions(b, text, gazetteer, docId, owners, (name, n) => n.label !== "Agency" || !gazetteer.jurisdictions || agencies.entry(name)?.key === n.entry.key);
  if (options.discover) discoverEntities(b, text, docId, owners, mentions, discovered);
  if (example) for (const n of b.build().nodes) if (n.props.document === docId) n.props.example = true;

  const graph = b.build();
  const hash = createHash("sha256").update(JSON.stringify(graph)).digest("hex").slice(0, 16);
  return { documentId: docId, text, hash, ...graph, warnings, title, docNumber, cited, discovered, jurisdiction: agencies.jurisdiction?.key ?? null };
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
  const key = titleKey(title);
  return docs.find((d) => docNumber !== null && d.docNumber !== null && normaliseDocNumber(d.docNumber) === docNumber) ?? docs.find((d) => titleKey(d.title) === key);
}

/** The kind of document its title's last words name. */
function typeFromTitle(title: string): string | null {
  const t = title.replace(/\(\d{4}-\d{4}年\)$/, "");
  if (/实施方案$/.test(t)) return "IMPLEMENTATION_PLAN";
  if (/行动(计划|方案)$/.test(t)) return "ACTION_PLAN";
  if (/规划$/.test(t)) return "PLAN";
  if (/意见$/.test(t)) return "OPINION";
  if (/措施$/.test(t)) return "MEASURES";
  if (/方案$/.test(t)) return "WORK_PLAN";
  if (/通知$/.test(t)) return "NOTICE";
  return null;
}
