import dns from "node:dns";
import http from "node:http";
import https from "node:https";
import net from "node:net";
import type { Readable } from "node:stream";
import zlib from "node:zlib";
import { IngestError } from "../ingest-errors.js";
import { isInternalAddress, type UrlAllowList } from "../../net/address-guard.js";

/** How a URL is fetched: the limits, and whether internal addresses are refused. */
export interface FetchOptions {
  /** The whole fetch, redirects included, must finish within this (INGEST_FETCH_TIMEOUT_MS). */
  timeoutMs: number;
  /** Largest body taken, after decompression (INGEST_FETCH_MAX_MB). */
  maxBytes: number;
  /** Redirects followed before giving up; default 5. */
  maxRedirects?: number;
  /**
   * For the server's mutation: refuse private, loopback and link-local targets unless listed. The
   * check runs on every address DNS gives, at connect time and on every redirect, so neither a
   * redirect nor a name that resolves inward gets round it. Absent for the CLI, which may fetch
   * whatever its user can.
   */
  guard?: UrlAllowList;
}

/** A fetched original: its bytes, the Content-Type it was served with, and the URL it was finally read from. */
export interface FetchedOriginal {
  url: string;
  bytes: Buffer;
  contentType?: string;
}

/** Content types a page or file is read from; `application/octet-stream` and the like are sniffed by their bytes. */
const READABLE =
  /^(text\/html|application\/xhtml\+xml|text\/plain|application\/pdf|application\/vnd\.openxmlformats-officedocument\.wordprocessingml\.document|application\/(octet-stream|x-download|force-download|download|x-pdf|msword))$/;

class RefusedAddress extends Error {}

/** Fetches an http(s) URL for ingest, following redirects; every failure is an IngestError that says what went wrong. */
export async function fetchOriginal(given: string, options: FetchOptions): Promise<FetchedOriginal> {
  let url = parseUrl(given);
  const seen = new Set<string>();
  const signal = AbortSignal.timeout(options.timeoutMs);
  for (let hop = 0; ; hop++) {
    if (seen.has(url.href)) throw fail(given, `redirects in a loop (back to ${url.href})`);
    seen.add(url.href);
    checkLiteral(url, options.guard, given);
    const res = await get(url, options, signal, given);
    const status = res.statusCode ?? 0;
    if (status >= 300 && status < 400 && res.headers.location) {
      res.resume();
      if (hop >= (options.maxRedirects ?? 5))
        throw fail(given, `redirects more than ${options.maxRedirects ?? 5} times`);
      url = parseUrl(new URL(res.headers.location, url).href, given);
      continue;
    }
    if (status < 200 || status >= 300) {
      res.resume();
      throw fail(
        given,
        `answered HTTP ${status}${res.statusMessage ? ` ${res.statusMessage}` : ""}${url.href !== given ? ` (at ${url.href})` : ""}`,
      );
    }
    const contentType = res.headers["content-type"];
    const mime = contentType?.split(";")[0]?.trim().toLowerCase();
    if (mime && !READABLE.test(mime)) {
      res.resume();
      throw new IngestError(
        "UNSUPPORTED_FORMAT",
        `${given} is served as ${mime}; ingest reads HTML pages, PDFs, Word (.docx) files and plain text.`,
      );
    }
    const bytes = await readBody(res, options, given, signal);
    return { url: url.href, bytes, contentType };
  }
}

function parseUrl(text: string, original = text): URL {
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    throw new IngestError("URL_REFUSED", `${original} is not a URL.`);
  }
  if (url.protocol !== "http:" && url.protocol !== "https:") {
    throw new IngestError(
      "URL_REFUSED",
      `${original === text ? text : `${original} redirects to ${text}, which`} is not an http(s) URL; only http and https are fetched.`,
    );
  }
  if (url.username || url.password)
    throw new IngestError(
      "URL_REFUSED",
      `${original} carries a user name or password; give the page's public address.`,
    );
  return url;
}

/** A host written as an address is never looked up, so it is checked here. */
function checkLiteral(url: URL, guard: UrlAllowList | undefined, given: string): void {
  const host = url.hostname.replace(/^\[|\]$/g, "");
  if (!guard || !net.isIP(host)) return;
  if (isInternalAddress(host) && !guard.allowsAddress(host) && !guard.allowsHost(host))
    throw refused(hopName(url, given), host);
}

/** The URL as given, and where a redirect took it. */
function hopName(url: URL, given: string): string {
  return url.href === given ? given : `${given} (redirected to ${url.href})`;
}

function refused(url: string, address: string): IngestError {
  return new IngestError(
    "URL_REFUSED",
    `${url} points at ${address}, an internal (private, loopback or link-local) address; the server does not fetch those. An operator may allow it with INGEST_URL_ALLOW.`,
  );
}

function fail(url: string, what: string): IngestError {
  return new IngestError("FETCH_FAILED", `${url} could not be fetched: it ${what}.`);
}

/** A DNS lookup that refuses internal addresses (unless listed), used at connect time so the checked address is the one connected to. */
function guardedLookup(guard: UrlAllowList): net.LookupFunction {
  return (hostname, options, callback) => {
    dns.lookup(hostname, { ...options, all: true }, (error, addresses) => {
      if (error) return (callback as (e: Error) => void)(error);
      const inward = addresses.find((a) => isInternalAddress(a.address) && !guard.allowsAddress(a.address));
      if (inward && !guard.allowsHost(hostname))
        return (callback as (e: Error) => void)(new RefusedAddress(inward.address));
      if (options.all) (callback as (e: null, a: dns.LookupAddress[]) => void)(null, addresses);
      else callback(null, addresses[0]!.address, addresses[0]!.family);
    });
  };
}

function get(url: URL, options: FetchOptions, signal: AbortSignal, given: string): Promise<http.IncomingMessage> {
  const client = url.protocol === "https:" ? https : http;
  return new Promise((resolve, reject) => {
    const req = client.get(url, {
      signal,
      lookup: options.guard ? guardedLookup(options.guard) : undefined,
      headers: {
        "user-agent": "policy-graph-ingest/0.1",
        accept:
          "text/html,application/xhtml+xml,application/pdf,application/vnd.openxmlformats-officedocument.wordprocessingml.document,text/plain;q=0.9,*/*;q=0.1",
        "accept-encoding": "gzip, deflate, br",
      },
    });
    req.on("response", resolve);
    req.on("error", (error) => reject(translate(error, url, given, options)));
  });
}

function translate(error: Error & { code?: string }, url: URL, given: string, options: FetchOptions): Error {
  if (error instanceof IngestError) return error;
  if (error instanceof RefusedAddress) return refused(hopName(url, given), error.message);
  if (error.name === "AbortError" || error.name === "TimeoutError")
    return fail(given, `did not finish within ${options.timeoutMs / 1000} s (INGEST_FETCH_TIMEOUT_MS)`);
  if (error.code === "ENOTFOUND" || error.code === "EAI_AGAIN")
    return fail(given, `names a host that was not found (${url.hostname})`);
  if (error.code === "ECONNREFUSED") return fail(given, `refused the connection (${url.host})`);
  if (error.code === "ECONNRESET") return fail(given, `closed the connection before answering`);
  if (error.code?.startsWith("ERR_TLS") || /certificate/i.test(error.message))
    return fail(given, `has a TLS certificate that is not valid (${error.message})`);
  return fail(given, `failed: ${error.message}`);
}

/** The body, decompressed, refused as soon as it passes the size limit. */
async function readBody(
  res: http.IncomingMessage,
  options: FetchOptions,
  given: string,
  signal: AbortSignal,
): Promise<Buffer> {
  const tooLarge = () =>
    new IngestError(
      "TOO_LARGE",
      `${given} is larger than the ${Math.round(options.maxBytes / 1048576)} MB a fetched original may have (INGEST_FETCH_MAX_MB).`,
    );
  const declared = Number(res.headers["content-length"]);
  if (Number.isFinite(declared) && declared > options.maxBytes) {
    res.destroy();
    throw tooLarge();
  }
  const encoding = String(res.headers["content-encoding"] ?? "identity").toLowerCase();
  const stream: Readable =
    encoding === "gzip" || encoding === "x-gzip"
      ? res.pipe(zlib.createGunzip())
      : encoding === "deflate"
        ? res.pipe(zlib.createInflate())
        : encoding === "br"
          ? res.pipe(zlib.createBrotliDecompress())
          : res;
  const chunks: Buffer[] = [];
  let total = 0;
  try {
    for await (const chunk of stream) {
      total += (chunk as Buffer).length;
      if (total > options.maxBytes) throw tooLarge();
      chunks.push(chunk as Buffer);
    }
  } catch (error) {
    res.destroy();
    if (error instanceof IngestError) throw error;
    if (signal.aborted)
      throw fail(given, `did not finish within ${options.timeoutMs / 1000} s (INGEST_FETCH_TIMEOUT_MS)`);
    throw fail(given, `sent a body that could not be read (${(error as Error).message})`);
  }
  return Buffer.concat(chunks);
}
