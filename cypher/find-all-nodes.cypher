// Every node (plain fields only), for whole-graph exports; bounded by $limit.
MATCH (n:Entity)
RETURN n {.id, .kind, .name, .nameEn, .level, .docNumber, .ordinal, .value, .unit, .ticker, .role} AS node
ORDER BY n.kind, n.ord, n.id
LIMIT $limit
