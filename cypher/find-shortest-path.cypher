// The shortest path between two nodes, in either direction, at most $maxLength hops (cap 10);
// its nodes projected to $props.
MATCH (a:Entity {id: $from}), (b:Entity {id: $to})
MATCH p = shortestPath((a)-[*..10]-(b))
WHERE length(p) <= $maxLength
RETURN [n IN nodes(p) | [k IN $props | n[k]]] AS nodes,
       [r IN relationships(p) | {id: r.id, type: type(r), startId: startNode(r).id, endId: endNode(r).id, role: r.role}] AS rels
