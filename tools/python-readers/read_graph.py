"""Reads a graph file with Debian's networkx or igraph and prints, as JSON, what the library holds.

Usage: /usr/bin/python3 read_graph.py <networkx-gexf|networkx-graphml|igraph-graphml> <file>

Prints {"nodeCount", "edgeCount", "nodes": [{"id", "attributes"}], "edges": [{"source", "target",
"attributes"}]}, where attributes are the values the library parsed (None, NaN and "", igraph's
fillers for a missing value, left out). Used by test/integration/export-readers.test.ts.
"""
import json
import math
import sys


def present(attributes):
    return {
        k: v for k, v in attributes.items()
        if v is not None and v != "" and not (isinstance(v, float) and math.isnan(v))
    }


def read_networkx(kind, path):
    import networkx as nx

    g = nx.read_gexf(path) if kind == "gexf" else nx.read_graphml(path)
    return {
        "nodeCount": g.number_of_nodes(),
        "edgeCount": g.number_of_edges(),
        "nodes": [{"id": n, "attributes": present(d)} for n, d in g.nodes(data=True)],
        "edges": [{"source": s, "target": t, "attributes": present(d)} for s, t, d in g.edges(data=True)],
    }


def read_igraph(path):
    import igraph

    g = igraph.Graph.Read_GraphML(path)
    return {
        "nodeCount": g.vcount(),
        "edgeCount": g.ecount(),
        "nodes": [{"id": v["id"], "attributes": present(v.attributes())} for v in g.vs],
        "edges": [
            {"source": g.vs[e.source]["id"], "target": g.vs[e.target]["id"], "attributes": present(e.attributes())}
            for e in g.es
        ],
    }


def main():
    reader, path = sys.argv[1], sys.argv[2]
    if reader == "networkx-gexf":
        out = read_networkx("gexf", path)
    elif reader == "networkx-graphml":
        out = read_networkx("graphml", path)
    elif reader == "igraph-graphml":
        out = read_igraph(path)
    else:
        raise SystemExit(f"unknown reader {reader}")
    json.dump(out, sys.stdout, ensure_ascii=False)


main()
