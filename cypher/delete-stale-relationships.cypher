// Removes relationships a document produced before but no longer produces.
MATCH (:Entity)-[r]->(:Entity)
WHERE r.document = $documentId AND NOT r.id IN $keep
DELETE r
RETURN count(*) AS deleted
