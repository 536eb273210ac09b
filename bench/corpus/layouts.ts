// How a document's head and foot are laid out, in the forms the layout fixtures show and the
// extractor reads: a notice (`…关于印发《X》的通知`, 文号, salutation, issuer and date, then X), a
// title line with 文号 and salutation, or a title line with 文号 and no salutation; the last two
// sign at the end.
import { type Issuer, salutationOf } from "./bodies.js";
import type { Place } from "./places.js";
import type { Random } from "./random.js";

export type Header = "notice" | "title" | "bare";

/** The first line of every generated text: the pipeline reads it as an invented example. */
export const FICTION_LINE =
  "# 虚构示例(EXAMPLE)：基准测试用的虚构文件，并非真实政策。Invented example for benchmarks; not real policy.";

/** What the head and foot say. */
export interface Frame {
  header: Header;
  place: Place;
  issuer: Issuer;
  title: string;
  docNumber: string;
  /** ISO date. */
  date: string;
}

/** The whole text: the frame's head, the preamble and body lines, and its foot. */
export function layOut(rng: Random, f: Frame, preamble: string, body: string[]): string {
  const signature = [f.issuer.name, chineseDate(f.date)];
  const main = [`　　${preamble}`, ...body];
  switch (f.header) {
    case "notice": {
      const line = rng.chance(0.7)
        ? `${f.issuer.name}关于印发《${f.title}》的通知`
        : `${f.issuer.name}关于印发${f.title}的通知`;
      const approved =
        f.issuer.kind === "office"
          ? `经${f.place.level === "NATIONAL" ? "国务院" : `${f.place.word}人民政府`}同意，`
          : "";
      const notice = `　　${approved}现将《${f.title}》印发给你们，请结合实际认真贯彻落实。`;
      const open = rng.chance(0.5) ? ["（此件公开发布）"] : [];
      return lines([
        FICTION_LINE,
        line,
        f.docNumber,
        salutationOf(f.place, f.issuer),
        notice,
        "",
        ...signature,
        ...open,
        "",
        f.title,
        "",
        ...main,
      ]);
    }
    case "title":
      return lines([FICTION_LINE, f.title, f.docNumber, salutationOf(f.place, f.issuer), ...main, "", ...signature]);
    case "bare":
      return lines([FICTION_LINE, f.title, f.docNumber, ...main, "", ...signature]);
    default:
      return assertNever(f.header);
  }
}

/** `2024-03-05` as a document dates itself: `2024年3月5日`. */
function chineseDate(iso: string): string {
  const [y, m, d] = iso.split("-").map(Number);
  return `${y}年${m}月${d}日`;
}

function lines(all: string[]): string {
  return `${all.join("\n")}\n`;
}

function assertNever(x: never): never {
  throw new Error(`Unexpected header: ${String(x)}`);
}
