import { createHash } from "node:crypto";
import { type Discovered, DocumentAgencies } from "./agency-units.js";
import { discoverEntities } from "./discover.js";
import { levelFromDocNumber, normaliseDocNumber, titleKey } from "./document-number.js";
import { documentProps, findDocumentEntry, typeFromTitle } from "./document-props.js";
import { shortHash } from "./entity-props.js";
import { extractCitations } from "./extract-citations.js";
import type { CitedDocument, ExtractOptions } from "./extract-options.js";
import { extractMentions } from "./extract-mentions.js";
import { extractItems, extractTargets, type Owner } from "./extract-parts.js";
import type { Gazetteer, Translations } from "./gazetteer.js";
import { GraphBuilder } from "./graph-builder.js";
import { type ExtractedGraph, nodeId } from "./model.js";
import { normalise } from "./normalise.js";
import { canonicalPunctuation } from "./punctuation.js";
import type { Span } from "./span.js";
import { parseStructure } from "./structure.js";

export type { CitedDocument, DocumentLookup, DocumentMetadata, ExtractOptions, KnownDocument } from "./extract-options.js";

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
    sourceUrl: meta.sourceUrl ?? entry?.sourceUrl ?? null,
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

  const cited = extractCitations(b, structure, gazetteer, docId, lookup, example, warnings);

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
  const graph = b.build();
  if (example) for (const n of graph.nodes) if (n.props.document === docId) n.props.example = true;
  const hash = createHash("sha256").update(JSON.stringify(graph)).digest("hex").slice(0, 16);
  return { documentId: docId, text, hash, ...graph, warnings, title, docNumber, cited, discovered, jurisdiction: agencies.jurisdiction?.key ?? null };
}
