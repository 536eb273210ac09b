// (e) Full-text search, the same Lucene query and index the service uses.
CALL db.index.fulltext.queryNodes('entity_search', $query, {limit: $limit})
YIELD node, score
RETURN node.id AS id, node.name AS name, score
ORDER BY score DESC, node.ord, node.id
