import { execFileSync, spawn } from "node:child_process";
import fs from "node:fs";

/** One line of `ps`: a process, its parent, its group and its command line. */
export interface ProcessInfo {
  pid: number;
  ppid: number;
  pgid: number;
  args: string;
}

/** Every process on the machine, as `ps` sees it now. */
export function listProcesses(): ProcessInfo[] {
  return execFileSync("ps", ["-eo", "pid=,ppid=,pgid=,args="], { encoding: "utf8" })
    .split("\n")
    .map((line) => /^\s*(\d+)\s+(\d+)\s+(\d+)\s+(.*)$/.exec(line))
    .filter((m): m is RegExpExecArray => m !== null)
    .map((m) => ({ pid: Number(m[1]), ppid: Number(m[2]), pgid: Number(m[3]), args: m[4]! }));
}

/** `root` and all its descendants (children, grandchildren, …) that are running now. */
export function processTree(root: number): ProcessInfo[] {
  const all = listProcesses();
  const tree = all.filter((p) => p.pid === root);
  for (let i = 0; i < tree.length; i++) tree.push(...all.filter((p) => p.ppid === tree[i]!.pid));
  return tree;
}

/** True while `pid` runs; a zombie (exited, not yet reaped by its parent) counts as gone. */
export function isAlive(pid: number): boolean {
  try {
    const stat = fs.readFileSync(`/proc/${pid}/stat`, "utf8");
    return stat.slice(stat.lastIndexOf(")") + 2, stat.lastIndexOf(")") + 3) !== "Z";
  } catch {
    return false;
  }
}

/** Waits until none of `pids` runs any more; returns how long that took, or throws after `withinMs` naming the survivors. */
export async function waitUntilAllGone(pids: number[], withinMs: number): Promise<number> {
  const started = Date.now();
  for (;;) {
    const alive = pids.filter(isAlive);
    if (alive.length === 0) return Date.now() - started;
    if (Date.now() - started > withinMs) {
      const survivors = listProcesses().filter((p) => alive.includes(p.pid));
      throw new Error(
        `still running after ${withinMs} ms: ${survivors.map((p) => `${p.pid} ${p.args.slice(0, 120)}`).join("; ")}`,
      );
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/** What a TypeScript script run to its end printed, and how it exited. */
export interface ScriptRun {
  exitCode: number | null;
  stdout: string;
  /** Standard output and error, interleaved as they came. */
  output: string;
}

/** Runs `script` (a TypeScript file, through tsx) with `args` in its own Node process from `cwd`, to its end. */
export function runTsScript(script: string, args: string[], cwd: string): Promise<ScriptRun> {
  return new Promise((resolve) => {
    const run: ScriptRun = { exitCode: null, stdout: "", output: "" };
    const child = spawn(process.execPath, ["--import", "tsx", script, ...args], {
      cwd,
      stdio: ["ignore", "pipe", "pipe"],
    });
    child.stdout.on("data", (b: Buffer) => {
      run.stdout += b;
      run.output += b;
    });
    child.stderr.on("data", (b: Buffer) => (run.output += b));
    child.on("exit", (code) => resolve({ ...run, exitCode: code }));
  });
}
