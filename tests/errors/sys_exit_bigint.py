import sys
# An int past a C long: CPython's PyLong_AsLong overflows to -1, so the
# status is 255 and nothing is printed.
print("exiting with 2**70")
sys.exit(2**70)
