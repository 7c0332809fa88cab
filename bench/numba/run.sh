#!/usr/bin/env bash
# bench/numba/run.sh BUILD_DIR [N] [FILTER] — chapter kernels: streak vs Numba (/usr/bin/python3) vs C.
# FILTER (a substring of kernel names, e.g. mc_pi) runs only the kernels it names.
set -eu
HERE=$(cd "$(dirname "$0")" && pwd)
BUILD=$(cd "${1:-build}" && pwd)
N=${2:-10000000}
FILTER=${3:-}
cc -O3 -march=native -ffp-contract=off -o /tmp/streak-nb-kernels "$HERE/kernels.c" -lm
echo "## C (gcc -O3 -march=native -ffp-contract=off)"; /tmp/streak-nb-kernels "$N" $FILTER
echo "## Numba ($(/usr/bin/python3 -c 'import numba; print(numba.__version__)'))"; /usr/bin/python3 "$HERE/kernels.py" "$N" $FILTER
echo "## streak (default tiers: tcc, then cc -O3 in the background)"; "$BUILD/streak" "$HERE/kernels.py" "$N" $FILTER
echo "## streak (STREAK_TIER=gccjit: optimised tier at once)"; STREAK_TIER=gccjit "$BUILD/streak" "$HERE/kernels.py" "$N" $FILTER
