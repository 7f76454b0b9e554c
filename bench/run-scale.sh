#!/usr/bin/env bash
# Benchmarks at the size users reach (docs/performance.md, "At scale"). Builds the default
# (RelWithDebInfo) preset, generates the history once into build/default/bench-data (about
# 200 MB; kept for later runs) and prints each figure beside its baseline. Extra arguments go to
# bench_scale (--runs N, --idle-seconds S, --incidents N --events N --big N for a smaller history).
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
cmake --preset default >/dev/null
cmake --build --preset default --target bench_scale warroomctl
exec build/default/bench/bench_scale --data build/default/bench-data "$@"
