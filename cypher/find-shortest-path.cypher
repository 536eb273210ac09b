// The shortest path between two nodes, in either direction, at most $maxLength hops (cap 10), in
// one statement: always one row, saying which ends exist (so the caller can tell "no such node"
// from "no path") and the path's nodes as [key, value] pairs of $props but $hidden, and its
// relationships with the pairs of $relProps (both null when there
// is no path short enough, or when an end is missing). A path from a node to itself is that node.
OPTIONAL MATCH (a:Entity {id: $from})
OPTIONAL MATCH (b:Entity {id: $to})
OPTIONAL CALL (a, b) {
  WITH a, b WHERE a IS NOT NULL AND b IS NOT NULL AND a <> b
  MATCH p = shortestPath((a)-[*..10]-(b))
  WHERE length(p) <= $maxLength
  RETURN nodes(p) AS pathNodes, relationships(p) AS pathRels
}
WITH a, b, CASE WHEN a IS NOT NULL AND a = b THEN [a] ELSE pathNodes END AS pathNodes, coalesce(pathRels, []) AS pathRels
RETURN a IS NOT NULL AS fromFound, b IS NOT NULL AS toFound,
       [n IN pathNodes | [k IN coalesce($props, keys(n)) WHERE NOT k IN $hidden | [k, n[k]]]] AS nodes,
       [r IN pathRels | {id: r.id, type: type(r), startId: startNode(r).id, endId: endNode(r).id, props: [k IN coalesce($relProps, keys(r)) WHERE NOT k IN $hidden | [k, r[k]]]}] AS rels
