import { Field, ID, Int, ObjectType } from "type-graphql";

@ObjectType({ simpleResolvers: true, description: "A node as a graph library draws it." })
export class GraphNode {
  @Field(() => ID)
  id!: string;

  @Field(() => String, { description: "Its type (Neo4j label): Task, Agency, …" })
  label!: string;

  @Field(() => String)
  name!: string;

  @Field(() => String, { nullable: true })
  nameEn?: string | null;
}

@ObjectType({ simpleResolvers: true, description: "A directed edge as a graph library draws it (source → target is the relationship's direction)." })
export class GraphEdge {
  @Field(() => ID)
  id!: string;

  @Field(() => ID)
  source!: string;

  @Field(() => ID)
  target!: string;

  @Field(() => String, { description: "Relationship type: SUPPORTS, RESPONSIBLE, …" })
  type!: string;

  @Field(() => String, { nullable: true, description: "Role, for RESPONSIBLE (LEAD/PARTICIPANT) and ISSUED_BY (ISSUER/APPROVER)." })
  role?: string | null;
}

@ObjectType({ simpleResolvers: true, description: "Nodes and edges, ready for Cytoscape.js, D3, Sigma, vis-network, …" })
export class Subgraph {
  @Field(() => [GraphNode])
  nodes!: GraphNode[];

  @Field(() => [GraphEdge])
  edges!: GraphEdge[];

  @Field(() => Boolean, { description: "True when a limit cut the subgraph short: more nodes or edges exist within the requested hops. Narrow with `types` or `depth`, or raise `limit`." })
  truncated!: boolean;
}

@ObjectType({ simpleResolvers: true, description: "A path: nodes in order from `from` to `to`, and the edges between them (each in its own direction)." })
export class Path {
  @Field(() => [GraphNode])
  nodes!: GraphNode[];

  @Field(() => [GraphEdge])
  edges!: GraphEdge[];

  @Field(() => Int, { description: "Number of edges." })
  length!: number;
}
