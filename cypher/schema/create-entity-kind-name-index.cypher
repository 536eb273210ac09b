// Keyset paging by name: WHERE n.kind = $kind AND n.name >= $afterName ORDER BY n.name, n.id.
CREATE INDEX entity_kind_name IF NOT EXISTS FOR (n:Entity) ON (n.kind, n.name)
