import net from "node:net";
import { StartupError } from "../errors/startup-error.js";

/** The one interface the embedded Neo4j listens on: it never needs to be reachable from the network. */
export const BOLT_HOST = "127.0.0.1";

/** The error for a Bolt port that something else holds, whether Node or Neo4j noticed it. */
export function portInUseError(port: number, cause?: unknown): StartupError {
  return new StartupError(
    `The embedded Neo4j cannot listen on ${BOLT_HOST}:${port}: port ${port} is already in use, most likely by another Neo4j ` +
      "(a Docker one, or the embedded one of another `npm start`/`npm run neo4j`). " +
      `Stop that process (\`ss -ltnp 'sport = :${port}'\` shows which it is), or choose another port with NEO4J_EMBEDDED_PORT, ` +
      `or use the Neo4j already there by setting NEO4J_URI=bolt://localhost:${port}.`,
    { cause },
  );
}

/** Throws {@link portInUseError} unless Node can listen on the port itself, checked just before Java tries. */
export function assertPortFree(port: number): Promise<void> {
  return new Promise((resolve, reject) => {
    const probe = net.createServer();
    probe.once("error", (error: NodeJS.ErrnoException) => {
      if (error.code === "EADDRINUSE") return reject(portInUseError(port, error));
      reject(
        new StartupError(
          `The embedded Neo4j cannot listen on ${BOLT_HOST}:${port} (${error.code ?? error.message}). Choose another port with NEO4J_EMBEDDED_PORT (1024 or above).`,
          { cause: error },
        ),
      );
    });
    probe.listen({ host: BOLT_HOST, port, exclusive: true }, () => probe.close(() => resolve()));
  });
}
