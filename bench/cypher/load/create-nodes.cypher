// Creates one batch of generated nodes (a fresh database, so CREATE, not MERGE): Entity plus their own label.
UNWIND $nodes AS n
CREATE (e:Entity)
SET e:$(n.label)
SET e = n.props
RETURN count(e) AS created
