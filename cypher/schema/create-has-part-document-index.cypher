// Finds the HAS_PART relationships one document made, so reloading it removes those it no longer makes.
CREATE INDEX has_part_document IF NOT EXISTS FOR ()-[r:HAS_PART]-() ON (r.document)
