#!/usr/bin/env bash
# Benchmark of the Gephi outputs on a synthetic build (bench/gephi_synth_nq.py):
# wall and CPU time and peak memory of `clusterkg export` (graph loader + GraphML/GEXF
# writers, with and without a view) and `clusterkg render` on a view.
# Usage: bench/gephi_export.sh [ARTICLES]   (default 20000; needs build/clusterkg)
set -euo pipefail
cd "$(dirname "$0")/.."
n=${1:-20000}
bin=build/clusterkg
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
/usr/bin/python3 bench/gephi_synth_nq.py "$n" "$tmp/graph.nq"
echo "load average before: $(cut -d" " -f1-3 /proc/loadavg)"
ls -l "$tmp/graph.nq" | awk '{printf "graph.nq: %.1f MB\n", $5/1e6}'
measure() {
  local label=$1
  shift
  /usr/bin/time -f "%e %U %S %M" -o "$tmp/time" "$@" 2>"$tmp/err" >/dev/null || { cat "$tmp/err"; exit 1; }
  printf '%-40s %s   %s\n' "$label" "$(awk '{printf "%6.2f s wall %6.2f s cpu %5.0f MiB", $1, $2 + $3, $4/1024}' "$tmp/time")" \
    "$(tail -1 "$tmp/err" | sed 's/.*: \([0-9]* nodes\)/\1/')"
}
measure "export graphml (whole graph)" "$bin" export --data "$tmp" -o "$tmp/g.graphml"
measure "export gexf (whole graph)" "$bin" export --data "$tmp" -o "$tmp/g.gexf"
measure "export gexf --within 广东省" "$bin" export --data "$tmp" --within 广东省 -o "$tmp/gd.gexf"
measure "export gexf --min-degree 3" "$bin" export --data "$tmp" --min-degree 3 -o "$tmp/k3.gexf"
measure "render png --within 浙江省 --types ..." "$bin" render --data "$tmp" --within 浙江省 --depth 0 \
  --types City,Province,IndustrialCluster -o "$tmp/zj.png"
ls -l "$tmp"/g.graphml "$tmp"/g.gexf | awk '{printf "%s: %.1f MB\n", $9, $5/1e6}' | sed "s|$tmp/||"
