"""Module docstrings: __doc__ of the script and of imported modules."""
import mod_doc_helper
import mod_util
print(__doc__)
print(__package__, mod_doc_helper.__doc__, repr(mod_util.__doc__), repr(mod_doc_helper.__package__))
def f():
    "function doc"
print(f.__doc__, mod_doc_helper.g.__doc__)
