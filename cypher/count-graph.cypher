// Node and relationship counts, for readiness and idempotence checks.
CALL () { MATCH (n:Entity) RETURN count(n) AS nodes }
CALL () { MATCH (:Entity)-[r]->(:Entity) RETURN count(r) AS relationships }
RETURN nodes, relationships
