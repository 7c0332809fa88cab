# IOError and EnvironmentError are CPython's old names for OSError: the same class.
try:
    open("no_such_dir/no_such_file.txt")
except IOError as e:
    print("IOError caught", type(e).__name__, e)
try:
    open("no_such_dir/no_such_file.txt")
except EnvironmentError as e:
    print("EnvironmentError caught", type(e).__name__)
print(IOError is OSError, EnvironmentError is OSError, IOError.__name__, repr(IOError("x")))
try:
    raise IOError(2, "No such file")
except OSError as e:
    print(type(e).__name__, e, e.args)
print(isinstance(FileNotFoundError("f"), IOError), issubclass(PermissionError, EnvironmentError))
