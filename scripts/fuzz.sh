#!/usr/bin/env bash
# Runs each libFuzzer target of fuzz/ for a bounded time on a copy of its checked-in seed corpus
# (fuzz/corpus/<target>/), prints each target's time and executions, and fails when any target
# crashes, times out or runs out of memory. docs/reliability.md, "Fuzzing".
#   scripts/fuzz.sh [TARGET...]      all targets by default (one per folder of fuzz/corpus/)
#   FUZZ_SECONDS=60 scripts/fuzz.sh  seconds per target (default 20)
# Needs the fuzz build: cmake --preset fuzz && cmake --build --preset fuzz
# A crash leaves its input in build/fuzz/findings/<target>/crash-<sha1>; replay it with
#   build/fuzz/fuzz/<target> build/fuzz/findings/<target>/crash-<sha1>
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
build="${FUZZ_BUILD_DIR:-$here/build/fuzz}"
seconds="${FUZZ_SECONDS:-20}"
# A single input that takes longer than this is reported as a hang.
per_input="${FUZZ_INPUT_TIMEOUT:-25}"

if (($#)); then
    targets=("$@")
else
    targets=()
    for dir in "$here"/fuzz/corpus/*/; do targets+=("$(basename "$dir")"); done
fi

# UB is fatal, leaks are reported; tests/sanitizers/lsan.supp names third-party leaks only.
export ASAN_OPTIONS="${ASAN_OPTIONS:-detect_leaks=1:abort_on_error=0}"
export UBSAN_OPTIONS="${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}"
export LSAN_OPTIONS="${LSAN_OPTIONS:-suppressions=$here/tests/sanitizers/lsan.supp:print_suppressions=0}"

work="$(mktemp -d "${TMPDIR:-/tmp}/warroom-fuzz.XXXXXX")"
trap 'rm -rf "$work"' EXIT

failed=()
total_start=$SECONDS
printf '%-20s %8s %12s %8s  %s\n' target seconds executions corpus result
for target in "${targets[@]}"; do
    binary="$build/fuzz/$target"
    seeds="$here/fuzz/corpus/$target"
    if [ ! -x "$binary" ] || [ ! -d "$seeds" ]; then
        echo "$target: no binary $binary or no corpus $seeds (build the fuzz preset first)" >&2
        failed+=("$target")
        continue
    fi
    corpus="$work/$target"
    findings="$build/findings/$target"
    mkdir -p "$findings"
    cp -R "$seeds" "$corpus"
    log="$work/$target.log"
    start=$SECONDS
    rc=0
    "$binary" -max_total_time="$seconds" -timeout="$per_input" -print_final_stats=1 \
        -artifact_prefix="$findings/" "$corpus" >"$log" 2>&1 || rc=$?
    elapsed=$((SECONDS - start))
    runs="$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -1)"
    units="$(find "$corpus" -type f | wc -l)"
    if ((rc == 0)); then
        result=ok
    else
        result="FAILED (exit $rc)"
        failed+=("$target")
    fi
    printf '%-20s %8s %12s %8s  %s\n' "$target" "$elapsed" "${runs:-?}" "$units" "$result"
    if ((rc != 0)); then
        echo "---- $target: last lines of libFuzzer's output ($log) ----"
        grep -v '^#[0-9]' "$log" | tail -60
        echo "---- inputs kept in $findings/ ----"
        ls -l "$findings"
    fi
done
echo "fuzzing took $((SECONDS - total_start)) s for ${#targets[@]} targets, $seconds s each"
if ((${#failed[@]})); then
    echo "fuzz targets that failed: ${failed[*]}" >&2
    exit 1
fi
