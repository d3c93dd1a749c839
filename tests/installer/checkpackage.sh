#!/usr/bin/env bash
# Builds the .deb with CPack, checks what it holds, then runs the programs from the unpacked
# package to prove that they find their libraries, modules and translations beside them.
set -euo pipefail
build=$1
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

(cd "$build" && cpack -G DEB -B "$work/out" >"$work/cpack.log" 2>&1) || { cat "$work/cpack.log"; exit 1; }
deb=$(ls "$work"/out/civitas_*.deb)
echo "package: $(basename "$deb")"
dpkg-deb -c "$deb" | awk '{print $6}' | sed 's|^\./|/|' >"$work/contents"

fail=0
expect() {
    if grep -Eq "$1" "$work/contents"; then echo "ok: $2"; else echo "MISSING: $2 ($1)"; fail=1; fi
}
expect '^/usr/bin/civitas$' "civitas"
expect '^/usr/bin/civitas-admin$' "civitas-admin"
expect '/civitas/libcivitascore\.so\.0' "the core library"
expect '/share/civitas/translations/civitas_fr\.qm$' "the French translation"
expect '/share/civitas/translations/civitas_en\.qm$' "the English translation"
expect '^/usr/share/applications/fr\.civitas\.Civitas\.desktop$' "the desktop entry"
expect '^/usr/share/metainfo/fr\.civitas\.Civitas\.metainfo\.xml$' "the AppStream metadata"
expect '^/usr/share/icons/hicolor/scalable/apps/civitas\.svg$' "the icon"
# Every real module built goes into the package; test plugins never do.
for module in "$build"/lib/*/civitas/modules/*.so "$build"/lib/civitas/modules/*.so; do
    [ -e "$module" ] || continue
    expect "/civitas/modules/$(basename "$module")\$" "module $(basename "$module")"
done
if grep -q 'tests/modules\|civitas_alpha\|civitas_badmeta' "$work/contents"; then
    echo "UNEXPECTED: test plugins in the package"; fail=1
fi
dpkg-deb -f "$deb" Depends | grep -q 'libqt6sql6-sqlite' || { echo "MISSING: Depends on libqt6sql6-sqlite"; fail=1; }
dpkg-deb -f "$deb" Depends | grep -q 'libqt6pdfwidgets6' || { echo "MISSING: Depends on libqt6pdfwidgets6 (the document viewer)"; fail=1; }

# Run from the unpacked tree: no help from the build folder or the environment.
dpkg-deb -x "$deb" "$work/root"
unset CIVITAS_MODULE_PATH CIVITAS_TRANSLATION_PATH
version=$("$work/root/usr/bin/civitas-admin" --version)
[ "$version" = "civitas-admin 0.1.0" ] || { echo "WRONG: --version said '$version'"; fail=1; }
modules=$(CIVITAS_LANG=en "$work/root/usr/bin/civitas-admin" modules)
echo "modules: $modules"
case "$modules" in
    *"hr "*loaded*) echo "ok: the HR module loads from beside the program (its library found)";;
    *) echo "WRONG: the installed HR module did not load"; fail=1;;
esac
case "$modules" in
    *"leave "*loaded*) echo "ok: the leave module loads, after the HR module it needs";;
    *) echo "WRONG: the installed leave module did not load"; fail=1;;
esac
# The French translation is found beside the program too.
help=$(CIVITAS_LANG=fr "$work/root/usr/bin/civitas-admin" --help)
case "$help" in
    *"Utilisation"*) echo "ok: French translation loaded";;
    *) echo "WRONG: the installed program did not load its French translation"; fail=1;;
esac
"$work/root/usr/bin/civitas-admin" demo --db "$work/demo.sqlite" --agents 50 >/dev/null 2>&1 \
    || { echo "WRONG: the installed civitas-admin could not create a demo town"; fail=1; }
# The HR module's tables and demo files are in it: its migrations and its library work installed.
[ "$(sqlite3 "$work/demo.sqlite" 'SELECT count(*) FROM agents' 2>/dev/null)" = 50 ] \
    || { echo "WRONG: the installed HR module wrote no agent files"; fail=1; }
# The leave module's migrations ran: its seeded types are there.
[ "$(sqlite3 "$work/demo.sqlite" "SELECT count(*) FROM leave_types WHERE code = 'annual'" 2>/dev/null)" = 1 ] \
    || { echo "WRONG: the installed leave module's tables are missing"; fail=1; }
exit $fail
