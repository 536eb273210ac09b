// One page of one kind of node in name order, keyset-paged on (name, id).
MATCH (n:Entity)
WHERE n.kind = $kind
  AND ($afterName IS NULL OR n.name > $afterName OR (n.name = $afterName AND n.id > $afterId))
  AND ($level IS NULL OR n.level = $level)
  AND ($category IS NULL OR n.category = $category OR n.type = $category)
  AND ($nameContains IS NULL OR n.name CONTAINS $nameContains OR toLower(coalesce(n.nameEn, '')) CONTAINS toLower($nameContains))
  AND ($partOf IS NULL OR EXISTS { (:Entity {id: $partOf})-[:HAS_PART]->(n) })
  AND ($relatedTo IS NULL OR EXISTS { (n)--(:Entity {id: $relatedTo}) })
RETURN n {.*} AS node
ORDER BY n.name, n.id
LIMIT $limit
