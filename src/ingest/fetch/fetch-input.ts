import type { DocumentMetadata } from "../extract-options.js";
import { fetchOriginal, type FetchOptions } from "./fetch-url.js";

/** A fetched page or file as an ingest input: its bytes, the URL as given (for messages), and how it was served. */
export interface FetchedInput {
  text: Buffer;
  source: string;
  contentType?: string;
  metadata: DocumentMetadata;
}

/**
 * Fetches a URL for the pipeline. The address it was finally read from becomes the document's
 * `sourceUrl` unless the ingester gave one; it is part of the metadata kept with the original, so a
 * rebuild and a re-fetch of an unchanged page give the same content hash (`UNCHANGED`).
 */
export async function fetchInput(
  url: string,
  metadata: DocumentMetadata | undefined,
  options: FetchOptions,
): Promise<FetchedInput> {
  const fetched = await fetchOriginal(url, options);
  return {
    text: fetched.bytes,
    source: url,
    contentType: fetched.contentType,
    metadata: { ...metadata, sourceUrl: metadata?.sourceUrl ?? fetched.url },
  };
}
