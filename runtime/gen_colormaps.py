# Generates runtime/colormaps.h from the oracle's matplotlib:
#   /usr/bin/python3 runtime/gen_colormaps.py > runtime/colormaps.h
import matplotlib
matplotlib.use("Agg")
import numpy as np
from matplotlib.colors import ListedColormap

names = sorted(matplotlib.colormaps)
tables = {}
out = []
out.append("/*\n** colormaps.h — matplotlib 3.6.3's colormaps as the byte tables imsave uses:\n"
           "** (Colormap._lut[:N] * 255).astype(np.uint8), RGBA, N entries each; under-range\n"
           "** values take entry 0, over-range entry N-1, NaN (0,0,0,0), as Colormap.__call__.\n"
           "** A map equal to another reversed stores rev_of instead of a table.\n"
           "** GENERATED: /usr/bin/python3 runtime/gen_colormaps.py > runtime/colormaps.h\n"
           "** Do not edit by hand.")
out.append("*" + "/\n#ifndef STREAK_COLORMAPS_H\n#define STREAK_COLORMAPS_H\n\n#include <stdbool.h>\n#include <stddef.h>\n")
out.append("typedef struct CmapDef {\n  const char *name;\n  int n;            /* entries */\n"
           "  bool listed;      /* ListedColormap (else LinearSegmentedColormap) */\n"
           "  const char *rev_of; /* this map is rev_of's table reversed, or NULL */\n"
           "  const char *hex;  /* n * 8 hex digits RRGGBBAA, or NULL with rev_of */\n} CmapDef;\n")
out.append("static const CmapDef cmap_defs[] = {")
for n in names:
    c = matplotlib.colormaps[n]
    c._init()
    lut = (c._lut * 255).astype(np.uint8)
    N = c.N
    assert (lut[N] == lut[0]).all() and (lut[N + 1] == lut[N - 1]).all() and (lut[N + 2] == 0).all(), n
    t = lut[:N]
    listed = isinstance(c, ListedColormap)
    rev = None
    if n.endswith("_r") and n[:-2] in tables and (tables[n[:-2]][::-1] == t).all():
        rev = n[:-2]
    tables[n] = t
    if rev:
        out.append(f'    {{"{n}", {N}, {str(listed).lower()}, "{rev}", NULL}},')
    else:
        h = t.tobytes().hex()
        chunks = [h[i:i + 96] for i in range(0, len(h), 96)]
        body = "\n".join(f'      "{ch}"' for ch in chunks)
        out.append(f'    {{"{n}", {N}, {str(listed).lower()}, NULL,\n{body}}},')
out.append("};\n\nenum { CMAP_COUNT = sizeof cmap_defs / sizeof cmap_defs[0] };\n\n#endif")
print("\n".join(out))
