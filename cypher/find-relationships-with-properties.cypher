// Every stored property of the given relationships ({id, from, to} each), for the RDF export:
// both ends are found by their id index, then the relationship between them by its id.
UNWIND $rels AS x
MATCH (a:Entity {id: x.from})-[r]->(b:Entity {id: x.to})
WHERE r.id = x.id
RETURN r.id AS id, type(r) AS type, a.id AS from, b.id AS to, properties(r) AS props
