import { describe, expect, it } from "vitest";
import { loadConfig } from "../../src/config.js";
import { allowEntryProblem, isInternalAddress, UrlAllowList } from "../../src/net/address-guard.js";

describe("the address guard of ingest by URL", () => {
  it("counts this host, private networks, link-local, CGNAT, multicast and reserved ranges as internal, in IPv4 and IPv6", () => {
    const internal = [
      "127.0.0.1",
      "127.8.9.10",
      "0.0.0.0",
      "10.20.30.40",
      "172.16.0.1",
      "172.31.255.255",
      "192.168.1.1",
      "169.254.169.254",
      "100.64.0.1",
      "224.0.0.1",
      "255.255.255.255",
      "::1",
      "::",
      "fe80::1",
      "fd12:3456::1",
      "ff02::1",
      "::ffff:127.0.0.1",
      "::ffff:10.0.0.1",
      "not-an-address",
    ];
    const external = [
      "8.8.8.8",
      "172.32.0.1",
      "100.128.0.1",
      "192.169.0.1",
      "202.96.128.86",
      "2001:4860:4860::8888",
      "::ffff:8.8.8.8",
    ];
    for (const a of internal) expect(isInternalAddress(a), a).toBe(true);
    for (const a of external) expect(isInternalAddress(a), a).toBe(false);
  });

  it("lets INGEST_URL_ALLOW name hosts, wildcard domains, addresses and networks", () => {
    const allow = new UrlAllowList(["docs.intra", "*.gov.intra", "10.0.0.0/8", "127.0.0.1", "fd00::/8"]);
    expect(allow.allowsHost("DOCS.intra")).toBe(true);
    expect(allow.allowsHost("www.gov.intra")).toBe(true);
    expect(allow.allowsHost("gov.intra.evil")).toBe(false);
    expect(allow.allowsAddress("10.9.8.7")).toBe(true);
    expect(allow.allowsAddress("127.0.0.1")).toBe(true);
    expect(allow.allowsAddress("127.0.0.2")).toBe(false);
    expect(allow.allowsAddress("fd00::5")).toBe(true);
    expect(allow.allowsAddress("192.168.0.1")).toBe(false);
  });

  it("refuses a malformed INGEST_URL_ALLOW at start-up, naming the bad entries", () => {
    expect(allowEntryProblem("10.0.0.0/33")).toContain("prefix");
    expect(allowEntryProblem("bad host")).toContain("not a host name");
    expect(allowEntryProblem("http://x")).toContain("more than one");
    expect(allowEntryProblem("*.gov.example")).toBeUndefined();
    expect(allowEntryProblem("host.example/8")).toContain("not a network");
    expect(() => loadConfig({ INGEST_URL_ALLOW: "ok.example, 10.0.0.0/99" })).toThrow(
      /INGEST_URL_ALLOW .*"10\.0\.0\.0\/99" has a bad prefix length/,
    );
    expect(loadConfig({ INGEST_URL_ALLOW: " a.example , 10.0.0.0/8 " }).ingestFetch).toEqual({
      timeoutMs: 20_000,
      maxBytes: 32 * 1024 * 1024,
      allow: ["a.example", "10.0.0.0/8"],
    });
  });
});
