import { isDeepStrictEqual } from "node:util";
import { send } from "./lib/http.js";
import type { PeerName } from "./peers/peer.js";
import type { Workload, WorkloadContext } from "./workloads.js";

/** What one workload returned, normalised, per peer; thrown when the peers disagree. */
export class PeersDisagree extends Error {}

/**
 * Sends each workload once to every peer that answers it, normalises the answers and deep-compares
 * them with ours. Throws {@link PeersDisagree} naming the workload, the peers and both values.
 * Returns the normalised answer and response size per workload and peer.
 */
export async function verifyPeers(workloads: Workload[], urls: Record<PeerName, string>, ctx: WorkloadContext): Promise<Record<string, Partial<Record<PeerName, { value: unknown; bytes: number }>>>> {
  const out: Record<string, Partial<Record<PeerName, { value: unknown; bytes: number }>>> = {};
  for (const w of workloads) {
    const answers: Partial<Record<PeerName, { value: unknown; bytes: number }>> = {};
    for (const [peer, request] of Object.entries(w.requests(ctx)) as [PeerName, NonNullable<ReturnType<Workload["requests"]>[PeerName]>][]) {
      const { json, bytes } = await send(urls[peer], request, `${peer} (${w.key})`);
      let value: unknown;
      try {
        value = w.normalise[peer]!(json);
      } catch (error) {
        throw new PeersDisagree(`${w.key}: the answer of ${peer} does not have the expected shape (${String(error)}): ${JSON.stringify(json).slice(0, 400)}`);
      }
      answers[peer] = { value, bytes };
    }
    const reference = answers.ours;
    if (!reference) throw new PeersDisagree(`${w.key}: ours gave no answer.`);
    if (isEmpty(reference.value)) throw new PeersDisagree(`${w.key}: ours answered with nothing (${JSON.stringify(reference.value)}); the comparison would prove nothing.`);
    for (const [peer, a] of Object.entries(answers) as [PeerName, { value: unknown }][]) {
      if (!isDeepStrictEqual(a.value, reference.value)) {
        throw new PeersDisagree(`${w.key}: ${peer} and ours disagree.\n  ours: ${JSON.stringify(reference.value).slice(0, 1500)}\n  ${peer}: ${JSON.stringify(a.value).slice(0, 1500)}`);
      }
    }
    out[w.key] = answers;
  }
  return out;
}

function isEmpty(v: unknown): boolean {
  if (v === null || v === undefined) return true;
  if (Array.isArray(v)) return v.length === 0;
  if (typeof v === "object") return Object.values(v as object).every((x) => isEmpty(x) || x === false);
  return false;
}
