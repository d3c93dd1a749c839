#!/usr/bin/env bash
# Installs what is missing, builds, and opens Civitas on a demo database.
# Extra arguments go to the application, e.g. ./run.sh --lang en
set -euo pipefail
source "$(dirname "$0")/scripts/common.sh"

civitas_install_packages
civitas_build

if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ] && [ "${QT_QPA_PLATFORM:-}" != offscreen ]; then
    cat >&2 <<'MSG'
civitas: no graphical display was found (DISPLAY and WAYLAND_DISPLAY are empty).
Run ./run.sh from a desktop session, or give it a virtual display:
    xvfb-run -a ./run.sh
MSG
    exit 1
fi

exec "$CIVITAS_BUILD/bin/civitas" --demo "$@"
