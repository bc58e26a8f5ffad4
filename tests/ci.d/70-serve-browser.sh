#!/usr/bin/env bash
# Browser test of `clusterkg serve`'s web page: headless Debian chromium
# driven by playwright-core (web/package-lock.json) runs a preset SELECT, a
# CONSTRUCT and an entity page, checking the table, the graph view and the
# facts; screenshots go to build/serve-*.png. Takes about 15 s.
set -euo pipefail
cd "$(dirname "$0")/../.."
bin=build/clusterkg
tmp=$(mktemp -d)
pid=""
cleanup() {
  if [ -n "$pid" ]; then kill "$pid" 2>/dev/null || true; wait "$pid" 2>/dev/null || true; fi
  rm -rf "$tmp"
}
trap cleanup EXIT

if [ ! -d web/node_modules/playwright-core ]; then (cd web && npm ci --no-audit --no-fund >/dev/null); fi
"$bin" build -o "$tmp/out" 2>"$tmp/build.log"
"$bin" serve --data "$tmp/out" --port 0 --timeout-ms 120000 >"$tmp/serve.out" 2>"$tmp/serve.log" &
pid=$!
for _ in $(seq 100); do grep -qs "listening on" "$tmp/serve.out" && break; sleep 0.1; done
url=$(grep -o 'http://127.0.0.1:[0-9]*/' "$tmp/serve.out")
if curl -fsS "$url" | grep -q "without the web page"; then
  echo "70-serve-browser: FAIL: $bin was built without the web bundle (configure with -DCKG_WEB=ON)" >&2
  exit 1
fi
(cd web && timeout 120 node test/browser.mjs "$url" ../build)
kill -TERM "$pid"
wait "$pid"
pid=""
echo "70-serve-browser: ok (screenshots in build/serve-*.png)"
