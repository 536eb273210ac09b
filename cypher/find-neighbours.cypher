// One hop of a neighbourhood: relationships (of $types, or any) touching the frontier, with the
// node at the other end as [key, value] pairs of $props (every key when null) but $hidden, and the
// relationship's properties likewise from $relProps. At most $limit rows, so a hop out of a hub reads what
// it returns, not the hub's whole degree; the caller reports a full hop as truncated.
UNWIND $ids AS id
MATCH (a:Entity {id: id})-[r]-(b:Entity)
WHERE $types IS NULL OR type(r) IN $types
RETURN {id: r.id, type: type(r), startId: startNode(r).id, endId: endNode(r).id, props: [k IN coalesce($relProps, keys(r)) WHERE NOT k IN $hidden | [k, r[k]]]} AS rel,
       [k IN coalesce($props, keys(b)) WHERE NOT k IN $hidden | [k, b[k]]] AS node
LIMIT $limit
