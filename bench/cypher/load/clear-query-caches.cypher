// After the graph has grown: forget plans made for the smaller graph, so each size is planned afresh.
CALL db.clearQueryCaches() YIELD value
RETURN value
