#!/usr/bin/env bash
# Proves that the .deb works on its own: unpacks it into a temporary root (dpkg-deb -x: nothing is installed,
# no root needed) and runs the packaged launcher headless in an empty environment — no JDK on the PATH, no
# JAVA_HOME — for --version, an import and an analyze of a small fixture, and a customer card PDF (the bundled
# CJK font inside the package).
#   installer/check-deb.sh [FILE.deb]        (default: the one installer/build.sh deb made)
set -euo pipefail
cd "$(dirname "$0")/.."

fail() {
    echo "check-deb: $*" >&2
    exit 1
}

deb="${1:-$(ls target/installer/*.deb 2>/dev/null | head -1)}"
[ -f "$deb" ] || fail "no .deb found; run installer/build.sh deb first"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mkdir -p "$work/home" "$work/prefs"

dpkg-deb -x "$deb" "$work/root"
launcher=$(find "$work/root" -path '*/bin/CustomerLens' -type f | head -1)
[ -x "$launcher" ] || fail "no executable bin/CustomerLens in $deb"
runtime_release=$(find "$work/root" -path '*/lib/runtime/release' -type f | head -1)
[ -f "$runtime_release" ] || fail "no Java runtime inside $deb"
runtime_version=$(sed -n 's/^JAVA_VERSION="\(.*\)"/\1/p' "$runtime_release")

# Nothing from this machine's Java: an empty environment with a PATH that holds no java. Settings and the home
# folder go to the temporary folder (JAVA_TOOL_OPTIONS is read by the packaged runtime itself).
run() {
    env -i PATH=/nonexistent LANG=C.UTF-8 \
        JAVA_TOOL_OPTIONS="-Duser.home=$work/home -Djava.util.prefs.userRoot=$work/prefs" \
        "$launcher" "$@" 2> >(grep -v '^Picked up JAVA_TOOL_OPTIONS' >&2)
}

version_line=$(run --version) || fail "--version failed"
package_version=$(dpkg-deb -f "$deb" Version)
case "$version_line" in
    "CustomerLens ${package_version}"*"(Java ${runtime_version}"*) ;;
    *) fail "--version printed '$version_line', expected CustomerLens $package_version on the packaged Java $runtime_version" ;;
esac

run import src/test/resources/fixtures/cli/sales.csv --db "$work/db" >"$work/import.txt" \
    || fail "import failed: $(cat "$work/import.txt")"
run analyze --db "$work/db" --out "$work/out" >"$work/analyze.txt" \
    || fail "analyze failed: $(cat "$work/analyze.txt")"
grep -q '^KH001,好又多超市,' "$work/out/customers.csv" || fail "customers.csv lacks KH001 好又多超市"
[ "$(tail -n +2 "$work/out/customers.csv" | wc -l)" -ge 2 ] || fail "customers.csv has fewer than two customers"

run report card --customer KH001 --pdf "$work/card.pdf" --db "$work/db" >"$work/card.txt" \
    || fail "report card failed: $(cat "$work/card.txt")"
[ "$(head -c 5 "$work/card.pdf")" = "%PDF-" ] || fail "the card is not a PDF"
if command -v pdftotext >/dev/null 2>&1; then
    pdftotext "$work/card.pdf" - | grep -q '好又多超市' || fail "the card PDF does not hold the customer's name"
fi

echo "check-deb: $(basename "$deb") ($(du -h "$deb" | cut -f1)): $version_line; import, analyze and the card PDF work without a JDK"
