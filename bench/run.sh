#!/usr/bin/env bash
# Benchmark harness for clusterkg (not a test; not run by CI).
#
#   bench/run.sh [SIZE_MB ...]        default: 10 100
#
# For each size: generates the corpus (bench/gen_corpus.py, seed 1, cached),
# runs `clusterkg build -j $JOBS --timings` under /usr/bin/time -v and prints
# MB/s per stage, triples/s and peak RSS, once with all six files and once with
# `--formats ttl,nq,graphml` (the issue's target); runs -j 1 too (when SIZE_MB
# <= $SPEEDUP_MAX_MB) for the speedup; times each query in queries/ on the
# result. Then times the Python peer (bench/peer.py: jieba posseg + rdflib)
# on the first $PEER_MB MB of the smallest corpus, clusterkg -j 1 on the same
# slice (median of three runs) and bench_extract on it, and prints the ratios.
#
# Extraction alone is timed on one thread by bench_extract (built with
# `cmake --build build --target bench_extract`), beside the binary.
#
# Environment: CKG (binary, default build/clusterkg), BENCH_DIR (default
# /tmp/ckg-bench), JOBS (default 2), PEER_MB (default 1), SPEEDUP_MAX_MB
# (default 100), SPEEDUP_ROUNDS (alternating -j 1 / -j JOBS pairs for the
# median speedup, default 5: single pairs spread by ±20 % on a busy machine),
# QUERY_MAX_MB (default 1: time queries/*.rq only on corpora up to this size;
# `clusterkg query` loads the output folder's graph (graph.nt) into an
# in-memory Redland store for every query), QUERY_TIMEOUT (seconds per query, default 60),
# SERVE_MAX_MB (default 10: on corpora up to this size, also load the graph once
# in `clusterkg serve` and time each query over HTTP, which is the latency of
# the query itself).
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
CKG="${CKG:-$ROOT/build/clusterkg}"
BENCH_EXTRACT="${BENCH_EXTRACT:-$(dirname "$CKG")/bench_extract}"
BENCH_DIR="${BENCH_DIR:-/tmp/ckg-bench}"
JOBS="${JOBS:-2}"
PEER_MB="${PEER_MB:-1}"
SPEEDUP_MAX_MB="${SPEEDUP_MAX_MB:-100}"
SPEEDUP_ROUNDS="${SPEEDUP_ROUNDS:-5}"
QUERY_MAX_MB="${QUERY_MAX_MB:-1}"
QUERY_TIMEOUT="${QUERY_TIMEOUT:-60}"
SERVE_MAX_MB="${SERVE_MAX_MB:-10}"
PY=/usr/bin/python3
SIZES=("$@")
[ ${#SIZES[@]} -eq 0 ] && SIZES=(10 100)
mkdir -p "$BENCH_DIR"
[ -x "$CKG" ] || { echo "bench: no clusterkg binary at $CKG (build it first)" >&2; exit 1; }
[ -x "$BENCH_EXTRACT" ] || echo "bench: no $BENCH_EXTRACT (cmake --build build --target bench_extract); extraction alone is not timed" >&2

now() { date +%s.%N; }
field() { grep -F "$1" "$2" | head -1 | awk '{print $NF}'; }
# The number before "MB/s" on a timings line.
rate_of() { awk '{for (i = 2; i <= NF; i++) if ($i == "MB/s" || $i == "MB/s;") {print $(i-1); exit}}'; }

echo "# clusterkg bench $(date -u +%Y-%m-%dT%H:%MZ) on $(nproc) cores; binary $CKG"
declare -A EXTRACT_RATE
# Loads the output folder's graph once in `clusterkg serve` and times each query in queries/
# over HTTP (curl's total time; the worker is a fork of the loaded server).
serve_latency() {
  local out=$1 log="$BENCH_DIR/serve.out" pid url t0 t1 q code secs rows
  t0=$(now)
  "$CKG" serve --data "$out" --port 0 --row-limit 0 --worker-memory-mb 0 \
    --timeout-ms $((QUERY_TIMEOUT * 1000)) >"$log" 2>"$BENCH_DIR/serve.err" &
  pid=$!
  while kill -0 "$pid" 2>/dev/null && ! grep -qs "listening on" "$log"; do sleep 0.1; done
  t1=$(now)
  url=$(grep -o 'http://127.0.0.1:[0-9]*/' "$log" || true)
  if [ -z "$url" ]; then
    echo "  serve: did not start (see $BENCH_DIR/serve.err)"
    return
  fi
  echo "  query latency with the graph loaded once (clusterkg serve; loading took $(awk -v a="$t0" -v b="$t1" 'BEGIN{printf "%.2f", b-a}') s, RSS $(awk '/VmRSS/ {printf "%d MiB", $2/1024}' "/proc/$pid/status")):"
  for q in "$ROOT"/queries/*.rq; do
    read -r code secs < <(curl -sS -o "$BENCH_DIR/q.out" -w '%{http_code} %{time_total}\n' \
      -H 'Accept: text/tab-separated-values' --data-urlencode "query@$q" "${url}sparql" || echo "000 0")
    rows=-1
    [ "$code" = 200 ] && rows=$(($(wc -l <"$BENCH_DIR/q.out") - 1))
    printf "    %-34s %7.2f s  %6d rows  %s\n" "$(basename "$q")" "$secs" "$rows" \
      "$([ "$code" = 200 ] && echo ok || echo "HTTP $code (503 = over the time limit of ${QUERY_TIMEOUT} s)")"
  done
  kill -TERM "$pid" 2>/dev/null || true
  wait "$pid" 2>/dev/null || true
}

for mb in "${SIZES[@]}"; do
  corpus="$BENCH_DIR/corpus-${mb}mb.jsonl"
  [ -s "$corpus" ] || nice $PY "$ROOT/bench/gen_corpus.py" --mb "$mb" --seed 1 -o "$corpus"
  bytes=$(stat -L -c %s "$corpus")  # -L: a corpus may be a link to a shared copy
  # -j JOBS with all six files, -j JOBS with the issue's three (Turtle,
  # N-Quads, GraphML), and -j 1 with all six for the speedup.
  for spec in "$JOBS:all" "$JOBS:ttl,nq,graphml" "1:all"; do
    j="${spec%%:*}"
    formats="${spec#*:}"
    if [ "$j" = 1 ] && { [ "$JOBS" = 1 ] || awk "BEGIN{exit !($mb > $SPEEDUP_MAX_MB)}"; }; then continue; fi
    tag="j$j"
    [ "$formats" = all ] || tag="j$j-3files"
    out="$BENCH_DIR/out-${mb}mb-$tag"
    log="$BENCH_DIR/build-${mb}mb-$tag.log"
    rm -rf "$out"
    # The previous run's gigabytes of output may still be going to disk; a
    # build that starts under that writeback measured up to 1.4x slower.
    sync
    /usr/bin/time -v "$CKG" build "$corpus" -j "$j" --formats "$formats" --timings -o "$out" 2>"$log" >/dev/null
    rss_kb=$(field "Maximum resident set size" "$log")
    wall=$(field "Elapsed (wall clock)" "$log")
    echo
    echo "## ${mb} MB corpus ($(awk -v b="$bytes" 'BEGIN{printf "%.1f", b/1e6}') MB JSONL), -j $j, --formats $formats: wall $wall, peak RSS $(awk -v k="$rss_kb" 'BEGIN{printf "%.0f MiB", k/1024}')"
    grep '^timings:' "$log" | sed 's/^timings: /  /'
    grep '^clusterkg: [0-9]' "$log" | sed 's/^/  /'
    if [ "$formats" = all ]; then
      EXTRACT_RATE["$mb-$j"]=$(grep '^timings: read+extract wall' "$log" | rate_of)
    else
      rm -rf "$out"  # the three-file run is only timed
    fi
  done
  # Extraction alone on one thread (bench_extract: articles in memory, no
  # reading, mapping or writing), on at most the first 100 MB.
  if [ -x "$BENCH_EXTRACT" ]; then
    echo "  $(head -c 100000000 "$corpus" >"$BENCH_DIR/extract-slice.jsonl"; "$BENCH_EXTRACT" "$BENCH_DIR/extract-slice.jsonl")"
    rm -f "$BENCH_DIR/extract-slice.jsonl"
  fi
  if [ -n "${EXTRACT_RATE[$mb-1]:-}" ] && [ "$JOBS" != 1 ]; then
    echo "  speedup read+extract -j $JOBS vs -j 1 (the runs above, one each): $(awk -v a="${EXTRACT_RATE[$mb-$JOBS]}" -v b="${EXTRACT_RATE[$mb-1]}" 'BEGIN{printf "%.2fx", a/b}')"
    # One pair of runs is at the mercy of this machine's noise (±10 % from
    # one run to the next): SPEEDUP_ROUNDS alternating pairs, N-Quads only
    # (the cheapest build after extraction), and the median of the ratios.
    ratios=()
    for ((r = 1; r <= SPEEDUP_ROUNDS; r++)); do
      pair=""
      for j in 1 "$JOBS"; do
        rm -rf "$BENCH_DIR/out-speedup"
        "$CKG" build "$corpus" -j "$j" --formats nq --timings -o "$BENCH_DIR/out-speedup" 2>"$BENCH_DIR/speedup.log" >/dev/null
        pair="$pair $(grep '^timings: read+extract wall' "$BENCH_DIR/speedup.log" | awk '{print $4}')"
      done
      rm -rf "$BENCH_DIR/out-speedup"
      read -r w1 wj <<<"$pair"
      ratios+=("$(awk -v a="$w1" -v b="$wj" 'BEGIN{printf "%.2f", a/b}')")
      echo "    pair $r: read+extract -j 1 ${w1} s, -j $JOBS ${wj} s: ${ratios[-1]}x"
    done
    echo "  speedup read+extract -j $JOBS vs -j 1, median of $SPEEDUP_ROUNDS pairs: $(printf '%s\n' "${ratios[@]}" | sort -n | awk '{v[NR]=$1} END{printf "%.2fx", NR%2 ? v[(NR+1)/2] : (v[NR/2]+v[NR/2+1])/2}')"
  fi
  if awk "BEGIN{exit !($mb <= $QUERY_MAX_MB)}"; then
    out="$BENCH_DIR/out-${mb}mb-j$JOBS"
    t0=$(now); "$CKG" query --data "$out" "ASK { ?s ?p ?o }" >/dev/null; t1=$(now)
    load=$(awk -v a="$t0" -v b="$t1" 'BEGIN{printf "%.2f", b-a}')
    echo "  query latency (wall, including loading the graph (graph.nt): ASK alone takes ${load} s):"
    for q in "$ROOT"/queries/*.rq; do
      t0=$(now)
      if timeout "$QUERY_TIMEOUT" "$CKG" query --data "$out" "$q" --format tsv >"$BENCH_DIR/q.out" 2>"$BENCH_DIR/q.err"; then
        st=ok
      else
        st="exit $? (124 = timed out after ${QUERY_TIMEOUT} s)"
      fi
      t1=$(now)
      rows=$(($(wc -l <"$BENCH_DIR/q.out") - 1))
      printf "    %-34s %7.2f s  %6d rows  %s\n" "$(basename "$q")" "$(awk -v a="$t0" -v b="$t1" 'BEGIN{print b-a}')" "$rows" "$st"
    done
  fi
  if awk "BEGIN{exit !($mb <= $SERVE_MAX_MB)}"; then
    serve_latency "$BENCH_DIR/out-${mb}mb-j$JOBS"
  fi
done

small="${SIZES[0]}"
for s in "${SIZES[@]}"; do awk "BEGIN{exit !($s < $small)}" && small=$s; done
corpus="$BENCH_DIR/corpus-${small}mb.jsonl"

# The persistent store on the smallest corpus: first build, a second
# (idempotent) build, size on disk, and a query from the store.
store="$BENCH_DIR/store-${small}mb"
rm -rf "$store"
echo
echo "## --store on the ${small} MB corpus"
for run in first again; do
  /usr/bin/time -v "$CKG" build "$corpus" -j "$JOBS" --store "$store" --timings -o "$BENCH_DIR/out-store" \
    2>"$BENCH_DIR/store-$run.log" >/dev/null
  echo "  $run build: wall $(field "Elapsed (wall clock)" "$BENCH_DIR/store-$run.log"), peak RSS $(awk -v k="$(field "Maximum resident set size" "$BENCH_DIR/store-$run.log")" 'BEGIN{printf "%.0f MiB", k/1024}'), $(grep '^timings: store' "$BENCH_DIR/store-$run.log" | sed 's/timings: *//; s/  */ /g')"
  grep '^clusterkg: store' "$BENCH_DIR/store-$run.log" | sed 's/^/    /'
done
echo "  on disk: $(du -sh "$store" | cut -f1)"
t0=$(now); "$CKG" query --store "$store" "ASK { ?s ?p ?o }" >/dev/null; t1=$(now)
echo "  query --store (ASK, includes reading the store): $(awk -v a="$t0" -v b="$t1" 'BEGIN{printf "%.2f s", b-a}')"

# The Python peer on a slice of the smallest corpus, and clusterkg on the same slice.
slice="$BENCH_DIR/peer-slice.jsonl"
$PY - "$corpus" "$slice" "$PEER_MB" <<'PYEOF'
import json, sys
src, dst, mb = sys.argv[1], sys.argv[2], float(sys.argv[3])
n = 0
with open(src, encoding="utf-8") as f, open(dst, "w", encoding="utf-8") as o:
    for line in f:
        if n >= mb * 1e6:
            break
        n += len(json.loads(line)["text"].encode("utf-8"))
        o.write(line)
PYEOF
echo
echo "## peer (jieba posseg + rdflib, /usr/bin/python3) vs clusterkg on the same ${PEER_MB} MB slice"
$PY "$ROOT/bench/peer.py" "$slice" -o "$BENCH_DIR/peer-out" 2>/dev/null | tee "$BENCH_DIR/peer.log" | sed 's/^/  /'
# clusterkg three times on the slice (a run takes under a second, so one is at
# the mercy of the machine's moment); the run with the median extraction rate counts.
for k in 1 2 3; do
  rm -rf "$BENCH_DIR/out-slice"
  "$CKG" build "$slice" -j 1 --timings -o "$BENCH_DIR/out-slice" 2>"$BENCH_DIR/slice-$k.log" >/dev/null
done
median_log=$(for k in 1 2 3; do
  echo "$(grep '^timings: extract CPU' "$BENCH_DIR/slice-$k.log" | rate_of) $BENCH_DIR/slice-$k.log"
done | sort -g | sed -n 2p | awk '{print $2}')
cp "$median_log" "$BENCH_DIR/slice.log"
echo "  clusterkg -j 1, three runs, extract CPU: $(for k in 1 2 3; do grep '^timings: extract CPU' "$BENCH_DIR/slice-$k.log" | rate_of; done | tr '\n' ' ')MB/s per core; the median run:"
grep -E '^timings: (extract|total)' "$BENCH_DIR/slice.log" | sed 's/^timings: /  clusterkg -j 1: /'
peer_x=$(grep -o 'extract [0-9.]* s ([0-9.]* MB/s)' "$BENCH_DIR/peer.log" | grep -o '([0-9.]*' | tr -d '(')
peer_t=$(grep -o 'total [0-9.]* s ([0-9.]* MB/s)' "$BENCH_DIR/peer.log" | grep -o '([0-9.]*' | tr -d '(')
ckg_x=$(grep '^timings: extract CPU' "$BENCH_DIR/slice.log" | rate_of)
peer_c=$(grep -o 'extract CPU [0-9.]* s ([0-9.]* MB/s' "$BENCH_DIR/peer.log" | grep -o '([0-9.]*' | tr -d '(')
ckg_t=$(grep '^timings: total' "$BENCH_DIR/slice.log" | rate_of)
echo "  ratio extraction MB/s per core, CPU time: $(awk -v a="$ckg_x" -v b="$peer_c" 'BEGIN{printf "%.1fx", a/b}') (wall: peer $peer_x MB/s)"
echo "  ratio whole run MB/s (-j 1 vs peer):   $(awk -v a="$ckg_t" -v b="$peer_t" 'BEGIN{printf "%.1fx", a/b}')"
if [ -x "$BENCH_EXTRACT" ]; then
  # Extraction alone on the same slice, three rounds in one process (bench_extract).
  alone=$("$BENCH_EXTRACT" "$slice" 3 | tee "$BENCH_DIR/slice-alone.log" | grep -o '[0-9.]* MB/s on one thread' | awk '{print $1}')
  echo "  bench_extract on the slice: $alone MB/s on one thread; ratio to the peer's extraction per core: $(awk -v a="$alone" -v b="$peer_c" 'BEGIN{printf "%.1fx", a/b}')"
fi
