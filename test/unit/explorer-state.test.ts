import { describe, expect, it } from "vitest";
// @ts-expect-error: a plain browser ES module of the explorer page, without type declarations.
import { emptyState, parseHash, toHash, withDefaultView } from "../../src/explorer/public/js/state.js";
// @ts-expect-error: as above.
import { subgraphToElements } from "../../src/explorer/public/js/elements.js";

describe("the explorer's view state in the URL", () => {
  it("reads back every part of the view it wrote, ids with colons, slashes and pipes included", () => {
    const state = {
      whole: true,
      seeds: [
        { id: "Task:gz-ai-plan-2020-2022/task-02", depth: 1 },
        { id: "Organization:iflytek", depth: 2 },
      ],
      selected: null,
      selectedEdge: "OPERATED_BY|Platform:iflytek-robot-interaction-platform|Organization:iflytek",
      lang: "en",
      hiddenLabels: ["Technology", "Domain"],
      hiddenTypes: ["MENTIONS"],
      hiddenLevels: ["NATIONAL", "DISTRICT"],
      layoutSeed: 3,
      path: { from: "Organization:iflytek", to: "Agency:state-council", types: ["HAS_PART", "ISSUED_BY"] },
      reader: { doc: "PolicyDocument:gz-ai-plan-2020-2022", start: 936, end: 940 },
    };
    expect(parseHash(toHash(state))).toEqual(state);
  });

  it("treats an empty hash as the default view, the whole graph", () => {
    expect(parseHash("")).toEqual(emptyState());
    expect(withDefaultView(parseHash("")).whole).toBe(true);
    expect(withDefaultView(parseHash("#x=Organization%3Aiflytek")).whole).toBe(false);
  });

  it("draws from seed 1 unless the URL names another, which must be a whole number", () => {
    expect(toHash({ ...emptyState(), whole: true })).toBe("#w=1");
    expect(parseHash("#w=1&ls=7").layoutSeed).toBe(7);
    expect(parseHash("#w=1&ls=-2").layoutSeed).toBe(1);
    expect(parseHash("#w=1&ls=x").layoutSeed).toBe(1);
  });

  it("ignores a depth outside 1–3 and offsets that are not numbers", () => {
    const state = parseHash("#x=Zone%3Aa%409&r=PolicyDocument%3Ad&rs=x&re=5");
    expect(state.seeds).toEqual([{ id: "Zone:a@9", depth: 1 }]);
    expect(state.reader).toEqual({ doc: "PolicyDocument:d", start: null, end: 5 });
  });
});

describe("the explorer's mapping from the API's subgraph to Cytoscape elements", () => {
  it("keys nodes by entity id and edges by relationship id, with or without the GraphNode/GraphEdge prefixes", () => {
    const today = subgraphToElements({
      nodes: [{ id: "Agency:a", label: "Agency", name: "甲", nameEn: null }],
      edges: [{ id: "MENTIONS|Task:t|Agency:a", source: "Task:t", target: "Agency:a", type: "MENTIONS", role: null }],
    });
    const prefixed = subgraphToElements({
      nodes: [{ id: "GraphNode:Agency:a", entityId: "Agency:a", label: "Agency", name: "甲", nameEn: null }],
      edges: [
        {
          id: "GraphEdge:MENTIONS|Task:t|Agency:a",
          source: "GraphNode:Task:t",
          target: "GraphNode:Agency:a",
          sourceEntityId: "Task:t",
          targetEntityId: "Agency:a",
          type: "MENTIONS",
          role: null,
        },
      ],
    });
    expect(prefixed).toEqual(today);
    expect(today.map((e: { data: { id: string } }) => e.data.id)).toEqual(["Agency:a", "MENTIONS|Task:t|Agency:a"]);
  });
});
