// Finds the SUPPORTS relationships one document made, so reloading it removes those it no longer makes.
CREATE INDEX supports_document IF NOT EXISTS FOR ()-[r:SUPPORTS]-() ON (r.document)
