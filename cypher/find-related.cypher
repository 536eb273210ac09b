// One level of a query: every relationship field of every parent node at once. Each group is one
// (type, direction, kind of the other end, roles of the relationship, levels of the other end;
// null filters keep all) with the parents' ids and the properties to project of
// the relationships and of the nodes at their other end (both lists of values, in $groups' order).
// A row names its group and parent by position (g, i), which is all the caller needs.
// Rows of a parent come in the order a client expects: list position or ordinal, then source order.
UNWIND $groups AS g
UNWIND range(0, size(g.ids) - 1) AS i
MATCH (a:Entity {id: g.ids[i]})
CALL (a, g) {
  MATCH (a)-[r]->(b:Entity)
  WHERE g.out AND type(r) = g.type AND (g.kind IS NULL OR b.kind = g.kind)
    AND (g.roles IS NULL OR r.role IN g.roles) AND (g.levels IS NULL OR b.level IN g.levels)
  RETURN r, b, coalesce(r.position, r.ordinal, -1) AS rank
  UNION ALL
  MATCH (a)<-[r]-(b:Entity)
  WHERE NOT g.out AND type(r) = g.type AND (g.kind IS NULL OR b.kind = g.kind)
    AND (g.roles IS NULL OR r.role IN g.roles) AND (g.levels IS NULL OR b.level IN g.levels)
  RETURN r, b, -1 AS rank
}
WITH g, i, r, b, rank
ORDER BY g.index, i, rank, b.ord, b.id
RETURN g.index AS g, i, [k IN g.relProps | r[k]] AS rel, [k IN g.nodeProps | b[k]] AS node
