// Every relationship, for whole-graph exports; bounded by $limit.
MATCH (a:Entity)-[r]->(b:Entity)
RETURN {id: r.id, type: type(r), startId: a.id, endId: b.id, role: r.role} AS rel
ORDER BY r.id
LIMIT $limit
