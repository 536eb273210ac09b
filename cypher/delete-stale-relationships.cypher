// Removes the relationships a document produced before but no longer produces. Their ends that the
// document no longer has (catalogue entities: technologies, zones, agencies…) lose its evidence, and
// are deleted once no relationship of any document is left on them: an entity the text stopped
// mentioning goes, with its old quote. Structural nodes (`document` set) are delete-stale-nodes' job.
// Every relationship type is named, each with its index on `document` (cypher/schema), so this seeks
// the document's relationships instead of scanning all of them; a test checks the list is complete.
MATCH (a)-[r:IMPLEMENTS|ISSUED_BY|HAS_PART|SETS|RESPONSIBLE|SUPPORTS|DEVELOPS|OPERATED_BY|MENTIONS]->(b)
WHERE r.document = $documentId AND NOT r.id IN $keep
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
