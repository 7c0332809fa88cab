#!/usr/bin/env bash
# bench/numpy/run.sh [BUILD_DIR] [SIZES...] -- NumPy ops: streak vs CPython+NumPy.
# Prints a markdown table of best-of-N times and the ratio streak/NumPy
# (below 1.0: streak is faster). Both run in the same invocation, on the
# same machine, one after the other.
set -eu
HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
BUILD=${1:-$HERE/../../build}
shift || true
STREAK="$BUILD/streak"
PY=${PYTHON:-/usr/bin/python3}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
"$PY" "$HERE/ops.py" "$@" >"$tmp/np.txt"
"$STREAK" "$HERE/ops.py" "$@" >"$tmp/st.txt"
echo "| op | n | NumPy (s) | streak (s) | ratio |"
echo "|---|---:|---:|---:|---:|"
paste -d' ' "$tmp/np.txt" "$tmp/st.txt" | while read -r op n tn _ _ ts; do
  ratio=$(awk -v a="$ts" -v b="$tn" 'BEGIN { printf "%.2f", a / b }')
  echo "| $op | $n | $tn | $ts | $ratio |"
done
