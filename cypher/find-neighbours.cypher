// One hop of a neighbourhood: every relationship (of $types, or any) touching the frontier.
UNWIND $ids AS id
MATCH (a:Entity {id: id})-[r]-(b:Entity)
WHERE $types IS NULL OR type(r) IN $types
RETURN {id: r.id, type: type(r), startId: startNode(r).id, endId: endNode(r).id, role: r.role} AS rel,
       b {.id, .kind, .name, .nameEn} AS node
LIMIT $limit
