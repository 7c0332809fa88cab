#!/bin/sh
# run.sh [--quick] [STREAK [FILTER]] — the kernel benchmarks: every kernel
# under bench/kernels/ in streak and in each peer that applies (C, CPython,
# PyPy, NumPy, Numba, LuaJIT), then bench/REPORT.md, bench/results/
# latest.json and the SVG charts. `./dev bench` calls it.
#
# Per kernel (bench/kernels/NAME/kernel.conf says which parts apply):
#   main     every implementation at the kernel's size n, BENCH_REPS
#            processes each, implementations interleaved round-robin
#   threads  (parallel=1) c-omp, numba, streak-numba at 1..nproc threads
#            (--quick: only kernels with threads_quick=1)
#   sizes    (sizes=..., --quick: sizes_quick=...) every serial
#            implementation at each size, one process each; a size
#            is skipped for an implementation whose previous size predicts
#            more than BENCH_SIZE_LIMIT seconds
# Every implementation prints first_s=, time_s=, reps=, checksum= (see
# bench/harness/bh.h); `bh` (bhmain.c + bh.c, built here) runs each process
# with a timeout and getrusage, and writes the report.
#
# --quick: one process per implementation, smaller n, short size series:
# about a minute. FILTER (substring of kernel names) runs only those
# kernels and writes the report under build/bench/results/ instead of
# bench/ (so a partial run never replaces the committed report).
#
# Env: BENCH_REPS (3; quick 1), BENCH_BUDGET (seconds of warm calls per
#   process: 0.1; quick 0.05), BENCH_TIMEOUT (per process: 60; quick 20),
#   BENCH_SIZE_LIMIT (5; quick 1), BENCH_ONLY (space-separated
#   implementations to run), BENCH_NO_SIZES=1, BENCH_NO_THREADS=1,
#   BENCH_OUT (results folder), BENCH_REPORT (report path), BENCH_COMMAND
#   (shown in the report), PYTHON (/usr/bin/python3), PYPY (pypy3),
#   LUAJIT (luajit), CC (gcc).
# The full stderr of every failed run is kept in build/bench/logs/.
# Exit status: 0, or 1 when a checksum was WRONG (failed runs are reported,
# not fatal), 2 when the harness itself could not run.
set -eu

HERE=$(cd "$(dirname "$0")" && pwd)
ROOT=$(cd "$HERE/../.." && pwd)
KERNELS=$ROOT/bench/kernels

QUICK=0
if [ "${1:-}" = "--quick" ]; then QUICK=1; shift; fi
STREAK=${1:-$ROOT/build/streak}
FILTER=${2:-}
case $STREAK in /*) ;; *) STREAK=$PWD/$STREAK ;; esac

PYTHON=${PYTHON:-/usr/bin/python3}
PYPY=${PYPY:-pypy3}
LUAJIT=${LUAJIT:-luajit}
CC=${CC:-gcc}
if [ "$QUICK" = 1 ]; then
  REPS=${BENCH_REPS:-1}; BUDGET=${BENCH_BUDGET:-0.05}; TIMEOUT=${BENCH_TIMEOUT:-20}
  SIZE_LIMIT=${BENCH_SIZE_LIMIT:-1}
else
  REPS=${BENCH_REPS:-3}; BUDGET=${BENCH_BUDGET:-0.1}; TIMEOUT=${BENCH_TIMEOUT:-60}
  SIZE_LIMIT=${BENCH_SIZE_LIMIT:-5}
fi
BUILD=$ROOT/build/bench
if [ -n "$FILTER" ]; then
  OUT=${BENCH_OUT:-$BUILD/results}; REPORT=${BENCH_REPORT:-$OUT/REPORT.md}; SVG_PREFIX=.
else
  OUT=${BENCH_OUT:-$ROOT/bench/results}; REPORT=${BENCH_REPORT:-$ROOT/bench/REPORT.md}; SVG_PREFIX=results
fi
[ -n "${BENCH_OUT:-}" ] && SVG_PREFIX=$OUT
mkdir -p "$BUILD/kernels" "$BUILD/logs" "$OUT"
rm -f "$BUILD"/logs/*.err
WORK=$(mktemp -d "${TMPDIR:-/tmp}/streak-bench.XXXXXX")
trap 'rm -rf "$WORK"' EXIT INT TERM
RECORDS=$WORK/records.tsv
META=$WORK/meta.tsv
: >"$RECORDS"
: >"$META"

say() { printf '%s\n' "bench: $*" >&2; }

# ---- the harness tool -------------------------------------------------------
# newer A B: A exists and was modified after B (POSIX find, not test -nt)
newer() { [ -e "$1" ] && [ -n "$(find "$1" -prune -newer "$2" 2>/dev/null)" ]; }
BH=$BUILD/bh
if ! newer "$BH" "$HERE/bh.c" || ! newer "$BH" "$HERE/bhmain.c" || ! newer "$BH" "$HERE/bh.h"; then
  "$CC" -std=c17 -O2 -Wall -Wextra -Werror -o "$BH" "$HERE/bh.c" "$HERE/bhmain.c" -lm ||
    { echo "bench: cannot build $BH" >&2; exit 2; }
fi

# ---- which peers are here ---------------------------------------------------
have() { command -v "$1" >/dev/null 2>&1; }
NOTE_c="" NOTE_cpython="" NOTE_pypy="" NOTE_luajit="" NOTE_numpy="" NOTE_numba="" NOTE_streak="" NOTE_omp=""
have "$CC" || NOTE_c="$CC not found"
if [ -z "$NOTE_c" ]; then
  printf 'int main(void){return 0;}\n' >"$WORK/omp.c"
  "$CC" -fopenmp -o "$WORK/omp" "$WORK/omp.c" 2>/dev/null || NOTE_omp="$CC -fopenmp does not work"
else
  NOTE_omp=$NOTE_c
fi
if have "$PYTHON"; then
  "$PYTHON" -c 'import numpy' 2>/dev/null || NOTE_numpy="numpy not importable in $PYTHON"
  "$PYTHON" -c 'import numba' 2>/dev/null || NOTE_numba="numba not importable in $PYTHON"
else
  NOTE_cpython="$PYTHON not found"; NOTE_numpy=$NOTE_cpython; NOTE_numba=$NOTE_cpython
fi
have "$PYPY" || NOTE_pypy="$PYPY not found (./dev bench --install-peers)"
have "$LUAJIT" || NOTE_luajit="$LUAJIT not found (./dev bench --install-peers)"
[ -x "$STREAK" ] || NOTE_streak="no streak binary at $STREAK (./dev build)"

# missing IMPL: the reason IMPL cannot run here, or "" when it can.
missing() {
  case $1 in
    c | c-fastmath) printf '%s' "$NOTE_c" ;;
    c-omp) printf '%s' "$NOTE_omp" ;;
    cpython) printf '%s' "$NOTE_cpython" ;;
    pypy) printf '%s' "$NOTE_pypy" ;;
    numpy) printf '%s' "$NOTE_numpy" ;;
    numba | numba-fastmath | numba-cuda) printf '%s' "$NOTE_numba" ;;
    luajit) printf '%s' "$NOTE_luajit" ;;
    streak*) printf '%s' "$NOTE_streak" ;;
  esac
}

# conf KDIR KEY [DEFAULT]
conf() { "$BH" conf "$1/kernel.conf" "$2" "${3:-}"; }

# impls KDIR: the implementations that exist for a kernel, in report order.
impls() {
  _kd=$1 _fm=$(conf "$1" fastmath 0) _par=$(conf "$1" parallel 0) _list=""
  [ -f "$_kd/c/kernel.c" ] && _list="$_list c"
  [ -f "$_kd/c/kernel.c" ] && [ "$_fm" = 1 ] && _list="$_list c-fastmath"
  [ -f "$_kd/c/kernel.c" ] && [ "$_par" = 1 ] && _list="$_list c-omp"
  [ -f "$_kd/cpython.py" ] && _list="$_list cpython pypy"
  [ -f "$_kd/numpy_impl.py" ] && _list="$_list numpy"
  [ -f "$_kd/numba_impl.py" ] && _list="$_list numba"
  [ -f "$_kd/numba_impl.py" ] && [ "$_fm" = 1 ] && _list="$_list numba-fastmath"
  [ -f "$_kd/cuda_impl.py" ] && _list="$_list numba-cuda"
  [ -f "$_kd/lua/kernel.lua" ] && _list="$_list luajit"
  [ -f "$_kd/streak.py" ] && _list="$_list streak"
  [ -f "$_kd/cpython.py" ] && _list="$_list streak-py"
  [ -f "$_kd/numpy_impl.py" ] && _list="$_list streak-numpy"
  [ -f "$_kd/numba_impl.py" ] && _list="$_list streak-numba"
  [ -f "$_kd/numba_impl.py" ] && [ "$_fm" = 1 ] && _list="$_list streak-numba-fastmath"
  [ -f "$_kd/cuda_impl.py" ] && _list="$_list streak-cuda"
  if [ -n "${BENCH_ONLY:-}" ]; then
    _sel=""
    for _i in $_list; do
      case " $BENCH_ONLY " in *" $_i "*) _sel="$_sel $_i" ;; esac
    done
    _list=$_sel
  fi
  printf '%s' "$_list"
}

# ---- meta ---------------------------------------------------------------------
meta() { printf '%s\t%s\n' "$1" "$(printf '%s' "$2" | tr '\t\n' '  ')" >>"$META"; }
first_line() { "$@" 2>&1 | head -1 || true; }
LOAD0=$(cut -d' ' -f1-3 /proc/loadavg 2>/dev/null || echo "?")
meta date "$(date -u '+%Y-%m-%d %H:%M UTC')"
meta command "${BENCH_COMMAND:-bench/harness/run.sh $([ "$QUICK" = 1 ] && echo --quick)}"
meta mode "$([ "$QUICK" = 1 ] && echo quick || echo full)"
meta machine "$(sed -n 's/^model name[[:space:]]*: //p' /proc/cpuinfo 2>/dev/null | head -1), $(nproc) cores, $(awk '/MemTotal/ { printf "%.0f GiB", $2 / 1048576 }' /proc/meminfo 2>/dev/null) RAM"
meta os "$(. /etc/os-release 2>/dev/null && echo "$PRETTY_NAME"), $(uname -sr), $(uname -m)"
meta "load average at start" "$LOAD0"
meta compiler "$(first_line "$CC" --version)"
meta "C flags" "-std=c17 -O3 -march=native -ffp-contract=off (c-fastmath: + -ffast-math; c-omp: + -fopenmp)"
meta python "$(first_line "$PYTHON" --version) ($PYTHON)"
[ -z "$NOTE_numpy" ] && meta numpy "$("$PYTHON" -c 'import numpy; print(numpy.__version__)' 2>&1)"
[ -z "$NOTE_numba" ] && meta numba "$("$PYTHON" -c 'import numba, llvmlite; print(numba.__version__, "(llvmlite", llvmlite.__version__ + ")")' 2>&1)"
if [ -z "$NOTE_pypy" ]; then meta pypy "$("$PYPY" --version 2>&1 | tr '\n' ' ')"; else meta pypy "not installed"; fi
if [ -z "$NOTE_luajit" ]; then meta luajit "$(first_line "$LUAJIT" -v)"; else meta luajit "not installed"; fi
if [ -z "$NOTE_streak" ]; then
  meta streak "$(first_line "$STREAK" --version), commit $(git -C "$ROOT" describe --always --dirty 2>/dev/null || echo '?')"
else
  meta streak "not built"
fi
meta process_reps "$REPS"
meta warm_budget_s "$BUDGET"
meta timeout_s "$TIMEOUT"

# ---- kernels ------------------------------------------------------------------
KLIST=""
for kd in "$KERNELS"/*/; do
  kd=${kd%/}
  k=$(basename "$kd")
  [ -f "$kd/kernel.conf" ] || continue
  if [ -n "$FILTER" ]; then case $k in *"$FILTER"*) ;; *) continue ;; esac; fi
  KLIST="$KLIST $k"
done
[ -n "$KLIST" ] || { echo "bench: no kernel matches '$FILTER'" >&2; exit 2; }

# Build the C variants. A failed build is recorded for that row.
for k in $KLIST; do
  kd=$KERNELS/$k b=$BUILD/kernels/$k
  [ -f "$kd/c/kernel.c" ] || continue
  mkdir -p "$b"
  for v in $(impls "$kd"); do
    case $v in c) extra="" ;; c-fastmath) extra="-ffast-math" ;; c-omp) extra="-fopenmp" ;; *) continue ;; esac
    [ -z "$(missing "$v")" ] || continue
    # up to date: newer than its source and the shared header
    if newer "$b/$v" "$kd/c/kernel.c" && newer "$b/$v" "$KERNELS/_common/bench.h"; then continue; fi
    # shellcheck disable=SC2086
    if ! "$CC" -std=c17 -O3 -march=native -ffp-contract=off -Wall -Wextra -Werror $extra \
      -o "$b/$v" "$kd/c/kernel.c" -lm 2>"$b/$v.log"; then
      rm -f "$b/$v"
    fi
  done
done

# run_impl KERNEL IMPL MODE N THREADS REP: one process, one record.
run_impl() {
  _k=$1 _impl=$2 _mode=$3 _n=$4 _th=$5 _rep=$6 _kd=$KERNELS/$1
  _why=$(missing "$_impl")
  if [ -n "$_why" ]; then
    [ "$_rep" = 1 ] && "$BH" record "$_k" "$_impl" "$_mode" "$_n" "$_th" "$_rep" not_installed "$_why" >>"$RECORDS"
    return 0
  fi
  case $_impl in
    c | c-fastmath | c-omp)
      if [ ! -x "$BUILD/kernels/$_k/$_impl" ]; then
        "$BH" record "$_k" "$_impl" "$_mode" "$_n" "$_th" "$_rep" error \
          "build failed: $(grep -m1 error "$BUILD/kernels/$_k/$_impl.log" 2>/dev/null || echo '?')" >>"$RECORDS"
        return 0
      fi
      set -- "$BUILD/kernels/$_k/$_impl" "$_n" "$BUDGET" ;;
    cpython) set -- "$PYTHON" cpython.py "$_n" "$BUDGET" ;;
    pypy) set -- "$PYPY" cpython.py "$_n" "$BUDGET" ;;
    numpy) set -- "$PYTHON" numpy_impl.py "$_n" "$BUDGET" ;;
    numba) set -- "$PYTHON" numba_impl.py "$_n" "$BUDGET" ;;
    numba-fastmath) set -- "$PYTHON" numba_impl.py "$_n" "$BUDGET" fastmath ;;
    numba-cuda) set -- "$PYTHON" cuda_impl.py "$_n" "$BUDGET" ;;
    luajit) set -- "$LUAJIT" lua/kernel.lua "$_n" "$BUDGET" ;;
    streak) set -- "$STREAK" streak.py "$_n" "$BUDGET" ;;
    streak-py) set -- "$STREAK" cpython.py "$_n" "$BUDGET" ;;
    streak-numpy) set -- "$STREAK" numpy_impl.py "$_n" "$BUDGET" ;;
    streak-numba) set -- "$STREAK" numba_impl.py "$_n" "$BUDGET" ;;
    streak-numba-fastmath) set -- "$STREAK" numba_impl.py "$_n" "$BUDGET" fastmath ;;
    streak-cuda) set -- "$STREAK" cuda_impl.py "$_n" "$BUDGET" ;;
    *) echo "bench: unknown implementation $_impl" >&2; return 0 ;;
  esac
  if [ "$_th" -gt 0 ]; then set -- env "OMP_NUM_THREADS=$_th" "NUMBA_NUM_THREADS=$_th" "$@"; fi
  (cd "$_kd" && "$BH" run "$_k" "$_impl" "$_mode" "$_n" "$_th" "$_rep" "$TIMEOUT" "$WORK/out" "$WORK/err" "$@") >>"$RECORDS"
  _line=$(tail -1 "$RECORDS")
  _st=$(printf '%s' "$_line" | cut -f7)
  if [ "$_st" != ok ]; then
    _tag="$_k/$_impl $_mode n=$_n"
    [ "$_th" -gt 0 ] && _tag="$_tag t=$_th"
    say "  $_tag: $_st: $(printf '%s' "$_line" | cut -f14 | cut -c1-100)"
    cp "$WORK/err" "$BUILD/logs/$_k.$_impl.$_mode.$_n.$_th.err" 2>/dev/null || true
  fi
}

nk=$(echo "$KLIST" | wc -w)
# nq KDIR KEY: KEY_quick under --quick (falling back to KEY), else KEY
nq() {
  if [ "$QUICK" = 1 ]; then conf "$1" "$2_quick" "$(conf "$1" "$2")"; else conf "$1" "$2"; fi
}

T0=$(date +%s)
rep=1
while [ "$rep" -le "$REPS" ]; do
  i=0
  for k in $KLIST; do
    i=$((i + 1))
    kd=$KERNELS/$k
    n=$(nq "$kd" n)
    say "[$rep/$REPS] $i/$nk $k (n=$n)"
    for impl in $(impls "$kd"); do run_impl "$k" "$impl" main "$n" 0 "$rep"; done
  done
  rep=$((rep + 1))
done

if [ "${BENCH_NO_THREADS:-0}" != 1 ]; then
  NPROC=$(nproc)
  for k in $KLIST; do
    kd=$KERNELS/$k
    [ "$(conf "$kd" parallel 0)" = 1 ] || continue
    [ "$QUICK" = 1 ] && [ "$(conf "$kd" threads_quick 0)" != 1 ] && continue
    n=$(nq "$kd" n_threads)
    [ -n "$n" ] || n=$(nq "$kd" n)
    say "threads: $k (n=$n, 1..$NPROC)"
    rep=1
    while [ "$rep" -le "$REPS" ]; do
      t=1
      while [ "$t" -le "$NPROC" ]; do
        for impl in $(impls "$kd"); do
          case $impl in c-omp | numba | streak-numba) run_impl "$k" "$impl" threads "$n" "$t" "$rep" ;; esac
        done
        t=$((t + 1))
      done
      rep=$((rep + 1))
    done
  done
fi

if [ "${BENCH_NO_SIZES:-0}" != 1 ]; then
  for k in $KLIST; do
    kd=$KERNELS/$k
    if [ "$QUICK" = 1 ]; then sizes=$(conf "$kd" sizes_quick); else sizes=$(conf "$kd" sizes); fi
    [ -n "$sizes" ] || continue
    say "sizes: $k ($sizes)"
    for impl in $(impls "$kd"); do
      case $impl in *fastmath | *cuda) continue ;; esac
      prev="" prevt="" failed=""
      for n in $sizes; do
        if [ -n "$failed" ]; then
          "$BH" record "$k" "$impl" size "$n" 0 1 skipped "failed at a smaller size" >>"$RECORDS"
          continue
        fi
        if [ -n "$prevt" ] && [ "$prevt" != - ]; then
          # predicted: first call + at least one warm call, both scaled linearly
          if awk -v t="$prevt" -v a="$prev" -v b="$n" -v lim="$SIZE_LIMIT" 'BEGIN { exit !(2 * t * b / a > lim) }'; then
            "$BH" record "$k" "$impl" size "$n" 0 1 skipped "predicted over ${SIZE_LIMIT} s" >>"$RECORDS"
            continue
          fi
        fi
        run_impl "$k" "$impl" size "$n" 0 1
        st=$(tail -1 "$RECORDS" | cut -f7)
        [ "$st" = ok ] || [ "$st" = not_installed ] || failed=1
        [ "$st" = not_installed ] && break
        prev=$n
        prevt=$("$BH" best "$RECORDS" "$k" "$impl" size "$n")
      done
    done
  done
fi

meta "load average at end" "$(cut -d' ' -f1-3 /proc/loadavg 2>/dev/null || echo "?")"
meta "run time" "$(($(date +%s) - T0)) s"
meta note "Measured on a shared, noisy machine ($(nproc) cores; load average $LOAD0 at the start, $(cut -d' ' -f1 /proc/loadavg 2>/dev/null || echo '?') at the end): other jobs ran at the same time, so single numbers can be off by tens of percent and thread scaling especially is unreliable. Compare orders of magnitude and ratios, not the last digit."

cp "$RECORDS" "$OUT/records.tsv"
cp "$META" "$OUT/meta.tsv"
rm -f "$OUT"/size_*.svg "$OUT"/threads_*.svg
status=0
"$BH" report "$OUT/records.tsv" "$OUT/meta.tsv" "$KERNELS" "$OUT/latest.json" "$REPORT" "$OUT" "$SVG_PREFIX" 2>"$WORK/report.err" || status=2
cat "$WORK/report.err" >&2
grep -q WRONG "$WORK/report.err" && status=1
# the summary table on the terminal
sed -n '/^## Warm time per kernel/,/^## Kernels/p' "$REPORT" | sed '$d'
say "report: $REPORT (data: $OUT/latest.json, $OUT/records.tsv), $(($(date +%s) - T0)) s"
exit "$status"
