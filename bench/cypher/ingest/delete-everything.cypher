// Empties the bench's database after the warm-up corpus (nodes, relationships and evidence records);
// the JVM, the JIT and the plan cache stay warm.
MATCH (n)
DETACH DELETE n
RETURN count(*) AS deleted
