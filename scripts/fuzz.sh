#!/usr/bin/env bash
# Builds the libFuzzer targets and runs each for SECONDS (default 60) on a corpus seeded from
# Fuzz/corpus/, Notebooks/ and the docs' examples. A crash leaves its input in Fuzz/crashes/;
# turn every such input into a regression test before fixing it.
#   scripts/fuzz.sh [SECONDS] [TARGET...]
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=${1:-60}
shift || true
targets=("$@")
[ ${#targets[@]} -gt 0 ] || targets=(fuzz-session fuzz-notebook fuzz-repl fuzz-lsp)

# Without explicit coverage flags swiftc's -sanitize=fuzzer links libFuzzer but leaves the code
# uninstrumented, and the fuzzer runs blind.
flags=(-c release --sanitize=fuzzer --sanitize=address
       -Xswiftc -sanitize-coverage=edge,trace-cmp,inline-8bit-counters,pc-table
       --scratch-path .build-fuzz)
mkdir -p Fuzz/crashes
status=0
for target in "${targets[@]}"; do
  TNB_FUZZ=1 swift build "${flags[@]}" --product "$target" 2>&1 | grep -E "error|Build" || true
  work=$(mktemp -d)
  cp Fuzz/corpus/"${target#fuzz-}"/* "$work"/ 2>/dev/null || true
  for file in Notebooks/*.tnb docs/*.md; do [ -f "$file" ] && cp "$file" "$work/$(echo "$file" | tr / _)"; done
  echo "== $target for ${seconds}s"
  if ! SWIFT_BACKTRACE=enable=no ".build-fuzz/release/$target" -max_total_time="$seconds" -timeout=10 \
       -rss_limit_mb=2048 -max_len=4096 -artifact_prefix=Fuzz/crashes/ -print_final_stats=1 "$work" \
       2>&1 | grep -E "^Done|stat::number_of_executed_units|ERROR|SUMMARY|crash-|timeout-|leak-"; then
    :
  fi
  if ls Fuzz/crashes/* >/dev/null 2>&1; then status=1; fi
  rm -rf "$work"
done
exit $status
