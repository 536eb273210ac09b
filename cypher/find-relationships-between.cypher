// The relationships between the given nodes (both ends among $ids), for whole-graph exports: it
// starts from those nodes by their id index rather than reading every relationship; bounded by $limit.
// The properties are [key, value] pairs of $relProps (every key when null) but $hidden.
MATCH (a:Entity)
WHERE a.id IN $ids
MATCH (a)-[r]->(b:Entity)
WHERE b.id IN $ids
RETURN {id: r.id, type: type(r), startId: a.id, endId: b.id, props: [k IN coalesce($relProps, keys(r)) WHERE NOT k IN $hidden | [k, r[k]]]} AS rel
ORDER BY r.id
LIMIT $limit
