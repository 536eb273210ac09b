// The first hop of a neighbourhood, with its start node: one row (none when no node has $id) with
// the start node projected to $props and at most $limit relationships (of $types, or any) touching
// it, each with the node at its other end, and the relationship's $relProps (the evidence lists
// when a client selects an edge's evidence, else none). Later hops use find-neighbours.
MATCH (a:Entity {id: $id})
CALL (a) {
  OPTIONAL MATCH (a)-[r]-(b:Entity)
  WHERE $types IS NULL OR type(r) IN $types
  RETURN r, b
  LIMIT $limit
}
WITH a, [x IN collect({r: r, b: b}) WHERE x.r IS NOT NULL] AS hops
RETURN [k IN $props | a[k]] AS start,
       [x IN hops | {
         rel: {id: x.r.id, type: type(x.r), startId: startNode(x.r).id, endId: endNode(x.r).id, role: x.r.role, props: [k IN $relProps | x.r[k]]},
         node: [k IN $props | x.b[k]]
       }] AS rows
