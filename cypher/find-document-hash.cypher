// The extraction hash stored by the last load of a document; null when it was never loaded.
OPTIONAL MATCH (d:Entity {id: $id})
RETURN d.extractionHash AS hash
