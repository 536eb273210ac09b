// Upserts the relationships of one document's extraction, keyed by their stable id.
UNWIND $relationships AS r
MATCH (a:Entity {id: r.from})
MATCH (b:Entity {id: r.to})
MERGE (a)-[x:$(r.type) {id: r.id}]->(b)
SET x += r.props
RETURN count(x) AS merged
