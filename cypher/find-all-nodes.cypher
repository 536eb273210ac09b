// Every node, projected to $props (plain fields only), for whole-graph exports; bounded by $limit.
MATCH (n:Entity)
RETURN [k IN $props | n[k]] AS values
ORDER BY n.kind, n.ord, n.id
LIMIT $limit
