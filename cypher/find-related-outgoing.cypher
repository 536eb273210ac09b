// Outgoing relationships of one type from many nodes at once (the relationship DataLoader's batch).
UNWIND $ids AS id
MATCH (a:Entity {id: id})-[r]->(b:Entity)
WHERE type(r) = $type
RETURN id AS key, r {.*, type: type(r), startId: a.id, endId: b.id} AS rel, b {.*} AS node
ORDER BY key, coalesce(r.position, r.ordinal, -1), b.ord, b.id
