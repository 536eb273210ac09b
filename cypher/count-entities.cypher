// totalCount of a list query: the same filters, no paging.
MATCH (n:Entity)
WHERE n.kind = $kind
  AND ($levels IS NULL OR n.level IN $levels)
  AND ($category IS NULL OR n.category = $category OR n.type = $category)
  AND ($nameContains IS NULL OR n.name CONTAINS $nameContains OR toLower(coalesce(n.nameEn, '')) CONTAINS toLower($nameContains))
  AND ($partOf IS NULL OR EXISTS { (:Entity {id: $partOf})-[:HAS_PART]->(n) })
  AND ($relatedTo IS NULL OR EXISTS { (n)--(:Entity {id: $relatedTo}) })
RETURN count(n) AS total
