#!/usr/bin/env bash
# cli.sh STREAK -- command-line behaviour the corpus runner cannot express:
# missing files, -c, stdin, SIGINT, the REPL's echo, and error cases where
# the oracle (Debian's CPython 3.11.2) cannot produce an expected file
# (10**(10**12) runs for minutes there; NUL bytes are a SyntaxError only from
# CPython 3.11.4 on). Expectations are CPython's. Ends with "N passed, N failed".
set -u
S=$(cd "$(dirname "$1")" && pwd)/$(basename "$1")
W=$(mktemp -d "${TMPDIR:-/tmp}/streak-cli.XXXXXX")
trap 'rm -rf "$W"' EXIT
cd "$W" || exit 2
pass=0 fail=0

# check NAME WANT_RC WANT_LAST_STDERR_LINE [WANT_STDOUT]: the command's output
# is in out/err, its status in $rc; "*" for the stderr line: not checked.
check() {
  local name=$1 want_rc=$2 want_err=$3 last
  last=$(grep -v '^[[:space:]]*$' err | grep -v '^==.*WARNING: AddressSanitizer failed to allocate' | tail -n 1)
  [ "$want_err" = "*" ] && last="*" # stderr not checked
  if [ "$rc" != "$want_rc" ] || [ "$last" != "$want_err" ] || { [ $# -ge 4 ] && [ "$(cat out)" != "$4" ]; }; then
    echo "FAIL $name: status $rc (want $want_rc), stderr '$last' (want '$want_err')"
    [ $# -ge 4 ] && echo "    stdout: $(tr '\n' '|' <out) (want $(printf '%s' "$4" | tr '\n' '|'))"
    fail=$((fail + 1))
  else
    echo "ok   $name"
    pass=$((pass + 1))
  fi
}

run() { "$@" >out 2>err </dev/null; rc=$?; }

run "$S" nonexistent.py
check missing-file 2 "$S: can't open file '$W/nonexistent.py': [Errno 2] No such file or directory"

mkdir adir
run "$S" adir
check directory 1 "$S: can't find '__main__' module in '$W/adir'"

run "$S" -c 'x = ('
check c-syntax-error 1 "SyntaxError: '(' was never closed"

run "$S" -c 'print(1); 1/0'
check c-uncaught 1 "ZeroDivisionError: division by zero" 1

printf 'print("a")\nraise SystemExit(4)\n' >exit4.py
"$S" - <exit4.py >out 2>err; rc=$?
check stdin-script 4 "" a

printf 'x = 1\ny = 2\0\n' >nul.py
run "$S" nul.py
check nul-byte 1 "SyntaxError: source code cannot contain null bytes"

printf 'x = 1\ny = "\xff"\n' >latin1.py
run "$S" latin1.py
check non-utf8 1 "SyntaxError: Non-UTF-8 code starting with '\\xff' in file latin1.py on line 2, but no encoding declared; see https://peps.python.org/pep-0263/ for details"

run "$S" -c 'x = 10 ** (10 ** 12)'
check bigint-memory 1 "MemoryError"

run "$S" -c 'import math; math.factorial(10 ** 12)'
check factorial-memory 1 "MemoryError"

# SIGINT to a running loop: traceback ending in KeyboardInterrupt, then death
# by SIGINT (status 130), in the interpreter and in compiled code.
for mode in "-j off" ""; do
  # shellcheck disable=SC2086
  timeout --preserve-status -k 10 -s INT 1 "$S" $mode -c 'x = 0
while True: x += 1' >out 2>err; rc=$?
  check "sigint${mode:+ $mode}" 130 "KeyboardInterrupt"
done
# an empty loop body compiled by each tier: only the interrupt check is left
for tier in tcc gccjit; do
  STREAK_TIER=$tier timeout --preserve-status -k 10 -s INT 2 "$S" -c 'while True: pass' >out 2>err; rc=$?
  check "sigint-empty-loop-$tier" 130 "KeyboardInterrupt"
done
# a counted loop (gccjit.c build_counted) reads the flag once per chunk
STREAK_TIER=gccjit timeout --preserve-status -k 10 -s INT 2 "$S" -c 's = 0.0
for i in range(10 ** 15):
    s += i * 0.5' >out 2>err; rc=$?
check "sigint-counted-loop" 130 "KeyboardInterrupt"

# The REPL (stdin not a terminal, -i) echoes every expression statement.
printf '1; 2\nfor i in range(3): i\n\nNone\n"s"\n_\n' | "$S" -i -c pass >out 2>err; rc=$?
check repl-echo 0 "*" "$(printf "1\n2\n0\n1\n2\n's'\n's'")"

# The REPL on a terminal (a pty from util-linux's script): libedit, loaded
# on first use, reads the lines and saves the history file.
if command -v script >/dev/null; then
  printf 'x = 6 * 7\nx\nfor i in range(2):\n    print(i * x)\n\n' |
    HOME="$W" STREAK_HISTFILE="$W/hist" script -qec "$S" /dev/null >tty 2>err; rc=$?
  tr -d '\r' <tty | grep -E '^(42|0|42)$' >out
  grep -q 'print(i' "$W/hist" 2>/dev/null || echo "no history saved" >>err
  check repl-tty 0 "*" "$(printf "42\n0\n42")"
  grep -q "no history saved" err && { echo "FAIL repl-tty-history"; fail=$((fail + 1)); }
fi

# NumPy print options streak's printing does not implement are refused by
# name (the oracle accepts them, so no corpus file can hold this); defaults pass
run "$S" -c 'import numpy as np; np.set_printoptions(sign="-", nanstr="nan", legacy=False); print(np.ones(1)); np.set_printoptions(floatmode="fixed")'
check printoptions-unsupported 1 "NotImplementedError: streak: set_printoptions(floatmode=) is not supported" "[1.]"

# NumPy makes object arrays for ints beyond 64 bits: refused by name, not
# computed in float64 (the oracle prints dtype=object, so no corpus file)
run "$S" -c 'import numpy as np; print(np.array([1.0]) < 2**70); np.array([1]) + 2**64'
check object-int-array 1 "NotImplementedError: streak: NumPy makes an object array for the int 18446744073709551616 (beyond 64 bits); dtype=object is not supported" "[ True]"
run "$S" -c 'import numpy as np; np.sqrt(2**70)'
check object-int-ufunc 1 "NotImplementedError: streak: NumPy makes an object array for the int 1180591620717411303424 (beyond 64 bits); dtype=object is not supported"

# -j dump on an @njit function: its inferred types and the C text
printf 'import numba\n@numba.njit\ndef f(x):\n    return x + 1\nprint(f(2))\n' >nb_dump.py
run "$S" -j dump nb_dump.py
{ grep -q '^---- @njit f: types' err && grep -qF '#   x = arg(0, name=x)  :: int64' err &&
  grep -q '^---- @njit f: C' err && grep -q 'nbw_entry' err; } || rc="$rc (dump incomplete)"
check njit-dump 0 "*" 3

# A NumPy name streak lacks says so (NumPy 1.24's names: runtime/np_names.h);
# a name NumPy lacks too is NumPy's AttributeError
run "$S" -c 'import numpy as np
np.einsum("i,i", [1, 2], [3, 4])'
check numpy-unsupported-name 1 "AttributeError: streak does not support numpy.einsum (module 'numpy' has no attribute 'einsum' here)"
run "$S" -c 'import numpy as np
print(hasattr(np, "fft"), hasattr(np, "mean"))
np.no_such_thing'
check numpy-missing-name 1 "AttributeError: module 'numpy' has no attribute 'no_such_thing'" "False True"

# Deep recursion in @njit code (Numba's would overflow the C stack and
# crash; the oracle cannot run it, so it is here rather than in the corpus)
printf 'from numba import njit\n@njit\ndef depth(n):\n    if n == 0:\n        return 0\n    return 1 + depth(n - 1) * 1\nprint(depth(1000))\ntry:\n    depth(10 ** 8)\nexcept RecursionError as e:\n    print(e)\nprint(depth(2000))\n' >nb_deep.py
STREAK_TIER=tcc run "$S" nb_deep.py
check njit-deep-recursion 0 "*" "$(printf "1000\nmaximum recursion depth exceeded\n2000")"

echo "$pass passed, $fail failed"
[ "$fail" -eq 0 ]
