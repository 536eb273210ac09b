// A node's evidence (one :Evidence record per quote, joined by the node's id): read a page of it, count it.
CREATE INDEX evidence_node IF NOT EXISTS FOR (v:Evidence) ON (v.node)
