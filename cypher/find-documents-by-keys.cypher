// The policy documents an ingest may link to: those holding one of $numbers (normalised 文号), one of
// $titleKeys (titleKey of a title) or one of $ids, each found through its index (named as a hint, so a
// plan made on a small graph seeks too; without one the planner once scanned the PolicyDocument
// index for the ids, 6× the work at 10× the corpus), so an ingest reads
// the few documents its text names, not every document of the graph.
CALL () {
  UNWIND $numbers AS number
  MATCH (d:PolicyDocument {docNumber: number}) USING INDEX SEEK d:PolicyDocument(docNumber)
  RETURN d
  UNION
  UNWIND $titleKeys AS key
  MATCH (d:PolicyDocument {titleKey: key}) USING INDEX SEEK d:PolicyDocument(titleKey)
  RETURN d
  UNION
  UNWIND $ids AS id
  MATCH (d:Entity {id: id}) USING INDEX SEEK d:Entity(id)
  WHERE d:PolicyDocument
  RETURN d
}
RETURN d.id AS id, d.name AS title, d.docNumber AS docNumber, d.text IS NOT NULL AS full, d.contentHash AS contentHash, d.ord AS ord
