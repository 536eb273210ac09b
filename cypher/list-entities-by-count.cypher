// One page of one kind of node ranked by a count of its relationships (`rankBy`), keyset-paged on
// (key, id) with key = $sign × count ($sign = -1 ranks the largest count first, 1 the smallest),
// so a page is always the rows after the cursor's (key, id), whichever way the ranking goes; ties
// are broken by id. Counts are not stored, so this statement counts every node of the kind that
// passes the filters (through the kind index, then each node's relationships) before it sorts:
// a page costs the size of the filtered kind, not of the page. The count is the one
// count-relationships makes for `degree`. The first page passes $afterKey = null.
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
WHERE ($afterKey IS NULL OR key > $afterKey OR (key = $afterKey AND n.id > $afterId))
WITH n, key
ORDER BY key, n.id
LIMIT $limit
RETURN [k IN $props | n[k]] AS values, key
