// How many :Evidence records (one per quote naming a node) the graph holds.
MATCH (v:Evidence)
RETURN count(v) AS records
