// Upserts the nodes of one document's extraction. Evidence from other documents is kept; this
// document's evidence is replaced, so a changed seed updates in place.
UNWIND $nodes AS n
MERGE (e:Entity {id: n.id})
SET e:$(n.label)
SET e += n.props
WITH e, n, [i IN range(0, size(coalesce(e.evidenceDocuments, [])) - 1) WHERE e.evidenceDocuments[i] <> $documentId] AS keep
SET e.evidenceQuotes = [i IN keep | e.evidenceQuotes[i]] + n.evidenceQuotes,
    e.evidenceStarts = [i IN keep | e.evidenceStarts[i]] + n.evidenceStarts,
    e.evidenceEnds = [i IN keep | e.evidenceEnds[i]] + n.evidenceEnds,
    e.evidenceRawStarts = [i IN keep | e.evidenceRawStarts[i]] + n.evidenceRawStarts,
    e.evidenceRawEnds = [i IN keep | e.evidenceRawEnds[i]] + n.evidenceRawEnds,
    e.evidenceDocuments = [i IN keep | e.evidenceDocuments[i]] + n.evidenceDocuments
RETURN count(e) AS merged
