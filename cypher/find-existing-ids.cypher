// Which of these node ids the graph already has (for the ingest report: added or changed).
UNWIND $ids AS id
MATCH (n:Entity {id: id}) USING INDEX SEEK n:Entity(id)
RETURN n.id AS id
