#!/usr/bin/env bash
# Installs what is missing, builds, starts the throwaway services the tests need (a
# PostgreSQL cluster, a D-Bus session with an unlocked gnome-keyring), and runs every test.
# Extra arguments go to ctest, e.g. ./test.sh -R database
set -euo pipefail
source "$(dirname "$0")/scripts/common.sh"

civitas_install_packages
civitas_build

work=$(mktemp -d /tmp/civitas-test.XXXXXX)
chmod 755 "$work"
source "$CIVITAS_ROOT/scripts/testpostgres.sh"
trap 'civitas_stop_postgres; rm -rf "$work"' EXIT
civitas_start_postgres "$work/pg"

# A keychain of its own: fresh HOME and runtime folder, unlocked with a throwaway password.
mkdir -p "$work/home" "$work/runtime"
chmod 700 "$work/runtime"
export HOME="$work/home" XDG_RUNTIME_DIR="$work/runtime"
export QT_QPA_PLATFORM=offscreen

cd "$CIVITAS_BUILD"
dbus-run-session -- sh -c '
    printf %s civitas-test | gnome-keyring-daemon --unlock --components=secrets >/dev/null 2>&1
    exec ctest --output-on-failure --timeout 600 -j2 "$@"' sh "$@"
