// Creates the :Evidence records (one per quote) of one batch of generated nodes, as the loader stores node evidence.
UNWIND $evidence AS q
CREATE (v:Evidence)
SET v = q
RETURN count(v) AS created
