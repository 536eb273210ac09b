import { describe, expect, it } from "vitest";
import { fillBelow, type Stores } from "../../src/graphql/engine/batches.js";
import { type RelFilters, type RelPlan, relKey } from "../../src/graphql/engine/lookahead.js";
import { NodeStore } from "../../src/graphql/engine/node-store.js";
import { RelStore } from "../../src/graphql/engine/rel-store.js";
import type { Direction } from "../../src/graphql/engine/relation.js";
import {
  decodeRow,
  encodeItem,
  encodeKids,
  encodeRow,
  ItemReader,
  type Kids,
} from "../../src/graphql/engine/row-codec.js";

// The rows of the engine's generated statements without Neo4j: values laid out by the same encoders
// the statement builders write their projections with, read back by the engine's reader.
// Ids and names are fiction.

const plan = (
  type: string,
  direction: Direction,
  relProps: string[],
  nodeProps: string[],
  children: RelPlan[] = [],
  parentKinds: string[] | null = null,
): RelPlan => ({ spec: { type, direction, kind: null }, parentKinds, relProps, nodeProps, args: null, children });

/** Task → platforms (no relationship values) → operator (with the relationship's id and role) and the documents naming it (IN). */
const operator = plan("OPERATED_BY", "OUT", ["id", "role"], ["id", "kind", "name", "nameEn"]);
const namedBy = plan("MENTIONS", "IN", ["id"], ["id", "kind", "name"]);
const platforms = plan("SUPPORTS", "OUT", [], ["id", "kind", "name"], [operator, namedBy]);
/** Selected only on measures (`... on Measure { responsible { … } }`). */
const responsible = plan("RESPONSIBLE", "OUT", ["id", "role"], ["id", "kind", "name"], [], ["Measure"]);
const PLANS = [platforms, responsible];

/** A relationship as a test writes it: its values, its far node's, and per child plan the items below. */
interface Tree {
  rel: Record<string, unknown>;
  node: Record<string, unknown>;
  below: Tree[][];
}

const encode = (p: RelPlan, t: Tree): unknown[] =>
  encodeItem(p, { rel: (k) => t.rel[k], node: (k) => t.node[k], kid: (c, i) => t.below[i]!.map((x) => encode(c, x)) });

const decode = (p: RelPlan, items: unknown[][]): Tree[] => {
  const read = new ItemReader(p);
  const record = ({ props, values, at }: { props: readonly string[]; values: readonly unknown[]; at: number }) =>
    Object.fromEntries(props.map((k, i) => [k, values[at + i]]));
  return items.map((item) => ({
    rel: record(read.rel(item)),
    node: record(read.node(item)),
    below: p.children.map((c, i) => decode(c, read.kid(item, i))),
  }));
};

const organization = (n: number, nameEn: string | null) => ({
  id: `org-${n}`,
  kind: "Organization",
  name: `（虚构）算力运营公司${n}`,
  nameEn,
});
const PLATFORMS: Tree[] = [
  {
    rel: {},
    node: { id: "platform-1", kind: "Platform", name: "（虚构）城市算力平台" },
    below: [
      [
        { rel: { id: "op-1", role: "OPERATOR" }, node: organization(1, "Fictional Compute Co."), below: [] },
        { rel: { id: "op-2", role: null }, node: organization(2, null), below: [] },
      ],
      [
        {
          rel: { id: "m-1" },
          node: { id: "doc-1", kind: "PolicyDocument", name: "（虚构）某市算力行动方案" },
          below: [],
        },
      ],
    ],
  },
  { rel: {}, node: { id: "platform-2", kind: "Platform", name: "（虚构）数据标注平台" }, below: [[], []] },
];

describe("an item of a looked-ahead list", () => {
  it("is one flat list: the relationship's values, the far node's, then one list per child plan", () => {
    expect(encode(operator, PLATFORMS[0]!.below[0]![0]!)).toEqual([
      "op-1",
      "OPERATOR",
      "org-1",
      "Organization",
      "（虚构）算力运营公司1",
      "Fictional Compute Co.",
    ]);
    expect(encode(platforms, PLATFORMS[1]!)).toEqual(["platform-2", "Platform", "（虚构）数据标注平台", [], []]);
  });

  it("reads back what was written, two levels deep, with empty lists and nulls", () => {
    const items = PLATFORMS.map((t) => encode(platforms, t));
    expect(decode(platforms, items)).toEqual(PLATFORMS);
    expect(decode(platforms, [])).toEqual([]);
  });
});

describe("a row of a lookahead statement", () => {
  it("reads back by name what was written in the statement's columns", () => {
    const kids = encodeKids(PLANS, (p) => (p === platforms ? PLATFORMS.map((t) => encode(p, t)) : []));
    const row = encodeRow({ branch: 1, id: "task-1", self: ["task-1", "Task", null], kids });
    expect(Object.keys(row)).toEqual(["b", "id", "self", "kids"]);
    expect(decodeRow(row)).toEqual({ branch: 1, id: "task-1", self: ["task-1", "Task", null], kids });
    expect(decodeRow(encodeRow({ branch: 0, id: "task-2", self: null, kids: [[], []] }))).toEqual({
      branch: 0,
      id: "task-2",
      self: null,
      kids: [[], []],
    });
  });
});

describe("the engine's reader", () => {
  const UNFILTERED: RelFilters = { roles: null, levels: null };
  const filters = new Map([platforms, operator, namedBy, responsible].map((p) => [p, UNFILTERED]));
  const listOf = (stores: Stores, parent: string, p: RelPlan) =>
    stores.rels.get(parent, relKey(p.spec, UNFILTERED), p.relProps, p.nodeProps);

  /** Reads the kids of task-1 as a statement returns them into a request's stores. */
  function read(kids: Kids): Stores {
    const stores: Stores = { nodes: new NodeStore(), rels: new RelStore(), variables: {} };
    fillBelow(stores, PLANS, filters, { id: "task-1", kind: "Task" }, kids);
    return stores;
  }

  it("gives resolvers the records of every level, each relationship with its ends by direction", () => {
    const stores = read(encodeKids(PLANS, (p) => (p === platforms ? PLATFORMS.map((t) => encode(p, t)) : [])));
    const supports = listOf(stores, "task-1", platforms)!;
    expect(supports.map((r) => [r.rel.type, r.rel.startId, r.rel.endId, r.node.name])).toEqual([
      ["SUPPORTS", "task-1", "platform-1", "（虚构）城市算力平台"],
      ["SUPPORTS", "task-1", "platform-2", "（虚构）数据标注平台"],
    ]);
    expect(listOf(stores, "platform-1", operator)!.map((r) => [r.rel, r.node])).toEqual([
      [
        { id: "op-1", role: "OPERATOR", type: "OPERATED_BY", startId: "platform-1", endId: "org-1", evidence: [] },
        { ...organization(1, "Fictional Compute Co."), evidence: [] },
      ],
      [
        { id: "op-2", role: null, type: "OPERATED_BY", startId: "platform-1", endId: "org-2", evidence: [] },
        { ...organization(2, null), evidence: [] },
      ],
    ]);
    const mention = listOf(stores, "platform-1", namedBy)![0]!;
    expect([mention.rel.id, mention.rel.startId, mention.rel.endId]).toEqual(["m-1", "doc-1", "platform-1"]);
    expect(listOf(stores, "platform-2", operator)).toEqual([]);
    expect(stores.nodes.get("org-2", ["id", "kind", "name", "nameEn"])?.nameEn).toBeNull();
  });

  it("stores no list for a plan selected on other kinds than the parent's, so it hides nothing", () => {
    const stores = read(encodeKids(PLANS, () => []));
    expect(listOf(stores, "task-1", platforms)).toEqual([]);
    expect(listOf(stores, "task-1", responsible)).toBeUndefined();
  });
});
