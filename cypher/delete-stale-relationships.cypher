// Removes the relationships a document produced before but no longer produces. Their ends that the
// document no longer has (catalogue entities: technologies, zones, agencies…) lose its evidence, and
// are deleted once no relationship of any document is left on them: an entity the text stopped
// mentioning goes, with its old quote. Structural nodes (`document` set) are delete-stale-nodes' job.
// Every relationship type is named, each read through its index on `document` (cypher/schema) so
// that the planner never scans all relationships however few documents there are; a test checks
// that the list is complete.
CALL () {
  MATCH (a)-[r:IMPLEMENTS]->(b) USING INDEX r:IMPLEMENTS(document) WHERE r.document = $documentId RETURN a, r, b
  UNION ALL
  MATCH (a)-[r:REPEALS]->(b) USING INDEX r:REPEALS(document) WHERE r.document = $documentId RETURN a, r, b
  UNION ALL
  MATCH (a)-[r:ISSUED_BY]->(b) USING INDEX r:ISSUED_BY(document) WHERE r.document = $documentId RETURN a, r, b
  UNION ALL
  MATCH (a)-[r:HAS_PART]->(b) USING INDEX r:HAS_PART(document) WHERE r.document = $documentId RETURN a, r, b
  UNION ALL
  MATCH (a)-[r:SETS]->(b) USING INDEX r:SETS(document) WHERE r.document = $documentId RETURN a, r, b
  UNION ALL
  MATCH (a)-[r:RESPONSIBLE]->(b) USING INDEX r:RESPONSIBLE(document) WHERE r.document = $documentId RETURN a, r, b
  UNION ALL
  MATCH (a)-[r:SUPPORTS]->(b) USING INDEX r:SUPPORTS(document) WHERE r.document = $documentId RETURN a, r, b
  UNION ALL
  MATCH (a)-[r:DEVELOPS]->(b) USING INDEX r:DEVELOPS(document) WHERE r.document = $documentId RETURN a, r, b
  UNION ALL
  MATCH (a)-[r:OPERATED_BY]->(b) USING INDEX r:OPERATED_BY(document) WHERE r.document = $documentId RETURN a, r, b
  UNION ALL
  MATCH (a)-[r:MENTIONS]->(b) USING INDEX r:MENTIONS(document) WHERE r.document = $documentId RETURN a, r, b
}
WITH a, r, b
WHERE NOT r.id IN $keep
WITH collect(r) AS stale, collect(DISTINCT a) + collect(DISTINCT b) AS ends
FOREACH (r IN stale | DELETE r)
WITH size(stale) AS deleted, ends
CALL (ends) {
  UNWIND ends AS n
  WITH DISTINCT n
  WHERE n.document IS NULL AND NOT n.id IN $keepNodes
  WITH n, [i IN range(0, size(coalesce(n.evidenceDocuments, [])) - 1) WHERE n.evidenceDocuments[i] <> $documentId] AS kept
  SET n.evidenceQuotes = [i IN kept | n.evidenceQuotes[i]],
      n.evidenceStarts = [i IN kept | n.evidenceStarts[i]],
      n.evidenceEnds = [i IN kept | n.evidenceEnds[i]],
      n.evidenceRawStarts = [i IN kept | n.evidenceRawStarts[i]],
      n.evidenceRawEnds = [i IN kept | n.evidenceRawEnds[i]],
      n.evidenceDocuments = [i IN kept | n.evidenceDocuments[i]]
  WITH n
  WHERE NOT EXISTS { (n)--() }
  DELETE n
  RETURN count(*) AS orphans
}
RETURN deleted, orphans
