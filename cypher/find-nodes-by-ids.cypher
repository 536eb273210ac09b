// Nodes by global id (unique-constraint seek), projected: one list of values per node, in the
// order of $props (the properties the request's selection reads). Missing ids are simply absent.
UNWIND $ids AS id
MATCH (n:Entity {id: id})
RETURN [k IN $props | n[k]] AS values
