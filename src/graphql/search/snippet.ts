import type { NodeRecord } from "../records.js";

const RADIUS = 30;

/**
 * A short piece of the node's text around the first place a query word occurs (name, English
 * name, text or English text, in that order), with ellipses where it was cut; the name otherwise.
 */
export function snippetFor(node: NodeRecord, words: string[]): string {
  const fields = [node.name, node.nameEn, node.text, node.textEn].filter((f): f is string => typeof f === "string");
  for (const field of fields) {
    const lower = field.toLowerCase();
    for (const word of words) {
      const at = lower.indexOf(word.toLowerCase());
      if (at < 0) continue;
      const start = Math.max(0, at - RADIUS);
      const end = Math.min(field.length, at + word.length + RADIUS);
      return `${start > 0 ? "…" : ""}${field.slice(start, end).replace(/\s+/g, " ").trim()}${end < field.length ? "…" : ""}`;
    }
  }
  return node.name;
}
