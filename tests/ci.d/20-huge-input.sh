#!/usr/bin/env bash
# A 200 MB single-line file (and a JSONL file whose one line is 200 MB) next
# to a normal article: the build must skip the huge input with a clear
# message, read the rest, exit 3 and stay within a few seconds and little
# memory (the .txt is never read into memory). The files are made in /tmp
# and deleted afterwards. Takes a few seconds.
set -euo pipefail
cd "$(dirname "$0")/../.."
BIN=$(realpath "${CKG_BIN:-build/clusterkg}")
work=$(mktemp -d /tmp/ckg-huge.XXXXXX)
trap 'rm -rf "$work"' EXIT
printf '无锡市物联网产业集群企业超过3000家，2025年产值目标5000亿元。\n' >"$work/good.txt"
head -c 209715200 /dev/zero | tr '\0' 'x' >"$work/huge.txt"
{ printf '{"id":"big","text":"'; head -c 209715200 /dev/zero | tr '\0' 'y'; printf '"}\n'
  printf '{"id":"small","text":"合肥市新能源汽车产业集群入选国家级名单。"}\n'; } >"$work/huge.jsonl"
set +e
/usr/bin/time -f '%e s, %M KB max RSS' -o "$work/time" "$BIN" build "$work/good.txt" "$work/huge.txt" "$work/huge.jsonl" \
  -o "$work/out" 2>"$work/err"
status=$?
set -e
cat "$work/err"
echo "huge input: $(cat "$work/time")"
[[ $status == 3 ]] || { echo "huge input: exit status $status, expected 3"; exit 1; }
grep -q 'huge.txt: too large for one article (200 MB' "$work/err" || { echo "huge input: no message for huge.txt"; exit 1; }
grep -q 'huge.jsonl:1: line too large for one article (200 MB' "$work/err" || { echo "huge input: no message for huge.jsonl:1"; exit 1; }
grep -q '2 articles read, 2 skipped' "$work/err" || { echo "huge input: the other articles were not read"; exit 1; }
echo "huge input: ok"
