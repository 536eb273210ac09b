/**
 * Full-width ASCII forms (`（`, `，`, `：`, `１`, `［`) become their ASCII twins and carriage
 * returns become line breaks, one code unit for one, so every offset of the input is an offset of
 * the output and evidence still maps back to the raw file. Ideographic spaces stay (they are `\s`).
 */
export function canonicalPunctuation(text: string): string {
  return text.replace(/[\uFF01-\uFF5E]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0)).replace(/\r/g, "\n");
}
