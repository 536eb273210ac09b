// Marks each document of a batch as loaded from an extraction with this hash.
UNWIND $documents AS doc
MATCH (d:Entity {id: doc.id})
SET d.extractionHash = doc.hash, d.loadedAt = datetime()
RETURN d.id AS id
