// The policy documents an ingest may link to: those holding one of $numbers (normalised 文号), one of
// $titleKeys (titleKey of a title) or one of $ids, each found through its index, so an ingest reads
// the few documents its text names, not every document of the graph.
CALL () {
  UNWIND $numbers AS number
  MATCH (d:PolicyDocument {docNumber: number})
  RETURN d
  UNION
  UNWIND $titleKeys AS key
  MATCH (d:PolicyDocument {titleKey: key})
  RETURN d
  UNION
  UNWIND $ids AS id
  MATCH (d:Entity {id: id})
  WHERE d:PolicyDocument
  RETURN d
}
RETURN d.id AS id, d.name AS title, d.docNumber AS docNumber, d.text IS NOT NULL AS full, d.contentHash AS contentHash, d.ord AS ord
