#!/usr/bin/env bash
# run.sh STREAK [SEED] [COUNT] -- differential test of the JIT: generates
# COUNT random loop programs with gen.py (run by streak -j off), runs each
# with -j off and with -j hotloop=1 -j stitchmin=0, and fails on the first difference
# (printing the program and both outputs); a program the interpreter does
# not finish in 20 s has no reference and is skipped. Env
# STREAK_FUZZ_KEEP=DIR keeps the programs.
set -u
STREAK=${1:?usage: run.sh STREAK [SEED] [COUNT]}
SEED=${2:-1}
COUNT=${3:-200}
HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
WORK=${STREAK_FUZZ_KEEP:-$(mktemp -d "${TMPDIR:-/tmp}/streak-fuzz.XXXXXX")}
mkdir -p "$WORK"
[ -n "${STREAK_FUZZ_KEEP:-}" ] || trap 'rm -rf "$WORK"' EXIT

"$STREAK" -j off "$HERE/gen.py" "$SEED" "$COUNT" >"$WORK/all.txt" || { echo "gen.py failed"; exit 2; }
awk -v dir="$WORK" '/^#### case /{f=dir "/case" $3 ".py"; next} {print > f}' "$WORK/all.txt"
fail=0 skipped=0
for ((k = 0; k < COUNT; k++)); do
  p="$WORK/case$k.py"
  # stdout and the exit status (stderr may carry sanitizer reports)
  off=$(timeout 20 "$STREAK" -j off "$p" 2>/dev/null; echo "exit $?")
  # a program the interpreter cannot finish (an int squared forty times)
  # has no reference to compare with
  if [ "${off##*exit }" = 124 ]; then skipped=$((skipped + 1)); continue; fi
  jit=$(timeout 20 "$STREAK" -j hotloop=1 -j stitchmin=0 "$p" 2>/dev/null; echo "exit $?")
  if [ "$off" != "$jit" ]; then
    echo "MISMATCH seed $SEED case $k ($p)"
    cat -n "$p"
    echo "--- -j off:"; echo "$off"
    echo "--- -j hotloop=1:"; echo "$jit"
    fail=1
    break
  fi
done
[ $fail -eq 0 ] && echo "jit_fuzz: $((COUNT - skipped)) programs (seed $SEED) agree, $skipped skipped (the interpreter timed out)"
exit $fail
