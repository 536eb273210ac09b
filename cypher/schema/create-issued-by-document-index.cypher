// Finds the ISSUED_BY relationships one document made, so reloading it removes those it no longer makes.
CREATE INDEX issued_by_document IF NOT EXISTS FOR ()-[r:ISSUED_BY]-() ON (r.document)
