/**
 * Stable links to the words of a document. The reader link points at this service's own copy of the
 * normalised text, which evidence offsets index exactly; the source link points at the official page
 * with a URL text fragment (`#:~:text=`), which browsers that support it scroll to and highlight.
 */

/** `${publicUrl}/documents/<id>?start=S&end=E#quote`: the reader page with the quote marked. */
export function evidenceLink(publicUrl: string, documentId: string, start: number, end: number): string {
  return `${documentLink(publicUrl, documentId)}?start=${start}&end=${end}#quote`;
}

/** `${publicUrl}/documents/<id>`: the reader page of a whole document. */
export function documentLink(publicUrl: string, documentId: string): string {
  return `${publicUrl}/documents/${encodeURIComponent(documentId)}`;
}

/** `${publicUrl}/documents/<id>.txt`: the normalised text the offsets index. */
export function documentTextLink(publicUrl: string, documentId: string): string {
  return `${documentLink(publicUrl, documentId)}.txt`;
}

/**
 * ASCII punctuation and spaces: the normalised text writes full-width punctuation (`（`, `，`) as
 * ASCII (src/ingest/punctuation.ts), so the official page may spell these characters differently.
 */
const MAY_DIFFER = /[\s!-/:-@[-`{-~]+/;

/**
 * `sourceUrl#:~:text=<quote>`. A text fragment matches only exact words, so a quote with punctuation
 * or spaces (which the official page may write full-width) is reduced to its longest run without
 * them: the highlight then falls inside the quote instead of failing. That also keeps out `-`, `&`
 * and `,`, the text fragment syntax's own characters (`-` is encoded all the same, should a run ever
 * hold one). An existing fragment of `sourceUrl` is replaced.
 */
export function textFragmentLink(sourceUrl: string, quote: string): string {
  const runs = quote.split(MAY_DIFFER).filter((r) => r !== "");
  const words = runs.length <= 1 ? (runs[0] ?? quote) : runs.reduce((a, b) => (b.length > a.length ? b : a));
  const base = sourceUrl.replace(/#.*$/, "");
  return `${base}#:~:text=${encodeURIComponent(words).replace(/-/g, "%2D")}`;
}
