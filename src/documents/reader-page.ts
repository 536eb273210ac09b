import { documentTextLink } from "../citations/links.js";
import type { DocumentText } from "./document-text.js";

/** Text for HTML element content and attribute values. */
export function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c]!);
}

/** Fonts that hold Simplified Chinese on Linux (Noto CJK), macOS, Windows and Android, then the generic family. */
const CJK_FONTS = `"Noto Serif CJK SC", "Source Han Serif SC", "Noto Sans CJK SC", "Source Han Sans SC", "PingFang SC", "Hiragino Sans GB", "Microsoft YaHei", "WenQuanYi Micro Hei", serif`;

const STYLE = `
body { font-family: ${CJK_FONTS}; line-height: 1.9; max-width: 46em; margin: 2em auto; padding: 0 1em; color: #222; background: #fff; }
header { border-bottom: 1px solid #ddd; margin-bottom: 1.5em; }
h1 { font-size: 1.4em; line-height: 1.5; }
dl { display: grid; grid-template-columns: max-content 1fr; gap: .2em 1em; font-size: .9em; }
dt { color: #666; }
.text { white-space: pre-wrap; overflow-wrap: anywhere; }
mark { background: #ffe066; padding: .1em 0; scroll-margin-top: 30vh; }
.example { background: #fdecea; padding: .5em 1em; }
.en { font-family: system-ui, sans-serif; color: #555; }
`;

/** One row of the facts list, or nothing when the value is missing. */
function row(label: string, value: string | null): string {
  return value ? `<dt>${label}</dt><dd>${value}</dd>` : "";
}

/**
 * The reader: a small, self-contained HTML page (no script, no external resource) of a document's
 * normalised text, with the quote `text.slice(start, end)` in `<mark id="quote">`, so a link ending
 * in `#quote` scrolls to it. Every string from the graph is escaped.
 */
export function renderReaderPage(
  doc: DocumentText & { text: string },
  publicUrl: string,
  range: { start: number; end: number } | null,
): string {
  const t = doc.text;
  const body = range
    ? `${escapeHtml(t.slice(0, range.start))}<mark id="quote">${escapeHtml(t.slice(range.start, range.end))}</mark>${escapeHtml(t.slice(range.end))}`
    : escapeHtml(t);
  const source = doc.sourceUrl
    ? `<a href="${escapeHtml(doc.sourceUrl)}" rel="external noopener">${escapeHtml(doc.sourceUrl)}</a>`
    : null;
  const plain = `<a href="${escapeHtml(documentTextLink(publicUrl, doc.id))}">${escapeHtml(`${doc.id}.txt`)}</a>`;
  const quoted = range
    ? `<span class="en">characters ${range.start}–${range.end} of ${t.length} (UTF-16 offsets)</span>`
    : null;
  return `<!doctype html>
<html lang="zh-Hans">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(doc.title)}</title>
<style>${STYLE}</style>
</head>
<body>
<header>
${doc.example ? `<p class="example">虚构示例 <span class="en" lang="en">(a fictional example document written for the tests; not a real policy)</span></p>\n` : ""}<h1>${escapeHtml(doc.title)}</h1>
${doc.titleEn ? `<p class="en" lang="en">${escapeHtml(doc.titleEn)}</p>\n` : ""}<dl>
${row("文号", doc.docNumber && escapeHtml(doc.docNumber))}${row("发布日期", doc.issueDate && escapeHtml(doc.issueDate))}${row("原文", source)}${row("纯文本", plain)}${row("引文", quoted)}
</dl>
</header>
<main class="text">${body}</main>
</body>
</html>
`;
}

/** A small HTML page for an error of the reader (400 or 404), for people following a link. */
export function renderReaderError(status: number, message: string): string {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${status} ${status === 404 ? "Not found" : "Bad request"}</title>
<style>${STYLE}</style>
</head>
<body>
<h1>${status} ${status === 404 ? "Not found" : "Bad request"}</h1>
<p>${escapeHtml(message)}</p>
</body>
</html>
`;
}
