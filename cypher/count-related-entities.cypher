// totalCount of a list filtered by partOf or relatedTo, from that node (see list-related-entities-by-position).
MATCH (anchor:Entity {id: coalesce($partOf, $relatedTo)})
CALL (anchor) {
  MATCH (anchor)-[r]-(n:Entity:$($kind))
  WHERE ($partOf IS NULL OR (type(r) = 'HAS_PART' AND endNode(r) = n))
    AND ($partOf IS NULL OR $relatedTo IS NULL OR EXISTS { (n)--(:Entity {id: $relatedTo}) })
    AND ($levels IS NULL OR n.level IN $levels)
    AND ($category IS NULL OR n.category = $category OR n.type = $category)
    AND ($nameContains IS NULL OR n.name CONTAINS $nameContains OR toLower(coalesce(n.nameEn, '')) CONTAINS toLower($nameContains))
  RETURN DISTINCT n
}
RETURN count(n) AS total
