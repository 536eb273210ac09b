/**
 * Full-width ASCII forms (`（`, `，`, `：`, `１`, `［`) become their ASCII twins and carriage
 * returns become line breaks, a `?` standing for a lost space after `第一条` a space, and emoji opening a line
 * spaces, one code unit for one, so every offset of the input is an offset of
 * the output and evidence still maps back to the raw file. Ideographic spaces stay (they are `\s`).
 */
export function canonicalPunctuation(text: string): string {
  return text
    .replace(/[\uFF01-\uFF5E]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))
    .replace(/\r/g, "\n")
    .replace(LOST_SPACE, " ")
    .replace(LEADING_EMOJI, (e) => " ".repeat(e.length));
}

/** Emoji a repost sets before its headings (`💡一、强化算力供给`, `🔥合肥市…若干措施`): read as spaces. */
const LEADING_EMOJI = /^[ \t\u3000]*(?:[\u{1F000}-\u{1FAFF}\u{2600}-\u{27BF}][\uFE0F\u200D]?)+/gmu;

/**
 * A `?` where a copy lost the space after an article's or a chapter's number (`第一条?为加快…`,
 * `第一章 ?总则`): a character the page's encoding had no room for, read as the space it was.
 */
const LOST_SPACE = /(?<=第[一二三四五六七八九十百零〇]{1,4}[章节条]\s*)\?(?=\s*\p{Script=Han})/gu;
