// A page of each node's evidence ($first quotes after $offset), in a stable order (by document, then
// place in its text), and how much evidence it has in all. The page is read in order from the index
// on (node, document, start, end), so it costs its $offset + $first entries however many documents
// name the node (every record has all four); the count reads the node's entries of the index on node.
UNWIND $ids AS id
CALL (id) {
  MATCH (v:Evidence) USING INDEX SEEK v:Evidence(node, document, start, end)
  WHERE v.node = id AND v.document IS NOT NULL AND v.start IS NOT NULL AND v.end IS NOT NULL
  // v.node leads the order although it is one value here: the planner takes the index's order only then.
  WITH v ORDER BY v.node, v.document, v.start, v.end
  SKIP $offset LIMIT $first
  RETURN collect(v {.document, .quote, .start, .end, .rawStart, .rawEnd}) AS page
}
CALL (id) {
  MATCH (v:Evidence) USING INDEX SEEK v:Evidence(node) WHERE v.node = id
  RETURN count(v) AS total
}
RETURN id, page, total
