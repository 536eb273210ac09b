// totalCount of an unfiltered list: Neo4j answers count(n) of one static label from its count
// store in constant time, however large the graph (a dynamic label, or a property such as kind,
// would scan). One branch per label of the model (src/model/graph-model.ts NODE_LABELS); a unit test
// checks that the two lists agree.
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
RETURN total
