// Not a workload: the keyset cursor (ord, id) of the task at position $index (0-based), for paging.
MATCH (t:Entity)
WHERE t.kind = 'Task' AND t.ord >= 0
WITH t ORDER BY t.ord, t.id SKIP $index LIMIT 1
RETURN t.ord AS ord, t.id AS id
