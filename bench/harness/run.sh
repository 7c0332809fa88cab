#!/bin/sh
# run.sh [--quick] [STREAK [FILTER]] — the kernel benchmarks: every kernel
# under bench/kernels/ in streak and in each peer that applies (C, CPython,
# PyPy, NumPy, Numba, LuaJIT), then bench/REPORT.md, bench/results/
# latest.json and the SVG charts. `./dev bench` calls it.
#
# Per kernel (bench/kernels/NAME/kernel.conf says which parts apply),
# within a time budget (see "the time budget" below):
#   main     every implementation at the kernel's size n, once (at the end
#            of the kernel: up to BENCH_REPS processes each, round-robin,
#            while they fit)
#   threads  (parallel=1) c-omp, numba, streak-numba at 1..nproc threads
#            (--quick: only kernels with threads_quick=1), likewise
#   sizes    (sizes=..., --quick: sizes_quick=...) every serial
#            implementation at each size, one process each, every other
#            size first (1e3 1e5 1e7, then 1e4 1e6); a size is skipped for
#            an implementation whose largest smaller size predicts more
#            than BENCH_SIZE_LIMIT seconds (the work grows as
#            n^size_exponent) or more than the kernel's share has left
# Every implementation prints first_s=, time_s=, reps=, checksum= (see
# bench/harness/bh.h); `bh` (bhmain.c + bh.c, built here) runs each process
# with a timeout and getrusage, predicts process times, and writes the
# report.
#
# --quick: one process per implementation, smaller n, short size series:
# under a minute. FILTER (substring of kernel names) runs only those
# kernels and writes the report under BUILD/results/ instead of bench/ (so
# a partial run never replaces the committed report).
#
# Env: BENCH_TIME (seconds for all kernels: 420; quick 40), BENCH_REPS (3;
#   quick 1), BENCH_BUDGET (seconds of warm calls per process: 0.3; quick
#   0.02), BENCH_TIMEOUT (per process: 30; quick 20), BENCH_SIZE_LIMIT
#   (per size-scaling process: 5; quick 2), BENCH_SIZE_FLOOR (seconds the
#   size series may take past the kernel's share: 10; quick 6), BENCH_ONLY
#   (space-separated implementations to run), BENCH_NO_SIZES=1,
#   BENCH_NO_THREADS=1, BENCH_OUT (results folder), BENCH_REPORT (report
#   path), BENCH_COMMAND (shown in the report), BENCH_NOTE (added to the
#   note at the top of the report), BENCH_FAMILIES (./dev bench: the other
#   families' outcome, for the report), BENCH_BUILD (helpers, C kernels and
#   logs: default next to STREAK, BUILD below), PYTHON (/usr/bin/python3),
#   PYPY (pypy3), LUAJIT (luajit), CC (gcc).
# The full stderr of every failed run is kept in BUILD/logs/.
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
T0=$(date +%s)
if [ "$QUICK" = 1 ]; then
  REPS=${BENCH_REPS:-1}; BUDGET=${BENCH_BUDGET:-0.02}; TIMEOUT=${BENCH_TIMEOUT:-20}
  SIZE_LIMIT=${BENCH_SIZE_LIMIT:-2}; TOTAL=${BENCH_TIME:-40}; SIZE_FLOOR=${BENCH_SIZE_FLOOR:-6}
else
  # 0.3 s of warm calls: streak's optimised code swaps in 100-250 ms after a
  # loop gets hot (gccjit on a background thread); a 0.1 s window measured
  # the first tier for some kernels, and which one varied from run to run
  REPS=${BENCH_REPS:-3}; BUDGET=${BENCH_BUDGET:-0.3}; TIMEOUT=${BENCH_TIMEOUT:-30}
  SIZE_LIMIT=${BENCH_SIZE_LIMIT:-5}; TOTAL=${BENCH_TIME:-420}; SIZE_FLOOR=${BENCH_SIZE_FLOOR:-10}
fi
# Built helpers, C kernels and logs: next to the streak binary when that is
# in this tree (build-x/streak → build-x/bench), else build/bench.
case $(dirname "$STREAK") in
  "$ROOT"/*) BUILD=${BENCH_BUILD:-$(dirname "$STREAK")/bench} ;;
  *) BUILD=${BENCH_BUILD:-$ROOT/build/bench} ;;
esac
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
  # the build type from meson's introspection, when the binary is in a meson build dir
  BTYPE=$(sed -n 's/.*"name": "buildtype", "value": "\([a-z]*\)".*/\1/p' \
    "$(dirname "$STREAK")/meson-info/intro-buildoptions.json" 2>/dev/null | head -1)
  meta streak "$(first_line "$STREAK" --version), commit $(git -C "$ROOT" describe --always --dirty 2>/dev/null || echo '?'), ${BTYPE:-unknown} build ($STREAK)"
else
  meta streak "not built"
fi
meta process_reps "$REPS"
meta kernel_time_s "$TOTAL"
meta size_limit_s "$SIZE_LIMIT"
[ -n "${BENCH_FAMILIES:-}" ] && meta "other families (./dev bench)" "$BENCH_FAMILIES"
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

# ---- the time budget ------------------------------------------------------
# Each kernel gets a share of what is left of BENCH_TIME, in proportion to
# its weight (below; a quick kernel leaves more to the next). Within it:
# every implementation once at n, then thread scaling once per thread count
# (both always run), then the size series (every other size first, then
# the rest) across all implementations, each run only when its predicted
# wall time fits both
# BENCH_SIZE_LIMIT and the share less its last quarter (at least
# BENCH_SIZE_FLOOR seconds), then more processes (up to BENCH_REPS) for the
# rows that fit in the rest of the share. What does not fit is a `skipped`
# record, so the report says so.
now() { date +%s; }
# fits PREDICTED DEADLINE: the predicted seconds end before DEADLINE
fits() { [ "$1" != - ] && awk -v p="$1" -v now="$(now)" -v d="$2" 'BEGIN { exit !(now + p <= d) }'; }
# predict KERNEL IMPL MODE N N_NEXT [EXPONENT]: the predicted wall of one
# more process (the work growing as n^EXPONENT)
predict() { "$BH" predict "$RECORDS" "$1" "$2" "$3" "$4" "$5" "$BUDGET" "${6:-1}"; }
# last_status: the status of the last record written
last_status() { tail -1 "$RECORDS" | cut -f7; }

# thread_impls KDIR: the rows that scale with threads
thread_impls() {
  for _i in $(impls "$1"); do
    case $_i in c-omp | numba | streak-numba) printf ' %s' "$_i" ;; esac
  done
}

# more_reps K MODE N THREADS IMPLS DEADLINE: processes 2..REPS of each row,
# round-robin, each only when its first process was ok and fits.
more_reps() {
  _mk=$1 _mm=$2 _mn=$3 _mt=$4 _mi=$5 _md=$6
  _r=2
  while [ "$_r" -le "$REPS" ]; do
    for _i in $_mi; do
      _p=$(predict "$_mk" "$_i" "$_mm" "$_mn" "$_mn")
      fits "$_p" "$_md" && run_impl "$_mk" "$_i" "$_mm" "$_mn" "$_mt" "$_r"
    done
    _r=$((_r + 1))
  done
}

# coarse_first SIZES: every other size (the first, third, ...), then the
# rest, so a tight budget still spans the range
coarse_first() {
  _c=0 _a="" _b=""
  for _n in $1; do
    if [ $((_c % 2)) = 0 ]; then _a="$_a $_n"; else _b="$_b $_n"; fi
    _c=$((_c + 1))
  done
  printf '%s' "$_a$_b"
}

# sizes K SIZES IMPLS DEADLINE EXPONENT: the size series, size-major in
# coarse_first order. The smallest size always runs; a larger one runs
# when its predicted wall time (from the largest smaller size the row ran
# at) fits; a row that failed is skipped at the larger sizes, a peer that is
# not installed says so once.
sizes() {
  _sk=$1 _sd=$4 _se=$5 _gone="" _failed=""
  _first=${2%% *}
  for _n in $(coarse_first "$2"); do
    for _i in $3; do
      case " $_gone " in *" $_i "*) continue ;; esac
      _why=""
      for _f in $_failed; do # IMPL:N, failed at N
        [ "${_f%%:*}" = "$_i" ] && [ "${_f#*:}" -lt "$_n" ] && _why="failed at a smaller size"
      done
      if [ -z "$_why" ] && [ "$_n" != "$_first" ]; then
        _p=$(predict "$_sk" "$_i" size - "$_n" "$_se")
        if [ "$_p" = - ]; then
          _why="no smaller size ran"
        elif ! awk -v p="$_p" -v l="$SIZE_LIMIT" 'BEGIN { exit !(p <= l) }'; then
          _why="predicted $_p s > $SIZE_LIMIT s per process"
        elif ! fits "$_p" "$_sd"; then
          _why="predicted $_p s: over the kernel's time budget"
        fi
      fi
      if [ -n "$_why" ]; then
        "$BH" record "$_sk" "$_i" size "$_n" 0 1 skipped "$_why" >>"$RECORDS"
        continue
      fi
      run_impl "$_sk" "$_i" size "$_n" 0 1
      case $(last_status) in
        ok) ;;
        not_installed) _gone="$_gone $_i" ;;
        *) _failed="$_failed $_i:$_n" ;;
      esac
    done
  done
}

NPROC=$(nproc)
T_END=$((T0 + TOTAL))
LOADMAX=$(cut -d' ' -f1 /proc/loadavg 2>/dev/null || echo 0)
# sample_load: keep the highest 1-minute load average seen (per kernel)
sample_load() {
  LOADMAX=$(awk -v m="$LOADMAX" '{ print ($1 > m ? $1 : m) }' /proc/loadavg 2>/dev/null || echo "$LOADMAX")
}
# weight KDIR: a kernel's claim on the time (2, +2 with a size series, +1
# with thread scaling)
weight() {
  _w=2
  if [ "$QUICK" = 1 ]; then [ -n "$(conf "$1" sizes_quick)" ] && _w=$((_w + 2))
  else [ -n "$(conf "$1" sizes)" ] && _w=$((_w + 2)); fi
  [ "$(conf "$1" parallel 0)" = 1 ] && _w=$((_w + 1))
  printf '%s' "$_w"
}
WLEFT=0
for k in $KLIST; do WLEFT=$((WLEFT + $(weight "$KERNELS/$k"))); done

i=0
for k in $KLIST; do
  i=$((i + 1))
  kd=$KERNELS/$k
  n=$(nq "$kd" n)
  kstart=$(now)
  sample_load
  w=$(weight "$kd")
  share=$(((T_END - kstart) * w / WLEFT))
  WLEFT=$((WLEFT - w))
  [ "$share" -gt 0 ] || share=0
  kend=$((kstart + share))
  say "$i/$nk $k (n=$n, ${share} s)"
  all=$(impls "$kd")
  for impl in $all; do run_impl "$k" "$impl" main "$n" 0 1; done

  th_impls="" tn=""
  if [ "${BENCH_NO_THREADS:-0}" != 1 ] && [ "$(conf "$kd" parallel 0)" = 1 ] &&
    { [ "$QUICK" = 0 ] || [ "$(conf "$kd" threads_quick 0)" = 1 ]; }; then
    tn=$(nq "$kd" n_threads)
    [ -n "$tn" ] || tn=$n
    th_impls=$(thread_impls "$kd")
    say "  threads (n=$tn, 1..$NPROC)"
    t=1
    while [ "$t" -le "$NPROC" ]; do
      for impl in $th_impls; do run_impl "$k" "$impl" threads "$tn" "$t" 1; done
      t=$((t + 1))
    done
  fi

  if [ "${BENCH_NO_SIZES:-0}" != 1 ]; then
    if [ "$QUICK" = 1 ]; then ss=$(conf "$kd" sizes_quick); else ss=$(conf "$kd" sizes); fi
    if [ -n "$ss" ]; then
      say "  sizes ($ss)"
      si=""
      for impl in $all; do
        case $impl in *fastmath | *cuda | c-omp) ;; *) si="$si $impl" ;; esac
      done
      # up to a quarter of the share before its end (left for more
      # processes at n), but at least SIZE_FLOOR seconds
      send=$((kend - share / 4)) sfloor=$(($(now) + SIZE_FLOOR))
      [ "$send" -gt "$sfloor" ] || send=$sfloor
      sizes "$k" "$ss" "$si" "$send" "$(conf "$kd" size_exponent 1)"
    fi
  fi

  more_reps "$k" main "$n" 0 "$all" "$kend"
  t=1
  while [ -n "$th_impls" ] && [ "$t" -le "$NPROC" ]; do
    more_reps "$k" threads "$tn" "$t" "$th_impls" "$kend"
    t=$((t + 1))
  done
done

meta "load average at end" "$(cut -d' ' -f1-3 /proc/loadavg 2>/dev/null || echo "?")"
sample_load
meta "load average, highest 1-minute value seen" "$LOADMAX"
meta "run time" "$(($(date +%s) - T0)) s"
# The note at the top of the report: busy when the 1-minute load reached
# half the cores at any sample; BENCH_NOTE adds the operator's words.
if awk -v l="$LOADMAX" -v c="$NPROC" 'BEGIN { exit !(l >= c / 2) }'; then
  NOTE="Measured on a busy machine ($NPROC cores; 1-minute load average up to $LOADMAX during the run, $LOAD0 at the start): other jobs ran at the same time, so single numbers can be off by tens of percent and thread scaling especially is unreliable. Compare orders of magnitude and ratios, not the last digit."
else
  NOTE="Measured on a quiet machine ($NPROC cores; 1-minute load average at most $LOADMAX during the run)."
fi
meta note "${BENCH_NOTE:+$BENCH_NOTE }$NOTE"

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
