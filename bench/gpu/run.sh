#!/usr/bin/env bash
# bench/gpu/run.sh — numba.cuda kernels on OpenCL vs the same loops in OpenMP C.
# STREAK=path/to/streak (default build/streak); N (default 1e7).
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
STREAK=${STREAK:-$here/../../build/streak}
N=${N:-10000000}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
cc -O3 -march=native -ffp-contract=off -fopenmp "$here/omp.c" -o "$tmp/omp"
"$STREAK" --devices | grep -E '^\s+\*' || true
"$STREAK" "$here/kernels.py" "$N"
"$tmp/omp" "$N" "${MANDEL:-1000}"
"$STREAK" "$here/mandel.py" "${MANDEL:-1000}" 256
