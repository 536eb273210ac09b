// Removes the relationships each document of a batch produced before but no longer produces. Their
// ends that the document no longer has (catalogue entities: technologies, zones, agencies…) are
// deleted, with their evidence, once no relationship of any document is left on them: an entity the
// text stopped mentioning goes, with its old quote. Structural nodes (`document` set) are
// delete-stale-nodes' job. Every relationship type is named, each read through its index on
// `document` (cypher/schema) so that the planner never scans all relationships however many
// documents there are; a test checks that the list is complete.
UNWIND $documents AS doc
CALL (doc) {
  MATCH (a)-[r:IMPLEMENTS]->(b) USING INDEX SEEK r:IMPLEMENTS(document) WHERE r.document = doc.id RETURN a, r, b
  UNION ALL
  MATCH (a)-[r:REPEALS]->(b) USING INDEX SEEK r:REPEALS(document) WHERE r.document = doc.id RETURN a, r, b
  UNION ALL
  MATCH (a)-[r:ISSUED_BY]->(b) USING INDEX SEEK r:ISSUED_BY(document) WHERE r.document = doc.id RETURN a, r, b
  UNION ALL
  MATCH (a)-[r:HAS_PART]->(b) USING INDEX SEEK r:HAS_PART(document) WHERE r.document = doc.id RETURN a, r, b
  UNION ALL
  MATCH (a)-[r:SETS]->(b) USING INDEX SEEK r:SETS(document) WHERE r.document = doc.id RETURN a, r, b
  UNION ALL
  MATCH (a)-[r:RESPONSIBLE]->(b) USING INDEX SEEK r:RESPONSIBLE(document) WHERE r.document = doc.id RETURN a, r, b
  UNION ALL
  MATCH (a)-[r:SUPPORTS]->(b) USING INDEX SEEK r:SUPPORTS(document) WHERE r.document = doc.id RETURN a, r, b
  UNION ALL
  MATCH (a)-[r:DEVELOPS]->(b) USING INDEX SEEK r:DEVELOPS(document) WHERE r.document = doc.id RETURN a, r, b
  UNION ALL
  MATCH (a)-[r:OPERATED_BY]->(b) USING INDEX SEEK r:OPERATED_BY(document) WHERE r.document = doc.id RETURN a, r, b
  UNION ALL
  MATCH (a)-[r:MENTIONS]->(b) USING INDEX SEEK r:MENTIONS(document) WHERE r.document = doc.id RETURN a, r, b
}
WITH doc, a, r, b
WHERE NOT r.id IN doc.keepRelationships
WITH doc, collect(r) AS stale, collect(DISTINCT a) + collect(DISTINCT b) AS ends
FOREACH (r IN stale | DELETE r)
WITH doc, size(stale) AS deleted, ends
CALL (doc, ends) {
  UNWIND ends AS n
  WITH DISTINCT n
  WHERE n.document IS NULL AND NOT n.id IN doc.keepNodes AND NOT EXISTS { (n)--() }
  CALL (n) { MATCH (v:Evidence) USING INDEX SEEK v:Evidence(node) WHERE v.node = n.id DELETE v }
  DELETE n
  RETURN count(*) AS orphans
}
RETURN sum(deleted) AS deleted, sum(orphans) AS orphans
