// Every policy document with what identifies it (文号, title) and whether it was ingested in full,
// so the ingest pipeline can link a document and its citations to the nodes they already have.
MATCH (d:PolicyDocument)
RETURN d.id AS id, d.name AS title, d.docNumber AS docNumber, d.text IS NOT NULL AS full, d.contentHash AS contentHash, d.ord AS ord
