#!/usr/bin/env bash
# Gephi outputs of the sample corpus, checked with outside tools: xmllint
# validates the GraphML and the GEXF (viz elements set aside, see
# tests/schemas/README.md) against the schema copies; networkx and igraph read
# the GraphML back (counts and every attribute value); the same for a view.
# Takes a few seconds.
set -euo pipefail
cd "$(dirname "$0")/../.."
bin=build/clusterkg
py=/usr/bin/python3
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

"$bin" build -o "$tmp/out" 2>"$tmp/build.log"
xmllint --nonet --noout --schema tests/schemas/graphml/graphml.xsd "$tmp/out/graph.graphml"
"$py" tests/export/strip_viz.py "$tmp/out/graph.gexf" >"$tmp/stripped.gexf"
xmllint --nonet --noout --schema tests/schemas/gexf/1.3/gexf.xsd "$tmp/stripped.gexf"
"$py" tests/export/graphml_roundtrip.py "$tmp/out/graph.graphml" "$tmp/out/graph.gexf" \
  --expect=广东省=Province:440000 --expect=惠州市=City:441300 --expect=南京市=City:320100 \
  --expect=新型储能=Sector --expect=广东新型储能产业集群=IndustrialCluster

"$bin" export --data "$tmp/out" --within 广东省 -o "$tmp/gd.graphml"
"$bin" export --data "$tmp/out" --within 广东省 -o "$tmp/gd.gexf"
xmllint --nonet --noout --schema tests/schemas/graphml/graphml.xsd "$tmp/gd.graphml"
"$py" tests/export/graphml_roundtrip.py "$tmp/gd.graphml" "$tmp/gd.gexf" --expect=广东省=Province:440000
echo "40-gephi: ok"
