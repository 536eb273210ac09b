import { create } from "xmlbuilder2";

/** An xmlbuilder2 document or element. */
export type XmlBuilder = ReturnType<typeof create>;

/** The XML Schema instance namespace, for `xsi:schemaLocation`. */
export const XSI_NAMESPACE = "http://www.w3.org/2001/XMLSchema-instance";

/**
 * A new XML 1.0 document, encoded as UTF-8, whose builder drops the characters XML 1.0 forbids (C0
 * controls other than tab, LF and CR; U+FFFE and U+FFFF; unpaired surrogates) from every name,
 * attribute value and text it is given. Such characters turn up in scraped text and cannot even be
 * written as character references, so stripping them is the only way to a file parsers will open.
 */
export function createXmlDocument(): XmlBuilder {
  return create({ version: "1.0", encoding: "UTF-8", invalidCharReplacement: "" });
}

/**
 * `text` ready to hand to xmlbuilder2 as an attribute value or text node, which it then escapes.
 *
 * xmlbuilder2 deliberately leaves an `&` alone when it already looks like an entity or character
 * reference (`&amp;`, `&lt;`, `&nbsp;`, `&#38;`): the text `AT&T;` or a scraped `&nbsp;` would be
 * written as an undeclared entity, which no parser accepts, and a literal `&lt;` would be read back
 * as `<`. Writing every `&` as `&amp;` first leaves only `&amp;` sequences, which the library
 * passes through and every parser reads back as `&`; the library still escapes `<`, `>` and `"`.
 * See https://github.com/oozcitak/xmlbuilder2/issues/110 and /issues/117.
 */
export function xmlLiteral(text: string): string {
  return text.replaceAll("&", "&amp;");
}

/**
 * The document as text, with its XML declaration, indented by two spaces. `wellFormed` makes the
 * serialiser throw rather than write a document that is not well-formed.
 */
export function serializeXml(doc: XmlBuilder): string {
  return doc.end({ prettyPrint: true, indent: "  ", newline: "\n", wellFormed: true });
}
