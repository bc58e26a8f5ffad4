#!/usr/bin/python3
"""Reads a clusterkg GraphML back with networkx and igraph and checks that
both see the same nodes, edges and attribute values as a plain XML parse of
the file, and that the values make sense (colours, map points, weights).
With a GEXF file as second argument, checks that it holds the same graph.

Usage: graphml_roundtrip.py GRAPH.graphml [GRAPH.gexf] [--expect=NAME=TYPE[:CODE] ...]
Exits non-zero on the first failed check."""
import math
import sys
import xml.etree.ElementTree as ET

import igraph
import networkx as nx

G_NS = "{http://graphml.graphdrawing.org/xmlns}"
X_NS = "{http://gexf.net/1.3}"
CASTS = {"string": str, "int": int, "long": int, "double": float, "float": float,
         "boolean": lambda s: s.lower() in ("true", "1")}
TYPES = {"Province", "City", "District", "Region", "Zone", "Company", "Fund", "Sector",
         "IndustrialCluster", "GovernmentBody", "Institution", "Policy", "Event", "Project",
         "Person", "MonetaryAmount"}
RELATIONS = {"locatedIn", "partOf", "inSector", "targetScale", "currentScale", "investment",
             "memberOf", "foundedBy", "issuedBy", "heldIn"}


def fail(msg):
    print("graphml_roundtrip: FAIL: " + msg, file=sys.stderr)
    sys.exit(1)


def check(cond, msg):
    if not cond:
        fail(msg)


def plain_parse(path):
    """The file as the reference: {id: {name: typed value}} for nodes and edges."""
    root = ET.parse(path).getroot()
    keys = {}
    for k in root.findall(G_NS + "key"):
        check(k.get("for") in ("node", "edge"), "key %s for=%s" % (k.get("id"), k.get("for")))
        check(k.get("attr.type") in CASTS, "key %s type %s" % (k.get("id"), k.get("attr.type")))
        keys[k.get("id")] = (k.get("for"), k.get("attr.name"), CASTS[k.get("attr.type")])
    graph = root.find(G_NS + "graph")
    check(graph.get("edgedefault") == "directed", "edgedefault")
    nodes, edges = {}, {}
    for n in graph.findall(G_NS + "node"):
        nodes[n.get("id")] = {keys[d.get("key")][1]: keys[d.get("key")][2](d.text or "") for d in n.findall(G_NS + "data")}
    for e in graph.findall(G_NS + "edge"):
        attrs = {keys[d.get("key")][1]: keys[d.get("key")][2](d.text or "") for d in e.findall(G_NS + "data")}
        edges[e.get("id")] = (e.get("source"), e.get("target"), attrs)
    node_keys = sorted(name for f, name, _ in keys.values() if f == "node")
    edge_keys = sorted(name for f, name, _ in keys.values() if f == "edge")
    return nodes, edges, node_keys, edge_keys


def same(a, b):
    if isinstance(a, float) or isinstance(b, float):
        return float(a) == float(b)
    return a == b


def main(argv):
    files = [a for a in argv if not a.startswith("--")]
    path = files[0]
    nodes, edges, node_keys, edge_keys = plain_parse(path)
    check(len(nodes) > 0, "no nodes")

    # networkx
    G = nx.read_graphml(path)
    check(G.is_directed(), "networkx: not directed")
    check(G.number_of_nodes() == len(nodes), "networkx nodes %d != %d" % (G.number_of_nodes(), len(nodes)))
    check(G.number_of_edges() == len(edges), "networkx edges %d != %d" % (G.number_of_edges(), len(edges)))
    values = 0
    for nid, attrs in nodes.items():
        got = G.nodes[nid]
        check(set(got) == set(attrs), "networkx node %s keys %s != %s" % (nid, sorted(got), sorted(attrs)))
        for k, v in attrs.items():
            check(same(got[k], v), "networkx node %s %s: %r != %r" % (nid, k, got[k], v))
            values += 1
    multi = G.is_multigraph()
    for eid, (s, t, attrs) in edges.items():
        if multi:
            got = G.edges[s, t, eid]
        else:
            got = G.edges[s, t]
        for k, v in attrs.items():
            check(same(got[k], v), "networkx edge %s %s: %r != %r" % (eid, k, got[k], v))
            values += 1
    print("networkx %s: %d nodes, %d edges, %d values match (%s)" % (
        nx.__version__, G.number_of_nodes(), G.number_of_edges(), values, type(G).__name__))

    # igraph: numeric gaps come back as NaN, string gaps as "".
    g = igraph.Graph.Read_GraphML(path)
    check(g.is_directed(), "igraph: not directed")
    check(g.vcount() == len(nodes) and g.ecount() == len(edges), "igraph counts %d/%d" % (g.vcount(), g.ecount()))
    check(sorted(a for a in g.vs.attributes() if a != "id") == node_keys, "igraph node attributes %s" % g.vs.attributes())
    check(sorted(a for a in g.es.attributes() if a != "id") == edge_keys, "igraph edge attributes %s" % g.es.attributes())
    values = 0
    for v in g.vs:
        attrs = nodes[v["id"]]
        for k in node_keys:
            got = v[k]
            if k in attrs:
                check(same(got, attrs[k]), "igraph node %s %s: %r != %r" % (v["id"], k, got, attrs[k]))
            else:
                check(got == "" or (isinstance(got, float) and math.isnan(got)), "igraph node %s %s gap: %r" % (v["id"], k, got))
            values += 1
    ids = g.vs["id"]
    for e in g.es:
        s, t, attrs = edges[e["id"]]
        check((ids[e.source], ids[e.target]) == (s, t), "igraph edge %s ends" % e["id"])
        for k, val in attrs.items():
            check(same(e[k], val), "igraph edge %s %s: %r != %r" % (e["id"], k, e[k], val))
            values += 1
    print("igraph %s: %d nodes, %d edges, %d values match" % (igraph.__version__, g.vcount(), g.ecount(), values))

    # What the values mean.
    for nid, a in nodes.items():
        for k in ("label", "type", "iri", "r", "g", "b", "size", "x", "y", "full_name", "degree"):
            check(k in a, "node %s has no %s" % (nid, k))
        check(a["type"] in TYPES, "node %s type %s" % (nid, a["type"]))
        check(all(0 <= a[c] <= 255 for c in "rgb"), "node %s colour" % nid)
        check(a["size"] > 0, "node %s size" % nid)
        check(("latitude" in a) == ("longitude" in a), "node %s has half a point" % nid)
        if "latitude" in a:
            check(15 < a["latitude"] < 55 and 70 < a["longitude"] < 140, "node %s point %r,%r outside China" % (nid, a["latitude"], a["longitude"]))
    for eid, (s, t, a) in edges.items():
        check(a["label"] in RELATIONS and a["relation"] == a["label"], "edge %s relation %s" % (eid, a.get("label")))
        check(a["weight"] >= 1 and a["weight"] == max(1, a["articles"]), "edge %s weight" % eid)
    by_name = {}
    for nid, a in nodes.items():
        by_name.setdefault(a["full_name"], []).append(a)
    for spec in argv:
        if not spec.startswith("--expect="):
            continue
        name, rest = spec[len("--expect="):].split("=", 1)
        typ, _, code = rest.partition(":")
        found = [a for a in by_name.get(name, []) if a["type"] == typ]
        check(len(found) == 1, "expected one %s %s, found %d" % (typ, name, len(found)))
        if code:
            check(found[0].get("code") == code, "%s code %r" % (name, found[0].get("code")))
            check("latitude" in found[0], "%s has no point" % name)
    print("values check: %d nodes, %d edges; %d expectations" % (len(nodes), len(edges),
          sum(1 for a in argv if a.startswith("--expect="))))

    # The GEXF holds the same graph.
    if len(files) > 1:
        root = ET.parse(files[1]).getroot()
        check(root.tag == X_NS + "gexf" and root.get("version") == "1.3", "GEXF root")
        gx = root.find(X_NS + "graph")
        gnodes = {n.get("id"): n for n in gx.iter(X_NS + "node")}
        gedges = list(gx.iter(X_NS + "edge"))
        check(set(gnodes) == set(nodes), "GEXF node ids differ from GraphML")
        check(len(gedges) == len(edges), "GEXF edges %d != %d" % (len(gedges), len(edges)))
        for nid, n in gnodes.items():
            check(n.get("label") == nodes[nid]["label"], "GEXF label of %s" % nid)
        spells = sum(1 for _ in gx.iter(X_NS + "spell"))
        print("gexf: %d nodes, %d edges, %d spells, timeformat=%s" % (len(gnodes), len(gedges), spells, gx.get("timeformat")))


if __name__ == "__main__":
    main(sys.argv[1:])
