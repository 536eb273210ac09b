// Finds the IMPLEMENTS relationships one document made, so reloading it removes those it no longer makes.
CREATE INDEX implements_document IF NOT EXISTS FOR ()-[r:IMPLEMENTS]-() ON (r.document)
