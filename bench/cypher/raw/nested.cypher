// (a) The first 18 tasks with their action, platforms → operator, zones and technologies.
MATCH (t:Entity)
WHERE t.kind = 'Task' AND t.ord >= 0
WITH t ORDER BY t.ord, t.id LIMIT 18
RETURN t.id AS id, t.name AS name,
  COLLECT { MATCH (a:Action)-[:HAS_PART]->(t) RETURN a {.id, .name} }[0] AS action,
  COLLECT {
    MATCH (t)-[:SUPPORTS]->(p:Platform)
    RETURN p {.id, .name, operator: COLLECT { MATCH (p)-[:OPERATED_BY]->(o:Organization) RETURN o {.id, .name} }[0]}
  } AS platforms,
  COLLECT { MATCH (t)-[:DEVELOPS]->(z:Zone) RETURN z {.id, .name} } AS zones,
  COLLECT { MATCH (t)-[:MENTIONS]->(x:Technology) RETURN x {.id, .name} } AS technologies
