// Upserts the nodes of one batch of extractions. Their evidence is not stored here but as :Evidence
// records (replace-evidence.cypher), so a node named by thousands of documents stays one small node.
UNWIND $nodes AS n
MERGE (e:Entity {id: n.id})
SET e:$(n.label)
SET e += n.props
RETURN count(e) AS merged
