// The documents that implement a document, and those that implement them, up to 6 hops: each
// IMPLEMENTS relationship once, with the hop at which it is first reached.
MATCH p = (:PolicyDocument {id: $id})<-[:IMPLEMENTS*1..6]-(:PolicyDocument)
WITH relationships(p) AS rels
UNWIND range(0, size(rels) - 1) AS i
WITH rels[i] AS r, min(i + 1) AS hop
WHERE hop <= $depth
RETURN r {.*, type: type(r), startId: startNode(r).id, endId: endNode(r).id} AS rel, hop
ORDER BY hop, rel.id
