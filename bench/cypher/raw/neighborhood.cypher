// (f) Everything within 2 hops: the start, its neighbours, theirs; every relationship touching the
// start or a first-hop node. Bounded like the service: $maxNodes nodes, $maxNodes * 4 rows a hop.
MATCH (s:Entity {id: $id})
CALL (s) {
  MATCH (s)-[r]-(b:Entity)
  WITH r, b LIMIT $maxNodes * 4
  RETURN collect(DISTINCT b) AS hop1, collect(r) AS rels1
}
CALL (hop1) {
  UNWIND hop1 AS h
  MATCH (h)-[r]-(c:Entity)
  WITH r, c LIMIT $maxNodes * 4
  RETURN collect(DISTINCT c) AS hop2, collect(r) AS rels2
}
CALL (s, hop1, hop2) {
  UNWIND [s] + hop1 + hop2 AS n
  RETURN collect(DISTINCT n) AS found
}
CALL (rels1, rels2) {
  UNWIND rels1 + rels2 AS r
  RETURN collect(DISTINCT r) AS edges
}
RETURN [n IN found[0..$maxNodes] | n {.id, .kind, .name, .nameEn}] AS nodes,
       [r IN edges | {id: r.id, type: type(r), source: startNode(r).id, target: endNode(r).id}] AS edges,
       size(found) > $maxNodes AS truncated
