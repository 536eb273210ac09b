// A node's evidence in page order (by document, then place in its text): a page of a node named by
// thousands of documents reads its own quotes from the index in order, not all of them to sort.
CREATE INDEX evidence_node_order IF NOT EXISTS FOR (v:Evidence) ON (v.node, v.document, v.start, v.end)
