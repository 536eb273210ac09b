// The relationships between the given nodes (both ends among $ids), for whole-graph exports: it
// starts from those nodes by their id index rather than reading every relationship; bounded by $limit.
MATCH (a:Entity)
WHERE a.id IN $ids
MATCH (a)-[r]->(b:Entity)
WHERE b.id IN $ids
RETURN {id: r.id, type: type(r), startId: a.id, endId: b.id, role: r.role} AS rel
ORDER BY r.id
LIMIT $limit
