# Shared by run.sh and test.sh: install what is missing, then configure and build.
# Sourced, not run.

CIVITAS_ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
CIVITAS_BUILD=${CIVITAS_BUILD:-$CIVITAS_ROOT/build}

CIVITAS_PACKAGES=(
    # build
    g++ cmake ninja-build pkg-config ccache python3
    qt6-base-dev qt6-base-dev-tools qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
    qt6-svg-dev qt6-pdf-dev qt6-translations-l10n libqt6sql6-sqlite libqt6sql6-psql libqt6svg6
    qtkeychain-qt6-dev libsqlite3-dev sqlite3 libpq-dev libgl-dev
    # running and testing
    postgresql postgresql-15-pgaudit dbus dbus-x11 gnome-keyring libsecret-1-0 xvfb xauth
    fonts-dejavu-core poppler-utils libxml2-utils dpkg-dev file openssl
)

civitas_sudo() {
    if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi
}

civitas_install_packages() {
    local missing=()
    local p
    for p in "${CIVITAS_PACKAGES[@]}"; do
        dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
    done
    if [ ${#missing[@]} -gt 0 ]; then
        echo "Installing missing packages: ${missing[*]}"
        civitas_sudo apt-get update -qq
        civitas_sudo env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}"
    fi
}

civitas_build() {
    local jobs
    jobs=$(nproc 2>/dev/null || echo 2)
    # ccache lets a fresh clone (CI's, in another folder) reuse what this machine compiled:
    # paths are hashed relative to the checkout, and the working directory is left out.
    export CCACHE_BASEDIR="$CIVITAS_ROOT" CCACHE_NOHASHDIR=1
    export CCACHE_SLOPPINESS=${CCACHE_SLOPPINESS:-pch_defines,time_macros,include_file_mtime,include_file_ctime}
    if [ ! -f "$CIVITAS_BUILD/build.ninja" ]; then
        cmake -S "$CIVITAS_ROOT" -B "$CIVITAS_BUILD" -G Ninja \
              -DCMAKE_BUILD_TYPE=RelWithDebInfo -DCMAKE_INSTALL_PREFIX=/usr \
              -DCMAKE_CXX_COMPILER_LAUNCHER=ccache -DCMAKE_C_COMPILER_LAUNCHER=ccache
    fi
    ccache --max-size=8G >/dev/null 2>&1 || true
    cmake --build "$CIVITAS_BUILD" -j "$jobs"
}
