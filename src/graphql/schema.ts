import "reflect-metadata";
import { type GraphQLSchema, lexicographicSortSchema, printSchema } from "graphql";
import { buildSchema } from "type-graphql";
import { ActionResolver } from "./action/action.resolver.js";
import { AgencyResolver } from "./agency/agency.resolver.js";
import { EvidenceResolver } from "./document/evidence-document.resolver.js";
import { NodeEvidenceResolver } from "./node/node-evidence.resolver.js";
import { PolicyDocumentResolver } from "./document/policy-document.resolver.js";
import { DomainResolver } from "./domain/domain.resolver.js";
import * as edges from "./edges/relationship-edges.resolver.js";
import { GraphResolver } from "./graph/graph.resolver.js";
import { MeasureResolver } from "./measure/measure.resolver.js";
import { NodeResolver } from "./node/node.resolver.js";
import { OrganizationResolver } from "./organization/organization.resolver.js";
import { PlatformResolver } from "./platform/platform.resolver.js";
import { SearchResolver } from "./search/search.resolver.js";
import { TargetResolver } from "./target/target.resolver.js";
import { TaskResolver } from "./task/task.resolver.js";
import { TechnologyResolver } from "./technology/technology.resolver.js";
import { ZoneResolver } from "./zone/zone.resolver.js";
import { AgencyProvenanceResolver, TaskResponsibilityResolver } from "./agency/agency-provenance.resolver.js";
import { CitationChainResolver, CitationHopResolver } from "./document/citation-chain.resolver.js";
import { IngestResolver } from "./ingest/ingest.resolver.js";
import * as exampleMarks from "./document/example-mark.resolver.js";
import { DegreeResolver } from "./node/degree.resolver.js";
import { ResponsibleCountResolver } from "./agency/responsible-count.resolver.js";
import { EvidenceLinksResolver } from "./common/evidence-links.resolver.js";
import { CitationResolver } from "./citation/citation.resolver.js";
import { callFieldResolversDirectly } from "./direct-resolvers.js";

const RESOLVERS = [
  NodeResolver,
  SearchResolver,
  GraphResolver,
  EvidenceResolver,
  NodeEvidenceResolver,
  PolicyDocumentResolver,
  AgencyResolver,
  OrganizationResolver,
  PlatformResolver,
  ZoneResolver,
  TargetResolver,
  ActionResolver,
  TaskResolver,
  MeasureResolver,
  TechnologyResolver,
  DomainResolver,
  edges.IssuedByResolver,
  edges.ResponsibleResolver,
  edges.SupportsResolver,
  edges.DevelopsResolver,
  edges.OperatedByResolver,
  edges.ImplementsResolver,
  edges.RepealsResolver,
  edges.SetsResolver,
  edges.HasPartResolver,
  edges.MentionsResolver,
  IngestResolver,
  CitationChainResolver,
  CitationHopResolver,
  AgencyProvenanceResolver,
  TaskResponsibilityResolver,
  exampleMarks.TaskExampleResolver,
  exampleMarks.MeasureExampleResolver,
  exampleMarks.ActionExampleResolver,
  exampleMarks.TargetExampleResolver,
  DegreeResolver,
  ResponsibleCountResolver,
  EvidenceLinksResolver,
  CitationResolver,
] as const;

/** The executable GraphQL schema, built from the type-graphql classes (relationship fields called directly: see direct-resolvers.ts). */
export async function buildGraphQLSchema(): Promise<GraphQLSchema> {
  const schema = await buildSchema({ resolvers: RESOLVERS, validate: false });
  callFieldResolversDirectly(schema, RESOLVERS);
  return schema;
}

/** Header of the committed `schema.graphql`. */
export const SCHEMA_HEADER =
  "# Generated from the type-graphql classes in src/graphql by `npm run schema`. Do not edit.\n# A test fails when this file is stale.\n\n";

/** The schema as committed in `schema.graphql`: sorted, so a diff shows only real changes. */
export function printSortedSchema(schema: GraphQLSchema): string {
  return SCHEMA_HEADER + printSchema(lexicographicSortSchema(schema)) + "\n";
}
