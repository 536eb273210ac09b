import type { Gazetteer, PlatformEntry } from "./gazetteer.js";
import type { GraphBuilder } from "./graph-builder.js";
import { addNamed, type Named } from "./entity-props.js";
import type { Owner } from "./extract-parts.js";
import { type Mention, NameMatcher } from "./mentions.js";
import { nodeId } from "../model/graph-model.js";
import { type Span, spanOf } from "./span.js";

/**
 * Links every gazetteer name in the text to the task, measure or target whose text holds it (or to
 * the document for names outside them): platforms a task names are SUPPORTS, zones DEVELOPS, the
 * rest MENTIONS. `accept` leaves out names that mean another body here (a Guangzhou alias in a
 * Shenzhen document). Returns the mentions found.
 */
export function extractMentions(
  b: GraphBuilder,
  text: string,
  g: Gazetteer,
  docId: string,
  owners: Owner[],
  accept: (name: string, n: Named) => boolean = () => true,
): Mention<Named>[] {
  const named: Named[] = [
    ...g.agencies.map((entry) => ({ label: "Agency" as const, entry })),
    ...g.organizations.map((entry) => ({ label: "Organization" as const, entry })),
    ...g.platforms.map((entry) => ({ label: "Platform" as const, entry })),
    ...g.zones.map((entry) => ({ label: "Zone" as const, entry })),
    ...g.technologies.map((entry) => ({ label: "Technology" as const, entry })),
    ...g.domains.map((entry) => ({ label: "Domain" as const, entry })),
  ];
  const matcher = new NameMatcher(
    named.flatMap((n) =>
      [...new Set([n.entry.name, ...n.entry.aliases])]
        .filter((name) => accept(name, n))
        .map((name) => ({ name, entry: n })),
    ),
  );
  const mentions = matcher.find(text);
  for (const m of mentions) {
    const id = addNamed(b, m.entry, m.span);
    const owner = owners.find((o) => m.span.start >= o.span.start && m.span.end <= o.span.end);
    if (owner?.exclude && m.span.start >= owner.exclude.start && m.span.end <= owner.exclude.end) continue;
    const from = owner ?? { id: docId, label: "PolicyDocument" as const };
    if (from.id === id) continue;
    if (from.label === "Task" && m.entry.label === "Platform") b.relate("SUPPORTS", from.id, id, {}, m.span);
    else if (from.label === "Task" && m.entry.label === "Zone")
      b.relate("DEVELOPS", from.id, id, { intent: developIntent(text, m.span) }, m.span);
    else b.relate("MENTIONS", from.id, id, {}, m.span);
  }
  linkOperators(b, text, g, mentions);
  return mentions;
}

/** A platform's operating organisation, with the organisation's name inside or next to the platform's mention as evidence. */
function linkOperators(b: GraphBuilder, text: string, g: Gazetteer, mentions: Mention<Named>[]): void {
  for (const m of mentions) {
    if (m.entry.label !== "Platform") continue;
    const platform = m.entry.entry as PlatformEntry;
    const org = platform.operator ? g.organizations.find((o) => o.key === platform.operator) : undefined;
    if (!org) continue;
    const sentenceStart = Math.max(text.lastIndexOf("。", m.span.start), text.lastIndexOf("、", m.span.start)) + 1;
    const window = spanOf(text, sentenceStart, m.span.end);
    const names = [org.name, ...org.aliases].sort((x, y) => y.length - x.length);
    const found = names.map((n) => ({ n, at: window.text.lastIndexOf(n) })).find((x) => x.at >= 0);
    const evidence = found
      ? spanOf(text, window.start + found.at, window.start + found.at + found.n.length)
      : undefined;
    const orgId = addNamed(b, { label: "Organization", entry: org }, evidence);
    b.relate("OPERATED_BY", nodeId("Platform", platform.key), orgId, { source: org.source }, evidence);
  }
}

/** `CREATE` when the clause seeks to create the zone (创建, 争取), `BUILD` when it builds or advances an existing one. */
function developIntent(text: string, span: Span): string {
  const clauseStart =
    Math.max(
      text.lastIndexOf("。", span.start),
      text.lastIndexOf(",", span.start),
      text.lastIndexOf("，", span.start),
    ) + 1;
  return /创建|争取|申报/.test(text.slice(clauseStart, span.start)) ? "CREATE" : "BUILD";
}
