// Every node carries the Entity label and a global id; MERGE and node(id) look it up here.
CREATE CONSTRAINT entity_id IF NOT EXISTS FOR (n:Entity) REQUIRE n.id IS UNIQUE
