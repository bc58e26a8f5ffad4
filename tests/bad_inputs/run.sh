#!/usr/bin/env bash
# Runs every case of cases.tsv against a clusterkg binary: checks the exit
# status, the message on stderr, that nothing crashed, and that a build which
# exits 0 or 3 wrote its six files. Usage: run.sh path/to/clusterkg
set -uo pipefail
BIN=$(realpath "${1:?usage: run.sh path/to/clusterkg}")
here=$(cd "$(dirname "$0")" && pwd)
work=$(mktemp -d)
trap 'chmod -R u+rwx "$work" 2>/dev/null; rm -rf "$work"' EXIT
chmod 755 "$work"
F=$work/fixtures
PY=/usr/bin/python3
[ -x "$PY" ] || PY=python3
"$PY" "$here/make_fixtures.py" "$F" || { echo "bad_inputs: cannot make the fixtures"; exit 1; }
chmod 755 "$F"
B=$work/sample
"$BIN" build -o "$B" >/dev/null 2>&1 || { echo "bad_inputs: cannot build the bundled sample"; exit 1; }
mkdir -p "$work/nobody" && chmod 777 "$work/nobody"

pass=0
fail=0
while IFS=$'\t' read -r name user status expect args; do
  [[ -z "$name" || "$name" == \#* ]] && continue
  O=$work/out-$name
  prefix=()
  if [[ "$user" == nobody ]]; then
    O=$work/nobody/out-$name
    if [[ $(id -u) == 0 ]]; then
      prefix=(setpriv --reuid=65534 --regid=65534 --clear-groups)
    fi
  fi
  args=${args//\$F/$F}
  args=${args//\$O/$O}
  args=${args//\$B/$B}
  read -r -a argv <<<"$args"
  err=$("${prefix[@]}" "$BIN" "${argv[@]}" 2>&1 >/dev/null)
  got=$?
  problem=""
  if ((got >= 128)); then
    problem="killed by signal $((got - 128))"
  elif [[ "$got" != "$status" ]]; then
    problem="exit status $got, expected $status"
  elif [[ "$err" != *"$expect"* ]]; then
    problem="stderr lacks: $expect"
  elif [[ "${argv[0]}" == build && ("$status" == 0 || "$status" == 3) ]]; then
    for f in graph.ttl graph.nt graph.nq graph.rdf graph.graphml graph.gexf; do
      [[ -s "$O/$f" ]] || problem="$O/$f missing"
    done
    [[ "$err" == *"files written to"* ]] || problem="no summary line"
  fi
  if [[ -z "$problem" ]]; then
    pass=$((pass + 1))
  else
    fail=$((fail + 1))
    echo "FAIL $name: $problem"
    echo "  stderr: ${err//$'\n'/$'\n'  stderr: }"
  fi
done <"$here/cases.tsv"
echo "bad_inputs: $pass passed, $fail failed"
[[ $fail == 0 ]]
