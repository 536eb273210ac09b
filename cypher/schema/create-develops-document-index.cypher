// Finds the DEVELOPS relationships one document made, so reloading it removes those it no longer makes.
CREATE INDEX develops_document IF NOT EXISTS FOR ()-[r:DEVELOPS]-() ON (r.document)
