// Removes entities found by pattern that no document names any more (no evidence, no relationship):
// they existed only because a document's earlier text named them.
MATCH (n:Entity {foundBy: "pattern"})
WHERE size(coalesce(n.evidenceQuotes, [])) = 0 AND NOT (n)--()
DETACH DELETE n
RETURN count(*) AS deleted
