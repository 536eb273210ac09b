import net from "node:net";

/**
 * Addresses a server must not be made to fetch on a client's behalf: this host, its private
 * networks, link-local (cloud metadata at 169.254.169.254), carrier-grade NAT, multicast and the
 * reserved ranges, in IPv4 and IPv6 (IPv4-mapped IPv6 addresses are checked as IPv4).
 */
const INTERNAL = (() => {
  const list = new net.BlockList();
  for (const [net4, prefix] of [
    ["0.0.0.0", 8],
    ["10.0.0.0", 8],
    ["100.64.0.0", 10],
    ["127.0.0.0", 8],
    ["169.254.0.0", 16],
    ["172.16.0.0", 12],
    ["192.0.0.0", 24],
    ["192.168.0.0", 16],
    ["198.18.0.0", 15],
    ["224.0.0.0", 4],
    ["240.0.0.0", 4],
  ] as const)
    list.addSubnet(net4, prefix, "ipv4");
  for (const [net6, prefix] of [
    ["::", 128],
    ["::1", 128],
    ["fc00::", 7],
    ["fe80::", 10],
    ["ff00::", 8],
    ["64:ff9b::", 96],
    ["2001:db8::", 32],
  ] as const) {
    list.addSubnet(net6, prefix, "ipv6");
  }
  return list;
})();

/** The IPv4 address inside an IPv4-mapped IPv6 one (`::ffff:127.0.0.1`), else the address itself. */
function unmapped(address: string): string {
  const m = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address);
  return m?.[1] ?? address;
}

/** True for an address of this host or a private, link-local or reserved network. */
export function isInternalAddress(address: string): boolean {
  const a = unmapped(address);
  const family = net.isIPv4(a) ? "ipv4" : net.isIPv6(a) ? "ipv6" : null;
  if (family === null) return true; // not an address at all: never trust it
  if (family === "ipv6" && /^::ffff:/i.test(a)) return true; // mapped forms BlockList cannot read
  return INTERNAL.check(a, family);
}

/**
 * `INGEST_URL_ALLOW`: hosts and networks the mutation may fetch although they are internal
 * (an intranet mirror of government pages, a test server). Entries are host names (`docs.intra`,
 * `*.intra.example`), addresses (`10.1.2.3`) or networks (`10.0.0.0/8`, `fd00::/8`).
 */
export class UrlAllowList {
  private readonly hosts = new Set<string>();
  private readonly suffixes: string[] = [];
  private readonly networks = new net.BlockList();

  constructor(readonly entries: readonly string[]) {
    for (const entry of entries.map((e) => e.trim().toLowerCase()).filter(Boolean)) {
      const [addr = "", bits] = entry.split("/");
      const family = net.isIPv4(addr) ? "ipv4" : net.isIPv6(addr) ? "ipv6" : null;
      if (family)
        this.networks.addSubnet(addr, bits === undefined ? (family === "ipv4" ? 32 : 128) : Number(bits), family);
      else if (entry.startsWith("*.")) this.suffixes.push(entry.slice(1));
      else this.hosts.add(entry);
    }
  }

  /** True when the host name is listed (or matches a `*.` entry). */
  allowsHost(host: string): boolean {
    const h = host.toLowerCase().replace(/^\[|\]$/g, "");
    return this.hosts.has(h) || this.suffixes.some((s) => h.endsWith(s));
  }

  /** True when the address lies in a listed network. */
  allowsAddress(address: string): boolean {
    const a = unmapped(address);
    const family = net.isIPv4(a) ? "ipv4" : net.isIPv6(a) ? "ipv6" : null;
    return family !== null && this.networks.check(a, family);
  }
}

/** Checks an allow-list entry's syntax; returns a problem sentence, or undefined when it is good. */
export function allowEntryProblem(entry: string): string | undefined {
  const [addr = "", bits, extra] = entry.trim().split("/");
  if (extra !== undefined) return `"${entry}" has more than one "/"`;
  const max = net.isIPv4(addr) ? 32 : net.isIPv6(addr) ? 128 : null;
  if (max === null) {
    if (bits !== undefined) return `"${entry}" is not a network (an address, "/", prefix length)`;
    return /^(\*\.)?[a-z0-9]([a-z0-9-]*[a-z0-9])?(\.[a-z0-9]([a-z0-9-]*[a-z0-9])?)*$/i.test(addr)
      ? undefined
      : `"${entry}" is not a host name, address or network`;
  }
  if (bits !== undefined && !(/^\d+$/.test(bits) && Number(bits) <= max)) return `"${entry}" has a bad prefix length`;
  return undefined;
}
