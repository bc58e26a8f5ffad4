#!/usr/bin/python3
"""Writes a synthetic graph.nq shaped like a clusterkg build (one named graph
per article: article, places from the bundled gazetteer, a cluster with a
sector and a dated target, member companies, facts with assertions, the
within closure) for benchmarking export/render/the graph loader at scale.
Invented names only. Usage: gephi_synth_nq.py ARTICLES OUT.nq [SEED]"""
import csv
import os
import random
import sys

D = "https://w3id.org/clusterkg/id/"
O = "https://w3id.org/clusterkg/ontology#"
RDF = "http://www.w3.org/1999/02/22-rdf-syntax-ns#"
RDFS = "http://www.w3.org/2000/01/rdf-schema#"
XSD = "http://www.w3.org/2001/XMLSchema#"
GEO = "http://www.w3.org/2003/01/geo/wgs84_pos#"


def main():
    articles, out_path = int(sys.argv[1]), sys.argv[2]
    rnd = random.Random(int(sys.argv[3]) if len(sys.argv) > 3 else 1)
    cities, provinces = [], {}
    with open(os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "data", "places", "china_admin_divisions.csv"), encoding="utf-8") as f:
        for row in csv.DictReader(f):
            if row["level"] == "province":
                provinces[row["code"]] = row
            elif row["level"] == "city" and row["lat"]:
                cities.append(row)
    n_clusters, n_companies, n_sectors = max(10, articles // 3), max(30, articles * 2), 60
    out = open(out_path, "w", encoding="utf-8")
    quads = 0

    def q(s, p, o, g):
        nonlocal quads
        out.write("<%s> <%s> %s <%s> .\n" % (s, p, o, g))
        quads += 1

    def iri(x):
        return "<%s>" % x

    def lit(v, dt=None, lang=None):
        v = v.replace("\\", "\\\\").replace('"', '\\"')
        return '"%s"' % v + ("^^<%s>" % dt if dt else "") + ("@" + lang if lang else "")

    for a in range(articles):
        art = D + "article/syn%06d" % a
        date = "%04d-%02d-%02d" % (2023 + a % 3, 1 + a % 12, 1 + a % 28)
        q(art, RDF + "type", iri(O + "Article"), art)
        q(art, "https://schema.org/datePublished", lit(date, XSD + "date"), art)
        city = rnd.choice(cities)
        prov = provinces.get(city["parent_code"])
        c = D + "city/" + city["code"]
        nodes = [(c, "City", city["name"], city)]
        if prov:
            nodes.append((D + "province/" + prov["code"], "Province", prov["name"], prov))
        k = rnd.randrange(n_clusters)
        cl = D + "cluster/合成产业集群%d" % k
        sec = D + "sector/合成产业%d" % (k % n_sectors)
        nodes += [(cl, "IndustrialCluster", "合成产业集群%d" % k, None), (sec, "Sector", "合成产业%d" % (k % n_sectors), None)]
        members = [D + "company/合成企业%d" % rnd.randrange(n_companies) for _ in range(3)]
        nodes += [(m, "Company", m.rsplit("/", 1)[1], None) for m in members]
        for s, t, label, place in nodes:
            q(s, RDF + "type", iri(O + t), art)
            q(s, RDFS + "label", lit(label, lang="zh"), art)
            q(s, O + "mentionedIn", iri(art), art)
            if place:
                q(s, O + "adminCode", lit(place["code"]), art)
                q(s, GEO + "lat", lit("%.6f" % float(place["lat"]), XSD + "decimal"), art)
                q(s, GEO + "long", lit("%.6f" % float(place["lng"]), XSD + "decimal"), art)
        year = 2026 + k % 5
        amt = D + "amount/syn%d_%d" % (k, year)
        q(amt, RDF + "type", iri(O + "MonetaryAmount"), art)
        q(amt, RDFS + "label", lit("%d亿元（%d年）" % (100 + k % 900, year), lang="zh"), art)
        q(amt, O + "amount", lit("%d0000000000.0" % (1 + k % 90), XSD + "decimal"), art)
        q(amt, O + "year", lit(str(year), XSD + "gYear"), art)
        facts = [(cl, "locatedIn", c), (cl, "inSector", sec), (cl, "targetScale", amt)]
        facts += [(m, "memberOf", cl) for m in members]
        if prov:
            facts.append((c, "partOf", nodes[1][0]))
        for i, (s, p, o) in enumerate(facts):
            q(s, O + p, iri(o), art)
            asr = D + "assertion/syn%d_%d" % (a, i)
            q(asr, RDF + "type", iri(O + "Assertion"), art)
            q(asr, RDF + "subject", iri(s), art)
            q(asr, RDF + "predicate", iri(O + p), art)
            q(asr, RDF + "object", iri(o), art)
            q(asr, O + "rule", lit("synthetic"), art)
            q(asr, O + "confidence", lit("0.90", XSD + "decimal"), art)
        within = [(cl, c), (c, nodes[1][0])] + ([(cl, nodes[1][0])] if prov else [])
        for s, o in within:
            q(s, O + "within", iri(o), art)
    out.close()
    print("gephi_synth_nq: %d articles, %d quads -> %s" % (articles, quads, out_path), file=sys.stderr)


if __name__ == "__main__":
    main()
