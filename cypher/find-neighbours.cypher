// One hop of a neighbourhood: relationships (of $types, or any) touching the frontier, with the
// node at the other end projected to $props and the relationship's $relProps (its evidence lists,
// or none). At most $limit rows, so a hop out of a hub reads what it returns, not the hub's whole
// degree; the caller reports a full hop as truncated.
UNWIND $ids AS id
MATCH (a:Entity {id: id})-[r]-(b:Entity)
WHERE $types IS NULL OR type(r) IN $types
RETURN {id: r.id, type: type(r), startId: startNode(r).id, endId: endNode(r).id, role: r.role, props: [k IN $relProps | r[k]]} AS rel,
       [k IN $props | b[k]] AS node
LIMIT $limit
