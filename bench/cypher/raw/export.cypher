// Export: the whole graph up to $maxNodes nodes (in the service's order) and the relationships between them.
MATCH (n:Entity)
WITH n ORDER BY n.kind, n.ord, n.id LIMIT $maxNodes
WITH collect(n) AS ns
CALL (ns) {
  UNWIND ns AS a
  MATCH (a)-[r]->(b:Entity)
  WHERE b IN ns
  RETURN collect({id: r.id, type: type(r), source: a.id, target: b.id, role: r.role}) AS edges
}
RETURN [n IN ns | n {.id, .kind, .name, .nameEn, .level, .docNumber, .ordinal, .value, .unit, .ticker}] AS nodes, edges
