#!/usr/bin/env bash
# Kill test: SIGKILLs `clusterkg build` at random moments (40 times) while it
# rewrites an output folder, alternating between two different input sets,
# and checks after every kill that the folder holds exactly one complete set:
# the six files of the previous build or the six of the new one (compared by
# checksum with reference builds), never a mix or a torn file. Takes about
# 30 builds' time (~1 min on 2 cores).
set -euo pipefail
cd "$(dirname "$0")/../.."
BIN=$(realpath "${CKG_BIN:-build/clusterkg}")
KILLS=${CKG_KILLS:-40}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
files=(graph.ttl graph.nt graph.nq graph.rdf graph.graphml graph.gexf)

# Two input sets: the bundled sample corpus, and all but two of its files.
mkdir -p "$work/in-b"
mapfile -t sample < <(find data/sample -type f ! -name README.md | sort)
for f in "${sample[@]:2}"; do cp "$f" "$work/in-b/"; done
args_a=()
args_b=("$work/in-b")

sums() { (cd "$1" && sha256sum "${files[@]}" 2>/dev/null | sort); }
"$BIN" build "${args_a[@]}" -o "$work/ref-a" 2>/dev/null
"$BIN" build "${args_b[@]}" -o "$work/ref-b" 2>/dev/null
ref_a=$(sums "$work/ref-a")
ref_b=$(sums "$work/ref-b")
[[ "$ref_a" != "$ref_b" ]] || { echo "kill test: the two input sets give the same output"; exit 1; }
# Builds are deterministic, so checksums identify a complete set.
"$BIN" build "${args_a[@]}" -o "$work/ref-a2" 2>/dev/null
[[ "$(sums "$work/ref-a2")" == "$ref_a" ]] || { echo "kill test: the build is not deterministic"; exit 1; }

# How long one build of each set takes (ms), to spread the kills over it.
span_of() {
  local t0
  t0=$(date +%s%N)
  "$BIN" build "$@" -o "$work/timing" 2>/dev/null
  echo $(( ($(date +%s%N) - t0) / 1000000 ))
}
span_a=$(span_of "${args_a[@]}")
span_b=$(span_of "${args_b[@]}")
echo "kill test: one build takes ${span_a} ms (set a) and ${span_b} ms (set b); killing $KILLS builds at random moments"

out=$work/out
cp -r "$work/ref-a" "$out"
current=a
killed_running=0; old_kept=0; new_seen=0
RANDOM=4242
for ((i = 1; i <= KILLS; i++)); do
  if [[ $current == a ]]; then next=b; args=("${args_b[@]}"); span=$span_b; else next=a; args=("${args_a[@]}"); span=$span_a; fi
  # Anywhere from the start to a little after the end of a build.
  delay_ms=$(( RANDOM % (span + span / 3 + 1) ))
  "$BIN" build "${args[@]}" -o "$out" 2>/dev/null &
  pid=$!
  sleep "$(awk -v ms="$delay_ms" 'BEGIN { printf "%.3f", ms / 1000 }')"
  if kill -0 "$pid" 2>/dev/null; then killed_running=$((killed_running + 1)); fi
  kill -KILL "$pid" 2>/dev/null || true
  wait "$pid" 2>/dev/null || true
  got=$(sums "$out")
  if [[ "$got" == "$ref_a" ]]; then now=a; elif [[ "$got" == "$ref_b" ]]; then now=b; else
    echo "kill test: after kill $i (at ${delay_ms} ms) the output folder is not a complete set:"
    ls -la "$out"; diff <(echo "$got") <(echo "$( [[ $next == a ]] && echo "$ref_a" || echo "$ref_b")") || true
    exit 1
  fi
  if [[ $now == "$current" ]]; then old_kept=$((old_kept + 1)); else new_seen=$((new_seen + 1)); fi
  current=$now
done
# The next complete build cleans up what the kills left beside the folder.
"$BIN" build "${args_a[@]}" -o "$out" 2>/dev/null
[[ "$(sums "$out")" == "$ref_a" ]] || { echo "kill test: the build after the kills is wrong"; exit 1; }
left=$(find "$work" -maxdepth 1 -name '.out.*' | wc -l)
# Both outcomes must have happened, or the kills missed the interesting part.
((old_kept > 0 && new_seen > 0)) || { echo "kill test: kills gave only one outcome ($old_kept old, $new_seen new)"; exit 1; }
[[ $left == 0 ]] || { echo "kill test: $left leftover staging folders beside the output"; exit 1; }
echo "kill test: $KILLS kills ($killed_running while running): $old_kept left the previous set, $new_seen the new one; never a mix"
