// Full-text search over names, aliases and texts (cjk analyzer); $query is already escaped Lucene.
// Each hit is projected to $props (what the selection and the snippet read).
CALL db.index.fulltext.queryNodes('entity_search', $query, {limit: $limit})
YIELD node, score
RETURN [k IN $props | node[k]] AS values, score
ORDER BY score DESC, node.ord, node.id
