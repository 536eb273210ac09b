// Moves node evidence stored the old way (six parallel lists on the node, which grew with every
// document naming it) into one :Evidence record per quote, and removes the lists. A graph without
// such lists (every graph loaded since) reads the Entity label once and writes nothing.
MATCH (e:Entity)
WHERE e.evidenceQuotes IS NOT NULL
CALL (e) {
  UNWIND range(0, size(e.evidenceQuotes) - 1) AS i
  CREATE (:Evidence {node: e.id, document: e.evidenceDocuments[i], quote: e.evidenceQuotes[i], start: e.evidenceStarts[i], end: e.evidenceEnds[i],
                     rawStart: coalesce(e.evidenceRawStarts, [])[i], rawEnd: coalesce(e.evidenceRawEnds, [])[i]})
}
REMOVE e.evidenceQuotes, e.evidenceDocuments, e.evidenceStarts, e.evidenceEnds, e.evidenceRawStarts, e.evidenceRawEnds
RETURN count(e) AS migrated
