/*
** pyplot.h — the `matplotlib`, `matplotlib.pyplot` and `matplotlib.cm`
** modules: streak supports plt.imsave (PNG through libpng, pixel for pixel
** what matplotlib 3.6.3 writes) and colormap lookup; every other pyplot
** function raises NotImplementedError naming itself.
**
** `matplotlib` is the built-in module (BUILTIN_MODULES in builtins.h); its
** initialiser also registers "matplotlib.pyplot" and "matplotlib.cm" in
** sys.modules, so `import matplotlib.pyplot as plt` resolves through
** vm_import's "importing the parent may have imported it" step.
*/
#ifndef STREAK_PYPLOT_H
#define STREAK_PYPLOT_H

#include <stdint.h>

#include "value.h"

Module *mod_matplotlib_init(VM *vm);

/* The RGBA bytes imsave would write for a 2-D array of doubles (row-major,
** h x w), through colormap `cmap` (a matplotlib name) with vmin/vmax (NaN:
** autoscale). For compiled code and tests; returns false for an unknown
** colormap. `out` holds h * w * 4 bytes. */
bool pyplot_colorize_f64(const double *data, int64_t h, int64_t w, const char *cmap,
                         double vmin, double vmax, uint8_t *out);

#endif
