import { describe, expect, it } from "vitest";
import { useIngestedDocument } from "../helpers/ingested.js";
import { executeGraphQL } from "../helpers/server.js";

// An invented year plan numbered in three levels: 一、 sections over (一) actions over 1. tasks.
const TEXT = [
  "某市人民政府办公室关于印发某市数字建设2026年工作要点的通知",
  "某府办〔2026〕3号",
  "各区人民政府,市政府各部门:",
  "  《某市数字建设2026年工作要点》已经市政府同意,现印发给你们,请认真贯彻落实。",
  "某市人民政府办公室",
  "2026年2月1日",
  "某市数字建设2026年工作要点",
  "一、建设协同高效的数字政府",
  "(一)提升政务服务效能",
  "1.推行高频事项一网通办。梳理关联事项,优化办理流程。(责任单位:市数据局)",
  "2.拓展移动政务服务。整合部门自建应用。(责任单位:市数据局、市政务服务中心)",
  "(二)强化机关协同办公",
  "3.升级协同办公平台。推进公文线上流转。(责任单位:市委办公室)",
  "二、夯实数字基础设施",
  "(一)推进算力集约建设",
  "4.扩容政务云。新增政务云资源。(责任单位:市数据局)",
  "三、保障措施",
  "(一)加强组织领导。市数据局统筹推进各项任务。",
].join("\n");

const ingested = useIngestedDocument(TEXT);

describe("a document numbered in three levels", () => {
  it("keeps each 一、 section as an action grouping its (一) actions, and each (一) action's tasks under it", async () => {
    const res = await executeGraphQL<any>(
      ingested.app.url,
      `{ node(id: "${ingested.documentId}") { ... on PolicyDocument {
        actions { name partOf { name } actions { name tasks { name } } }
        measures { name } } } }`,
    );
    expect(res.errors).toBeUndefined();
    const { actions, measures } = res.data.node;
    const parts = actions.filter((a: any) => a.partOf === null);
    expect(parts.map((a: any) => a.name)).toEqual(["建设协同高效的数字政府", "夯实数字基础设施"]);
    expect(parts[0].actions).toEqual([
      { name: "提升政务服务效能", tasks: [{ name: "推行高频事项一网通办" }, { name: "拓展移动政务服务" }] },
      { name: "强化机关协同办公", tasks: [{ name: "升级协同办公平台" }] },
    ]);
    expect(parts[1].actions).toEqual([{ name: "推进算力集约建设", tasks: [{ name: "扩容政务云" }] }]);
    // The (一) actions say which section they fall under; the standard part 保障措施 is no action.
    const inner = actions.filter((a: any) => a.partOf !== null);
    expect(inner.map((a: any) => [a.name, a.partOf.name])).toEqual([
      ["提升政务服务效能", "建设协同高效的数字政府"],
      ["强化机关协同办公", "建设协同高效的数字政府"],
      ["推进算力集约建设", "夯实数字基础设施"],
    ]);
    expect(actions.map((a: any) => a.name)).not.toContain("保障措施");
    expect(measures).toEqual([{ name: "加强组织领导" }]);
  });
});
