// Every node, as [key, value] pairs of $props (every key when null) but $hidden, for whole-graph
// exports; bounded by $limit.
MATCH (n:Entity)
RETURN [k IN coalesce($props, keys(n)) WHERE NOT k IN $hidden | [k, n[k]]] AS values
ORDER BY n.kind, n.ord, n.id
LIMIT $limit
