// The most properties any node holds, and the longest list property any node holds (a scan of every
// node: the bench's check that no node grows with the number of documents naming it).
MATCH (n:Entity)
WITH n, [k IN keys(n) WHERE valueType(n[k]) STARTS WITH "LIST" | size(n[k])] AS lists
RETURN max(size(keys(n))) AS properties, max(reduce(m = 0, x IN lists | CASE WHEN x > m THEN x ELSE m END)) AS longestList
