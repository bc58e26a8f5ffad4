#!/usr/bin/env bash
# `clusterkg eval --gold` must print exactly what shared/eval/score.py prints
# for the same gold files (same matching rules). Skipped without the shared
# folder or python3-rdflib.
set -euo pipefail
cd "$(dirname "$0")/../.."
gold=../shared/eval/dev
py=/usr/bin/python3
if [ ! -d "$gold" ] || ! "$py" -c 'import rdflib' 2>/dev/null; then
  echo "eval-agrees: skipped (no ../shared/eval/dev or python3-rdflib)"
  exit 0
fi
diff <(build/clusterkg eval --gold "$gold" --misses) \
     <("$py" ../shared/eval/score.py --gold "$gold" --cmd "build/clusterkg build {input} -o {outdir}" --misses)
diff <(build/clusterkg eval --gold "$gold" --json --lenient) \
     <("$py" ../shared/eval/score.py --gold "$gold" --cmd "build/clusterkg build {input} -o {outdir}" --json --lenient)
echo "eval-agrees: clusterkg eval and score.py agree on $gold"
