import { spawn } from "node:child_process";
import { createHash } from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import neo4j from "neo4j-driver";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { fetchNeo4jJars, startEmbeddedNeo4j } from "../../src/db/embedded.js";
import { freePort } from "../helpers/free-port.js";
import { PROJECT_ROOT } from "../helpers/neo4j.js";
import { isAlive, listProcesses, waitUntilAllGone } from "../helpers/processes.js";

const FETCH_CHILD = path.join(import.meta.dirname, "fixtures", "fetch-child.ts");

/** A project root of its own: the Maven project, and the jar cache as the real root has it (resolved). */
function copyOfProject(): { root: string; classpath: string; manifest: string } {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), "policy-graph-jars-"));
  fs.cpSync(path.join(PROJECT_ROOT, "embedded-neo4j"), path.join(root, "embedded-neo4j"), { recursive: true });
  return {
    root,
    classpath: path.join(root, ".neo4j", "classpath.txt"),
    manifest: path.join(root, ".neo4j", "classpath.json"),
  };
}

const jarsOf = (classpath: string) => fs.readFileSync(classpath, "utf8").trim().split(":");

describe("the cached jar list", () => {
  const project = copyOfProject();
  let resolved: string[];

  beforeAll(async () => {
    await fetchNeo4jJars(PROJECT_ROOT); // the real cache, resolved and verified
    fs.cpSync(path.join(PROJECT_ROOT, ".neo4j", "classpath.txt"), project.classpath);
    fs.cpSync(path.join(PROJECT_ROOT, ".neo4j", "classpath.json"), project.manifest);
    resolved = jarsOf(project.classpath);
  }, 240_000);

  afterAll(() => fs.rmSync(project.root, { recursive: true, force: true }));

  it("is used as it is when it matches what Maven resolved from the pom", async () => {
    const lines: string[] = [];
    const classpath = await fetchNeo4jJars(project.root, (line) => lines.push(line), { mvn: "/nonexistent/bin/mvn" });
    expect(classpath.split(":")).toEqual(resolved);
    expect(lines).toEqual([]);
  });

  it("is resolved again by `fetch` when one jar was removed from it, and then lists every jar", async () => {
    fs.writeFileSync(project.classpath, resolved.filter((_, i) => i !== 7).join(":"));
    const lines: string[] = [];
    const classpath = await fetchNeo4jJars(project.root, (line) => lines.push(line));
    expect(lines.join("\n")).toContain("is not the one Maven resolved");
    expect(classpath.split(":").sort()).toEqual([...resolved].sort());
    expect(jarsOf(project.classpath).sort()).toEqual([...resolved].sort());
    expect(fs.readdirSync(path.dirname(project.classpath)).filter((f) => f.endsWith(".tmp"))).toEqual([]);
  }, 240_000);

  it("is repaired by a start when a listed jar does not exist, and that start serves queries", async () => {
    const broken = resolved.map((jar, i) => (i === 3 ? jar.replace(/\.jar$/, "-gone.jar") : jar)).join(":");
    fs.writeFileSync(project.classpath, broken);
    // Make the record agree with the broken list, so only the check that every jar exists can catch it.
    const manifest = JSON.parse(fs.readFileSync(project.manifest, "utf8")) as Record<string, unknown>;
    fs.writeFileSync(
      project.manifest,
      JSON.stringify({ ...manifest, classpathSha256: createHash("sha256").update(broken).digest("hex") }),
    );

    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "policy-graph-jars-data-"));
    const lines: string[] = [];
    const db = await startEmbeddedNeo4j({
      boltPort: await freePort(),
      dataDir,
      heapMb: 256,
      pageCacheMb: 32,
      projectRoot: project.root,
      log: (line) => lines.push(line),
    });
    const driver = neo4j.driver(db.uri, neo4j.auth.basic(db.auth.username, db.auth.password), {
      disableLosslessIntegers: true,
    });
    try {
      expect(lines.join("\n")).toContain("A cached jar is missing");
      expect(jarsOf(project.classpath).sort()).toEqual([...resolved].sort());
      const { records } = await driver.executeQuery("RETURN 1 AS one");
      expect(records[0]?.get("one")).toBe(1);
    } finally {
      await driver.close();
      await db.stop();
      fs.rmSync(dataDir, { recursive: true, force: true });
    }
  }, 240_000);
});

describe("an interrupted first jar download", () => {
  it("leaves no Maven process and no temporary file behind when Node is killed", async () => {
    const project = copyOfProject();
    const repository = path.join(project.root, "m2-repository");
    const mavenOf = () => listProcesses().filter((p) => p.args.includes(repository) && !p.args.includes(FETCH_CHILD));
    const node = spawn(process.execPath, ["--import", "tsx", FETCH_CHILD, project.root], {
      cwd: PROJECT_ROOT,
      env: { ...process.env, MAVEN_OPTS: `-Dmaven.repo.local=${repository}` },
      stdio: ["ignore", "pipe", "pipe"],
    });
    const exited = new Promise<void>((resolve) => node.once("exit", () => resolve()));
    try {
      // Interrupt once Maven is really downloading into its (empty) local repository.
      const deadline = Date.now() + 90_000;
      while (!(mavenOf().length > 0 && fs.existsSync(repository) && fs.readdirSync(repository).length > 0)) {
        expect(Date.now(), "Maven never started downloading").toBeLessThan(deadline);
        expect(isAlive(node.pid!), "the fetch ended before it could be interrupted").toBe(true);
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
      const maven = mavenOf().map((p) => p.pid);
      node.kill("SIGKILL");
      await exited;
      await waitUntilAllGone(maven, 15_000);
      expect(mavenOf()).toEqual([]);
      const cacheDir = path.join(project.root, ".neo4j");
      expect(fs.existsSync(cacheDir) ? fs.readdirSync(cacheDir) : []).toEqual([]);
    } finally {
      node.kill("SIGKILL");
      for (const p of mavenOf()) process.kill(p.pid, "SIGKILL");
      fs.rmSync(project.root, { recursive: true, force: true });
    }
  }, 150_000);
});
