#!/usr/bin/env bash
# tests/difffuzz/ci.sh — the short round of the differential fuzzer for CI:
# fixed seeds (1, 2, 3, ...), each a program of many tests, compared with
# real Go (stdout, stderr's first line, exit status), for at most about
# three minutes. Prints "N passed, N failed" last (N: programs compared)
# and exits 1 on any disagreement or generator bug; skipped (0 passed,
# 0 failed) when go is not installed.
#
# Environment: BUILD=dir (default build: uses dir/cli/minigo),
#   DIFFFUZZ_SEEDS=A:B (default 1:400), DIFFFUZZ_TIME=secs (default 170).
set -u
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
repo=$(cd "$here/../.." && pwd)
if ! command -v go >/dev/null 2>&1; then
    echo "tests/difffuzz/ci.sh: skipped: go is not installed"
    echo "0 passed, 0 failed"
    exit 0
fi
build=${BUILD:-build}
case "$build" in /*) ;; *) build="$repo/$build" ;; esac
minigo="$build/cli/minigo"
if [ ! -x "$minigo" ]; then
    echo "tests/difffuzz/ci.sh: $minigo is not built"
    echo "0 passed, 1 failed"
    exit 1
fi
findings=$(mktemp -d /tmp/difffuzz-ci.XXXXXX)
python3 "$here/run.py" --minigo "$minigo" --seeds "${DIFFFUZZ_SEEDS:-1:400}" \
    --time "${DIFFFUZZ_TIME:-170}" --findings "$findings" --no-minimize -q
rc=$?
# run.py names the findings folder itself when something disagreed
[ $rc -eq 0 ] && rm -rf "$findings"
exit $rc
