// The counts of one level of a query (`degree`, `responsibleCount` for every node of a page) in one
// statement. Each group is one count: relationship types, direction (OUT, IN or BOTH), roles of
// the relationship and kinds of the node at the other end (null keeps all), with the ids of the
// nodes to count for. A row names its group and node by position (g, i).
UNWIND $groups AS g
UNWIND range(0, size(g.ids) - 1) AS i
MATCH (a:Entity {id: g.ids[i]})
RETURN g.index AS g, i, COUNT {
  MATCH (a)-[r]-(m:Entity)
  WHERE (g.types IS NULL OR type(r) IN g.types)
    AND (g.direction = 'BOTH' OR (g.direction = 'OUT') = (startNode(r) = a))
    AND (g.roles IS NULL OR r.role IN g.roles)
    AND (g.otherKinds IS NULL OR m.kind IN g.otherKinds)
} AS count
