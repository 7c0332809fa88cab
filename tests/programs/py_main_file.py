# __main__.__file__ is the script's absolute path, sys.path[0] its directory
# and an imported module's __file__ is absolute too (CPython 3.9+).
import sys
import mod_util
print(__file__.startswith('/'), __file__.endswith('/py_main_file.py'))
here = __file__.rsplit('/', 1)[0]
print(sys.path[0] == here, mod_util.__file__ == here + '/mod_util.py')
with open(__file__) as f:
    print(f.readline().rstrip())
