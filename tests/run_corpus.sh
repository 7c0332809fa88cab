#!/usr/bin/env bash
# run_corpus.sh BUILD_DIR -- run the conformance corpus against BUILD_DIR/streak.
#
# tests/programs/*.py (the mod_*.py helper modules too, run as __main__) are run from
# inside tests/programs in three modes -- "-j off", default, "-j hotloop=1
# -j stitchmin=0" (every loop traced, stitching whatever it can)
# (the last with STREAK_NB_OSR=1: @njit calls move to the optimised build
# at their first OSR point) --
# and each stdout is compared with the oracle's X.out by BUILD_DIR/outcmp
# (exit status must be 0).  A program whose source contains the line
# "# outcmp: exact" is compared byte-exactly (no float tolerance).
#
# tests/errors/*.py are run once (default mode) from inside tests/errors; the
# exit status must equal X.code, the last non-empty stderr line must equal
# X.err, the full stderr must equal X.tb (caret marker lines ignored) when
# X.tb exists, and stdout must equal X.out when X.out exists.
#
# With STREAK_CORPUS_TIERS="tcc gccjit" (./dev test's release build) each
# program also runs in mode "tcc" and mode "gccjit": the hotloop flags with
# STREAK_TIER pinning that tier, so that every loop runs in its code from
# the start (by default the gccjit code swaps in too late for most programs).
#
# Each program x mode is one test.  tests/known_failures.txt lists expected
# failures ("name.py" for every mode, or "name.py:MODE" with MODE one of
# off, default, hotloop, tcc, gccjit, err); they are reported as xfail, not failed.
#
# Env: STREAK_TEST_FILTER=substr  run only tests whose file name contains it.
#      STREAK_TEST_JOBS=N         parallelism (default: nproc).
#      STREAK_TEST_TIMEOUT=S      per-run timeout in seconds (default: 20).
set -u

if [ $# -ne 1 ]; then
  echo "usage: $0 BUILD_DIR" >&2
  exit 2
fi

TESTS_DIR=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
BUILD_DIR=$(cd "$1" 2>/dev/null && pwd) || { echo "no such build dir: $1" >&2; exit 2; }
STREAK="$BUILD_DIR/streak"
[ -x "$STREAK" ] || { echo "not executable: $STREAK" >&2; exit 2; }

WORK=$(mktemp -d "${TMPDIR:-/tmp}/streak-corpus.XXXXXX")
trap 'rm -rf "$WORK"' EXIT

OUTCMP="$BUILD_DIR/outcmp"
if [ ! -x "$OUTCMP" ]; then
  OUTCMP="$WORK/outcmp"
  "${CC:-cc}" -std=c17 -O2 -o "$OUTCMP" "$TESTS_DIR/outcmp.c" -lm ||
    { echo "cannot build outcmp" >&2; exit 2; }
fi

export STREAK OUTCMP WORK TESTS_DIR
export STREAK_TEST_TIMEOUT="${STREAK_TEST_TIMEOUT:-20}"

# strip_dir PREFIX -- copy stdin to stdout, deleting every occurrence of PREFIX.
strip_dir() {
  local prefix=$1 line LC_ALL=C
  while IFS= read -r line || [ -n "$line" ]; do
    printf '%s\n' "${line//"$prefix"/}"
  done
}
export -f strip_dir

# run_one KIND NAME MODE -- runs one test; writes $WORK/res/KIND.NAME.MODE
# whose first line is PASS or FAIL and the rest is the failure detail.
run_one() {
  local kind=$1 name=$2 mode=$3
  local res="$WORK/res/$kind.$name.$mode" tmp="$WORK/tmp/$kind.$name.$mode"
  local base=${name%.py} flags=() rc detail="" tier=both
  case $mode in
    off) flags=(-j off) ;;
    hotloop) flags=(-j hotloop=1 -j stitchmin=0) ;;
    tcc | gccjit) flags=(-j hotloop=1 -j stitchmin=0) tier=$mode ;;
  esac
  # the forced mode also moves every @njit call with loops from tcc code to
  # the optimised build at its first OSR point (jit/dispatch.c)
  local osr=0
  [ "$mode" = hotloop ] && osr=1
  if [ "$kind" = programs ]; then
    cd "$TESTS_DIR/programs" || exit 1
    STREAK_TIER=$tier STREAK_NB_OSR=$osr timeout -k 5 "$STREAK_TEST_TIMEOUT" "$STREAK" "${flags[@]}" "$name" \
      <"/dev/null" >"$tmp.stdout" 2>"$tmp.stderr"
    rc=$?
    local cmpflags=()
    grep -q '^# outcmp: exact' "$name" && cmpflags=(--exact)
    if [ $rc -eq 124 ]; then
      detail="timeout after ${STREAK_TEST_TIMEOUT}s"
    elif [ $rc -ne 0 ]; then
      detail="exit status $rc (expected 0); stderr tail:
$(tail -n 5 "$tmp.stderr")"
    elif ! cmpout=$("$OUTCMP" "${cmpflags[@]}" "$base.out" "$tmp.stdout"); then
      detail="$cmpout"
    fi
  else
    cd "$TESTS_DIR/errors" || exit 1
    timeout -k 5 "$STREAK_TEST_TIMEOUT" "$STREAK" "${flags[@]}" "$name" \
      <"/dev/null" >"$tmp.stdout" 2>"$tmp.stderr"
    rc=$?
    # CPython names the script by its absolute path in tracebacks and some
    # SyntaxErrors; the expected files have "<tests/errors>/" stripped, so
    # strip it here too (streak may print the path either way).
    strip_dir "$TESTS_DIR/errors/" <"$tmp.stderr" >"$tmp.stderr.n" && mv "$tmp.stderr.n" "$tmp.stderr"
    local want_rc
    want_rc=$(tr -d ' \n' <"$base.code")
    if [ $rc -eq 124 ]; then
      detail="timeout after ${STREAK_TEST_TIMEOUT}s"
    elif [ "$rc" != "$want_rc" ]; then
      detail="exit status $rc (expected $want_rc); stderr tail:
$(tail -n 5 "$tmp.stderr")"
    elif ! cmpout=$("$OUTCMP" --last-line "$base.err" "$tmp.stderr"); then
      detail="last stderr line: $cmpout"
    elif [ -f "$base.tb" ] && ! cmpout=$("$OUTCMP" --no-markers "$base.tb" "$tmp.stderr"); then
      detail="traceback: $cmpout"
    elif [ -f "$base.out" ] && ! cmpout=$("$OUTCMP" "$base.out" "$tmp.stdout"); then
      detail="stdout: $cmpout"
    fi
  fi
  if [ -z "$detail" ]; then
    echo PASS >"$res"
  else
    { echo FAIL; echo "$detail" | head -n 12; } >"$res"
  fi
  rm -f "$tmp.stdout" "$tmp.stderr"
}
export -f run_one

mkdir -p "$WORK/res" "$WORK/tmp"
filter="${STREAK_TEST_FILTER:-}"
{
  for f in "$TESTS_DIR"/programs/*.py; do
    n=$(basename "$f")
    [ -n "$filter" ] && [[ $n != *"$filter"* ]] && continue
    for m in off default hotloop ${STREAK_CORPUS_TIERS:-}; do echo "programs $n $m"; done
  done
  for f in "$TESTS_DIR"/errors/*.py; do
    n=$(basename "$f")
    [ -n "$filter" ] && [[ $n != *"$filter"* ]] && continue
    echo "errors $n err"
  done
} >"$WORK/jobs"

xargs -P "${STREAK_TEST_JOBS:-$(nproc)}" -L 1 \
  bash -c 'run_one "$0" "$1" "$2"' <"$WORK/jobs"

# Known failures: "name.py" or "name.py:mode"; '#' starts a comment.
declare -A known=()
if [ -f "$TESTS_DIR/known_failures.txt" ]; then
  while IFS= read -r line; do
    line=${line%%#*}
    line=$(echo "$line" | tr -d ' \t\r')
    [ -n "$line" ] && known[$line]=1
  done <"$TESTS_DIR/known_failures.txt"
fi

passed=0 failed=0 xfail=0 xpass=0
while read -r kind name mode; do
  res="$WORK/res/$kind.$name.$mode"
  label="$kind/$name:$mode"
  is_known=0
  if [ -n "${known[$name]:-}" ] || [ -n "${known[$name:$mode]:-}" ]; then is_known=1; fi
  if [ ! -f "$res" ]; then
    status=FAIL
    detail="runner error: no result"
  else
    status=$(head -n 1 "$res")
    detail=$(tail -n +2 "$res")
  fi
  if [ "$status" = PASS ]; then
    passed=$((passed + 1))
    if [ $is_known -eq 1 ]; then
      xpass=$((xpass + 1))
      echo "XPASS $label (listed in known_failures.txt)"
    fi
  elif [ $is_known -eq 1 ]; then
    xfail=$((xfail + 1))
    echo "xfail $label"
  else
    failed=$((failed + 1))
    echo "FAIL $label"
    [ -n "$detail" ] && echo "$detail" | sed 's/^/    /'
  fi
done <"$WORK/jobs"

[ $((xfail + xpass)) -gt 0 ] && echo "($xfail xfail, $xpass xpass)"
echo "$passed passed, $failed failed"
[ $failed -eq 0 ]
