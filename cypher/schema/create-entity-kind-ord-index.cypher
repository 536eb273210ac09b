// Keyset paging in source order: WHERE n.kind = $kind AND n.ord >= $afterOrd ORDER BY n.ord, n.id.
CREATE INDEX entity_kind_ord IF NOT EXISTS FOR (n:Entity) ON (n.kind, n.ord)
