#!/usr/bin/env bash
# bench/jit/run.sh [BUILD_DIR] [REPEAT] -- the tracing JIT against C.
# Each kernel times itself (kernel_s: CPU time of the main thread for the
# loop only, so a busy machine and the background gccjit compile do not
# count; the wall column is the whole process). The ndarray kernels
# (sum_squares_arr, mandel_arr) run twice and report the second, warm call
# as kernel_s (the trace compiled, gccjit code swapped in) and the first as
# first_s. The best of REPEAT runs
# is reported for: C (gcc -O3 -march=native -ffp-contract=off), streak with
# both tiers (default), STREAK_TIER=tcc, STREAK_TIER=gccjit, and -j off.
# The whole-process wall time of the default mode is shown too (it includes
# start-up, recording and the first-tier compile).
set -eu
HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
BUILD=${1:-$HERE/../../build}
REPEAT=${2:-3}
STREAK=$(cd "$BUILD" && pwd)/streak
WORK=$(mktemp -d "${TMPDIR:-/tmp}/streak-bench.XXXXXX")
trap 'rm -rf "$WORK"' EXIT
for c in sum_mul sum_squares mandel_arr; do
  gcc -O3 -march=native -ffp-contract=off -o "$WORK/$c" "$HERE/$c.c"
done

# best KERNEL-TIME of REPEAT runs of a command
best() {
  local b=""
  for ((k = 0; k < REPEAT; k++)); do
    local t
    t=$("$@" 2>/dev/null | awk '/^kernel_s/ {print $2}')
    if [ -z "$b" ] || awk -v a="$t" -v b="$b" 'BEGIN{exit !(a<b)}'; then b=$t; fi
  done
  echo "$b"
}
wall() {
  local s e
  s=$(date +%s.%N); "$@" >/dev/null 2>&1; e=$(date +%s.%N)
  awk -v s="$s" -v e="$e" 'BEGIN{printf "%.3f", e-s}'
}

printf "%-16s %9s %9s %9s %9s %9s %7s %9s\n" kernel C_s streak_s tcc_s gccjit_s off_s ratio wall_s
for b in sum_mul sum_mul_global sum_squares sum_squares_arr mandel_arr; do
  c=$b; [ $b = sum_mul_global ] && c=sum_mul; [ $b = sum_squares_arr ] && c=sum_squares
  tc=$(best "$WORK/$c")
  td=$(best "$STREAK" "$HERE/$b.py")
  tt=$(STREAK_TIER=tcc best "$STREAK" "$HERE/$b.py")
  tg=$(STREAK_TIER=gccjit best "$STREAK" "$HERE/$b.py")
  to=$(best "$STREAK" -j off "$HERE/$b.py")
  w=$(wall "$STREAK" "$HERE/$b.py")
  r=$(awk -v a="$td" -v b="$tc" 'BEGIN{printf "%.2f", a/b}')
  printf "%-16s %9.4f %9.4f %9.4f %9.4f %9.4f %7s %9s\n" "$b" "$tc" "$td" "$tt" "$tg" "$to" "$r" "$w"
done
