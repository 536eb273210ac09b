/**
 * The entry of a render worker thread (render-pool.ts starts it): renders each task it is sent and
 * posts back the text, or the error's message. One task at a time; the pool sends the next only
 * once this one is answered. It loads the renderers and nothing else (no database, no GraphQL).
 */
import fs from "node:fs";
import os from "node:os";
import { parentPort } from "node:worker_threads";
import { renderTask, type RenderTask } from "./render-task.js";

/** Niceness of a render thread: on a busy machine the event loop and Neo4j run first, renders take what is left. */
const RENDER_NICENESS = 10;

/** A message from the pool: a task and the number its answer carries back. */
export interface RenderRequest {
  id: number;
  task: RenderTask;
}

/** The worker's answer to a {@link RenderRequest}. */
export type RenderReply = { id: number; text: string } | { id: number; error: string };

lowerPriority();

/**
 * Lowers this thread's CPU priority. Linux gives each thread its own niceness, and setpriority()
 * with a thread id (from /proc/thread-self) sets that thread's alone. Elsewhere, or if it is not
 * allowed, renders run at the normal priority.
 */
function lowerPriority(): void {
  try {
    os.setPriority(Number(fs.readlinkSync("/proc/thread-self").split("/").pop()), RENDER_NICENESS);
  } catch {
    // not Linux: the worker thread alone already keeps renders off the event loop
  }
}

parentPort?.on("message", async ({ id, task }: RenderRequest) => {
  let reply: RenderReply;
  try {
    reply = { id, text: await renderTask(task) };
  } catch (error) {
    reply = { id, error: error instanceof Error ? (error.stack ?? error.message) : String(error) };
  }
  parentPort!.postMessage(reply);
});
