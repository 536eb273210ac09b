// Incoming relationships of one type into many nodes at once (the relationship DataLoader's batch).
UNWIND $ids AS id
MATCH (a:Entity {id: id})<-[r]-(b:Entity)
WHERE type(r) = $type
RETURN id AS key, r {.*, type: type(r), startId: b.id, endId: a.id} AS rel, b {.*} AS node
ORDER BY key, b.ord, b.id
