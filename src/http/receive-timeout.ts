import type http from "node:http";

/**
 * Node's timeouts for receiving a request (`requestTimeout` for headers and body, `headersTimeout`
 * for the headers), from `HTTP_RECEIVE_TIMEOUT_MS`. Node checks them only every
 * `connectionsCheckingInterval` (30 s by default, so a 30 s limit fired after up to 60 s): here a
 * tenth of the limit, between 0.1 and 5 s. A client that is too slow gets 408 (client-error.ts).
 */
export function receiveTimeouts(
  receiveTimeoutMs: number,
): Pick<http.ServerOptions, "requestTimeout" | "headersTimeout" | "connectionsCheckingInterval"> {
  return {
    requestTimeout: receiveTimeoutMs,
    // Node's default for the headers (60 s), never longer than the whole request may take.
    headersTimeout: Math.min(60_000, receiveTimeoutMs),
    connectionsCheckingInterval: Math.min(5_000, Math.max(100, Math.round(receiveTimeoutMs / 10))),
  };
}
