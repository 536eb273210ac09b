// Every stored property of the given nodes, for the RDF export (which writes all of them).
UNWIND $ids AS id
MATCH (n:Entity {id: id})
RETURN n.id AS id, n.kind AS label, properties(n) AS props
