// Nodes by global id, for node(id) and the node DataLoader. Missing ids are simply absent.
UNWIND $ids AS id
MATCH (n:Entity {id: id})
RETURN n {.*} AS node
