import { createHash, timingSafeEqual } from "node:crypto";
import type { IngestPipeline } from "../../ingest/pipeline.js";

/** What a request may do with the ingest pipeline: `enabled` when a token is configured, `authorized` when the request bears it. */
export interface IngestAccess {
  pipeline: IngestPipeline;
  enabled: boolean;
  /** null: no Authorization header; false: a wrong token. */
  authorized: boolean | null;
}

/** Checks `Authorization: Bearer <token>` against the configured token, in constant time. */
export function ingestAccess(
  ingest: { pipeline: IngestPipeline; token?: string } | undefined,
  authorization: string | undefined,
): IngestAccess | undefined {
  if (!ingest) return undefined;
  if (!ingest.token) return { pipeline: ingest.pipeline, enabled: false, authorized: false };
  const given = /^Bearer\s+(\S+)\s*$/i.exec(authorization ?? "")?.[1];
  if (given === undefined) return { pipeline: ingest.pipeline, enabled: true, authorized: null };
  const digest = (s: string) => createHash("sha256").update(s).digest();
  return { pipeline: ingest.pipeline, enabled: true, authorized: timingSafeEqual(digest(given), digest(ingest.token)) };
}
