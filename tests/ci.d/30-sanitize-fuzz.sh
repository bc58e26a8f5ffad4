#!/usr/bin/env bash
# One clang build (build-asan/) with AddressSanitizer + UndefinedBehaviorSanitizer
# and libFuzzer instrumentation, -O1 and no debug info to keep it lean. It
#  1. runs the whole ctest suite (doctest + CLI + bad-input suite) under
#     ASan/UBSan/LSan (suppressions for leaks inside third-party libraries
#     in tests/export/lsan.supp), then
#  2. runs each libFuzzer target of tests/fuzz/ for CKG_FUZZ_SECONDS (30 s)
#     on a copy of its seed corpus; a crash, leak, timeout or sanitizer report
#     fails the step and leaves the reproducer in build-asan/fuzz-artifacts/.
# Measured time: see docs/robustness.md.
set -euo pipefail
cd "$(dirname "$0")/../.."
root=$PWD
jobs=$(nproc)
seconds=${CKG_FUZZ_SECONDS:-30}
start=$(date +%s)
CC=clang CXX=clang++ cmake -S . -B build-asan -DCMAKE_BUILD_TYPE=Release -DCMAKE_CXX_FLAGS_RELEASE=-O1 \
  -DCKG_SANITIZE=ON -DCKG_FUZZ=ON -DCKG_TESTS=ON >/dev/null
cmake --build build-asan -j"$jobs"
built=$(date +%s)

export ASAN_OPTIONS=detect_leaks=1:strict_string_checks=1:detect_stack_use_after_return=0:suppressions=$root/tests/asan.supp
export UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1
export LSAN_OPTIONS=suppressions=$root/tests/export/lsan.supp:print_suppressions=0
# A test that fails is run once more: under ASan a forked serve worker can
# stall on the sanitizer allocator's lock held by another thread at fork time
# (seen once: a CONSTRUCT worker hit the 120 s limit). A failure that repeats
# fails the step; the log shows every first failure.
ctest --test-dir build-asan --output-on-failure -j"$jobs" --repeat until-pass:2
tested=$(date +%s)
mkdir -p build-asan/fuzz-artifacts
for target in normalizer numbers extractor jsonl_reader html_reader extraction_record; do
  corpus=$(mktemp -d)
  cp tests/fuzz/corpus/$target/* "$corpus/"
  echo "== fuzz $target for ${seconds}s"
  log=build-asan/fuzz-artifacts/$target.log
  if ! build-asan/tests/fuzz/${target}_fuzz "$corpus" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2560 \
      -max_len=65536 -artifact_prefix="build-asan/fuzz-artifacts/$target-" -print_final_stats=1 >"$log" 2>&1; then
    tail -n 60 "$log"
    rm -rf "$corpus"
    echo "fuzz target $target failed (reproducer in build-asan/fuzz-artifacts/)"
    exit 1
  fi
  grep -E "^stat::number_of_executed_units|^Done" "$log" || tail -n 2 "$log"
  rm -rf "$corpus"
done
end=$(date +%s)
echo "sanitize+fuzz: build $((built - start)) s, ctest under ASan/UBSan $((tested - built)) s, fuzzing $((end - tested)) s"
