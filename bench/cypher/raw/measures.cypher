// (b) The first 5 measures with their responsible units in list order: role and agency.
MATCH (m:Entity)
WHERE m.kind = 'Measure' AND m.ord >= 0
WITH m ORDER BY m.ord, m.id LIMIT 5
RETURN m.id AS id, m.name AS name,
  COLLECT {
    MATCH (m)-[r:RESPONSIBLE]->(a:Agency)
    WITH r, a ORDER BY r.position
    RETURN {role: r.role, agency: a {.id, .name, .nameEn}}
  } AS responsible
