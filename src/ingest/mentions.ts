import type { Span } from "./span.js";
import { spanOf } from "./span.js";

/** A gazetteer name found in text. */
export interface Mention<T> {
  entry: T;
  span: Span;
}

/**
 * Finds names in text, leftmost-longest and without overlaps, so `科大讯飞机器人智能交互平台` is one
 * platform rather than a platform with the company `科大讯飞` inside it, and `国家级人工智能先导区`
 * wins over `人工智能先导区`.
 */
export class NameMatcher<T> {
  private readonly byFirstChar = new Map<string, { name: string; entry: T }[]>();

  constructor(names: Iterable<{ name: string; entry: T }>) {
    for (const n of names) {
      if (n.name === "") continue;
      const list = this.byFirstChar.get(n.name[0]!) ?? [];
      list.push(n);
      this.byFirstChar.set(n.name[0]!, list);
    }
    for (const list of this.byFirstChar.values()) list.sort((a, b) => b.name.length - a.name.length);
  }

  /** Every mention in `text.slice(start, end)`, in order. */
  find(text: string, start = 0, end = text.length): Mention<T>[] {
    const out: Mention<T>[] = [];
    let i = start;
    while (i < end) {
      const hit = this.byFirstChar.get(text[i]!)?.find((n) => i + n.name.length <= end && text.startsWith(n.name, i));
      if (hit) {
        out.push({ entry: hit.entry, span: spanOf(text, i, i + hit.name.length) });
        i += hit.name.length;
      } else {
        i++;
      }
    }
    return out;
  }
}
