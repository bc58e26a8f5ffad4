#!/usr/bin/env bash
# Installs everything clusterkg needs to build, run and test, on Debian 12 (as root).
set -euo pipefail
export DEBIAN_FRONTEND=noninteractive
SUDO=""
if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi
PACKAGES=(
  # build
  build-essential cmake pkg-config clang clang-format libclang-rt-14-dev ca-certificates
  # libraries
  librdf0-dev libboost-graph-dev nlohmann-json3-dev doctest-dev libicu-dev libxml2-dev
  libcli11-dev libcpp-httplib-dev libgraphviz-dev libjemalloc-dev libsimdjson-dev
  # tools used by tests and benchmarks
  raptor2-utils rasqal-utils libxml2-utils graphviz wrk hyperfine curl time
  python3-rdflib python3-networkx python3-igraph python3-jieba
  # Chinese glyphs for pictures drawn by `clusterkg render` (Graphviz, cairo)
  fonts-wqy-microhei
  # browser test of the web page
  chromium
)
if [ -z "${CKG_SKIP_APT_UPDATE:-}" ]; then $SUDO apt-get update -qq; fi
$SUDO apt-get install -y -qq --no-install-recommends "${PACKAGES[@]}" >/dev/null
# Node.js and npm build the web page's bundle; keep a newer one if present.
if ! command -v npm >/dev/null 2>&1; then
  $SUDO apt-get install -y -qq --no-install-recommends nodejs npm >/dev/null
fi
echo "install-deps: done"
