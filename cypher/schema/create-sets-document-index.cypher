// Finds the SETS relationships one document made, so reloading it removes those it no longer makes.
CREATE INDEX sets_document IF NOT EXISTS FOR ()-[r:SETS]-() ON (r.document)
