// (d) One task by id with its action and the action's document.
MATCH (t:Entity {id: $id})
RETURN t {.id, .name, .ordinal,
  action: COLLECT {
    MATCH (a:Action)-[:HAS_PART]->(t)
    RETURN a {.id, .name, document: COLLECT { MATCH (d:PolicyDocument)-[:HAS_PART]->(a) RETURN d {.id, .name} }[0]}
  }[0]} AS task
