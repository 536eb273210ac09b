// Finds the REPEALS relationships one document made, so reloading it removes those it no longer makes.
CREATE INDEX repeals_document IF NOT EXISTS FOR ()-[r:REPEALS]-() ON (r.document)
