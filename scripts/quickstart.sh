#!/usr/bin/env bash
# War Room quick start on Debian 12: installs what is missing, builds, then runs the app or the tests.
#   scripts/quickstart.sh run    build and launch the GUI on the embedded SQLite default
#   scripts/quickstart.sh test   build and run the whole test suite (what CI runs)
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
    clang-format
)

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

jobs="$(nproc 2>/dev/null || echo 2)"
if [ "$mode" = run ]; then
    cmake --preset default
    cmake --build --preset default -j "$jobs"
    exec ./build/default/src/app/warroom/warroom "$@"
fi

cmake --preset test
cmake --build --preset test -j "$jobs"
ctest --preset test -j "$jobs" "$@"
