// The shortest paths between two nodes, in either direction, over relationships of $types (any
// when null), at most $maxLength hops (cap 10), in one statement. Always one row: which ends exist
// (so the caller can tell "no such node" from "no path"), up to $limit paths of the shortest length
// (ordered by their nodes' ids, so the same graph gives the same answer), each with its nodes
// as [key, value] pairs of $props but $hidden, and its relationships with the pairs of $relProps; a node's path to itself is that node.
// When no path is short enough and $probe is set, `longer` is the length of the shortest path of
// at most 20 hops over the same types (a bounded search: null means none of up to 20 hops exists).
OPTIONAL MATCH (a:Entity {id: $from})
OPTIONAL MATCH (b:Entity {id: $to})
OPTIONAL CALL (a, b) {
  WITH a, b WHERE a IS NOT NULL AND b IS NOT NULL AND a <> b
  MATCH p = allShortestPaths((a)-[*..10]-(b))
  WHERE length(p) <= $maxLength AND all(r IN relationships(p) WHERE $types IS NULL OR type(r) IN $types)
  WITH p ORDER BY [n IN nodes(p) | n.id]
  LIMIT $limit
  RETURN collect(p) AS found
}
WITH a, b, CASE WHEN a IS NOT NULL AND a = b THEN [] ELSE coalesce(found, []) END AS found
OPTIONAL CALL (a, b, found) {
  WITH a, b WHERE $probe AND size(found) = 0 AND a IS NOT NULL AND b IS NOT NULL AND a <> b
  MATCH q = shortestPath((a)-[*..20]-(b))
  WHERE all(r IN relationships(q) WHERE $types IS NULL OR type(r) IN $types)
  RETURN length(q) AS longer
}
RETURN a IS NOT NULL AS fromFound, b IS NOT NULL AS toFound, a IS NOT NULL AND a = b AS same, longer,
       [k IN $props WHERE NOT k IN $hidden | [k, a[k]]] AS start,
       [p IN found | {
         nodes: [n IN nodes(p) | [k IN $props WHERE NOT k IN $hidden | [k, n[k]]]],
         rels: [r IN relationships(p) | {id: r.id, type: type(r), startId: startNode(r).id, endId: endNode(r).id, props: [k IN $relProps WHERE NOT k IN $hidden | [k, r[k]]]}]
       }] AS paths
