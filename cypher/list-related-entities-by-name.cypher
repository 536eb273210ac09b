// A page of one kind of node in name order, as list-entities-by-name, when the list is
// filtered by partOf or relatedTo: it starts from that node and walks its relationships, so it
// costs that node's degree, not the number of nodes of the kind (which an index walk checking
// each one would). partOf wins as the anchor when both are given; relatedTo is then checked.
// The kind is matched as the node's label (every node has its kind as a label): a label is checked
// on the nodes the walk reaches, where `n.kind = $kind` would tempt the planner into the kind index.
MATCH (anchor:Entity {id: coalesce($partOf, $relatedTo)})
CALL (anchor) {
  MATCH (anchor)-[r]-(n:Entity:$($kind))
  WHERE ($partOf IS NULL OR (type(r) = 'HAS_PART' AND endNode(r) = n))
    AND ($partOf IS NULL OR $relatedTo IS NULL OR EXISTS { (n)--(:Entity {id: $relatedTo}) })
    AND (n.name > $afterName OR (n.name = $afterName AND n.id > $afterId))
    AND ($levels IS NULL OR n.level IN $levels)
    AND ($category IS NULL OR n.category = $category OR n.type = $category)
    AND ($nameContains IS NULL OR n.name CONTAINS $nameContains OR toLower(coalesce(n.nameEn, '')) CONTAINS toLower($nameContains))
  RETURN DISTINCT n
}
WITH n
ORDER BY n.name, n.id
LIMIT $limit
RETURN [k IN $props | n[k]] AS values
