import { Extensions, Field, ID, Int, ObjectType, registerEnumType } from "type-graphql";
import { PathOutcome } from "../../subgraph/path-search.js";
import { Evidence } from "../common/evidence.type.js";
import type { EvidenceRecord } from "../records.js";

@ObjectType({
  simpleResolvers: true,
  description:
    "A node as a graph library draws it. Its `id` is the drawing's own (`GraphNode:` + entityId), so a normalising cache (Relay, Apollo, urql Graphcache) never mixes it up with the entity; `node(id: entityId)` fetches the entity.",
})
export class GraphNode {
  @Field(() => ID, { description: '"GraphNode:" + entityId; edges\' source and target name it.' })
  id!: string;

  @Field(() => ID, {
    description: 'The id of the entity it draws (e.g. "Task:gz-ai-plan-2020-2022/task-02"), for node(id:).',
  })
  entityId!: string;

  @Field(() => String, { description: "Its type (Neo4j label): Task, Agency, …" })
  label!: string;

  @Field(() => String)
  name!: string;

  @Field(() => String, { nullable: true })
  nameEn?: string | null;
}

@ObjectType({
  simpleResolvers: true,
  description: "A directed edge as a graph library draws it (source → target is the relationship's direction).",
})
export class GraphEdge {
  @Field(() => ID, { description: '"GraphEdge:" + the relationship\'s id (TYPE|fromId|toId).' })
  id!: string;

  @Field(() => ID, { description: "The GraphNode id of its start." })
  source!: string;

  @Field(() => ID, { description: "The GraphNode id of its end." })
  target!: string;

  @Field(() => ID, { description: "The entity id of its start." })
  sourceEntityId!: string;

  @Field(() => ID, { description: "The entity id of its end." })
  targetEntityId!: string;

  @Field(() => String, { description: "Relationship type: SUPPORTS, RESPONSIBLE, …" })
  type!: string;

  @Field(() => String, {
    nullable: true,
    description: "Role, for RESPONSIBLE (LEAD/PARTICIPANT/JOINT) and ISSUED_BY (ISSUER/APPROVER).",
  })
  role?: string | null;

  @Field(() => [Evidence], {
    description:
      "The words of the source that state the relationship (empty for curated facts); read only when selected.",
  })
  evidence!: EvidenceRecord[];

  @Extensions({ reads: ["source"] })
  @Field(() => String, {
    nullable: true,
    description: "For a curated relationship (no evidence in a text): where the fact comes from.",
  })
  curatedSource?: string | null;
}

@ObjectType({
  simpleResolvers: true,
  description: "Nodes and edges, ready for Cytoscape.js, D3, Sigma, vis-network, …",
})
export class Subgraph {
  @Field(() => [GraphNode])
  nodes!: GraphNode[];

  @Field(() => [GraphEdge])
  edges!: GraphEdge[];

  @Field(() => Boolean, {
    description:
      "True when a limit cut the subgraph short: more nodes or edges exist within the requested hops. Narrow with `types` or `depth`, or raise `limit`.",
  })
  truncated!: boolean;
}

@ObjectType({
  simpleResolvers: true,
  description: "A path: nodes in order from `from` to `to`, and the edges between them (each in its own direction).",
})
export class Path {
  @Field(() => [GraphNode])
  nodes!: GraphNode[];

  @Field(() => [GraphEdge])
  edges!: GraphEdge[];

  @Field(() => Int, { description: "Number of edges." })
  length!: number;
}

registerEnumType(PathOutcome, {
  name: "PathOutcome",
  description:
    "FOUND: paths within maxLength. LONGER: none within maxLength, but a longer one exists (`shortestLength`). " +
    "NONE_WITHIN_SEARCH: no path of up to 20 hops over the types (disconnected under them). UNKNOWN_FROM / UNKNOWN_TO: no node has that id.",
});

@ObjectType({
  simpleResolvers: true,
  description: "What a path search found: every shortest path (up to `limit`), or why there is none.",
})
export class PathSearch {
  @Field(() => Boolean, { description: "True when at least one path is within maxLength." })
  found!: boolean;

  @Field(() => PathOutcome)
  outcome!: PathOutcome;

  @Field(() => [Path], {
    description: "The shortest paths, all of the same length, ordered by their nodes' ids; empty when none was found.",
  })
  paths!: Path[];

  @Field(() => Int, {
    nullable: true,
    description: "The length of the shortest path: of `paths`, or, for LONGER, of the path beyond maxLength.",
  })
  shortestLength!: number | null;

  @Field(() => String, {
    description: "What was found, in a sentence; when nothing was, why, and what to change (maxLength, types, an id).",
  })
  explanation!: string;
}
