import fs from "node:fs";
import path from "node:path";
import { ApolloServer } from "@apollo/server";
import { startStandaloneServer } from "@apollo/server/standalone";
import { Neo4jGraphQL } from "@neo4j/graphql";
import neo4j from "neo4j-driver";
import { NO_AUTH, type Neo4jAuth, type RunningPeer } from "./peer.js";

/**
 * What a frontend team would pick instead: an `@neo4j/graphql` 7 server over type definitions that
 * mirror our labels and relationships, served by Apollo Server's standalone HTTP server. It turns
 * each request into one Cypher statement.
 */
export async function startNeo4jGraphQL(boltUri: string, auth: Neo4jAuth = NO_AUTH): Promise<RunningPeer> {
  const typeDefs = fs.readFileSync(path.join(import.meta.dirname, "neo4j-graphql.typedefs.graphql"), "utf8");
  const driver = neo4j.driver(boltUri, neo4j.auth.basic(auth.username, auth.password));
  const schema = await new Neo4jGraphQL({ typeDefs, driver }).getSchema();
  const server = new ApolloServer({ schema, introspection: false, stopOnTerminationSignals: false });
  const { url } = await startStandaloneServer(server, { listen: { port: 0, host: "127.0.0.1" } });
  const port = new URL(url).port;
  return {
    name: "peer",
    url: `http://127.0.0.1:${port}`,
    async stop() {
      await server.stop();
      await driver.close();
    },
  };
}
