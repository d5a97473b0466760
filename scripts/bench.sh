#!/usr/bin/env bash
# Runs the in-process benchmark suite (Benchmarks/, ordo-one/benchmark) in release mode, then the
# side-by-side comparison with qalc, pint and papermill (scripts/compare-peers.sh).
#   scripts/bench.sh            both
#   scripts/bench.sh suite      only the suite
set -euo pipefail
cd "$(dirname "$0")/.."
(cd Benchmarks && swift package benchmark --no-progress)
[ "${1:-}" = suite ] || scripts/compare-peers.sh
