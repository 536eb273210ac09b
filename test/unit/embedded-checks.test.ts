import fs from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { fetchNeo4jJars, startEmbeddedNeo4j } from "../../src/db/embedded.js";
import { parseJavaMajor } from "../../src/db/embedded.java.js";
import { assertPortFree } from "../../src/db/embedded.port.js";
import { parseLauncherLine } from "../../src/db/embedded.protocol.js";
import { StartupError } from "../../src/errors/startup-error.js";

const PROJECT_ROOT = path.resolve(import.meta.dirname, "../..");
const temps: string[] = [];

function tempDir(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "embedded-checks-"));
  temps.push(dir);
  return dir;
}

afterEach(() => {
  for (const dir of temps.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
});

/** The message must name both ways out: install the tools, or point NEO4J_URI at another Neo4j. */
function expectBothWaysOut(message: string): void {
  expect(message).toMatch(/install Java 17/);
  expect(message).toMatch(/Maven/);
  expect(message).toMatch(/NEO4J_URI=bolt:\/\/localhost:7687/);
  expect(message).toMatch(/docker compose up -d neo4j/);
}

async function startupError(promise: Promise<unknown>): Promise<StartupError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(StartupError);
  return error as StartupError;
}

const options = {
  boltPort: 7687,
  dataDir: ".data/never-created",
  heapMb: 512,
  pageCacheMb: 256,
  projectRoot: PROJECT_ROOT,
};

describe("the embedded Neo4j's checks before it starts", () => {
  it("reads the Java major version from the output of `java -version`, old and new styles", () => {
    expect(parseJavaMajor('openjdk version "17.0.15" 2025-04-15\nOpenJDK Runtime Environment')).toBe(17);
    expect(parseJavaMajor('openjdk version "21" 2023-09-19')).toBe(21);
    expect(parseJavaMajor('java version "1.8.0_292"')).toBe(8);
    expect(parseJavaMajor("bash: java: command not found")).toBeUndefined();
  });

  it("explains, naming both ways out, that Java is missing when JAVA_HOME points nowhere", async () => {
    const error = await startupError(startEmbeddedNeo4j({ ...options, javaHome: "/nonexistent/jdk-17" }));
    expect(error.message).toContain("/nonexistent/jdk-17");
    expect(error.message).toMatch(/needs Java 17 or newer/);
    expectBothWaysOut(error.message);
  });

  it("refuses a Java older than 17 and says which version it found", async () => {
    const javaHome = tempDir();
    fs.mkdirSync(path.join(javaHome, "bin"));
    const java = path.join(javaHome, "bin", "java");
    fs.writeFileSync(java, "#!/bin/sh\necho 'openjdk version \"11.0.22\" 2024-01-16' >&2\n", { mode: 0o755 });
    const error = await startupError(startEmbeddedNeo4j({ ...options, javaHome }));
    expect(error.message).toMatch(/is Java 11\b/);
    expectBothWaysOut(error.message);
  });

  it("explains, naming both ways out, that Maven is missing when the jars are not cached yet", async () => {
    const root = tempDir();
    fs.mkdirSync(path.join(root, "embedded-neo4j"));
    fs.copyFileSync(path.join(PROJECT_ROOT, "embedded-neo4j", "pom.xml"), path.join(root, "embedded-neo4j", "pom.xml"));
    const error = await startupError(fetchNeo4jJars(root, () => {}, { mvn: "/nonexistent/bin/mvn" }));
    expect(error.message).toMatch(/Maven \(`\/nonexistent\/bin\/mvn`\) is not installed/);
    expectBothWaysOut(error.message);
  });

  it("refuses a Bolt port that another process listens on, naming the port and the fixes", async () => {
    const holder = net.createServer();
    await new Promise<void>((resolve) => holder.listen(0, "127.0.0.1", resolve));
    const { port } = holder.address() as net.AddressInfo;
    try {
      const error = await startupError(assertPortFree(port));
      expect(error.message).toContain(`port ${port} is already in use`);
      expect(error.message).toContain("NEO4J_EMBEDDED_PORT");
      expect(error.message).toContain(`NEO4J_URI=bolt://localhost:${port}`);
    } finally {
      await new Promise((resolve) => holder.close(resolve));
    }
  });
});

describe("the launcher's line protocol", () => {
  it("recognises the ready line with its Bolt URI", () => {
    expect(parseLauncherLine("NEO4J_READY bolt://127.0.0.1:7687")).toEqual({
      kind: "ready",
      uri: "bolt://127.0.0.1:7687",
    });
  });

  it("recognises a port Neo4j itself could not bind", () => {
    expect(parseLauncherLine("NEO4J_ERROR PORT_IN_USE 7687")).toEqual({ kind: "port-in-use", port: 7687 });
  });

  it("keeps the reason of any other start failure and treats everything else as log text", () => {
    expect(parseLauncherLine("NEO4J_ERROR START_FAILED java.io.IOException: disk full")).toEqual({
      kind: "failed",
      reason: "java.io.IOException: disk full",
    });
    expect(parseLauncherLine("WARNING: An illegal reflective access")).toEqual({
      kind: "log",
      text: "WARNING: An illegal reflective access",
    });
  });
});
