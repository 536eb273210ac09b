// One page of a ranking (see list-entities-by-count) read BACKWARD from the cursor `before` (for
// `last`/`before`): the same count, the comparison and the order reversed. The caller reverses
// the page. The last page (no cursor) passes $beforeKey = null.
MATCH (n:Entity)
WHERE n.kind = $kind
  AND ($levels IS NULL OR n.level IN $levels)
  AND ($category IS NULL OR n.category = $category OR n.type = $category)
  AND ($nameContains IS NULL OR n.name CONTAINS $nameContains OR toLower(coalesce(n.nameEn, '')) CONTAINS toLower($nameContains))
  AND ($partOf IS NULL OR EXISTS { (:Entity {id: $partOf})-[:HAS_PART]->(n) })
  AND ($relatedTo IS NULL OR EXISTS { (n)--(:Entity {id: $relatedTo}) })
WITH n, $sign * COUNT {
  MATCH (n)-[r]-(m:Entity)
  WHERE ($types IS NULL OR type(r) IN $types)
    AND ($direction = 'BOTH' OR ($direction = 'OUT') = (startNode(r) = n))
    AND ($roles IS NULL OR r.role IN $roles)
    AND ($otherKinds IS NULL OR m.kind IN $otherKinds)
} AS key
WHERE ($beforeKey IS NULL OR key < $beforeKey OR (key = $beforeKey AND n.id < $beforeId))
WITH n, key
ORDER BY key DESC, n.id DESC
LIMIT $limit
RETURN [k IN $props | n[k]] AS values, key
