// The first hop of a neighbourhood, with its start node: one row (none when no node has $id) with
// the start node as [key, value] pairs of $props (every key when null) but $hidden, and the
// relationships (of $types, or any) between it and at most $nodeLimit distinct neighbours, at most
// $limit of them, each with the node at its other end, relationship properties likewise from
// $relProps. Choosing the neighbours first keeps a hub's hop to what it returns: a hub with
// thousands of relationships is read for $nodeLimit nodes and their edges, not for $limit rows of
// which most would go to nodes past the limit. Later hops use find-neighbours.
MATCH (a:Entity {id: $id})
CALL (a) {
  OPTIONAL MATCH (a)-[r]-(b:Entity)
  WHERE $types IS NULL OR type(r) IN $types
  WITH DISTINCT b
  LIMIT $nodeLimit
  RETURN collect(b) AS neighbours
}
CALL (a, neighbours) {
  UNWIND neighbours AS b
  MATCH (a)-[r]-(b)
  WHERE $types IS NULL OR type(r) IN $types
  WITH r, b
  LIMIT $limit
  RETURN collect({r: r, b: b}) AS hops
}
RETURN [k IN coalesce($props, keys(a)) WHERE NOT k IN $hidden | [k, a[k]]] AS start,
       [x IN hops | {
         rel: {id: x.r.id, type: type(x.r), startId: startNode(x.r).id, endId: endNode(x.r).id, props: [k IN coalesce($relProps, keys(x.r)) WHERE NOT k IN $hidden | [k, x.r[k]]]},
         node: [k IN coalesce($props, keys(x.b)) WHERE NOT k IN $hidden | [k, x.b[k]]]
       }] AS rows
