/**
 * One stdout/stderr line of EmbeddedNeo4j.java, read as the launcher's line protocol: the `NEO4J_*`
 * lines are the contract (see the Java file's doc comment); everything else is log text for humans.
 */
export type LauncherLine =
  | { kind: "ready"; uri: string }
  | { kind: "port-in-use"; port: number }
  | { kind: "failed"; reason: string }
  | { kind: "log"; text: string };

export function parseLauncherLine(line: string): LauncherLine {
  const ready = /^NEO4J_READY (bolt:\/\/\S+)\s*$/.exec(line);
  if (ready?.[1]) return { kind: "ready", uri: ready[1] };
  const portInUse = /^NEO4J_ERROR PORT_IN_USE (\d+)\s*$/.exec(line);
  if (portInUse?.[1]) return { kind: "port-in-use", port: Number(portInUse[1]) };
  const failed = /^NEO4J_ERROR (?:START_FAILED )?(.*)$/.exec(line);
  if (failed) return { kind: "failed", reason: failed[1] ?? "" };
  return { kind: "log", text: line };
}
