"""helper module for py_module_doc.py (not a test program)"""
def g():
    """g's doc"""
