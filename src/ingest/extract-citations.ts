import type { MaybeRepeal } from "./citation-spans.js";
import { findDocumentEntry, documentProps } from "./document-props.js";
import { levelFromDocNumber, looseTitleKey, normaliseDocNumber, titleKey } from "./document-number.js";
import { addAgency, shortHash } from "./entity-props.js";
import type { CitedDocument, DocumentLookup } from "./extract-options.js";
import type { DocumentEntry, Gazetteer } from "./gazetteer.js";
import type { GraphBuilder } from "./graph-builder.js";
import { nodeId } from "../model/graph-model.js";
import type { Span } from "./span.js";
import type { DocumentStructure } from "./structure.js";

/**
 * The documents the text cites, by 文号 or by title alone: IMPLEMENTS to those the preamble says it
 * carries out, REPEALS (with the 废止 words as evidence) to those it repeals. Each goes to the node
 * it already has in the graph (found by `lookup`), its curated entry, or a new placeholder keyed by
 * its normalised 文号 (or title) so a later ingest of it fills in the same node.
 */
export function extractCitations(
  b: GraphBuilder,
  structure: DocumentStructure,
  gazetteer: Gazetteer,
  docId: string,
  lookup: DocumentLookup,
  example: boolean,
  warnings: string[],
): CitedDocument[] {
  const cited: CitedDocument[] = [];
  const cite = (whole: Span, citedTitle: string, citedNumber: string | null, repeal: Span | undefined) => {
    const number = citedNumber ? normaliseDocNumber(citedNumber) : null;
    const curated =
      findDocumentEntry(gazetteer.documents, citedTitle, number) ??
      (number ? undefined : looseEntry(gazetteer.documents, citedTitle));
    if (curated && number && curated.title !== citedTitle)
      warnings.push(`Cited "${citedTitle}" matched ${curated.key} by 文号 but its curated title differs.`);
    const existing = lookup(number, citedTitle);
    const citedId =
      existing?.id ?? nodeId("PolicyDocument", curated?.key ?? `doc-${shortHash(number ?? titleKey(citedTitle))}`);
    if (citedId === docId) return;
    const full = existing?.full ?? false;
    // A document ingested in full keeps its own facts: the citation adds only its evidence.
    b.node(
      citedId,
      "PolicyDocument",
      full
        ? { ord: existing?.ord ?? null }
        : {
            ...documentProps(curated, citedTitle),
            docNumber: number ?? curated?.docNumber ?? existing?.docNumber ?? null,
            level: curated?.level ?? (number ? levelFromDocNumber(number) : null),
            ord: whole.start,
            titleKey: titleKey(citedTitle),
            placeholder: true,
            ...(example && !curated ? { example: true } : {}),
          },
      whole,
    );
    b.relate(repeal ? "REPEALS" : "IMPLEMENTS", docId, citedId, {}, repeal ?? whole);
    const citedIssuer = !full && curated && gazetteer.agencies.find((a) => a.key === curated.issuer);
    if (citedIssuer)
      b.relate("ISSUED_BY", citedId, addAgency(b, citedIssuer), { role: "ISSUER", source: curated.source });
    if (!cited.some((c) => c.id === citedId))
      cited.push({ id: citedId, title: citedTitle, docNumber: number, placeholder: !full, quote: whole.text });
  };

  // findCitations and findTitleCitations (citation-spans.ts) mark a repeal on the citations they return.
  // A title a hard line break splits (`（20\n24—2027年）`) is stored without the break.
  const title = (t: Span) => t.text.replace(/\s*\n\s*/g, "");
  for (const c of structure.citations as ((typeof structure.citations)[number] & MaybeRepeal)[])
    cite(c.whole, title(c.title), c.docNumber.text, c.repeal);
  for (const c of structure.titleCitations as ((typeof structure.titleCitations)[number] & MaybeRepeal)[])
    cite(c.whole, title(c.title), null, c.repeal);
  return cited;
}

/** The one curated document whose title matches but for 的 and 关于 (none when two do: then it is not safe to pick). */
function looseEntry(docs: DocumentEntry[], title: string): DocumentEntry | undefined {
  const key = looseTitleKey(title);
  const matches = docs.filter((d) => looseTitleKey(d.title) === key);
  return matches.length === 1 ? matches[0] : undefined;
}
