import { splitIssuers } from "./issuers.js";
import type { Span } from "./span.js";

/**
 * The issuer to read from a notice: the notice line's, or the signature's where the signature
 * spells out the same bodies in full. Joint notices often shorten their issuers in the heading
 * (`黔东南州卫生健康局`) and sign with the full names (`黔东南苗族侗族自治州卫生健康局`); the full
 * name is the body's name. A short name keeps its full name's characters in order, so each
 * heading body must be a subsequence of its signer, one for one; otherwise the heading stands.
 */
export function fullerIssuer(text: string, heading: Span, signers: Span | null): Span {
  if (!signers) return heading;
  const short = splitIssuers(text, heading).map((s) => s.text);
  const full = splitIssuers(text, signers).map((s) => s.text);
  if (short.length === 0 || short.length !== full.length) return heading;
  const abbreviates = short.every((s, i) => isSubsequence(s, full[i]!)) && short.some((s, i) => s !== full[i]);
  return abbreviates ? signers : heading;
}

/** Whether every character of `short` appears in `full`, in order. */
export function isSubsequence(short: string, full: string): boolean {
  let at = 0;
  for (const c of full) if (c === short[at]) at++;
  return at === short.length;
}
