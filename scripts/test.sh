#!/usr/bin/env bash
# Builds clusterkg and runs every test: the doctest suite and end-to-end CLI
# tests through ctest, then each step in tests/ci.d/ in order (sanitizers,
# fuzzing, Python round trips, HTTP and browser tests ...).
set -euo pipefail
cd "$(dirname "$0")/.."
jobs=$(nproc)
start=$(date +%s)
cmake -S . -B build -DCMAKE_BUILD_TYPE=Release "-DCMAKE_CXX_FLAGS_RELEASE=-O2 -DNDEBUG" -DCKG_TESTS=ON
cmake --build build -j"$jobs"
ctest --test-dir build --output-on-failure -j"$jobs"
for step in tests/ci.d/*.sh; do
  [ -e "$step" ] || continue
  echo "== $step ($(( $(date +%s) - start )) s so far)"
  bash "$step"
done
echo "== all tests passed in $(( $(date +%s) - start )) s"
