import { NATIONAL_OPENING, readArea } from "./area-names.js";
import { ENDS_AS_BODY } from "./body-end.js";
import { LEVEL_PREFIX } from "./level-prefix.js";
import { type Span, spanOf } from "./span.js";

/** A parenthesised name right after a body's name: that body's other name(s). */
const SECOND_NAME = /(?<=[厅室府委局部院办署会心])[(（][^()（）]{2,40}[)）]/g;
/** Words that only continue the body before them (`深圳市人民政府 办公厅` is one body). */
const CONTINUATION = /^(办公厅|办公室|办)/;

/**
 * The bodies of a joint issuer, each with its own span: `中共深圳市委办公厅 深圳市人民政府办公厅`,
 * `工业和信息化部、国家发展改革委、科技部`, or with nothing between (`中共岳阳市委办公室岳阳市人民政府办公室`).
 * Spaces and `、` separate; with nothing between, a body ends where the next opens with `中共`,
 * a central body's opening (`国家`, `国务院`) or an area the first body names too.
 */
export function splitIssuers(text: string, span: Span): Span[] {
  const out: Span[] = [];
  // A body's second name in parentheses (`海南省发展和改革委员会(海南省数据局)`, one body with two
  // plates) is not another issuer: blanked, so only the first name is read.
  const plain = span.text.replace(SECOND_NAME, (m) => " ".repeat(m.length));
  const pieces = [...plain.matchAll(/[^\s、，,]+/g)].map((m) => ({ at: span.start + m.index!, words: m[0] }));
  for (const piece of pieces) {
    const last = out.at(-1);
    // A piece that only continues the body before it joins it (`深圳市人民政府 办公厅`).
    if (last && (CONTINUATION.test(piece.words) || !ENDS_AS_BODY.test(last.text))) {
      out[out.length - 1] = spanOf(text, last.start, piece.at + piece.words.length);
      continue;
    }
    let from = 0;
    for (let i = 2; i < piece.words.length - 1; i++) {
      const before = piece.words.slice(from, i);
      if (ENDS_AS_BODY.test(before) && opensBody(piece.words.slice(i), before)) {
        out.push(spanOf(text, piece.at + from, piece.at + i));
        from = i;
      }
    }
    out.push(spanOf(text, piece.at + from, piece.at + piece.words.length));
  }
  return out.map((s) => stripPhrasing(text, s)).filter((s) => s.text !== "");
}

/** {@link splitIssuers} for a name given as metadata (`--issuer`). */
export function splitIssuerNames(names: string): string[] {
  return splitIssuers(names, spanOf(names, 0, names.length)).map((s) => s.text);
}

/**
 * The approving bodies of `经市委、市政府同意` (`市委`, `市政府`), of `经市委和市政府同意`, or one
 * (`区人民政府`), each with its span; words around the body (`已经`, `同意`, `常务会议审议`) are left out.
 */
export function splitApprovers(text: string, span: Span | null): Span[] {
  if (!span) return [];
  const out: Span[] = [];
  let from = 0;
  const t = span.text;
  for (let i = 1; i <= t.length; i++) {
    const sep = i === t.length ? "" : t[i]!;
    const ends =
      i === t.length ||
      /[、，,]/.test(sep) ||
      (/[和及与]/.test(sep) && ENDS_AS_BODY.test(t.slice(from, i)) && opensApprover(t.slice(i + 1)));
    if (!ends) continue;
    out.push(stripPhrasing(text, spanOf(text, span.start + from, span.start + i)));
    from = i + 1;
  }
  return out.filter((s) => s.text !== "" && ENDS_AS_BODY.test(s.text));
}

function opensBody(rest: string, before: string): boolean {
  if (CONTINUATION.test(rest)) return false;
  if (/^中共/.test(rest) || NATIONAL_OPENING.test(rest)) return true;
  const first = readArea(rest).places[0];
  return first !== undefined && before.includes(first.name);
}

function opensApprover(rest: string): boolean {
  return /^(中共|国)/.test(rest) || LEVEL_PREFIX.test(rest) || readArea(rest).places.length > 0;
}

/** `span` without the approval's words: `已经市委` → `市委`, `市政府常务会议审议` → `市政府`. */
function stripPhrasing(text: string, span: Span): Span {
  const t = span.text;
  const lead = /^\s*(?:已经|已|经)?/.exec(t)![0].length;
  const body = t.slice(lead).replace(/(?:第.{1,6}次)?(?:常务会议|全体会议|会议)?(?:审议|研究)?(?:同意|通过)?\s*$/, "");
  return spanOf(text, span.start + lead, span.start + lead + body.length);
}
