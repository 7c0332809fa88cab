# a repeat count whose length overflows Py_ssize_t: OverflowError (CPython's check)
s = "ab" * 2 ** 62
