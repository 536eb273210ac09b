// shortestPath: a shortest path in either direction, at most 6 hops.
MATCH (a:Entity {id: $from}), (b:Entity {id: $to})
MATCH p = shortestPath((a)-[*..6]-(b))
RETURN [n IN nodes(p) | n {.id, .kind, .name}] AS nodes, [r IN relationships(p) | {id: r.id, type: type(r)}] AS edges
