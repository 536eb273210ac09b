// Export: the whole graph up to $maxNodes nodes (in the service's order) and the relationships
// between them. A relationship's far end is among the exported nodes exactly when it sorts no later
// than the last of them, which is a constant-time test (a list membership test would be linear).
// Like the service's export, it reads every property but the bookkeeping ones, evidence included.
MATCH (n:Entity)
WITH n ORDER BY n.kind, n.ord, n.id LIMIT $maxNodes
WITH collect(n) AS ns
WITH ns, last(ns) AS z
CALL (ns, z) {
  UNWIND ns AS a
  MATCH (a)-[r]->(b:Entity)
  WHERE b.kind < z.kind OR (b.kind = z.kind AND (b.ord < z.ord OR (b.ord = z.ord AND b.id <= z.id)))
  RETURN collect({id: r.id, type: type(r), source: a.id, target: b.id, props: properties(r)}) AS edges
}
RETURN [n IN ns | n {.id, props: [k IN keys(n) WHERE NOT k IN ["text", "ord", "aliasText", "titleKey", "extractionHash", "loadedAt"] | [k, n[k]]]}] AS nodes, edges
