// Removes the structural nodes (actions, tasks, measures, targets) a document no longer has.
MATCH (n:Entity)
WHERE n.document = $documentId AND NOT n.id IN $keep
DETACH DELETE n
RETURN count(*) AS deleted
