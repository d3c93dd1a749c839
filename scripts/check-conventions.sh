#!/usr/bin/env bash
# The conventions of docs/architecture.md that a machine can check cheaply. Run by CTest as the
# test "conventions" (so CI runs it), or by hand: scripts/check-conventions.sh [ROOT]
# Prints each breach with its file and exits 1 when there is one.
set -uo pipefail
root=${1:-$(cd "$(dirname "$0")/.." && pwd)}
cd "$root" || exit 2

failures=0
breach() {
    echo "conventions: $*"
    failures=$((failures + 1))
}

sources() { # the C++ files under the given folders
    find "$@" -type f \( -name '*.h' -o -name '*.cpp' \) 2>/dev/null | sort
}

# 1. Pages talk to stores: no SQL class in interface code.
for f in $(sources modules/*/ui app/shell); do
    while IFS=: read -r line _; do
        breach "$f:$line: SQL in interface code; move it to a store"
    done < <(grep -nE '\bQSql(Query|Database)\b' "$f")
done

# 2. Rules stay pure: a domain file uses neither SQL nor widgets, nor a higher layer.
for f in $(sources modules/*/domain app/core/french); do
    if grep -qE '#include <(QtSql|QtWidgets|QSql[A-Za-z]*|QWidget|QDialog|QAbstract[A-Za-z]*Model)>' "$f"; then
        breach "$f: a domain file includes SQL, widgets or models"
    fi
    if grep -qE '#include [<"][a-z]+/(store|models|output|ui|cli|demo)/' "$f"; then
        breach "$f: a domain file includes a header of a higher layer"
    fi
done

# 2b. Layers are read top to bottom: a store uses no list model, page, output or command; a
#     model no page, output or command; an output no page or command.
higher_than() {
    case "$1" in
    store) echo 'models|output|ui|cli|demo' ;;
    models) echo 'output|ui|cli|demo' ;;
    output) echo 'ui|cli|demo' ;;
    esac
}
for layer in store models output; do
    for f in $(sources modules/*/$layer); do
        if grep -qE "#include [<\"][a-z]+/($(higher_than $layer))/" "$f"; then
            breach "$f: a $layer file includes a header of a higher layer"
        fi
    done
done

# 3. Every source sits in a layer folder (the module class and the export header excepted).
layers='domain|store|models|output|ui|cli|demo|plugin'
for f in $(sources modules); do
    rel=${f#modules/}
    module=${rel%%/*}
    rest=${rel#*/}
    case "$rest" in
    "${module}module.h" | "${module}module.cpp" | "${module}global.h" | "${module}tr.h") continue ;;
    esac
    folder=${rest%%/*}
    if [ "$folder" = "$rest" ] || ! [[ "$folder" =~ ^($layers)$ ]]; then
        breach "$f: outside the layer folders ($layers)"
    fi
done
core_folders='extension|storage|models|sync|files|access|formats|french|demo'
for f in $(sources app/core); do
    rest=${f#app/core/}
    case "$rest" in
    coreglobal.h | coretr.h | corelogging.h | corelogging.cpp | result.h | workspace.h | workspace.cpp | translations.h | translations.cpp) continue ;;
    esac
    folder=${rest%%/*}
    if [ "$folder" = "$rest" ] || ! [[ "$folder" =~ ^($core_folders)$ ]]; then
        breach "$f: outside the core's subsystem folders ($core_folders)"
    fi
done

# 4. Nothing in the repository points outside it.
# Applied migrations are never edited, so the first ones keep their old wording ("DESIGN.md's
# convention": the convention table of docs/architecture.md).
outside=$(git grep -nE '\.\./shared|shared/DESIGN|DESIGN\.md' -- ':!scripts/check-conventions.sh' \
    ':!database/*/*/0001_*.sql' 2>/dev/null)
if [ -n "$outside" ]; then
    while IFS= read -r line; do breach "$line: points outside the repository"; done <<<"$outside"
fi

# 5. Formatted with the root .clang-format. Every C++ file when CIVITAS_FORMAT_ALL=1, otherwise
#    those changed since the last commit of main that CI saw (cheap on a large tree).
if command -v clang-format >/dev/null 2>&1; then
    if [ "${CIVITAS_FORMAT_ALL:-1}" = 1 ]; then
        files=$(git ls-files '*.h' '*.cpp')
    else
        files=$(git diff --name-only HEAD~1 -- '*.h' '*.cpp' 2>/dev/null)
    fi
    for f in $files; do
        [ -f "$f" ] || continue
        if ! clang-format --dry-run --Werror "$f" >/dev/null 2>&1; then
            breach "$f: not formatted (clang-format -i $f)"
        fi
    done
else
    echo "conventions: clang-format not found, formatting not checked"
fi

if [ "$failures" -gt 0 ]; then
    echo "conventions: $failures breach(es)"
    exit 1
fi
echo "conventions: all checks passed"
