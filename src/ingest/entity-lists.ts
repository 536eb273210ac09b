import { readsAsTradeName, unknownRuns } from "./entity-runs.js";
import { isGeneric } from "./entity-words.js";
import type { FoundName } from "./found-name.js";
import type { Token } from "./segmenter.js";

/** What closes a list of companies: `等企业`, `等龙头企业`, `等一批重大项目`; not a list of funds (`等项目资金`). */
const CLOSER =
  /^等(?:一批)?(?:龙头|重点|骨干|领军|头部|知名|链主|优势|标杆|重大|大型)?(?:企业|公司|项目(?!资金|经费|预算|补助|库))/;
const ITEM = /^[\p{Script=Han}A-Za-z]{2,10}$/u;
/** Kinds of company, listed the same way (`国企、民企等企业`, `规上、限上等企业`, `专精特新、小巨人等企业`): the list names no company. */
const KIND =
  /^(?:[国民外央私台港侨]企|规上|限上|规下|专精特新|小巨人|独角兽|瞪羚|雏鹰|隐形冠军|单项冠军|中小|小微|大中小|上市|拟上市|龙头|骨干|科技型|高新技术|链主)$/;

/** Kinds of product or industry, listed the same way (`智能座舱、车规级芯片等重大项目`): the list names no company. */
const PRODUCT =
  /(?:系统|芯片|整车|座舱|设备|装备|软件|硬件|材料|器件|模组|技术|产品|部件|终端|传感器|机器人|电池|汽车|产业|服务)$/;

/**
 * Companies named in a list that a kind closes (`做好甲乙电子、丙丁科技等重大项目跟踪服务`,
 * `支持华为、腾讯等龙头企业`): short trade names without a head of their own. A list of industries
 * closes the same way (`软件、集成电路等企业`), so a list counts only when at least two thirds of
 * its items, and two at the least, look like trade names: a word the dictionary lacks (read as single
 * characters), a known trade name or abbreviation, or Latin letters. Then every item that is no
 * word of the field (`人工智能`) is a company. A false company costs more than a missed one.
 */
export function findListedCompanies(text: string, tokens: Token[]): FoundName[] {
  const runs = unknownRuns(tokens);
  const found: FoundName[] = [];
  tokens.forEach((t, i) => {
    if (t.word !== "等" || !CLOSER.test(text.slice(t.start))) return;
    // The items: token groups between `、` back to the clause's start (a mark or the verb before the first item).
    const items: { from: number; to: number }[] = [];
    let to = i;
    for (let k = i - 1; k >= -1; k--) {
      const tk = tokens[k];
      if (tk && tk.word === "、") {
        items.unshift({ from: k + 1, to });
        to = k;
        continue;
      }
      if (!tk || /^[vcpdu]|^x$/.test(tk.tag) || !/[\p{Script=Han}A-Za-z]/u.test(tk.word)) {
        // A trade name the dictionary reads as a verb inside a run (`喜/v 珍`) is still the name.
        if (tk && runs[k] && to - k < 4) continue;
        items.unshift({ from: k + 1, to });
        break;
      }
    }
    const read = items
      .filter((x) => x.to > x.from)
      .map((x) => ({ ...x, word: text.slice(tokens[x.from]!.start, tokens[x.to - 1]!.end) }));
    if (read.length === 0 || read.length !== items.length) return;
    if (read.some((x) => !ITEM.test(x.word) || KIND.test(x.word) || PRODUCT.test(x.word))) return;
    const tradeName = (x: { from: number; to: number }) =>
      readsAsTradeName(tokens.slice(x.from, x.to), runs.slice(x.from, x.to));
    const named = read.filter(tradeName).length;
    if (named < 2 || named * 3 < read.length * 2) return;
    for (const x of read) {
      if (isGeneric(x.word)) continue;
      found.push({
        label: "Organization",
        start: tokens[x.from]!.start,
        end: tokens[x.to - 1]!.end,
        aliases: [],
      });
    }
  });
  return found;
}
