// Creates one batch of generated relationships between nodes that already exist (found by id).
UNWIND $relationships AS r
MATCH (a:Entity {id: r.from})
MATCH (b:Entity {id: r.to})
CREATE (a)-[x:$(r.type)]->(b)
SET x = r.props
RETURN count(x) AS created
