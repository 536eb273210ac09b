import { spawnSync } from "node:child_process";
import os from "node:os";
import type { Driver } from "neo4j-driver";

/** What the numbers were measured on. */
export interface Machine {
  cpu: string;
  cores: number;
  memoryGb: number;
  os: string;
  node: string;
  java: string;
  neo4j: string;
  loadAverage: number[];
  date: string;
}

export async function describeMachine(driver: Driver, javaHome?: string): Promise<Machine> {
  // `java -version` prints to stderr.
  const version = spawnSync(javaHome ? `${javaHome}/bin/java` : "java", ["-version"], { encoding: "utf8" });
  const java = `${version.stderr ?? ""}${version.stdout ?? ""}`.split("\n")[0]?.trim() || "unknown";
  const { records } = await driver.executeQuery(
    "CALL dbms.components() YIELD name, versions, edition RETURN name + ' ' + versions[0] + ' ' + edition AS v",
  );
  return {
    cpu: os.cpus()[0]?.model ?? "unknown",
    cores: os.cpus().length,
    memoryGb: Math.round((os.totalmem() / 2 ** 30) * 10) / 10,
    os: `${os.type()} ${os.release()} ${os.arch()}`,
    node: process.version,
    java,
    neo4j: String(records[0]?.get("v") ?? "unknown"),
    loadAverage: os.loadavg().map((x) => Math.round(x * 100) / 100),
    date: new Date().toISOString(),
  };
}
