// (c) A page of 5 tasks after the keyset cursor (ord, id), whether another page follows, and the total.
MATCH (t:Entity)
WHERE t.kind = 'Task' AND t.ord >= $afterOrd AND (t.ord > $afterOrd OR t.id > $afterId)
WITH t ORDER BY t.ord, t.id LIMIT 6
WITH collect(t {.id, .name, .ordinal}) AS rows
RETURN rows[0..5] AS nodes, size(rows) > 5 AS hasNextPage, COUNT { (:Task) } AS totalCount
