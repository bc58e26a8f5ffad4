#!/usr/bin/env bash
# `clusterkg serve` read by another SPARQL implementation: curl fetches one
# SELECT in every results format and one CONSTRUCT in every RDF syntax, checks
# the Content-Type of each, and rdflib parses them all (results JSON, XML,
# CSV, TSV; Turtle, N-Triples, RDF/XML), expecting the same rows and the same
# triples in every format. Takes a few seconds.
set -euo pipefail
cd "$(dirname "$0")/../.."
bin=build/clusterkg
tmp=$(mktemp -d)
pid=""
cleanup() {
  if [ -n "$pid" ]; then kill "$pid" 2>/dev/null || true; wait "$pid" 2>/dev/null || true; fi
  rm -rf "$tmp"
}
trap cleanup EXIT

"$bin" build -o "$tmp/out" 2>"$tmp/build.log"
"$bin" serve --data "$tmp/out" --port 0 --timeout-ms 120000 >"$tmp/serve.out" 2>"$tmp/serve.log" &
pid=$!
for _ in $(seq 100); do grep -qs "listening on" "$tmp/serve.out" && break; sleep 0.1; done
url="$(grep -o 'http://127.0.0.1:[0-9]*/' "$tmp/serve.out")sparql"

fetch() {  # fetch NAME ACCEPT EXPECTED-CONTENT-TYPE QUERY-FILE
  local ct
  ct=$(curl -fsS -o "$tmp/$1" -w '%{content_type}' -H "Accept: $2" --data-urlencode "query@$4" "$url")
  if [ "$ct" != "$3" ]; then
    echo "72-serve-clients: FAIL: Accept $2 gave Content-Type '$ct', expected '$3'" >&2
    exit 1
  fi
}
select=queries/fact_evidence.rq
cat >"$tmp/construct.rq" <<'Q'
PREFIX ckg: <https://w3id.org/clusterkg/ontology#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
CONSTRUCT { ?c rdfs:label ?n ; ckg:inSector ?s . ?s rdfs:label ?sn . }
WHERE { ?c a ckg:IndustrialCluster ; rdfs:label ?n ; ckg:inSector ?s . ?s rdfs:label ?sn . }
Q
fetch r.srj application/sparql-results+json application/sparql-results+json "$select"
fetch r.srx application/sparql-results+xml application/sparql-results+xml "$select"
fetch r.csv text/csv "text/csv; charset=utf-8" "$select"
fetch r.tsv text/tab-separated-values "text/tab-separated-values; charset=utf-8" "$select"
fetch g.ttl text/turtle "text/turtle; charset=utf-8" "$tmp/construct.rq"
fetch g.nt application/n-triples application/n-triples "$tmp/construct.rq"
fetch g.rdf application/rdf+xml application/rdf+xml "$tmp/construct.rq"
curl -fsS -H 'Accept: text/turtle' "$url" >"$tmp/sd.ttl"

/usr/bin/python3 - "$tmp" <<'PY'
import sys
from rdflib import Graph, URIRef
from rdflib.compare import isomorphic
from rdflib.query import Result

d = sys.argv[1]
rows = {}
for name, fmt in [("r.srj", "json"), ("r.srx", "xml"), ("r.csv", "csv"), ("r.tsv", "tsv")]:
    with open(f"{d}/{name}", "rb") as f:
        res = Result.parse(f, format=fmt)
    # CSV carries no types or languages: compare the values as text.
    rows[fmt] = sorted(tuple(str(b.get(v, "")) for v in res.vars) for b in res.bindings)
assert len(rows["json"]) > 0, "no rows"
for fmt in ("xml", "csv", "tsv"):
    assert rows[fmt] == rows["json"], f"{fmt} rows differ from json"
graphs = {fmt: Graph().parse(f"{d}/g.{ext}", format=fmt) for ext, fmt in [("ttl", "turtle"), ("nt", "nt"), ("rdf", "xml")]}
assert len(graphs["turtle"]) > 0, "empty CONSTRUCT"
for fmt in ("nt", "xml"):
    assert isomorphic(graphs[fmt], graphs["turtle"]), f"{fmt} graph differs from turtle"
assert any("产业集群" in str(o) for o in graphs["xml"].objects()), "Chinese labels lost"
sd = Graph().parse(f"{d}/sd.ttl", format="turtle")
SD = "http://www.w3.org/ns/sparql-service-description#"
assert any(True for _ in sd.triples((None, URIRef(SD + "endpoint"), None))), "no sd:endpoint"
print(f"72-serve-clients: rdflib read {len(rows['json'])} rows in 4 result formats and {len(graphs['turtle'])} triples in 3 RDF syntaxes, all equal")
PY
kill -TERM "$pid"
wait "$pid"
pid=""
echo "72-serve-clients: ok"
