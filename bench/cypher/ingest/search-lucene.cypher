// The full-text index alone, for the bench's comparison of two readings of one search text: the
// first $limit hits of the Lucene query $query, as search-entities takes them, without projection.
CALL db.index.fulltext.queryNodes('entity_search', $query, {limit: $limit})
YIELD node, score
RETURN count(node) AS hits
