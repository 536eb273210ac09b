// One page of one kind of node in source order, read BACKWARD from the cursor `before` (for
// `last`/`before`): list-entities-by-position with every comparison and ORDER BY reversed, so the
// planner seeks the same index from the cursor and walks it in descending order, stopping after
// $limit rows. The caller reverses the page. The last page of the list (no cursor) passes
// $beforeOrd = 2^53 - 1 (greater than any ord) and $beforeId = "". One row: the page's values
// (last item first) and the kind's count-store total.
CALL () {
  MATCH (n:Entity)
  WHERE n.kind = $kind
    AND n.ord <= $beforeOrd
    AND ($levels IS NULL OR n.level IN $levels)
    AND ($category IS NULL OR n.category = $category OR n.type = $category)
    AND ($nameContains IS NULL OR n.name CONTAINS $nameContains OR toLower(coalesce(n.nameEn, '')) CONTAINS toLower($nameContains))
    AND ($partOf IS NULL OR EXISTS { (:Entity {id: $partOf})-[:HAS_PART]->(n) })
    AND ($relatedTo IS NULL OR EXISTS { (n)--(:Entity {id: $relatedTo}) })
  WITH n
  ORDER BY n.kind DESC, n.ord DESC, n.id DESC
  WITH n
  WHERE n.ord < $beforeOrd OR n.id < $beforeId
  WITH n
  ORDER BY n.kind DESC, n.ord DESC, n.id DESC
  LIMIT $limit
  RETURN collect([k IN $props | n[k]]) AS page
}
CALL () {
  CALL () {
    MATCH (n:PolicyDocument) WITH count(n) AS total RETURN 'PolicyDocument' AS kind, total
    UNION ALL
    MATCH (n:Agency) WITH count(n) AS total RETURN 'Agency' AS kind, total
    UNION ALL
    MATCH (n:Organization) WITH count(n) AS total RETURN 'Organization' AS kind, total
    UNION ALL
    MATCH (n:Platform) WITH count(n) AS total RETURN 'Platform' AS kind, total
    UNION ALL
    MATCH (n:Zone) WITH count(n) AS total RETURN 'Zone' AS kind, total
    UNION ALL
    MATCH (n:Target) WITH count(n) AS total RETURN 'Target' AS kind, total
    UNION ALL
    MATCH (n:Action) WITH count(n) AS total RETURN 'Action' AS kind, total
    UNION ALL
    MATCH (n:Task) WITH count(n) AS total RETURN 'Task' AS kind, total
    UNION ALL
    MATCH (n:Measure) WITH count(n) AS total RETURN 'Measure' AS kind, total
    UNION ALL
    MATCH (n:Technology) WITH count(n) AS total RETURN 'Technology' AS kind, total
    UNION ALL
    MATCH (n:Domain) WITH count(n) AS total RETURN 'Domain' AS kind, total
  }
  WITH kind, total WHERE kind = $kind
  RETURN sum(total) AS total
}
RETURN page, total
