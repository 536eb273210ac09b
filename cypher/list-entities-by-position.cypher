// One page of one kind of node in source order, keyset-paged on (ord, id), projected to $props.
// Written so that the planner seeks the entity_kind_ord index from the cursor, in index order, and stops
// after $limit rows (PartialSort, not Sort): a page after the 10,000th item costs what page 1 costs.
// - the seek is the range n.ord >= cursor; the tie-break on id is applied after the ordering,
//   because inside the MATCH's WHERE an OR is planned as a union of two seeks read to the end;
// - ORDER BY starts with n.kind, the index's first property, so the index provides the order.
// It also returns the kind's total from Neo4j's count store (as count-entities-of-kind does), so
// a page with an unfiltered totalCount is one statement. One row: the page's values in order.
// The first page passes $afterOrd = -1 and $afterId = "".
CALL () {
  MATCH (n:Entity)
  WHERE n.kind = $kind
    AND n.ord >= $afterOrd
    AND ($levels IS NULL OR n.level IN $levels)
    AND ($category IS NULL OR n.category = $category OR n.type = $category)
    AND ($nameContains IS NULL OR n.name CONTAINS $nameContains OR toLower(coalesce(n.nameEn, '')) CONTAINS toLower($nameContains))
    AND ($partOf IS NULL OR EXISTS { (:Entity {id: $partOf})-[:HAS_PART]->(n) })
    AND ($relatedTo IS NULL OR EXISTS { (n)--(:Entity {id: $relatedTo}) })
  WITH n
  ORDER BY n.kind, n.ord, n.id
  WITH n
  WHERE n.ord > $afterOrd OR n.id > $afterId
  WITH n
  ORDER BY n.kind, n.ord, n.id
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
