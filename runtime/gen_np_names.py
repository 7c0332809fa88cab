# Generates runtime/np_names.h from the oracle's NumPy: the public names of
# the modules streak implements in part, so that a name NumPy has and streak
# lacks is reported as unsupported rather than as missing from NumPy.
#   /usr/bin/python3 runtime/gen_np_names.py > runtime/np_names.h
import numpy
import numpy.random
import numpy.linalg
import numpy.fft

MODULES = [("numpy", numpy), ("numpy.random", numpy.random), ("numpy.linalg", numpy.linalg),
           ("numpy.fft", numpy.fft)]

print("/*\n** np_names.h — the public names of NumPy %s's modules (dir(), no leading\n"
      "** underscore), sorted, for error.c's AttributeError on those modules.\n"
      "** GENERATED: /usr/bin/python3 runtime/gen_np_names.py > runtime/np_names.h\n"
      "** Do not edit by hand.\n*/" % numpy.__version__)
print("#ifndef STREAK_NP_NAMES_H\n#define STREAK_NP_NAMES_H\n")
print("typedef struct NpModuleNames {\n  const char *module;\n  int n;\n  const char *const *names; /* sorted (strcmp) */\n} NpModuleNames;\n")
for mod, m in MODULES:
    ident = mod.replace(".", "_")
    names = sorted(n for n in dir(m) if not n.startswith("_"))
    print("static const char *const np_names_%s[] = {" % ident)
    line = " "
    for n in names:
        item = ' "%s",' % n
        if len(line) + len(item) > 100:
            print(line)
            line = " "
        line += item
    print(line + "\n};")
print("\nstatic const NpModuleNames np_module_names[] = {")
for mod, m in MODULES:
    ident = mod.replace(".", "_")
    print('  {"%s", (int)(sizeof np_names_%s / sizeof np_names_%s[0]), np_names_%s},' % (mod, ident, ident, ident))
print("};\n\n#endif")
