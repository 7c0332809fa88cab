# A try block the file ends inside: CPython names the last line, no caret.
try:
    x = 1

# the end
