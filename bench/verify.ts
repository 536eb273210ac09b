import { isDeepStrictEqual } from "node:util";
import { send } from "./lib/http.js";
import type { PeerName } from "./peers/peer.js";
import type { Workload, WorkloadContext } from "./workloads.js";

/** Thrown when the peers' normalised answers to a workload differ (or one has an unexpected shape). */
export class PeersDisagree extends Error {}

/**
 * Sends each workload once to every peer that answers it, normalises the answers and deep-compares
 * them with ours. Throws {@link PeersDisagree} naming the workload, the peers and both values; an
 * empty answer from ours counts as a failure too, since agreeing on nothing proves nothing.
 */
export async function verifyPeers(
  workloads: Workload[],
  urls: Record<PeerName, string>,
  ctx: WorkloadContext,
): Promise<void> {
  for (const w of workloads) {
    const answers: Partial<Record<PeerName, { value: unknown }>> = {};
    for (const [peer, request] of Object.entries(w.requests(ctx)) as [
      PeerName,
      NonNullable<ReturnType<Workload["requests"]>[PeerName]>,
    ][]) {
      const { json } = await send(urls[peer], request, `${peer} (${w.key})`);
      let value: unknown;
      try {
        value = w.normalise[peer]!(json);
      } catch (error) {
        throw new PeersDisagree(
          `${w.key}: the answer of ${peer} does not have the expected shape (${String(error)}): ${JSON.stringify(json).slice(0, 400)}`,
        );
      }
      answers[peer] = { value };
    }
    const reference = answers.ours;
    if (!reference) throw new PeersDisagree(`${w.key}: ours gave no answer.`);
    if (isEmpty(reference.value))
      throw new PeersDisagree(
        `${w.key}: ours answered with nothing (${JSON.stringify(reference.value)}); the comparison would prove nothing.`,
      );
    for (const [peer, a] of Object.entries(answers) as [PeerName, { value: unknown }][]) {
      if (!isDeepStrictEqual(a.value, reference.value)) {
        throw new PeersDisagree(
          `${w.key}: ${peer} and ours disagree.\n  ours: ${JSON.stringify(reference.value).slice(0, 1500)}\n  ${peer}: ${JSON.stringify(a.value).slice(0, 1500)}`,
        );
      }
    }
  }
}

function isEmpty(v: unknown): boolean {
  if (v === null || v === undefined) return true;
  if (Array.isArray(v)) return v.length === 0;
  if (typeof v === "object") return Object.values(v as object).every((x) => isEmpty(x) || x === false);
  return false;
}
