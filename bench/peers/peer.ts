/** The three servers the bench compares, each over its own counting proxy to the same Neo4j. */
export type PeerName = "ours" | "peer" | "raw";

export const PEER_NAMES: PeerName[] = ["ours", "peer", "raw"];

export const PEER_TITLES: Record<PeerName, string> = {
  ours: "policy-graph (this service)",
  peer: "@neo4j/graphql 7",
  raw: "raw neo4j-driver floor",
};

/** Credentials for Neo4j; with the embedded Neo4j's authentication off, any will do. */
export interface Neo4jAuth {
  username: string;
  password: string;
}

export const NO_AUTH: Neo4jAuth = { username: "neo4j", password: "" };

/** A running peer: its base URL on loopback and how to stop it. */
export interface RunningPeer {
  name: PeerName;
  url: string;
  /** Process whose RSS is this peer's (all peers run in the bench's own process by default). */
  stop(): Promise<void>;
}
