// A page of one kind of node filtered by partOf or relatedTo (see list-related-entities-by-position),
// read BACKWARD from the cursor `before` (for `last`/`before`): the same walk from the anchor, with
// the comparison and the order reversed. The caller reverses the page.
MATCH (anchor:Entity {id: coalesce($partOf, $relatedTo)})
CALL (anchor) {
  MATCH (anchor)-[r]-(n:Entity:$($kind))
  WHERE ($partOf IS NULL OR (type(r) = 'HAS_PART' AND endNode(r) = n))
    AND ($partOf IS NULL OR $relatedTo IS NULL OR EXISTS { (n)--(:Entity {id: $relatedTo}) })
    AND (n.ord < $beforeOrd OR (n.ord = $beforeOrd AND n.id < $beforeId))
    AND ($levels IS NULL OR n.level IN $levels)
    AND ($category IS NULL OR n.category = $category OR n.type = $category)
    AND ($nameContains IS NULL OR n.name CONTAINS $nameContains OR toLower(coalesce(n.nameEn, '')) CONTAINS toLower($nameContains))
  RETURN DISTINCT n
}
WITH n
ORDER BY n.ord DESC, n.id DESC
LIMIT $limit
RETURN [k IN $props | n[k]] AS values
