// Finds the OPERATED_BY relationships one document made, so reloading it removes those it no longer makes.
CREATE INDEX operated_by_document IF NOT EXISTS FOR ()-[r:OPERATED_BY]-() ON (r.document)
