// Finds the MENTIONS relationships one document made, so reloading it removes those it no longer makes.
CREATE INDEX mentions_document IF NOT EXISTS FOR ()-[r:MENTIONS]-() ON (r.document)
