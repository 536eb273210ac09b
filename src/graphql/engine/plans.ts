import { EVIDENCE_PROPERTIES } from "../../model/evidence-properties.js";
import { fieldsOf, fieldsUnder, memoized, storedProperties } from "./selection.js";

/**
 * What to fetch for a field, read from its selection once per document (see {@link memoized}).
 * Every node is fetched with `id` and `kind` (its type, for interfaces), then only the properties
 * its selected fields read; relationships with `id`, then theirs.
 */
export const NODE_ALWAYS = ["id", "kind"] as const;
export const REL_ALWAYS = ["id"] as const;
/** Edge fields computed from the statement, not stored. */
export const REL_COMPUTED = ["type"] as const;
/** Node properties `snippet` reads (see search/snippet.ts). */
const SNIPPET_SOURCES = ["name", "nameEn", "text", "textEn"] as const;

/** Properties of the node(s) a field returns (`node(id)`, `action`, `platforms`, an edge's end). */
export const nodePlan = memoized((info): string[] => storedProperties(fieldsOf(info), NODE_ALWAYS));

export interface PagePlan {
  nodeProps: string[];
  /** Whether `totalCount` is selected. */
  withTotal: boolean;
}

/** For a connection (`tasks`, `agencies`, …): the nodes under `edges.node`, plus the cursor's sort key. */
export const pagePlan = memoized((info, sortKey): PagePlan => {
  const fields = fieldsOf(info);
  const nodes = fieldsUnder(info, fieldsUnder(info, fields, "edges"), "node");
  return {
    nodeProps: storedProperties(nodes, [...NODE_ALWAYS, sortKey]),
    withTotal: fields.some((f) => f.node.name.value === "totalCount"),
  };
});

/** For `search`: the hits' nodes, plus what `snippet` reads when it is selected. */
export const searchPlan = memoized((info): string[] => {
  const fields = fieldsOf(info);
  const snippet = fields.some((f) => f.node.name.value === "snippet") ? SNIPPET_SOURCES : [];
  return storedProperties(fieldsUnder(info, fields, "node"), [...NODE_ALWAYS, ...snippet]);
});

/**
 * For `neighborhood` and the path queries: the relationship properties the edges found under `path`
 * (`"edges"`, `"paths.edges"`) read beyond what every subgraph statement returns (id, type, ends,
 * role): the evidence lists when `evidence` is selected, and the fields declaring `reads`
 * (`curatedSource`). Their statements read nothing else of a relationship.
 */
export const subgraphEdgePlan = memoized((info, path): string[] => {
  let fields = fieldsOf(info);
  for (const name of path.split(".")) fields = fieldsUnder(info, fields, name);
  const props = new Set<string>();
  for (const f of fields) {
    if (f.node.name.value === "evidence") EVIDENCE_PROPERTIES.forEach((p) => props.add(p));
    ((f.def?.extensions?.reads as readonly string[] | undefined) ?? []).forEach((p) => props.add(p));
  }
  return [...props];
});
