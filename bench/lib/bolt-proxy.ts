import net from "node:net";
import { unpack } from "./packstream.js";

/** What a {@link BoltProxy} has seen since it started (or since {@link BoltProxy.reset}). */
export interface BoltCounters {
  /** Bytes Neo4j sent to the peer. */
  bytesFromNeo4j: number;
  /** Bolt RUN messages the peer sent: one per Cypher statement, i.e. one database round trip. */
  runs: number;
}

/** A statement a peer sent, as it sent it. */
export interface CapturedStatement {
  query: string;
  params: Record<string, unknown>;
}

/** A loopback TCP proxy between one peer's driver and Neo4j's Bolt port that counts what passes. */
export interface BoltProxy {
  uri: string;
  counters(): BoltCounters;
  reset(): void;
  /** Starts (or restarts) recording the statements of RUN messages; returns those recorded so far. */
  capture(on: boolean): CapturedStatement[];
  stop(): Promise<void>;
}

const RUN = 0x10;

/**
 * Counts the RUN messages of one client→server Bolt stream. After the handshake (4 magic bytes and
 * 16 of proposed versions; with Bolt's manifest handshake, also the client's chosen version and a
 * capabilities varint) the stream is chunked: a 2-byte big-endian size, that many bytes, and a zero
 * size ending each message. A message is a PackStream struct (marker 0xB0–0xBF) whose next byte is
 * its signature; RUN's is 0x10.
 */
export class RunCounter {
  runs = 0;
  /** When set, receives the query and parameters of every RUN message. */
  onRun?: (s: CapturedStatement) => void;
  private message: Buffer[] = [];
  private handshake = 20;
  private manifest = false;
  private header: number[] = [];
  private chunkLeft = 0;
  private atMessageStart = true;
  private messageHead: number[] = [];

  /** Tells the counter the server chose the manifest handshake (version 0x000001FF). */
  expectManifestReply(): void {
    this.manifest = true;
  }

  feed(buf: Buffer): void {
    let i = 0;
    while (i < buf.length) {
      if (this.handshake > 0) {
        const take = Math.min(this.handshake, buf.length - i);
        this.handshake -= take;
        i += take;
        continue;
      }
      if (this.manifest) {
        // The client's reply to a manifest: 4 bytes of version, then a varint of capabilities.
        this.header.push(buf[i]!);
        i++;
        if (this.header.length > 4 && (buf[i - 1]! & 0x80) === 0) {
          this.manifest = false;
          this.header = [];
        }
        continue;
      }
      if (this.chunkLeft === 0) {
        this.header.push(buf[i]!);
        i++;
        if (this.header.length < 2) continue;
        const size = (this.header[0]! << 8) | this.header[1]!;
        this.header = [];
        if (size === 0) {
          if (this.onRun && this.message.length > 0) this.decodeRun(Buffer.concat(this.message));
          this.message = [];
          this.atMessageStart = true;
          this.messageHead = [];
        } else this.chunkLeft = size;
        continue;
      }
      const take = Math.min(this.chunkLeft, buf.length - i);
      const isRun = this.messageHead.length === 2 && this.messageHead[1] === RUN;
      if (this.onRun && (this.atMessageStart || isRun)) this.message.push(Buffer.from(buf.subarray(i, i + take)));
      if (this.atMessageStart) {
        for (let j = 0; j < take && this.messageHead.length < 2; j++) this.messageHead.push(buf[i + j]!);
        if (this.messageHead.length === 2) {
          if ((this.messageHead[0]! & 0xf0) === 0xb0 && this.messageHead[1] === RUN) this.runs++;
          this.atMessageStart = false;
        }
      }
      this.chunkLeft -= take;
      i += take;
    }
  }

  private decodeRun(message: Buffer): void {
    if ((message[0]! & 0xf0) !== 0xb0 || message[1] !== RUN) return;
    const query = unpack(message, 2);
    const params = unpack(message, query.end);
    this.onRun!({ query: String(query.value), params: params.value as Record<string, unknown> });
  }
}

/** Starts a proxy on a free loopback port that forwards to `target` (host:port of Bolt). */
export async function startBoltProxy(targetPort: number, targetHost = "127.0.0.1"): Promise<BoltProxy> {
  const counters: BoltCounters = { bytesFromNeo4j: 0, runs: 0 };
  let captured: CapturedStatement[] | undefined;
  const live = new Set<RunCounter>();
  const record = (st: CapturedStatement) => captured?.push(st);
  const sockets = new Set<net.Socket>();
  const server = net.createServer((client) => {
    const upstream = net.connect(targetPort, targetHost);
    // Forward each write at once, as the driver and Neo4j do on their own sockets: with Nagle's
    // algorithm on, a message split over two writes waits for the peer's delayed ACK (~40 ms).
    client.setNoDelay(true);
    upstream.setNoDelay(true);
    sockets.add(client).add(upstream);
    const counter = new RunCounter();
    if (captured) counter.onRun = record;
    live.add(counter);
    let serverHandshake = 4;
    client.on("data", (buf) => {
      const before = counter.runs;
      counter.feed(buf);
      counters.runs += counter.runs - before;
      upstream.write(buf);
    });
    upstream.on("data", (buf) => {
      if (serverHandshake > 0 && buf.length >= 4 && serverHandshake === 4 && buf.readUInt32BE(0) === 0x000001ff)
        counter.expectManifestReply();
      serverHandshake = Math.max(0, serverHandshake - buf.length);
      counters.bytesFromNeo4j += buf.length;
      client.write(buf);
    });
    const close = () => {
      client.destroy();
      upstream.destroy();
      sockets.delete(client);
      sockets.delete(upstream);
      live.delete(counter);
    };
    client.on("error", close).on("close", close);
    upstream.on("error", close).on("close", close);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const port = (server.address() as net.AddressInfo).port;
  return {
    uri: `bolt://127.0.0.1:${port}`,
    counters: () => ({ ...counters }),
    reset() {
      counters.bytesFromNeo4j = 0;
      counters.runs = 0;
    },
    capture(on) {
      const got = captured ?? [];
      captured = on ? [] : undefined;
      for (const c of live) c.onRun = on ? record : undefined;
      return got;
    },
    stop() {
      for (const s of sockets) s.destroy();
      return new Promise((resolve) => server.close(() => resolve()));
    },
  };
}
