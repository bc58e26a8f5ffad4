#!/usr/bin/env bash
# Regenerates exports/: the outputs of building the bundled sample corpus.
# The test "exports are up to date" fails when they are stale.
set -euo pipefail
cd "$(dirname "$0")/.."
cmake -S . -B build -DCMAKE_BUILD_TYPE=Release "-DCMAKE_CXX_FLAGS_RELEASE=-O2 -DNDEBUG" >/dev/null
cmake --build build -j"$(nproc)" --target clusterkg
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
build/clusterkg build -o "$tmp/out"
mkdir -p exports
for f in "$tmp"/out/graph.*; do
  ext=${f##*.}
  cp "$f" "exports/sample.$ext"
done
ls -l exports
