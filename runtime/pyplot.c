/*
** pyplot.c — matplotlib's imsave, and clear errors for the rest of pyplot.
**
** imsave follows matplotlib 3.6.3 step by step so that the PNG's pixels are
** the ones matplotlib writes:
**   Normalize: the data in float32 (bool and ints up to 16 bits, float32) or
**     float64 (wider ints, float64), vmin/vmax defaulting to its min/max
**     (NaN-propagating), then x -= vmin; x /= (vmax - vmin) in that type
**     (NumPy's value-based casting keeps float32 data in float32);
**   Colormap.__call__: x * N, below 0 → entry 0, at or above N → entry N-1,
**     else int(x * N); NaN → (0, 0, 0, 0); tables are (lut * 255) as uint8
**     (colormaps.h, generated from matplotlib);
**   (M, N, 3|4) arrays are RGB(A) images: uint8 as is, floats in [0, 1]
**     times 255, truncated.
** The file is an 8-bit RGBA PNG with the Software text and 100-dpi pHYs
** chunks PIL writes for matplotlib.
*/
#include "pyplot.h"

#include <dlfcn.h>
#include <errno.h>
#include <math.h>
#include <png.h>
#include <stdio.h>
#include <string.h>

#include "array.h"
#include "builtins.h"
#include "colormaps.h"
#include "dict.h"
#include "error.h"
#include "gc.h"
#include "object.h"
#include "str.h"
#include "util.h"
#include "vm.h"

#define MPL_VERSION "3.6.3"

/* ======================================================================
** Colormaps
** ==================================================================== */

enum { CMAP_MAXN = 512 };

typedef struct Lut {
  int n;
  uint8_t rgba[CMAP_MAXN][4];
} Lut;

static int cmap_find(const char *name) {
  for (int i = 0; i < CMAP_COUNT; i++)
    if (strcmp(cmap_defs[i].name, name) == 0) return i;
  return -1;
}

static int hexval(char c) { return c <= '9' ? c - '0' : c - 'a' + 10; }

static void lut_load(int idx, Lut *lut) {
  const CmapDef *d = &cmap_defs[idx];
  const CmapDef *src = d->rev_of ? &cmap_defs[cmap_find(d->rev_of)] : d;
  lut->n = d->n;
  for (int i = 0; i < d->n; i++) {
    int k = d->rev_of ? d->n - 1 - i : i;
    for (int c = 0; c < 4; c++) {
      const char *h = src->hex + (k * 4 + c) * 2;
      lut->rgba[i][c] = (uint8_t)(hexval(h[0]) << 4 | hexval(h[1]));
    }
  }
}

/* A Colormap object (plt.cm.viridis, plt.get_cmap('hot')): just a name. */
typedef struct CmapObj {
  Obj hdr;
  int idx;
} CmapObj;

Type TYPE_MPLCOLORMAP;

static Value cmap_obj_new(VM *vm, int idx) {
  CmapObj *o = gc_alloc(vm, &TYPE_MPLCOLORMAP, sizeof(CmapObj));
  o->idx = idx;
  return v_obj(o);
}

static Value cmap_repr(VM *vm, Value self) {
  const CmapDef *d = &cmap_defs[((CmapObj *)self.as.o)->idx];
  return str_printf(vm, "<matplotlib.colors.%s object at 0x%llx>",
                    d->listed ? "ListedColormap" : "LinearSegmentedColormap",
                    (unsigned long long)(uintptr_t)self.as.o);
}

static Value cmap_getattr(VM *vm, Value self, Str *name) {
  const CmapDef *d = &cmap_defs[((CmapObj *)self.as.o)->idx];
  if (str_eq_c(name, "name")) return str_from_cstr(vm, d->name);
  if (str_eq_c(name, "N")) return v_int(d->n);
  return v_empty();
}

static Value cmap_call(VM *vm, Value self, const Args *a) {
  (void)self, (void)a;
  vm_raise(vm, &EXC_NotImplementedError,
           "streak: calling a matplotlib colormap is not supported (only imsave)");
}

Type TYPE_MPLCOLORMAP = {
    .hdr = TYPE_HEADER,
    .name = "Colormap",
    .repr = cmap_repr,
    .getattr = cmap_getattr,
    .call = cmap_call,
};

/* matplotlib's "'x' is not a valid value for cmap; supported values are ...". */
_Noreturn static void cmap_invalid(VM *vm, Value v, const char *param) {
  Value r = v_repr(vm, v);
  StrBuf b = STRBUF_INIT;
  sb_printf(&b, "%s is not a valid value for %s; supported values are ", as_str(r)->data, param);
  for (int i = 0; i < CMAP_COUNT; i++) sb_printf(&b, "%s'%s'", i ? ", " : "", cmap_defs[i].name);
  Value msg = str_new(vm, b.data, b.len);
  sb_free(&b);
  vm_raise(vm, &EXC_ValueError, "%s", as_str(msg)->data);
}

/* The colormap index a cmap= (or get_cmap's name=) argument names (None:
** rcParams' viridis). */
static int cmap_arg(VM *vm, Value v, const char *param) {
  if (is_empty(v) || is_none(v)) return cmap_find("viridis");
  if (is_type(v, &TYPE_MPLCOLORMAP)) return ((CmapObj *)v.as.o)->idx;
  int idx = is_str(v) ? cmap_find(as_str(v)->data) : -1;
  if (idx < 0) cmap_invalid(vm, v, param);
  return idx;
}

/* ======================================================================
** Normalisation and colour lookup
** ==================================================================== */

/* A vmin/vmax as matplotlib holds it: a NumPy scalar of float32 or float64. */
typedef struct Lim {
  double v;
  bool f32;
} Lim;

/* One pixel: v = x * N; NaN x is "bad" (transparent black). */
static void lookup(const Lut *lut, bool bad, double v, uint8_t *px) {
  if (bad) {
    memset(px, 0, 4);
    return;
  }
  int n = lut->n;
  int k = v < 0 ? 0 : v >= n ? n - 1 : (int)v;
  memcpy(px, lut->rgba[k], 4);
}

/* Maps n values of working type T through the colormap (see the header
** comment): vmin == vmax paints everything with entry 0. */
#define DEFINE_MAP(T, NAME)                                                          \
  static void NAME(const T *x, int64_t n, Lim lo, Lim hi, const Lut *lut, uint8_t *out) { \
    if (lo.v == hi.v) {                                                              \
      for (int64_t i = 0; i < n; i++) memcpy(out + 4 * i, lut->rgba[0], 4);          \
      return;                                                                        \
    }                                                                                \
    T sub = (T)lo.v;                                                                 \
    T div = (lo.f32 && hi.f32) ? (T)((float)hi.v - (float)lo.v) : (T)(hi.v - lo.v);  \
    T nn = (T)lut->n;                                                                \
    for (int64_t i = 0; i < n; i++) {                                                \
      T t = x[i] - sub;                                                              \
      t = t / div;                                                                   \
      T v = t * nn;                                                                  \
      lookup(lut, isnan(t), (double)v, out + 4 * i);                                     \
    }                                                                                \
  }
DEFINE_MAP(float, map_f32)
DEFINE_MAP(double, map_f64)

/* np.min / np.max with NaN propagation. */
#define DEFINE_MINMAX(T, NAME)                                                       \
  static void NAME(const T *x, int64_t n, double *mn, double *mx) {                  \
    T a = x[0], b = x[0];                                                            \
    for (int64_t i = 0; i < n; i++) {                                                \
      if (isnan(x[i])) {                                                             \
        *mn = *mx = NAN;                                                             \
        return;                                                                      \
      }                                                                              \
      if (x[i] < a) a = x[i];                                                        \
      if (x[i] > b) b = x[i];                                                        \
    }                                                                                \
    *mn = (double)a, *mx = (double)b;                                                \
  }
DEFINE_MINMAX(float, minmax_f32)
DEFINE_MINMAX(double, minmax_f64)

static void check_lims(VM *vm, Lim lo, Lim hi) {
  if (lo.v > hi.v) vm_raise(vm, &EXC_ValueError, "minvalue must be less than or equal to maxvalue");
}

bool pyplot_colorize_f64(const double *data, int64_t h, int64_t w, const char *cmap, double vmin,
                         double vmax, uint8_t *out) {
  int idx = cmap_find(cmap);
  if (idx < 0 || h * w == 0) return false;
  Lut lut;
  lut_load(idx, &lut);
  double mn, mx;
  minmax_f64(data, h * w, &mn, &mx);
  Lim lo = {isnan(vmin) ? mn : vmin, false}, hi = {isnan(vmax) ? mx : vmax, false};
  if (lo.v > hi.v) return false;
  map_f64(data, h * w, lo, hi, &lut, out);
  return true;
}

/* A user's vmin/vmax: Python numbers are float64 after process_value; a
** NumPy float32 scalar (or a bool) stays float32. */
static bool lim_arg(VM *vm, Value v, Lim *out) {
  if (is_empty(v) || is_none(v)) return false;
  DtScalar s;
  if (is_bool(v)) {
    *out = (Lim){(double)v.as.i, true};
  } else if (is_npscalar(v) && arr_scalar_info(v, &s)) {
    bool f32 = s.dtype == DT_FLOAT32 || s.dtype == DT_INT8 || s.dtype == DT_UINT8 ||
               s.dtype == DT_INT16 || s.dtype == DT_UINT16;
    double d = s.is_int_value ? (s.neg ? (double)s.value_i : (double)s.value_u) : s.re;
    *out = (Lim){f32 ? (double)(float)d : d, f32};
  } else {
    *out = (Lim){v_to_double(vm, v), false};
  }
  return true;
}

/* Scalar data → RGBA bytes (h*w*4, C order of arr). */
static void colorize(VM *vm, NdArray *arr, int cmap_idx, Value vminv, Value vmaxv, uint8_t *out) {
  DType dt = (DType)arr->dtype;
  if (dt_is_complex(dt))
    vm_raise(vm, &EXC_TypeError,
             "Cannot cast array data from dtype('%s') to dtype('int64') according to the rule 'safe'",
             dt_name(dt));
  bool f32 = dt == DT_BOOL || dt == DT_FLOAT32 || dt == DT_INT8 || dt == DT_UINT8 ||
             dt == DT_INT16 || dt == DT_UINT16;
  NdArray *x = arr_cast(vm, arr, f32 ? DT_FLOAT32 : DT_FLOAT64);
  Lut lut;
  lut_load(cmap_idx, &lut);
  double mn, mx;
  if (f32)
    minmax_f32((const float *)x->data, x->size, &mn, &mx);
  else
    minmax_f64((const double *)x->data, x->size, &mn, &mx);
  Lim lo = {mn, f32}, hi = {mx, f32};
  lim_arg(vm, vminv, &lo);
  lim_arg(vm, vmaxv, &hi);
  check_lims(vm, lo, hi);
  if (f32)
    map_f32((const float *)x->data, x->size, lo, hi, &lut, out);
  else
    map_f64((const double *)x->data, x->size, lo, hi, &lut, out);
}

/* (M, N, 3|4) image data → RGBA bytes (ScalarMappable.to_rgba's image case). */
static void rgb_image(VM *vm, NdArray *arr, uint8_t *out) {
  DType dt = (DType)arr->dtype;
  int64_t ch = arr->shape[2];
  if (ch != 3 && ch != 4) vm_raise(vm, &EXC_ValueError, "Third dimension must be 3 or 4");
  int64_t npx = arr->shape[0] * arr->shape[1];
  if (dt == DT_UINT8) {
    const uint8_t *s = (const uint8_t *)arr_contiguous(vm, arr, DT_UINT8)->data;
    for (int64_t i = 0; i < npx; i++)
      for (int c = 0; c < 4; c++) out[4 * i + c] = c < ch ? s[ch * i + c] : 255;
    return;
  }
  if (!dt_is_float(dt))
    vm_raise(vm, &EXC_ValueError, "Image RGB array must be uint8 or floating point; found %s",
             dt_name(dt));
  NdArray *c = arr_contiguous(vm, arr, -1);
  double mn = INFINITY, mx = -INFINITY;
  bool nan = false;
  for (int64_t i = 0; i < c->size; i++) {
    double d = dt == DT_FLOAT32 ? ((const float *)c->data)[i] : ((const double *)c->data)[i];
    nan |= isnan(d);
    mn = fmin(mn, d), mx = fmax(mx, d);
  }
  if (ch == 3) mn = fmin(mn, 1.0), mx = fmax(mx, 1.0); /* the alpha channel matplotlib adds */
  if (!nan && (mx > 1 || mn < 0))
    vm_raise(vm, &EXC_ValueError, "Floating point image RGB values must be in the 0..1 range.");
  for (int64_t i = 0; i < npx; i++)
    for (int k = 0; k < 4; k++) {
      if (k == ch) {
        out[4 * i + k] = 255;
        continue;
      }
      int64_t j = ch * i + k;
      double v = dt == DT_FLOAT32 ? (double)(((const float *)c->data)[j] * 255.0f)
                                  : ((const double *)c->data)[j] * 255.0;
      /* astype(uint8) truncates through a 32-bit int on x86; outside that
      ** (NaN included) the result is 0x80000000's low byte, 0 */
      out[4 * i + k] = v > -0x1p31 && v < 0x1p31 ? (uint8_t)(int32_t)v : 0;
    }
}

/* ======================================================================
** PNG output (libpng, loaded on first use: linking it and zlib cost every
** start 0.5 MB of memory; png.h gives the types and signatures)
** ==================================================================== */

#define PNG_FUNCS(X)                                                                       \
  X(create_write_struct) X(create_info_struct) X(destroy_write_struct) X(get_error_ptr)   \
  X(longjmp) X(set_longjmp_fn) X(init_io) X(set_IHDR) X(set_text) X(write_info)         \
  X(write_chunk) X(write_row) X(write_end)

static struct {
#define X(name) __typeof__(png_##name) *name;
  PNG_FUNCS(X)
#undef X
} P;

/* Loads libpng once; false (its error in msg) when it cannot. */
static bool png_load(char *msg, size_t n) {
  static bool loaded;
  if (loaded) return true;
  void *h = dlopen("libpng16.so.16", RTLD_NOW | RTLD_LOCAL);
  if (!h) {
    snprintf(msg, n, "libpng16.so.16 could not be loaded (%s)", dlerror());
    return false;
  }
#define X(name)                                                     \
  if (!(*(void **)&P.name = dlsym(h, "png_" #name))) {              \
    snprintf(msg, n, "libpng16.so.16 lacks png_%s", #name);         \
    return false;                                                   \
  }
  PNG_FUNCS(X)
#undef X
  loaded = true;
  return true;
}

typedef struct PngJob {
  const char *path;
  uint8_t *rgba;
  uint32_t w, h;
  uint32_t ppm;     /* pixels per metre (pHYs) */
  png_text *text;
  int ntext;
  int err;          /* errno of a failed fopen/fclose */
  char msg[200];    /* libpng's error message */
} PngJob;

static void png_on_error(png_structp png, png_const_charp msg) {
  PngJob *j = P.get_error_ptr(png);
  snprintf(j->msg, sizeof j->msg, "%s", msg);
  P.longjmp(png, 1);
}

static void png_on_warning(png_structp png, png_const_charp msg) { (void)png, (void)msg; }

/* Writes the file; false with j->err or j->msg set. Raises nothing, so no
** libpng state is ever abandoned by a longjmp of the VM. */
static bool png_write_file(PngJob *j) {
  if (!png_load(j->msg, sizeof j->msg)) return false;
  FILE *f = fopen(j->path, "wb");
  if (!f) {
    j->err = errno;
    return false;
  }
  png_structp png = P.create_write_struct(PNG_LIBPNG_VER_STRING, j, png_on_error, png_on_warning);
  png_infop info = png ? P.create_info_struct(png) : NULL;
  if (!info) {
    P.destroy_write_struct(&png, NULL);
    fclose(f);
    snprintf(j->msg, sizeof j->msg, "out of memory");
    return false;
  }
  if (setjmp(*P.set_longjmp_fn(png, longjmp, sizeof(jmp_buf)))) {
    P.destroy_write_struct(&png, &info);
    fclose(f);
    return false;
  }
  P.init_io(png, f);
  P.set_IHDR(png, info, j->w, j->h, 8, PNG_COLOR_TYPE_RGBA, PNG_INTERLACE_NONE,
               PNG_COMPRESSION_TYPE_DEFAULT, PNG_FILTER_TYPE_DEFAULT);
  if (j->ntext) P.set_text(png, info, j->text, j->ntext);
  P.write_info(png, info);
  /* pHYs by hand, after the text chunks: PIL's chunk order. */
  png_byte phys[9] = {(png_byte)(j->ppm >> 24), (png_byte)(j->ppm >> 16), (png_byte)(j->ppm >> 8),
                      (png_byte)j->ppm, (png_byte)(j->ppm >> 24), (png_byte)(j->ppm >> 16),
                      (png_byte)(j->ppm >> 8), (png_byte)j->ppm, 1 /* metre */};
  P.write_chunk(png, (png_const_bytep) "pHYs", phys, sizeof phys);
  for (uint32_t y = 0; y < j->h; y++) P.write_row(png, j->rgba + (size_t)y * j->w * 4);
  P.write_end(png, NULL);
  P.destroy_write_struct(&png, &info);
  if (fclose(f) != 0) {
    j->err = errno;
    return false;
  }
  return true;
}


/* ======================================================================
** imsave
** ==================================================================== */

/* Path(fname).suffix[1:].lower() */
static Value path_suffix(VM *vm, const char *path) {
  const char *name = strrchr(path, '/');
  name = name ? name + 1 : path;
  const char *dot = strrchr(name, '.');
  size_t len = strlen(name);
  if (!dot || dot == name || (size_t)(dot - name) == len - 1) return str_from_cstr(vm, "");
  Value s = str_from_cstr(vm, dot + 1);
  for (char *p = as_str(s)->data; *p; p++)
    if (*p >= 'A' && *p <= 'Z') *p = (char)(*p - 'A' + 'a');
  return s;
}

static Value lower_str(VM *vm, Value v) {
  if (!is_str(v)) vm_raise(vm, &EXC_AttributeError, "'%s' object has no attribute 'lower'", v_typename(v));
  Value s = str_new(vm, as_str(v)->data, (size_t)as_str(v)->nbytes);
  for (char *p = as_str(s)->data; *p; p++)
    if (*p >= 'A' && *p <= 'Z') *p = (char)(*p - 'A' + 'a');
  return s;
}

/* The text chunks: {"Software": ..., **metadata}, None values dropped. */
static int build_text(VM *vm, Value metadata, Value *keys, Value *vals, int max) {
  int n = 1;
  keys[0] = str_from_cstr(vm, "Software");
  vals[0] = str_from_cstr(vm, "Matplotlib version" MPL_VERSION ", https://matplotlib.org/");
  if (is_empty(metadata) || is_none(metadata)) return n;
  if (!is_dict(metadata))
    vm_raise(vm, &EXC_AttributeError, "'%s' object has no attribute 'items'", v_typename(metadata));
  int64_t pos = 0;
  Value k, v;
  while (dict_next(as_dict(metadata), &pos, &k, &v)) {
    if (!is_str(k) || !(is_str(v) || is_none(v)))
      vm_raise(vm, &EXC_TypeError, "streak: imsave metadata keys and values must be str");
    int i = 0;
    while (i < n && !v_eq(vm, keys[i], k)) i++;
    if (i == n) {
      if (n == max) vm_raise(vm, &EXC_ValueError, "streak: too many metadata entries");
      keys[n++] = k;
    }
    vals[i] = v;
  }
  return n;
}

static Value plt_imsave(VM *vm, Value self, const Args *a) {
  (void)self;
  Value v[10];
  args_parse(vm, a, "imsave", "fname,arr,|vmin,vmax,cmap,format,origin,dpi,$metadata,pil_kwargs", v);
  Value fname = v[0];
  if (!is_str(fname))
    vm_raise(vm, &EXC_NotImplementedError, "streak: matplotlib.pyplot.imsave needs a file name (str)");
  if (!is_empty(v[9]) && !is_none(v[9]))
    vm_raise(vm, &EXC_NotImplementedError, "streak: imsave's pil_kwargs are not supported");
  Value format = is_empty(v[5]) || is_none(v[5]) ? path_suffix(vm, as_str(fname)->data)
                                                 : lower_str(vm, v[5]);
  const char *fmt = as_str(format)->data;
  if (strcmp(fmt, "png") != 0) {
    if (!*fmt) vm_raise(vm, &EXC_ValueError, "unknown file extension: ");
    vm_raise(vm, &EXC_NotImplementedError,
             "streak: matplotlib.pyplot.imsave writes PNG only, not '%s'", fmt);
  }
  bool lower = false;
  if (!is_empty(v[6]) && !is_none(v[6])) lower = is_str(v[6]) && str_eq_c(as_str(v[6]), "lower");
  double dpi = 100;
  if (!is_empty(v[7]) && !is_none(v[7])) dpi = v_to_double(vm, v[7]);
  int cmap_idx = cmap_arg(vm, v[4], "cmap");

  NdArray *arr = arr_as_array(vm, v[1], -1);
  bool rgb = arr->ndim == 3;
  if (!(arr->ndim == 2 || rgb))
    vm_raise(vm, &EXC_NotImplementedError,
             "streak: matplotlib.pyplot.imsave needs a 2-D array or an (M, N, 3|4) image, not %d-D",
             arr->ndim);
  int64_t h = arr->shape[0], w = arr->shape[1];
  if (h == 0 || w == 0) vm_raise(vm, &EXC_NotImplementedError, "streak: imsave of an empty image is not supported");
  if (h > 0x7fffffff || w > 0x7fffffff) vm_raise(vm, &EXC_ValueError, "image is too large");
  if (lower) { /* arr[::-1] */
    int64_t shape[3], strides[3];
    for (int i = 0; i < arr->ndim; i++) shape[i] = arr->shape[i], strides[i] = arr->strides[i];
    strides[0] = -strides[0];
    arr = arr_view(vm, arr, (DType)arr->dtype, arr->ndim, shape, strides,
                   arr->data + (h - 1) * arr->strides[0]);
  }
  int64_t four = 4, shape[2] = {h * w, four};
  NdArray *pix = arr_new_uninit(vm, DT_UINT8, 2, shape);
  if (rgb)
    rgb_image(vm, arr, (uint8_t *)pix->data);
  else
    colorize(vm, arr, cmap_idx, v[2], v[3], (uint8_t *)pix->data);

  Value keys[16], vals[16];
  int nt = build_text(vm, v[8], keys, vals, 16);
  png_text text[16];
  int ntext = 0;
  for (int i = 0; i < nt; i++) {
    if (is_none(vals[i])) continue;
    memset(&text[ntext], 0, sizeof text[ntext]);
    text[ntext].compression = PNG_TEXT_COMPRESSION_NONE;
    text[ntext].key = as_str(keys[i])->data;
    text[ntext].text = as_str(vals[i])->data;
    text[ntext].text_length = (size_t)as_str(vals[i])->nbytes;
    ntext++;
  }
  PngJob job = {.path = as_str(fname)->data, .rgba = (uint8_t *)pix->data, .w = (uint32_t)w,
                .h = (uint32_t)h, .ppm = (uint32_t)(int64_t)(dpi / 0.0254 + 0.5),
                .text = text, .ntext = ntext};
  if (!png_write_file(&job)) {
    if (job.err) vm_raise_errno(vm, job.err, fname);
    vm_raise(vm, &EXC_OSError, "streak: writing PNG failed: %s", job.msg);
  }
  return v_none();
}

static Value plt_get_cmap(VM *vm, Value self, const Args *a) {
  (void)self;
  Value v[2];
  args_parse(vm, a, "get_cmap", "|name,lut", v);
  if (!is_empty(v[1]) && !is_none(v[1]))
    vm_raise(vm, &EXC_NotImplementedError, "streak: get_cmap's lut= is not supported");
  return cmap_obj_new(vm, cmap_arg(vm, v[0], "name"));
}

static Value mpl_use(VM *vm, Value self, const Args *a) {
  (void)self;
  Value v[2];
  args_parse(vm, a, "use", "backend,|force", v);
  return v_none();
}

static Value mpl_get_backend(VM *vm, Value self, const Args *a) {
  (void)self;
  args_count(vm, a, "get_backend", 0, 0);
  return str_from_cstr(vm, "agg");
}

/* ---- everything else in pyplot ------------------------------------------ */

#define PLT_UNSUPPORTED(X)                                                                   \
  X(plot) X(show) X(figure) X(savefig) X(imshow) X(subplots) X(subplot) X(title) X(xlabel)  \
  X(ylabel) X(colorbar) X(legend) X(close) X(scatter) X(hist) X(hist2d) X(bar) X(barh)      \
  X(axis) X(grid) X(xlim) X(ylim) X(xticks) X(yticks) X(xscale) X(yscale) X(clf) X(cla)     \
  X(tight_layout) X(pause) X(ion) X(ioff) X(gca) X(gcf) X(text) X(annotate) X(contour)      \
  X(contourf) X(pcolormesh) X(pcolor) X(matshow) X(imread) X(axes) X(suptitle)              \
  X(fill_between) X(fill) X(errorbar) X(loglog) X(semilogx) X(semilogy) X(pie) X(boxplot)   \
  X(violinplot) X(step) X(stem) X(quiver) X(streamplot) X(axhline) X(axvline) X(hlines)     \
  X(vlines) X(draw) X(figtext) X(subplots_adjust) X(clim) X(set_cmap) X(spy) X(polar)       \
  X(twinx) X(twiny) X(margins) X(tick_params) X(minorticks_on) X(rc) X(style)

#define X(name)                                                                              \
  static Value plt_##name(VM *vm, Value self, const Args *a) {                              \
    (void)self, (void)a;                                                                     \
    vm_raise(vm, &EXC_NotImplementedError,                                                   \
             "streak: matplotlib.pyplot." #name " is not supported (only imsave)");          \
  }
PLT_UNSUPPORTED(X)
#undef X

static void register_module(VM *vm, const char *name, Module *m) {
  dict_set_str(vm, vm->modules, str_intern_c(vm, name), v_obj(m));
}

Module *mod_matplotlib_init(VM *vm) {
  Module *mpl = module_new(vm, "matplotlib");
  module_set(vm, mpl, "__version__", str_from_cstr(vm, MPL_VERSION));
  module_add_func(vm, mpl, "use", mpl_use);
  module_add_func(vm, mpl, "get_backend", mpl_get_backend);

  Module *cm = module_new(vm, "matplotlib.cm");
  module_add_func(vm, cm, "get_cmap", plt_get_cmap);
  for (int i = 0; i < CMAP_COUNT; i++) module_set(vm, cm, cmap_defs[i].name, cmap_obj_new(vm, i));

  Module *plt = module_new(vm, "matplotlib.pyplot");
  module_add_func(vm, plt, "imsave", plt_imsave);
  module_add_func(vm, plt, "get_cmap", plt_get_cmap);
  module_set(vm, plt, "cm", v_obj(cm));
#define X(name) module_add_func(vm, plt, #name, plt_##name);
  PLT_UNSUPPORTED(X)
#undef X

  module_set(vm, mpl, "pyplot", v_obj(plt));
  module_set(vm, mpl, "cm", v_obj(cm));
  register_module(vm, "matplotlib.pyplot", plt);
  register_module(vm, "matplotlib.cm", cm);
  return mpl;
}
