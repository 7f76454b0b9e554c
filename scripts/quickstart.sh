#!/usr/bin/env bash
# War Room quick start on Debian 12: installs what is missing, builds, then runs the app or the tests.
#   scripts/quickstart.sh run    build and launch the GUI on the embedded SQLite default
#   scripts/quickstart.sh test   build and run the whole test suite (what CI runs): the test build and
#                                its suite (extra arguments go to this ctest), the suite again under
#                                AddressSanitizer + UBSan (asan preset), then the fuzz build and a
#                                bounded run of every fuzz target (scripts/fuzz.sh, FUZZ_SECONDS per
#                                target, 20 by default). Each part prints its wall time.
#                                WARROOM_TEST_PARTS picks parts: "test asan fuzz" by default.
#                                The test and asan suites run with a throwaway PostgreSQL 15
#                                cluster (scripts/pg-test-cluster.sh, WARROOM_TEST_PG), stopped
#                                and removed on exit; the script fails if it cannot start.
set -euo pipefail

mode="${1:-}"
case "$mode" in
    run|test) ;;
    *) echo "usage: $0 run|test" >&2; exit 2 ;;
esac
shift || true

here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$here"

# Debian packages the build and the tests need. Keep in step with docs/architecture.md.
packages=(
    build-essential cmake ninja-build pkg-config
    qt6-base-dev libqt6sql6-sqlite libqt6sql6-psql
    qt6-tools-dev qt6-l10n-tools qt6-tools-dev-tools qt6-translations-l10n
    libgl-dev libvulkan-dev
    sqlite3 xvfb xauth
    postgresql-15 libpq-dev
    clang-format
    clang libclang-rt-14-dev llvm
    libcurl4-openssl-dev python3-aiosmtpd
    qtkeychain-qt6-dev gnome-keyring dbus
    desktop-file-utils appstream
    fonts-wqy-microhei
)

# Wall time of each part, printed as it ends and again, all together, when the script exits.
parts=()
part_start=$SECONDS
part() {
    local elapsed=$((SECONDS - part_start))
    parts+=("$(printf '%-14s %5d s' "$1" "$elapsed")")
    echo "== $1: ${elapsed} s"
    part_start=$SECONDS
}
summary() {
    local rc=$?
    ((${#parts[@]})) || return 0
    echo "== wall time per part"
    printf '   %s\n' "${parts[@]}"
    echo "== total: ${SECONDS} s (exit ${rc})"
}
trap summary EXIT

missing=()
for p in "${packages[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if ((${#missing[@]})); then
    echo "Installing missing Debian packages: ${missing[*]}"
    sudo_cmd=()
    [ "$(id -u)" -eq 0 ] || sudo_cmd=(sudo)
    "${sudo_cmd[@]}" env DEBIAN_FRONTEND=noninteractive apt-get update -qq
    "${sudo_cmd[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi
part "packages"

jobs="$(nproc 2>/dev/null || echo 2)"
if [ "$mode" = run ]; then
    cmake --preset default
    cmake --build --preset default -j "$jobs"
    exec ./build/default/src/app/warroom/warroom "$@"
fi

test_parts=" ${WARROOM_TEST_PARTS:-test asan fuzz} "

# The PostgreSQL tests (ctest label "postgres") need a server: a throwaway cluster on a loopback
# port, always stopped and removed when the script ends.
pg_dir=""
pg_start() {
    [ -z "$pg_dir" ] || return 0
    local settings
    settings="$(scripts/pg-test-cluster.sh start)" || {
        echo "The throwaway PostgreSQL cluster did not start; the PostgreSQL tests cannot run." >&2
        exit 1
    }
    eval "$settings"
    export WARROOM_TEST_PG WARROOM_TEST_PG_DIR
    pg_dir="$WARROOM_TEST_PG_DIR"
    echo "== PostgreSQL test cluster: $WARROOM_TEST_PG"
}
pg_stop() {
    [ -n "$pg_dir" ] && scripts/pg-test-cluster.sh stop "$pg_dir" || true
}
trap 'rc=$?; pg_stop; (exit $rc); summary' EXIT
# How many tests of the ctest label "postgres" of build dir $1 ran (passed or failed) and how
# many were skipped, read from that ctest run's output $2.
pg_report() {
    local name ran=0 skipped=0 total=0
    for name in $(ctest --test-dir "$1" -N -L postgres | sed -n 's/^ *Test *#[0-9]*: //p'); do
        total=$((total + 1))
        if grep -Eq "Test +#[0-9]+: $name \.+ +(\*\*\*)?(Passed|Failed)" "$2"; then
            ran=$((ran + 1))
        elif grep -Eq "Test +#[0-9]+: $name \.+ +(\*\*\*)?Skipped" "$2"; then
            skipped=$((skipped + 1))
        fi
    done
    echo "== PostgreSQL tests: $ran of $total ran against $WARROOM_TEST_PG, $skipped skipped (ctest label postgres)"
}

if [[ "$test_parts" == *" test "* ]]; then
    cmake --preset test
    cmake --build --preset test -j "$jobs"
    part "test build"
    pg_start
    suite_rc=0
    ctest --preset test -j "$jobs" "$@" | tee build/test/quickstart-ctest.log || suite_rc=$?
    pg_report build/test build/test/quickstart-ctest.log
    ((suite_rc == 0)) || exit "$suite_rc"
    part "test suite"
fi

# The whole suite again with AddressSanitizer and UndefinedBehaviorSanitizer (docs/reliability.md).
if [[ "$test_parts" == *" asan "* ]]; then
    cmake --preset asan
    cmake --build --preset asan -j "$jobs"
    part "asan build"
    pg_start
    suite_rc=0
    ctest --preset asan -j "$jobs" | tee build/asan/quickstart-ctest.log || suite_rc=$?
    pg_report build/asan build/asan/quickstart-ctest.log
    ((suite_rc == 0)) || exit "$suite_rc"
    part "asan suite"
fi

# libFuzzer targets over core and comms (clang), each fuzzed for a bounded time (fuzz/).
if [[ "$test_parts" == *" fuzz "* ]]; then
    cmake --preset fuzz
    cmake --build --preset fuzz -j "$jobs"
    part "fuzz build"
    scripts/fuzz.sh
    part "fuzz runs"
fi
