# OSError as CPython raises it: the subclass errno names, args (errno,
# strerror), .errno/.strerror/.filename and the '[Errno n] msg: name' text.
for path in ("/nonexistent/x", "/tmp", "/etc/passwd/x"):
    try:
        open(path)
    except OSError as e:
        print(type(e).__name__, e.errno, e.strerror, e.filename, e.args, str(e), repr(e)[:20])
e = OSError(2, "No such file or directory", "f.txt")
print(type(e).__name__, e, e.args, e.filename, e.errno)
e = OSError("plain")
print(type(e).__name__, e, e.errno, e.strerror, e.filename)
e = OSError(13, "denied")
print(type(e).__name__, e, e.filename)
e = FileNotFoundError(2, "x", None)
print(e, e.filename)
try:
    raise PermissionError(13, "nope", "/root/x")
except OSError as e:
    print(e)
print(issubclass(NotADirectoryError, OSError))
