// Replaces the node evidence of the batch's documents: each quote is one :Evidence record holding its
// document's id, the node's id and the offsets, found through the indexes on `document` and `node`
// (cypher/schema), named as hints so that a plan made while the graph was small or empty seeks too.
// Only these documents' records are read or written, however many other documents
// name the same nodes. Then the entities found by pattern that one of these documents named before
// and that nothing names any more (no evidence, no relationship) go: they existed only because of it.
CALL () {
  UNWIND $documentIds AS documentId
  MATCH (old:Evidence) USING INDEX SEEK old:Evidence(document) WHERE old.document = documentId
  WITH old, old.node AS node
  DELETE old
  RETURN collect(DISTINCT node) AS touched
}
CALL () {
  UNWIND $evidence AS q
  CREATE (v:Evidence)
  SET v = q
  RETURN count(v) AS written
}
CALL (touched) {
  UNWIND touched AS id
  MATCH (n:Entity {id: id})
  WHERE n.foundBy = "pattern" AND NOT EXISTS { MATCH (v:Evidence) USING INDEX SEEK v:Evidence(node) WHERE v.node = id } AND NOT EXISTS { (n)--() }
  DETACH DELETE n
  RETURN count(*) AS deleted
}
RETURN written, deleted
