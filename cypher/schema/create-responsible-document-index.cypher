// Finds the RESPONSIBLE relationships one document made, so reloading it removes those it no longer makes.
CREATE INDEX responsible_document IF NOT EXISTS FOR ()-[r:RESPONSIBLE]-() ON (r.document)
