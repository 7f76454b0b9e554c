#!/bin/sh
# Runs a command inside a D-Bus session of its own with a gnome-keyring-daemon unlocked for it
# (the Secret Service a desktop session has), its keyring in a temporary home that is removed
# afterwards; the daemon is stopped when the command ends, whatever its result. Used by CTest for
# tst_keychainroundtrip; needs Debian's dbus and gnome-keyring.
set -eu
if [ "${1:-}" != "--inside" ]; then
    home=$(mktemp -d)
    trap 'rm -rf "$home"' EXIT
    export HOME="$home" XDG_DATA_HOME="$home/data" XDG_CONFIG_HOME="$home/config"
    export XDG_RUNTIME_DIR="$home/run"
    mkdir -p "$XDG_DATA_HOME" "$XDG_CONFIG_HOME"
    mkdir -m 700 "$XDG_RUNTIME_DIR"
    unset DISPLAY
    status=0
    dbus-run-session -- sh "$0" --inside "$@" || status=$?
    exit "$status"
fi
shift
printf pw | gnome-keyring-daemon --foreground --unlock --components=secrets >/dev/null &
daemon=$!
trap 'kill "$daemon" 2>/dev/null; wait "$daemon" 2>/dev/null || true' EXIT
# Until the daemon owns the Secret Service's name (at most 5 s).
tries=0
until dbus-send --session --print-reply --dest=org.freedesktop.DBus /org/freedesktop/DBus \
        org.freedesktop.DBus.NameHasOwner string:org.freedesktop.secrets 2>/dev/null |
        grep -q 'boolean true'; do
    tries=$((tries + 1))
    if [ "$tries" -gt 100 ]; then
        echo "keychainsession.sh: gnome-keyring-daemon did not start its Secret Service" >&2
        exit 1
    fi
    sleep 0.05
done
"$@"
