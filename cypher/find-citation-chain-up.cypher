// The documents a document implements, and those they implement, up to 6 hops: each IMPLEMENTS
// relationship once, with the hop at which it is first reached (1 = cited by the document itself).
MATCH p = (:PolicyDocument {id: $id})-[:IMPLEMENTS*1..6]->(:PolicyDocument)
WITH relationships(p) AS rels
UNWIND range(0, size(rels) - 1) AS i
WITH rels[i] AS r, min(i + 1) AS hop
WHERE hop <= $depth
RETURN r {.*, type: type(r), startId: startNode(r).id, endId: endNode(r).id} AS rel, hop
ORDER BY hop, rel.id
