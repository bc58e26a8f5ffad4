#!/usr/bin/env bash
# Extraction on data/eval/unseen (articles written apart from the rules, see its
# README) must not fall below the floors measured when the set was added; and,
# where shared/eval/score.py and python3-rdflib are at hand, clusterkg eval must
# print what score.py prints for these files.
set -euo pipefail
cd "$(dirname "$0")/../.."
gold=data/eval/unseen
out=$(build/clusterkg eval --gold "$gold")
last=$(printf '%s\n' "$out" | tail -1)
echo "eval-unseen: $last"
# Floors: the scores on all 445 articles after round 30 (0.880 / 0.913 / 0.814), less 0.01.
read -r core all rel < <(printf '%s\n' "$last" | sed -E 's/.*core entity F1 ([0-9.]+) +all entity F1 ([0-9.]+) +relation F1 ([0-9.]+).*/\1 \2 \3/')
awk -v c="$core" -v a="$all" -v r="$rel" 'BEGIN {
  bad = 0
  if (c < 0.870) { print "core entity F1 " c " < 0.870"; bad = 1 }
  if (a < 0.903) { print "all entity F1 " a " < 0.903"; bad = 1 }
  if (r < 0.804) { print "relation F1 " r " < 0.804"; bad = 1 }
  exit bad
}'
py=/usr/bin/python3
if [ -f ../shared/eval/score.py ] && "$py" -c 'import rdflib' 2>/dev/null; then
  diff <(printf '%s\n' "$out") \
       <("$py" ../shared/eval/score.py --gold "$gold" --cmd "build/clusterkg build {input} -o {outdir}")
  echo "eval-unseen: clusterkg eval and score.py agree"
else
  echo "eval-unseen: score.py comparison skipped (no ../shared/eval or python3-rdflib)"
fi
