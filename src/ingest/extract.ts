import { createHash } from "node:crypto";
import { type Discovered, DocumentAgencies } from "./agency-units.js";
import { discoverEntities } from "./discover.js";
import { levelFromDocNumber, normaliseDocNumber, titleKey } from "./document-number.js";
import { documentProps, findDocumentEntry, typeFromTitle } from "./document-props.js";
import { shortHash } from "./entity-props.js";
import { splitApprovers, splitIssuerNames, splitIssuers } from "./issuers.js";
import { extractCitations } from "./extract-citations.js";
import type { CitedDocument, ExtractOptions } from "./extract-options.js";
import { extractMentions } from "./extract-mentions.js";
import { extractItems, orderActions, type Owner } from "./extract-parts.js";
import { extractRows } from "./extract-rows.js";
import { extractTargets, restatedDue } from "./extract-targets.js";
import { horizonOf, planYearOf } from "./target-deadlines.js";
import type { Gazetteer, Translations } from "./gazetteer.js";
import { GraphBuilder } from "./graph-builder.js";
import { type ExtractedGraph, nodeId } from "../model/graph-model.js";
import { normalise } from "./normalise.js";
import { canonicalPunctuation } from "./punctuation.js";
import type { Span } from "./span.js";
import { addStandingUnits } from "./standing-units.js";
import { parseStructure } from "./structure.js";
import { NO_TITLE_MESSAGE } from "./structure-title.js";
import { layoutText } from "./text-layout.js";

export type {
  CitedDocument,
  DocumentLookup,
  DocumentMetadata,
  ExtractOptions,
  KnownDocument,
} from "./extract-options.js";

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
  const normalised = layoutText(normalise(raw));
  const text = canonicalPunctuation(normalised.text);
  const structure = parseStructure(text, { title: options.metadata?.title });
  const meta = options.metadata ?? {};
  const warnings: string[] = [];
  if (!structure.title && !meta.title?.trim()) throw new Error(NO_TITLE_MESSAGE);
  // A title broken over lines is one title; a given one wins (its span is evidence when the text has it).
  const title = meta.title?.trim() || structure.title!.text.replace(/\s*\n\s*/g, "");
  const docNumber = meta.docNumber
    ? normaliseDocNumber(meta.docNumber)
    : structure.docNumber
      ? normaliseDocNumber(structure.docNumber.text)
      : null;
  const lookup = options.documents ?? (() => undefined);
  const entry = findDocumentEntry(gazetteer.documents, title, docNumber);
  const known = lookup(docNumber, title);
  const docKey =
    known?.id.slice("PolicyDocument:".length) ?? entry?.key ?? `doc-${shortHash(docNumber ?? titleKey(title))}`;
  const docId = nodeId("PolicyDocument", docKey);
  const b = new GraphBuilder(docId, normalised.toRaw);
  const discovered: Discovered[] = [];
  const example = options.example ?? false;
  // A joint notice has one issuer per body (`中共深圳市委办公厅 深圳市人民政府办公厅`); metadata is read the same way.
  const givenIssuers = meta.issuer ? splitIssuerNames(meta.issuer) : [];
  const issuerSpans = structure.issuer ? splitIssuers(text, structure.issuer) : [];
  const agencies = new DocumentAgencies(
    b,
    gazetteer,
    givenIssuers.length ? givenIssuers : issuerSpans.map((s) => s.text),
    discovered,
    { title, text },
  );
  const t = gazetteer.translations.document[docKey]
    ? gazetteer.translations
    : { ...NO_TRANSLATIONS, targets: gazetteer.translations.targets };

  const issueDate = meta.issuedOn ?? structure.issueDate?.iso ?? entry?.issueDate ?? null;
  b.node(
    docId,
    "PolicyDocument",
    {
      ...documentProps(entry, title),
      docNumber: docNumber ?? entry?.docNumber ?? null,
      level:
        meta.level ??
        entry?.level ??
        agencies.jurisdiction?.level ??
        (docNumber ? levelFromDocNumber(docNumber) : null),
      type: entry?.type ?? typeFromTitle(title),
      issueDate,
      period: /[(（](\d{4}-\d{4})年[)）]/.exec(title)?.[1] ?? entry?.period ?? null,
      nameEn: t.document[docKey] ?? entry?.titleEn ?? null,
      sourceUrl: meta.sourceUrl ?? entry?.sourceUrl ?? null,
      text,
      ord: structure.title?.start ?? 0,
      titleKey: titleKey(title),
      placeholder: false,
      example,
      jurisdiction: agencies.jurisdiction?.key ?? null,
    },
    structure.title ?? undefined,
  );

  const issuers: [Span | string, string][] = [
    ...(givenIssuers.length ? givenIssuers : issuerSpans).map((x): [Span | string, string] => [x, "ISSUER"]),
    ...splitApprovers(text, structure.approvedBy).map((x): [Span, string] => [x, "APPROVER"]),
  ];
  const issuerIds = new Set<string>();
  for (const [named, role] of issuers) {
    const agency = agencies.add(named);
    // A government that approves its own document (经市政府同意 in a 市人民政府 document) is its issuer.
    if (role === "APPROVER" && issuerIds.has(agency.id)) continue;
    if (role === "ISSUER") issuerIds.add(agency.id);
    const given = typeof named === "string";
    b.relate(
      "ISSUED_BY",
      docId,
      agency.id,
      given ? { role, source: "ingest metadata" } : { role },
      given ? undefined : named,
    );
    // With discovery on, bodies found by pattern are listed in `discovered` instead.
    if (!agency.curated && !options.discover)
      warnings.push(
        `${role === "ISSUER" ? "Issuer" : "Approving body"} "${given ? named : named.text}" is not in the agency gazetteer.`,
      );
  }

  const cited = extractCitations(b, structure, gazetteer, docId, lookup, example, warnings);

  const owners: Owner[] = [];
  const units = (span: Span, prefix: string) => {
    const agency = agencies.add(span, prefix);
    const warning = `Responsible unit "${span.text}" is not in the agency gazetteer; added as its own agency.`;
    if (!agency.curated && !options.discover && !warnings.includes(warning)) warnings.push(warning);
    return agency.id;
  };
  // A single year's work plan (`2025年重点工作`) sets its `全年…`/`年内…` goals for that year; `每年…` goals run to its horizon.
  const planYear = planYearOf(title);
  const dated = /^(\d{4})-/.exec(issueDate ?? "")?.[1];
  const goals = {
    planYear,
    horizon: horizonOf(title, text, planYear),
    issueYear: dated ? Number(dated) : undefined,
    dueBy: restatedDue(structure.sections),
  };
  for (const section of structure.sections) {
    extractTargets(b, text, section, docId, docKey, t.targets, owners, goals);
    extractItems(b, text, section, docId, docKey, t, owners, units);
    extractRows(b, text, section, docId, docKey, t, owners, units);
  }
  orderActions(b, docId);
  addStandingUnits(b, text, owners, units);
  const mentions = extractMentions(
    b,
    text,
    gazetteer,
    docId,
    owners,
    (name, n) => n.label !== "Agency" || !gazetteer.jurisdictions || agencies.entry(name)?.key === n.entry.key,
  );
  if (options.discover) discoverEntities(b, text, docId, owners, mentions, discovered, gazetteer);
  const graph = b.build();
  if (example) for (const n of graph.nodes) if (n.props.document === docId) n.props.example = true;
  const hash = createHash("sha256").update(JSON.stringify(graph)).digest("hex").slice(0, 16);
  return {
    documentId: docId,
    text,
    hash,
    ...graph,
    warnings,
    title,
    docNumber,
    cited,
    discovered,
    jurisdiction: agencies.jurisdiction?.key ?? null,
  };
}
