// The first hop of a neighbourhood, with its start node: one row (none when no node has $id) with
// the start node as [key, value] pairs of $props (every key when null) but $hidden, and at most $limit relationships (of $types, or any) touching
// it, each with the node at its other end, relationship properties likewise from $relProps.
// Later hops use find-neighbours.
MATCH (a:Entity {id: $id})
CALL (a) {
  OPTIONAL MATCH (a)-[r]-(b:Entity)
  WHERE $types IS NULL OR type(r) IN $types
  RETURN r, b
  LIMIT $limit
}
WITH a, [x IN collect({r: r, b: b}) WHERE x.r IS NOT NULL] AS hops
RETURN [k IN coalesce($props, keys(a)) WHERE NOT k IN $hidden | [k, a[k]]] AS start,
       [x IN hops | {
         rel: {id: x.r.id, type: type(x.r), startId: startNode(x.r).id, endId: endNode(x.r).id, props: [k IN coalesce($relProps, keys(x.r)) WHERE NOT k IN $hidden | [k, x.r[k]]]},
         node: [k IN coalesce($props, keys(x.b)) WHERE NOT k IN $hidden | [k, x.b[k]]]
       }] AS rows
