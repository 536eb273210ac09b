// The nodes and relationships a document produced at its last load, with their kinds and names (nodes
// in source order), so the ingest report can say what a new text would remove and the update guard can
// weigh it. Each relationship type is read through its index on `document` (cypher/schema), never a
// scan of all relationships; the list of types is the one delete-stale-relationships names.
CALL () { MATCH (n:Entity) USING INDEX SEEK n:Entity(document) WHERE n.document = $documentId WITH n ORDER BY n.ord, n.id RETURN collect({id: n.id, kind: n.kind, name: n.name}) AS nodes }
CALL () {
  // USING INDEX SEEK, not USING INDEX: a type with no relationships yet would otherwise be planned
  // as an index scan, and a plan cached on a small graph would then scan a large one.
  WITH $documentId AS documentId
  CALL (documentId) {
    MATCH (a)-[r:IMPLEMENTS]->(b) USING INDEX SEEK r:IMPLEMENTS(document) WHERE r.document = documentId RETURN a, r, b
    UNION ALL
    MATCH (a)-[r:REPEALS]->(b) USING INDEX SEEK r:REPEALS(document) WHERE r.document = documentId RETURN a, r, b
    UNION ALL
    MATCH (a)-[r:ISSUED_BY]->(b) USING INDEX SEEK r:ISSUED_BY(document) WHERE r.document = documentId RETURN a, r, b
    UNION ALL
    MATCH (a)-[r:HAS_PART]->(b) USING INDEX SEEK r:HAS_PART(document) WHERE r.document = documentId RETURN a, r, b
    UNION ALL
    MATCH (a)-[r:SETS]->(b) USING INDEX SEEK r:SETS(document) WHERE r.document = documentId RETURN a, r, b
    UNION ALL
    MATCH (a)-[r:RESPONSIBLE]->(b) USING INDEX SEEK r:RESPONSIBLE(document) WHERE r.document = documentId RETURN a, r, b
    UNION ALL
    MATCH (a)-[r:SUPPORTS]->(b) USING INDEX SEEK r:SUPPORTS(document) WHERE r.document = documentId RETURN a, r, b
    UNION ALL
    MATCH (a)-[r:DEVELOPS]->(b) USING INDEX SEEK r:DEVELOPS(document) WHERE r.document = documentId RETURN a, r, b
    UNION ALL
    MATCH (a)-[r:OPERATED_BY]->(b) USING INDEX SEEK r:OPERATED_BY(document) WHERE r.document = documentId RETURN a, r, b
    UNION ALL
    MATCH (a)-[r:MENTIONS]->(b) USING INDEX SEEK r:MENTIONS(document) WHERE r.document = documentId RETURN a, r, b
  }
  RETURN collect({id: r.id, type: type(r), from: coalesce(a.name, a.id), to: coalesce(b.name, b.id)}) AS relationships
}
RETURN nodes, relationships
