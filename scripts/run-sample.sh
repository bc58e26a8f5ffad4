#!/usr/bin/env bash
# Builds clusterkg and runs the main job on the bundled sample corpus:
# the graph lands in out/ (graph.ttl, graph.nq, graph.nt, graph.rdf, graph.graphml),
# then one analyst query runs on it.
set -euo pipefail
cd "$(dirname "$0")/.."
cmake -S . -B build -DCMAKE_BUILD_TYPE=Release "-DCMAKE_CXX_FLAGS_RELEASE=-O2 -DNDEBUG" -DCKG_TESTS=OFF >/dev/null
cmake --build build -j"$(nproc)" --target clusterkg
build/clusterkg build -o out
build/clusterkg query --data out queries/clusters_by_province.rq
