"""Reads an RDF file with rdflib (Debian's python3-rdflib), as a Python researcher would, and prints
{"triples": N, "classes": {class IRI: subjects}} as JSON. Usage: rdflib-read.py FILE FORMAT."""
import json
import sys

from rdflib import Graph, RDF

graph = Graph()
graph.parse(sys.argv[1], format=sys.argv[2])
classes = {}
for _, _, cls in graph.triples((None, RDF.type, None)):
    classes[str(cls)] = classes.get(str(cls), 0) + 1
print(json.dumps({"triples": len(graph), "classes": classes}))
