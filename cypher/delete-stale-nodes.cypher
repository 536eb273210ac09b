// Removes the structural nodes (actions, tasks, measures, targets) each document of a batch no
// longer has, found through the index on `document`.
UNWIND $documents AS doc
MATCH (n:Entity) USING INDEX SEEK n:Entity(document)
WHERE n.document = doc.id AND NOT n.id IN doc.keepNodes
DETACH DELETE n
RETURN count(*) AS deleted
