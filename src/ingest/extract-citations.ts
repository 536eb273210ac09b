import { findDocumentEntry, documentProps } from "./document-props.js";
import { levelFromDocNumber, normaliseDocNumber, titleKey } from "./document-number.js";
import { addAgency, shortHash } from "./entity-props.js";
import type { CitedDocument, DocumentLookup } from "./extract-options.js";
import type { Gazetteer } from "./gazetteer.js";
import type { GraphBuilder } from "./graph-builder.js";
import { nodeId } from "./model.js";
import type { Span } from "./span.js";
import type { DocumentStructure } from "./structure.js";

/**
 * The documents the preamble cites, by 文号 or by title alone: IMPLEMENTS to the node each already
 * has in the graph (found by `lookup`), its curated entry, or a new placeholder keyed by its
 * normalised 文号 (or title) so a later ingest of it fills in the same node.
 */
export function extractCitations(
  b: GraphBuilder, structure: DocumentStructure, gazetteer: Gazetteer, docId: string, lookup: DocumentLookup, example: boolean, warnings: string[],
): CitedDocument[] {
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
  return cited;
}
