import net from "node:net";

/** What a {@link BoltProxy} has seen since it started (or since {@link BoltProxy.reset}). */
export interface BoltCounters {
  /** Bytes Neo4j sent to the peer. */
  bytesFromNeo4j: number;
  /** Bolt RUN messages the peer sent: one per Cypher statement, i.e. one database round trip. */
  runs: number;
}

/** A loopback TCP proxy between one peer's driver and Neo4j's Bolt port that counts what passes. */
export interface BoltProxy {
  uri: string;
  counters(): BoltCounters;
  reset(): void;
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
          this.atMessageStart = true;
          this.messageHead = [];
        } else this.chunkLeft = size;
        continue;
      }
      const take = Math.min(this.chunkLeft, buf.length - i);
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
}

/** Starts a proxy on a free loopback port that forwards to `target` (host:port of Bolt). */
export async function startBoltProxy(targetPort: number, targetHost = "127.0.0.1"): Promise<BoltProxy> {
  const counters: BoltCounters = { bytesFromNeo4j: 0, runs: 0 };
  const sockets = new Set<net.Socket>();
  const server = net.createServer((client) => {
    const upstream = net.connect(targetPort, targetHost);
    sockets.add(client).add(upstream);
    const counter = new RunCounter();
    let serverHandshake = 4;
    client.on("data", (buf) => {
      const before = counter.runs;
      counter.feed(buf);
      counters.runs += counter.runs - before;
      upstream.write(buf);
    });
    upstream.on("data", (buf) => {
      if (serverHandshake > 0 && buf.length >= 4 && serverHandshake === 4 && buf.readUInt32BE(0) === 0x000001ff) counter.expectManifestReply();
      serverHandshake = Math.max(0, serverHandshake - buf.length);
      counters.bytesFromNeo4j += buf.length;
      client.write(buf);
    });
    const close = () => {
      client.destroy();
      upstream.destroy();
      sockets.delete(client);
      sockets.delete(upstream);
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
    stop() {
      for (const s of sockets) s.destroy();
      return new Promise((resolve) => server.close(() => resolve()));
    },
  };
}
