#!/usr/bin/env bash
# Load test of `clusterkg serve` on 127.0.0.1: wrk, 2 threads, 8 connections,
# 10 s, on a canned SELECT over the sample graph (every request forks a query
# worker). Fails on any socket error or non-2xx response; prints requests/s
# and the latency percentiles. Takes about 12 s.
set -euo pipefail
cd "$(dirname "$0")/../.."
bin=build/clusterkg
duration=${CKG_LOAD_SECONDS:-10}
tmp=$(mktemp -d)
pid=""
cleanup() {
  if [ -n "$pid" ]; then kill "$pid" 2>/dev/null || true; wait "$pid" 2>/dev/null || true; fi
  rm -rf "$tmp"
}
trap cleanup EXIT

"$bin" build -o "$tmp/out" 2>"$tmp/build.log"
"$bin" serve --data "$tmp/out" --port 0 >"$tmp/serve.out" 2>"$tmp/serve.log" &
pid=$!
for _ in $(seq 100); do grep -qs "listening on" "$tmp/serve.out" && break; sleep 0.1; done
url=$(grep -o 'http://127.0.0.1:[0-9]*/' "$tmp/serve.out")
# Clusters and their member counts (queries/companies_per_cluster.rq, inlined).
query='PREFIX ckg: <https://w3id.org/clusterkg/ontology#> PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#> SELECT ?cluster (COUNT(DISTINCT ?m) AS ?members) WHERE { ?c a ckg:IndustrialCluster ; rdfs:label ?cluster . ?m ckg:memberOf ?c . } GROUP BY ?cluster ORDER BY DESC(?members) ?cluster'
enc=$(/usr/bin/python3 -c 'import sys, urllib.parse; print(urllib.parse.quote(sys.argv[1], safe=""))' "$query")
target="${url}sparql?query=$enc"
curl -fsS -H 'Accept: application/sparql-results+json' "$target" | grep -q '"members"'
wrk -t2 -c8 -d"${duration}s" --latency -H 'Accept: application/sparql-results+json' "$target" | tee "$tmp/wrk.txt"
kill -TERM "$pid"
wait "$pid"
pid=""
if grep -qE 'Non-2xx or 3xx responses|Socket errors' "$tmp/wrk.txt"; then
  echo "71-serve-load: FAIL: errors under load (see above)" >&2
  exit 1
fi
rps=$(awk '/Requests\/sec/ {print $2}' "$tmp/wrk.txt")
p50=$(awk '$1 == "50%" {print $2}' "$tmp/wrk.txt")
p99=$(awk '$1 == "99%" {print $2}' "$tmp/wrk.txt")
total=$(awk '/requests in/ {print $1}' "$tmp/wrk.txt")
echo "71-serve-load: ok: $total requests in ${duration}s, $rps requests/s, p50 $p50, p99 $p99, no errors"
