// A page of each node's evidence ($first quotes after $offset), in a stable order (by document, then
// place in its text), and how much evidence it has in all: an index seek on :Evidence(node) per id.
// A node named by thousands of documents costs its page (a top-k sort), plus a count of its index entries.
UNWIND $ids AS id
CALL (id) {
  MATCH (v:Evidence) USING INDEX SEEK v:Evidence(node) WHERE v.node = id
  WITH v ORDER BY v.document, v.start, v.end
  SKIP $offset LIMIT $first
  RETURN collect(v {.document, .quote, .start, .end, .rawStart, .rawEnd}) AS page
}
CALL (id) {
  MATCH (v:Evidence) USING INDEX SEEK v:Evidence(node) WHERE v.node = id
  RETURN count(v) AS total
}
RETURN id, page, total
