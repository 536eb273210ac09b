import { type ExecutionResult, graphql, type GraphQLSchema } from "graphql";
import type { Database, GeneratedStatement, Row } from "../../src/db/database.js";
import { createContext } from "../../src/graphql/context.js";
import type { SeededGraph } from "./seeded.js";

/** A statement the engine sent through the database door, with what Neo4j answered. */
export interface Sent {
  name: string;
  params: Record<string, any>;
  rows: Row[];
  /** The text of a generated statement. */
  text?: string;
}

/**
 * Runs an operation through the engine on the real graph, in-process (no HTTP), recording every
 * statement it sends through the database door.
 */
export async function executeRecorded(
  graph: SeededGraph,
  schema: GraphQLSchema,
  query: string,
  variables: Record<string, unknown> = {},
): Promise<{ res: ExecutionResult; sent: Sent[] }> {
  const sent: Sent[] = [];
  const recording = Object.create(graph.db) as Database;
  recording.read = async (name: string, params: Record<string, unknown> = {}): Promise<Row[]> => {
    const rows = await graph.db.read(name, params);
    sent.push({ name, params, rows });
    return rows;
  };
  recording.readGenerated = async (statement: GeneratedStatement): Promise<Row[]> => {
    const rows = await graph.db.readGenerated(statement);
    sent.push({ name: statement.name, params: statement.params, rows, text: statement.text });
    return rows;
  };
  const res = await graphql({
    schema,
    source: query,
    variableValues: variables,
    contextValue: createContext(recording),
  });
  return { res, sent };
}
