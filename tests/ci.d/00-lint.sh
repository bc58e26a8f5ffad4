#!/usr/bin/env bash
# Static checks: test names that doctest_discover_tests would split, and
# clang-format on all C++ sources.
set -euo pipefail
cd "$(dirname "$0")/../.."
bad=$(grep -rhoE 'TEST_CASE\("[^"]*[,;][^"]*"\)' tests src || true)
if [ -n "$bad" ]; then
  echo "test names must not contain ',' or ';' (ctest would run nothing):"
  echo "$bad"
  exit 1
fi
if command -v clang-format >/dev/null 2>&1; then
  files=$(find src tests bench -name '*.cpp' -o -name '*.h' 2>/dev/null | grep -v '/fuzz/corpus/' || true)
  clang-format --dry-run --Werror $files
fi
echo "lint: ok"
