// Finds the nodes one document owns, so reloading it can remove what it no longer says.
CREATE INDEX entity_document IF NOT EXISTS FOR (n:Entity) ON (n.document)
