// Marks a document as loaded from an extraction with this hash.
MATCH (d:Entity {id: $id})
SET d.extractionHash = $hash, d.loadedAt = datetime()
RETURN d.id AS id
