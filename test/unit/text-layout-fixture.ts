/**
 * An invented notice (fiction written for these tests: no real document's text) in paragraphs, and the ways a
 * scrape lays such a notice out: copied from a PDF (lines cut at the page's width, page numbers, a running header)
 * or flattened to one line. The layout tests extract each and expect the paragraphs' graph.
 */
export const PARAGRAPHS = [
  "某市人民政府办公室关于印发某市智能算力产业培育方案（2024－2026年）的通知",
  "某府办〔2024〕17号",
  "各区人民政府，市政府各部门、各直属机构：",
  "　　经市人民政府同意，现将《某市智能算力产业培育方案（2024－2026年）》印发给你们，请结合实际认真组织实施。实施中遇到的问题，请径向市工业和信息化局反映。",
  "　　某市人民政府办公室",
  "　　2024年4月8日",
  "　　某市智能算力产业培育方案（2024－2026年）",
  "　　为贯彻落实《新一代人工智能发展规划》（国发〔2017〕35号）和《某省算力基础设施建设行动计划》（某府办〔2023〕9号）等文件精神，加快培育我市智能算力产业，制定本方案。",
  "　　一、发展目标",
  "　　到2026年，全市智能算力规模超过500PFLOPS，培育人工智能企业不少于120家，公共算力服务平台的服务能力显著提升，干部队伍的专业素养明显增强。",
  "　　二、重点任务",
  "　　（一）夯实算力基础。",
  "　　1．建设公共算力平台。支持龙头企业建设面向中小企业的公共算力服务平台，着力降低企业用算成本，推动算力资源统一调度和共享使用。（责任单位：市科技局、市工业和信息化局）",
  "　　2．培育产业集聚区。依托现有产业园区布局一批智能算力产业集聚区，引导上下游企业集中发展，形成特色鲜明、配套完善的产业生态。（责任单位：市发展改革委）",
  "　　（二）拓展应用场景。",
  "　　3．推动行业应用示范。在制造、交通、医疗、政务等领域遴选一批应用示范项目，每年发布应用场景清单不少于30个。（责任单位：市科技局）",
  "　　三、保障措施",
  "　　（一）加强组织领导。建立市级统筹协调机制，定期研究解决产业发展中的重大问题。（责任单位：市工业和信息化局）",
  "　　（二）强化资金支持。统筹用好现有专项资金，对符合条件的算力平台项目给予支持。（责任单位：市财政局）",
];

/** Printed width as a PDF sets it: ASCII half as wide as a Han character. */
const width = (s: string): number => Array.from(s).reduce((w, c) => w + (/[\x20-\x7e]/.test(c) ? 0.5 : 1), 0);

/** Cuts a paragraph into lines of at most `columns` printed width, keeping a run of ASCII digits whole. */
export function cut(paragraph: string, columns: number): string[] {
  const lines: string[] = [];
  let line = "";
  for (const token of paragraph.match(/[0-9A-Za-z.]+|[^]/gu) ?? []) {
    if (line !== "" && width(line + token) > columns) {
      lines.push(line);
      line = "";
    }
    line += token;
  }
  return [...lines, line];
}

/** The notice as copied from a PDF: cut at `columns`, with `mark(n)` and `header` at every `perPage` lines. */
export function pdfCopy(
  columns: number,
  perPage: number,
  mark: (page: number) => string,
  header: string,
  eol = "\n",
): string {
  const lines = PARAGRAPHS.flatMap((p) => (p.startsWith("　　") && width(p) <= columns ? [p] : cut(p, columns)));
  const out: string[] = [];
  lines.forEach((line, i) => {
    if (i > 0 && i % perPage === 0) out.push("", mark(i / perPage), "", header);
    out.push(line);
  });
  return out.join(eol);
}
