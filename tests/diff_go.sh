#!/usr/bin/env bash
# tests/diff_go.sh — run the golden programs under the real Go toolchain
# ("go run", one file at a time) to confirm their expectations are Go's.
# Files with a "// Flags:" line are skipped (the flags are minigo's).
#
# usage: tests/diff_go.sh [-v] [files...]   (default: every tests/go/**/*.go)
# Environment: GO=command (default go), JOBS=N (golden.py -j).
set -u

repo=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
GO=${GO:-go}

if ! command -v "$GO" >/dev/null 2>&1; then
    echo "tests/diff_go.sh: skipped: $GO is not installed"
    exit 0
fi

verbose=()
if [ "${1:-}" = "-v" ]; then verbose=(-v); shift; fi
jobs=()
[ -n "${JOBS:-}" ] && jobs=(-j "$JOBS")

# absolute paths: go runs in a directory of its own
abs=()
if [ $# -gt 0 ]; then
    for f in "$@"; do
        case "$f" in /*) abs+=("$f") ;; *) abs+=("$PWD/$f") ;; esac
    done
else
    mapfile -t abs < <(find "$repo/tests/go" -name '*.go' -type f 2>/dev/null | LC_ALL=C sort)
fi

# Run from an empty directory, so that no go.mod or go.work around the
# repo changes how "go run file.go" builds (language version, loop vars).
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
cd "$tmp" || exit 1
echo "== $("$GO" version)"
GOFLAGS= python3 "$repo/tests/golden.py" "${jobs[@]}" "${verbose[@]}" "$GO run" "${abs[@]}"
