// The shortest path between two nodes, in either direction, at most $maxLength hops (cap 10).
MATCH (a:Entity {id: $from}), (b:Entity {id: $to})
MATCH p = shortestPath((a)-[*..10]-(b))
WHERE length(p) <= $maxLength
RETURN [n IN nodes(p) | n {.id, .kind, .name, .nameEn}] AS nodes,
       [r IN relationships(p) | {id: r.id, type: type(r), startId: startNode(r).id, endId: endNode(r).id, role: r.role}] AS rels
