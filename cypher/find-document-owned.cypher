// The nodes and relationships a document produced at its last load (for the ingest report: removed).
CALL () { MATCH (n:Entity) WHERE n.document = $documentId RETURN collect(n.id) AS nodes }
CALL () { MATCH ()-[r]->() WHERE r.document = $documentId RETURN collect(r.id) AS relationships }
RETURN nodes, relationships
