// Removes a document's evidence from the nodes it no longer names: their offsets index the text it
// had before. Evidence from other documents stays.
MATCH (e:Entity)
WHERE $documentId IN e.evidenceDocuments AND NOT e.id IN $keep
WITH e, [i IN range(0, size(e.evidenceDocuments) - 1) WHERE e.evidenceDocuments[i] <> $documentId] AS kept
SET e.evidenceQuotes = [i IN kept | e.evidenceQuotes[i]],
    e.evidenceStarts = [i IN kept | e.evidenceStarts[i]],
    e.evidenceEnds = [i IN kept | e.evidenceEnds[i]],
    e.evidenceRawStarts = [i IN kept | e.evidenceRawStarts[i]],
    e.evidenceRawEnds = [i IN kept | e.evidenceRawEnds[i]],
    e.evidenceDocuments = [i IN kept | e.evidenceDocuments[i]]
RETURN count(e) AS cleaned
