// Full-text search over names, aliases and texts (cjk analyzer); $query is already escaped Lucene.
CALL db.index.fulltext.queryNodes('entity_search', $query, {limit: $limit})
YIELD node, score
RETURN node {.*} AS node, score
ORDER BY score DESC, node.ord, node.id
