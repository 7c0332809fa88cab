/*
** mod_cmath.c — the `cmath` module.
**
** For finite arguments each function evaluates the same formulas as
** CPython 3.11's cmathmodule.c (scaled square roots, log1p near |z| = 1,
** overflow-avoiding branches for huge arguments), so results agree to the
** last bit wherever libm does. Infinite and NaN arguments take the C99
** Annex G values from tables laid out as CPython's; the error cases (log(0), atanh(±1), overflow in exp/cosh/sinh,
** infinite imaginary parts) raise as CPython does.
*/
#include <float.h>
#include <math.h>
#include <stdio.h>

#include "builtins.h"
#include "error.h"
#include "list.h"
#include "num.h"
#include "object.h"
#include "vm.h"

typedef struct Cx { double re, im; } Cx;
typedef enum { C_OK, C_EDOM, C_ERANGE } CErr;

#define CM_LARGE_DOUBLE (DBL_MAX / 4.)
#define CM_SQRT_LARGE_DOUBLE (sqrt(CM_LARGE_DOUBLE))
#define CM_LOG_LARGE_DOUBLE (log(CM_LARGE_DOUBLE))
#define CM_SQRT_DBL_MIN (sqrt(DBL_MIN))
#define CM_SCALE_UP (2 * (DBL_MANT_DIG / 2) + 1)
#define CM_SCALE_DOWN (-(CM_SCALE_UP + 1) / 2)

static Cx cx(double re, double im) { Cx z = {re, im}; return z; }
static bool finite_cx(Cx z) { return isfinite(z.re) && isfinite(z.im); }

/* ---- special values ---------------------------------------------------- */
/*
** Results for infinite or NaN parts, indexed [kind(re)][kind(im)] with the
** kinds below: the C99 Annex G values, laid out as CPython's tables so the
** signs of zeros and infinities come out the same. U marks entries never
** used (finite arguments are computed).
*/
enum { ST_NINF, ST_NEG, ST_NZERO, ST_PZERO, ST_POS, ST_PINF, ST_NAN };

static int special_type(double d) {
  if (isfinite(d)) {
    if (d != 0) return copysign(1., d) == 1. ? ST_POS : ST_NEG;
    return copysign(1., d) == 1. ? ST_PZERO : ST_NZERO;
  }
  if (isnan(d)) return ST_NAN;
  return copysign(1., d) == 1. ? ST_PINF : ST_NINF;
}

#define P M_PI
#define P14 (0.25 * M_PI)
#define P12 (0.5 * M_PI)
#define P34 (0.75 * M_PI)
#define INF INFINITY
#define N NAN
#define U 0.0
#define C(re, im) {re, im},

static const Cx acos_sv[7][7] = {
  {C(P34,INF) C(P,INF)  C(P,INF)  C(P,-INF)  C(P,-INF)  C(P34,-INF) C(N,INF)},
  {C(P12,INF) C(U,U)    C(U,U)    C(U,U)     C(U,U)     C(P12,-INF) C(N,N)},
  {C(P12,INF) C(U,U)    C(P12,0.) C(P12,-0.) C(U,U)     C(P12,-INF) C(P12,N)},
  {C(P12,INF) C(U,U)    C(P12,0.) C(P12,-0.) C(U,U)     C(P12,-INF) C(P12,N)},
  {C(P12,INF) C(U,U)    C(U,U)    C(U,U)     C(U,U)     C(P12,-INF) C(N,N)},
  {C(P14,INF) C(0.,INF) C(0.,INF) C(0.,-INF) C(0.,-INF) C(P14,-INF) C(N,INF)},
  {C(N,INF)   C(N,N)    C(N,N)    C(N,N)     C(N,N)     C(N,-INF)   C(N,N)}};

static const Cx acosh_sv[7][7] = {
  {C(INF,-P34) C(INF,-P)  C(INF,-P)  C(INF,P)  C(INF,P)  C(INF,P34) C(INF,N)},
  {C(INF,-P12) C(U,U)     C(U,U)     C(U,U)    C(U,U)    C(INF,P12) C(N,N)},
  {C(INF,-P12) C(U,U)     C(0.,-P12) C(0.,P12) C(U,U)    C(INF,P12) C(N,N)},
  {C(INF,-P12) C(U,U)     C(0.,-P12) C(0.,P12) C(U,U)    C(INF,P12) C(N,N)},
  {C(INF,-P12) C(U,U)     C(U,U)     C(U,U)    C(U,U)    C(INF,P12) C(N,N)},
  {C(INF,-P14) C(INF,-0.) C(INF,-0.) C(INF,0.) C(INF,0.) C(INF,P14) C(INF,N)},
  {C(INF,N)    C(N,N)     C(N,N)     C(N,N)    C(N,N)    C(INF,N)   C(N,N)}};

static const Cx asinh_sv[7][7] = {
  {C(-INF,-P14) C(-INF,-0.) C(-INF,-0.) C(-INF,0.) C(-INF,0.) C(-INF,P14) C(-INF,N)},
  {C(-INF,-P12) C(U,U)      C(U,U)      C(U,U)     C(U,U)     C(-INF,P12) C(N,N)},
  {C(-INF,-P12) C(U,U)      C(-0.,-0.)  C(-0.,0.)  C(U,U)     C(-INF,P12) C(N,N)},
  {C(INF,-P12)  C(U,U)      C(0.,-0.)   C(0.,0.)   C(U,U)     C(INF,P12)  C(N,N)},
  {C(INF,-P12)  C(U,U)      C(U,U)      C(U,U)     C(U,U)     C(INF,P12)  C(N,N)},
  {C(INF,-P14)  C(INF,-0.)  C(INF,-0.)  C(INF,0.)  C(INF,0.)  C(INF,P14)  C(INF,N)},
  {C(INF,N)     C(N,N)      C(N,-0.)    C(N,0.)    C(N,N)     C(INF,N)    C(N,N)}};

static const Cx atanh_sv[7][7] = {
  {C(-0.,-P12) C(-0.,-P12) C(-0.,-P12) C(-0.,P12) C(-0.,P12) C(-0.,P12) C(-0.,N)},
  {C(-0.,-P12) C(U,U)      C(U,U)      C(U,U)     C(U,U)     C(-0.,P12) C(N,N)},
  {C(-0.,-P12) C(U,U)      C(-0.,-0.)  C(-0.,0.)  C(U,U)     C(-0.,P12) C(-0.,N)},
  {C(0.,-P12)  C(U,U)      C(0.,-0.)   C(0.,0.)   C(U,U)     C(0.,P12)  C(0.,N)},
  {C(0.,-P12)  C(U,U)      C(U,U)      C(U,U)     C(U,U)     C(0.,P12)  C(N,N)},
  {C(0.,-P12)  C(0.,-P12)  C(0.,-P12)  C(0.,P12)  C(0.,P12)  C(0.,P12)  C(0.,N)},
  {C(0.,-P12)  C(N,N)      C(N,N)      C(N,N)     C(N,N)     C(0.,P12)  C(N,N)}};

static const Cx cosh_sv[7][7] = {
  {C(INF,N) C(U,U) C(INF,0.)  C(INF,-0.) C(U,U) C(INF,N) C(INF,N)},
  {C(N,N)   C(U,U) C(U,U)     C(U,U)     C(U,U) C(N,N)   C(N,N)},
  {C(N,0.)  C(U,U) C(1.,0.)   C(1.,-0.)  C(U,U) C(N,0.)  C(N,0.)},
  {C(N,0.)  C(U,U) C(1.,-0.)  C(1.,0.)   C(U,U) C(N,0.)  C(N,0.)},
  {C(N,N)   C(U,U) C(U,U)     C(U,U)     C(U,U) C(N,N)   C(N,N)},
  {C(INF,N) C(U,U) C(INF,-0.) C(INF,0.)  C(U,U) C(INF,N) C(INF,N)},
  {C(N,N)   C(N,N) C(N,0.)    C(N,0.)    C(N,N) C(N,N)   C(N,N)}};

static const Cx exp_sv[7][7] = {
  {C(0.,0.) C(U,U) C(0.,-0.)  C(0.,0.)  C(U,U) C(0.,0.) C(0.,0.)},
  {C(N,N)   C(U,U) C(U,U)     C(U,U)    C(U,U) C(N,N)   C(N,N)},
  {C(N,N)   C(U,U) C(1.,-0.)  C(1.,0.)  C(U,U) C(N,N)   C(N,N)},
  {C(N,N)   C(U,U) C(1.,-0.)  C(1.,0.)  C(U,U) C(N,N)   C(N,N)},
  {C(N,N)   C(U,U) C(U,U)     C(U,U)    C(U,U) C(N,N)   C(N,N)},
  {C(INF,N) C(U,U) C(INF,-0.) C(INF,0.) C(U,U) C(INF,N) C(INF,N)},
  {C(N,N)   C(N,N) C(N,-0.)   C(N,0.)   C(N,N) C(N,N)   C(N,N)}};

static const Cx log_sv[7][7] = {
  {C(INF,-P34) C(INF,-P)  C(INF,-P)   C(INF,P)   C(INF,P)  C(INF,P34)  C(INF,N)},
  {C(INF,-P12) C(U,U)     C(U,U)      C(U,U)     C(U,U)    C(INF,P12)  C(N,N)},
  {C(INF,-P12) C(U,U)     C(-INF,-P)  C(-INF,P)  C(U,U)    C(INF,P12)  C(N,N)},
  {C(INF,-P12) C(U,U)     C(-INF,-0.) C(-INF,0.) C(U,U)    C(INF,P12)  C(N,N)},
  {C(INF,-P12) C(U,U)     C(U,U)      C(U,U)     C(U,U)    C(INF,P12)  C(N,N)},
  {C(INF,-P14) C(INF,-0.) C(INF,-0.)  C(INF,0.)  C(INF,0.) C(INF,P14)  C(INF,N)},
  {C(INF,N)    C(N,N)     C(N,N)      C(N,N)     C(N,N)    C(INF,N)    C(N,N)}};

static const Cx sinh_sv[7][7] = {
  {C(INF,N) C(U,U) C(-INF,-0.) C(-INF,0.) C(U,U) C(INF,N) C(INF,N)},
  {C(N,N)   C(U,U) C(U,U)      C(U,U)     C(U,U) C(N,N)   C(N,N)},
  {C(0.,N)  C(U,U) C(-0.,-0.)  C(-0.,0.)  C(U,U) C(0.,N)  C(0.,N)},
  {C(0.,N)  C(U,U) C(0.,-0.)   C(0.,0.)   C(U,U) C(0.,N)  C(0.,N)},
  {C(N,N)   C(U,U) C(U,U)      C(U,U)     C(U,U) C(N,N)   C(N,N)},
  {C(INF,N) C(U,U) C(INF,-0.)  C(INF,0.)  C(U,U) C(INF,N) C(INF,N)},
  {C(N,N)   C(N,N) C(N,-0.)    C(N,0.)    C(N,N) C(N,N)   C(N,N)}};

static const Cx sqrt_sv[7][7] = {
  {C(INF,-INF) C(0.,-INF) C(0.,-INF) C(0.,INF) C(0.,INF) C(INF,INF) C(N,INF)},
  {C(INF,-INF) C(U,U)     C(U,U)     C(U,U)    C(U,U)    C(INF,INF) C(N,N)},
  {C(INF,-INF) C(U,U)     C(0.,-0.)  C(0.,0.)  C(U,U)    C(INF,INF) C(N,N)},
  {C(INF,-INF) C(U,U)     C(0.,-0.)  C(0.,0.)  C(U,U)    C(INF,INF) C(N,N)},
  {C(INF,-INF) C(U,U)     C(U,U)     C(U,U)    C(U,U)    C(INF,INF) C(N,N)},
  {C(INF,-INF) C(INF,-0.) C(INF,-0.) C(INF,0.) C(INF,0.) C(INF,INF) C(INF,N)},
  {C(INF,-INF) C(N,N)     C(N,N)     C(N,N)    C(N,N)    C(INF,INF) C(N,N)}};

static const Cx tanh_sv[7][7] = {
  {C(-1.,0.) C(U,U) C(-1.,-0.) C(-1.,0.) C(U,U) C(-1.,0.) C(-1.,0.)},
  {C(N,N)    C(U,U) C(U,U)     C(U,U)    C(U,U) C(N,N)    C(N,N)},
  {C(N,N)    C(U,U) C(-0.,-0.) C(-0.,0.) C(U,U) C(N,N)    C(N,N)},
  {C(N,N)    C(U,U) C(0.,-0.)  C(0.,0.)  C(U,U) C(N,N)    C(N,N)},
  {C(N,N)    C(U,U) C(U,U)     C(U,U)    C(U,U) C(N,N)    C(N,N)},
  {C(1.,0.)  C(U,U) C(1.,-0.)  C(1.,0.)  C(U,U) C(1.,0.)  C(1.,0.)},
  {C(N,N)    C(N,N) C(N,-0.)   C(N,0.)   C(N,N) C(N,N)    C(N,N)}};

static const Cx rect_sv[7][7] = {
  {C(INF,N) C(U,U) C(-INF,0.) C(-INF,-0.) C(U,U) C(INF,N) C(INF,N)},
  {C(N,N)   C(U,U) C(U,U)     C(U,U)      C(U,U) C(N,N)   C(N,N)},
  {C(0.,0.) C(U,U) C(-0.,0.)  C(-0.,-0.)  C(U,U) C(0.,0.) C(0.,0.)},
  {C(0.,0.) C(U,U) C(0.,-0.)  C(0.,0.)    C(U,U) C(0.,0.) C(0.,0.)},
  {C(N,N)   C(U,U) C(U,U)     C(U,U)      C(U,U) C(N,N)   C(N,N)},
  {C(INF,N) C(U,U) C(INF,-0.) C(INF,0.)   C(U,U) C(INF,N) C(INF,N)},
  {C(N,N)   C(N,N) C(N,0.)    C(N,0.)     C(N,N) C(N,N)   C(N,N)}};

#undef C
#undef U
#undef N
#undef INF
#undef P34
#undef P12
#undef P14
#undef P

static Cx special(const Cx table[7][7], Cx z) { return table[special_type(z.re)][special_type(z.im)]; }

/* ---- the functions (errors reported through *err) --------------------- */

static Cx c_sqrt(Cx z) {
  if (!finite_cx(z)) return special(sqrt_sv, z);
  if (z.re == 0. && z.im == 0.) return cx(0., z.im);
  double ax = fabs(z.re), ay = fabs(z.im), s, d;
  if (ax < DBL_MIN && ay < DBL_MIN && (ax > 0. || ay > 0.)) {
    /* hypot(ax, ay) would be subnormal: scale up first */
    ax = ldexp(ax, CM_SCALE_UP);
    s = ldexp(sqrt(ax + hypot(ax, ldexp(ay, CM_SCALE_UP))), CM_SCALE_DOWN);
  } else {
    ax /= 8.;
    s = 2. * sqrt(ax + hypot(ax, ay / 8.));
  }
  d = ay / (2. * s);
  if (z.re >= 0.) return cx(s, copysign(d, z.im));
  return cx(d, copysign(s, z.im));
}

static Cx c_log(Cx z, CErr *err) {
  if (!finite_cx(z)) return special(log_sv, z);
  double ax = fabs(z.re), ay = fabs(z.im), re;
  if (ax > CM_LARGE_DOUBLE || ay > CM_LARGE_DOUBLE) {
    re = log(hypot(ax / 2., ay / 2.)) + M_LN2;
  } else if (ax < DBL_MIN && ay < DBL_MIN) {
    if (ax > 0. || ay > 0.) {
      re = log(hypot(ldexp(ax, DBL_MANT_DIG), ldexp(ay, DBL_MANT_DIG))) - DBL_MANT_DIG * M_LN2;
    } else {
      *err = C_EDOM;
      return cx(-INFINITY, atan2(z.im, z.re));
    }
  } else {
    double h = hypot(ax, ay);
    if (0.71 <= h && h <= 1.73) {
      double am = ax > ay ? ax : ay, an = ax > ay ? ay : ax;
      re = log1p((am - 1) * (am + 1) + an * an) / 2.;
    } else {
      re = log(h);
    }
  }
  return cx(re, atan2(z.im, z.re));
}

static Cx c_acos(Cx z) {
  if (!finite_cx(z)) return special(acos_sv, z);
  Cx r;
  if (fabs(z.re) > CM_LARGE_DOUBLE || fabs(z.im) > CM_LARGE_DOUBLE) {
    r.re = atan2(fabs(z.im), z.re);
    if (z.re < 0.) r.im = -copysign(log(hypot(z.re / 2., z.im / 2.)) + M_LN2 * 2., z.im);
    else r.im = copysign(log(hypot(z.re / 2., z.im / 2.)) + M_LN2 * 2., -z.im);
  } else {
    Cx s1 = c_sqrt(cx(1. - z.re, -z.im)), s2 = c_sqrt(cx(1. + z.re, z.im));
    r.re = 2. * atan2(s1.re, s2.re);
    r.im = asinh(s2.re * s1.im - s2.im * s1.re);
  }
  return r;
}

static Cx c_acosh(Cx z) {
  if (!finite_cx(z)) return special(acosh_sv, z);
  Cx r;
  if (fabs(z.re) > CM_LARGE_DOUBLE || fabs(z.im) > CM_LARGE_DOUBLE) {
    r.re = log(hypot(z.re / 2., z.im / 2.)) + M_LN2 * 2.;
    r.im = atan2(z.im, z.re);
  } else {
    Cx s1 = c_sqrt(cx(z.re - 1., z.im)), s2 = c_sqrt(cx(z.re + 1., z.im));
    r.re = asinh(s1.re * s2.re + s1.im * s2.im);
    r.im = 2. * atan2(s1.im, s2.re);
  }
  return r;
}

static Cx c_asinh(Cx z) {
  if (!finite_cx(z)) return special(asinh_sv, z);
  Cx r;
  if (fabs(z.re) > CM_LARGE_DOUBLE || fabs(z.im) > CM_LARGE_DOUBLE) {
    if (z.im >= 0.) r.re = copysign(log(hypot(z.re / 2., z.im / 2.)) + M_LN2 * 2., z.re);
    else r.re = -copysign(log(hypot(z.re / 2., z.im / 2.)) + M_LN2 * 2., -z.re);
    r.im = atan2(z.im, fabs(z.re));
  } else {
    Cx s1 = c_sqrt(cx(1. + z.im, -z.re)), s2 = c_sqrt(cx(1. - z.im, z.re));
    r.re = asinh(s1.re * s2.im - s2.re * s1.im);
    r.im = atan2(z.im, s1.re * s2.re - s1.im * s2.im);
  }
  return r;
}

static Cx c_asin(Cx z) { /* asin(z) = -i asinh(iz) */
  Cx s = c_asinh(cx(-z.im, z.re));
  return cx(s.im, -s.re);
}

static Cx c_atanh(Cx z, CErr *err) {
  if (!finite_cx(z)) return special(atanh_sv, z);
  if (z.re < 0.) {
    Cx r = c_atanh(cx(-z.re, -z.im), err);
    return cx(-r.re, -r.im);
  }
  double ay = fabs(z.im);
  if (z.re > CM_SQRT_LARGE_DOUBLE || ay > CM_SQRT_LARGE_DOUBLE) {
    double h = hypot(z.re / 2., z.im / 2.);
    return cx(z.re / 4. / h / h, -copysign(M_PI / 2., -z.im));
  }
  if (z.re == 1. && ay < CM_SQRT_DBL_MIN) {
    if (ay == 0.) {
      *err = C_EDOM;
      return cx(INFINITY, z.im);
    }
    return cx(-log(sqrt(ay) / sqrt(hypot(ay, 2.))), copysign(atan2(2., -ay) / 2, z.im));
  }
  return cx(log1p(4. * z.re / ((1 - z.re) * (1 - z.re) + ay * ay)) / 4.,
            -atan2(-2. * z.im, (1 - z.re) * (1 + z.re) - ay * ay) / 2.);
}

static Cx c_atan(Cx z, CErr *err) { /* atan(z) = -i atanh(iz) */
  Cx s = c_atanh(cx(-z.im, z.re), err);
  return cx(s.im, -s.re);
}

static Cx c_cosh(Cx z, CErr *err) {
  if (!finite_cx(z)) {
    Cx r;
    if (isinf(z.re) && isfinite(z.im) && z.im != 0.) {
      r.re = copysign(INFINITY, cos(z.im));
      r.im = z.re > 0 ? copysign(INFINITY, sin(z.im)) : -copysign(INFINITY, sin(z.im));
    } else {
      r = special(cosh_sv, z);
    }
    if (isinf(z.im) && !isnan(z.re)) *err = C_EDOM;
    return r;
  }
  Cx r;
  if (fabs(z.re) > CM_LOG_LARGE_DOUBLE) {
    double x_minus_one = z.re - copysign(1., z.re);
    r = cx(cos(z.im) * cosh(x_minus_one) * M_E, sin(z.im) * sinh(x_minus_one) * M_E);
  } else {
    r = cx(cos(z.im) * cosh(z.re), sin(z.im) * sinh(z.re));
  }
  if (isinf(r.re) || isinf(r.im)) *err = C_ERANGE;
  return r;
}

static Cx c_sinh(Cx z, CErr *err) {
  if (!finite_cx(z)) {
    Cx r;
    if (isinf(z.re) && isfinite(z.im) && z.im != 0.) {
      r.re = z.re > 0 ? copysign(INFINITY, cos(z.im)) : -copysign(INFINITY, cos(z.im));
      r.im = copysign(INFINITY, sin(z.im));
    } else {
      r = special(sinh_sv, z);
    }
    if (isinf(z.im) && !isnan(z.re)) *err = C_EDOM;
    return r;
  }
  Cx r;
  if (fabs(z.re) > CM_LOG_LARGE_DOUBLE) {
    double x_minus_one = z.re - copysign(1., z.re);
    r = cx(cos(z.im) * sinh(x_minus_one) * M_E, sin(z.im) * cosh(x_minus_one) * M_E);
  } else {
    r = cx(cos(z.im) * sinh(z.re), sin(z.im) * cosh(z.re));
  }
  if (isinf(r.re) || isinf(r.im)) *err = C_ERANGE;
  return r;
}

static Cx c_tanh(Cx z, CErr *err) {
  if (!finite_cx(z)) {
    Cx r;
    if (isinf(z.re) && isfinite(z.im) && z.im != 0.) {
      r = cx(z.re > 0 ? 1.0 : -1.0, copysign(0., 2. * sin(z.im) * cos(z.im)));
    } else {
      r = special(tanh_sv, z);
    }
    if (isinf(z.im) && isfinite(z.re)) *err = C_EDOM;
    return r;
  }
  if (fabs(z.re) > CM_LOG_LARGE_DOUBLE)
    return cx(copysign(1., z.re), 4. * sin(z.im) * cos(z.im) * exp(-2. * fabs(z.re)));
  double tx = tanh(z.re), ty = tan(z.im), cxh = 1. / cosh(z.re);
  double txty = tx * ty, denom = 1. + txty * txty;
  return cx(tx * (1. + ty * ty) / denom, ((ty / denom) * cxh) * cxh);
}

static Cx c_cos(Cx z, CErr *err) { return c_cosh(cx(-z.im, z.re), err); } /* cos(z) = cosh(iz) */

static Cx c_sin(Cx z, CErr *err) { /* sin(z) = -i sinh(iz) */
  Cx s = c_sinh(cx(-z.im, z.re), err);
  return cx(s.im, -s.re);
}

static Cx c_tan(Cx z, CErr *err) { /* tan(z) = -i tanh(iz) */
  Cx s = c_tanh(cx(-z.im, z.re), err);
  return cx(s.im, -s.re);
}

static Cx c_exp(Cx z, CErr *err) {
  if (!finite_cx(z)) {
    Cx r;
    if (isinf(z.re) && isfinite(z.im) && z.im != 0.) {
      if (z.re > 0) r = cx(copysign(INFINITY, cos(z.im)), copysign(INFINITY, sin(z.im)));
      else r = cx(copysign(0., cos(z.im)), copysign(0., sin(z.im)));
    } else {
      r = special(exp_sv, z);
    }
    if (isinf(z.im) && (isfinite(z.re) || (isinf(z.re) && z.re > 0))) *err = C_EDOM;
    return r;
  }
  Cx r;
  if (z.re > CM_LOG_LARGE_DOUBLE) {
    double l = exp(z.re - 1.);
    r = cx(l * cos(z.im) * M_E, l * sin(z.im) * M_E);
  } else {
    double l = exp(z.re);
    r = cx(l * cos(z.im), l * sin(z.im));
  }
  if (isinf(r.re) || isinf(r.im)) *err = C_ERANGE;
  return r;
}

/* CPython's _Py_c_quot. */
static Cx c_quot(Cx a, Cx b, CErr *err) {
  double abs_breal = fabs(b.re), abs_bimag = fabs(b.im);
  if (abs_breal >= abs_bimag) {
    if (abs_breal == 0.0) {
      *err = C_EDOM;
      return cx(0., 0.);
    }
    double ratio = b.im / b.re, denom = b.re + b.im * ratio;
    return cx((a.re + a.im * ratio) / denom, (a.im - a.re * ratio) / denom);
  }
  if (abs_bimag >= abs_breal) {
    double ratio = b.re / b.im, denom = b.re * ratio + b.im;
    return cx((a.re * ratio + a.im) / denom, (a.im * ratio - a.re) / denom);
  }
  return cx(NAN, NAN);
}

/* ---- glue ------------------------------------------------------------- */

static Cx to_cx(VM *vm, Value v) {
  v = v_number(vm, v); /* np.float64, np.complex128: their Python values */
  if (is_complex(v)) return cx(as_complex(v)->re, as_complex(v)->im);
  if (is_float(v)) return cx(v.as.f, 0.);
  if (is_int(v) || is_bool(v)) return cx((double)v.as.i, 0.);
  if (is_bigint(v)) return cx(int_to_double(vm, v), 0.);
  vm_raise(vm, &EXC_TypeError, "must be real number, not %s", v_typename(v));
}

static Value cx_result(VM *vm, Cx r, CErr err) {
  if (err == C_EDOM) vm_raise(vm, &EXC_ValueError, "math domain error");
  if (err == C_ERANGE) vm_raise(vm, &EXC_OverflowError, "math range error");
  return complex_new(vm, r.re, r.im);
}

static Cx arg1(VM *vm, const Args *a, const char *name) {
  if (a->nkw || a->argc != 1) { /* METH_O in CPython: "cmath.sqrt() takes exactly one argument" */
    char full[64];
    snprintf(full, sizeof full, "cmath.%s", name);
    args_count(vm, a, full, 1, 1);
  }
  return to_cx(vm, a->argv[0]);
}

#define CMATH_PLAIN(name)                                                     \
  static Value cm_##name(VM *vm, Value self, const Args *a) {                 \
    (void)self;                                                               \
    return cx_result(vm, c_##name(arg1(vm, a, #name)), C_OK);                 \
  }
#define CMATH_ERR(name)                                                       \
  static Value cm_##name(VM *vm, Value self, const Args *a) {                 \
    (void)self;                                                               \
    CErr err = C_OK;                                                          \
    Cx r = c_##name(arg1(vm, a, #name), &err);                                \
    return cx_result(vm, r, err);                                             \
  }

CMATH_PLAIN(sqrt)
CMATH_PLAIN(acos)
CMATH_PLAIN(acosh)
CMATH_PLAIN(asin)
CMATH_PLAIN(asinh)
CMATH_ERR(atan)
CMATH_ERR(atanh)
CMATH_ERR(cos)
CMATH_ERR(cosh)
CMATH_ERR(sin)
CMATH_ERR(sinh)
CMATH_ERR(tan)
CMATH_ERR(tanh)
CMATH_ERR(exp)

static Value cm_log(VM *vm, Value self, const Args *a) {
  (void)self;
  args_count(vm, a, "log", 1, 2);
  CErr err = C_OK;
  Cx x = c_log(to_cx(vm, a->argv[0]), &err);
  if (a->argc == 2) {
    /* CPython's errno is reset by the second log: an error from x is lost */
    err = C_OK;
    Cx y = c_log(to_cx(vm, a->argv[1]), &err);
    x = c_quot(x, y, &err);
  }
  return cx_result(vm, x, err);
}

static Value cm_log10(VM *vm, Value self, const Args *a) {
  (void)self;
  CErr err = C_OK;
  Cx r = c_log(arg1(vm, a, "log10"), &err);
  return cx_result(vm, cx(r.re / M_LN10, r.im / M_LN10), err);
}

static double c_phase(Cx z) {
  if (isnan(z.re) || isnan(z.im)) return NAN;
  return atan2(z.im, z.re);
}

static Value cm_phase(VM *vm, Value self, const Args *a) {
  (void)self;
  return v_float(c_phase(arg1(vm, a, "phase")));
}

static Value cm_polar(VM *vm, Value self, const Args *a) {
  (void)self;
  Cx z = arg1(vm, a, "polar");
  double phi = c_phase(z), r;
  if (isinf(z.re) || isinf(z.im)) r = INFINITY;
  else if (isnan(z.re) || isnan(z.im)) r = NAN;
  else {
    r = hypot(z.re, z.im);
    if (isinf(r)) vm_raise(vm, &EXC_OverflowError, "math range error");
  }
  return tuple_pack2(vm, v_float(r), v_float(phi));
}

static Value cm_rect(VM *vm, Value self, const Args *a) {
  (void)self;
  args_count(vm, a, "rect", 2, 2);
  Cx rz = to_cx(vm, a->argv[0]), pz = to_cx(vm, a->argv[1]);
  if (is_complex(a->argv[0]) || is_complex(a->argv[1]))
    vm_raise(vm, &EXC_TypeError, "must be real number, not complex");
  double r = rz.re, phi = pz.re;
  Cx z;
  CErr err = C_OK;
  if (!isfinite(r) || !isfinite(phi)) {
    if (isinf(r) && isfinite(phi) && phi != 0.) {
      if (r > 0) z = cx(copysign(INFINITY, cos(phi)), copysign(INFINITY, sin(phi)));
      else z = cx(-copysign(INFINITY, cos(phi)), -copysign(INFINITY, sin(phi)));
    } else {
      z = special(rect_sv, cx(r, phi));
    }
    if (r != 0. && !isnan(r) && isinf(phi)) err = C_EDOM;
  } else if (phi == 0.0) {
    z = cx(r, r * phi);
  } else {
    z = cx(r * cos(phi), r * sin(phi));
  }
  return cx_result(vm, z, err);
}

static Value cm_isnan(VM *vm, Value self, const Args *a) {
  (void)self;
  Cx z = arg1(vm, a, "isnan");
  return v_bool(isnan(z.re) || isnan(z.im));
}

static Value cm_isinf(VM *vm, Value self, const Args *a) {
  (void)self;
  Cx z = arg1(vm, a, "isinf");
  return v_bool(isinf(z.re) || isinf(z.im));
}

static Value cm_isfinite(VM *vm, Value self, const Args *a) {
  (void)self;
  return v_bool(finite_cx(arg1(vm, a, "isfinite")));
}

static Value cm_isclose(VM *vm, Value self, const Args *a) {
  (void)self;
  Value arg[4];
  args_parse(vm, a, "isclose", "a,b,$rel_tol,abs_tol", arg);
  Cx x = to_cx(vm, arg[0]), y = to_cx(vm, arg[1]);
  double rel = is_empty(arg[2]) ? 1e-09 : v_to_double(vm, arg[2]);
  double abs_tol = is_empty(arg[3]) ? 0.0 : v_to_double(vm, arg[3]);
  if (rel < 0.0 || abs_tol < 0.0) vm_raise(vm, &EXC_ValueError, "tolerances must be non-negative");
  if (x.re == y.re && x.im == y.im) return v_bool(true);
  if (isinf(x.re) || isinf(x.im) || isinf(y.re) || isinf(y.im)) return v_bool(false);
  double diff = hypot(y.re - x.re, y.im - x.im);
  return v_bool((diff <= rel * hypot(y.re, y.im)) || (diff <= rel * hypot(x.re, x.im)) || diff <= abs_tol);
}

#define CMATH_FUNCS(X)                                                        \
  X(sqrt) X(acos) X(acosh) X(asin) X(asinh) X(atan) X(atanh) X(cos) X(cosh)   \
  X(sin) X(sinh) X(tan) X(tanh) X(exp) X(log) X(log10) X(phase) X(polar)      \
  X(rect) X(isnan) X(isinf) X(isfinite) X(isclose)

Module *mod_cmath_init(VM *vm) {
  Module *m = module_new(vm, "cmath");
#define X(name) module_add_func(vm, m, #name, cm_##name);
  CMATH_FUNCS(X)
#undef X
  module_set(vm, m, "pi", v_float(M_PI));
  module_set(vm, m, "e", v_float(M_E));
  module_set(vm, m, "tau", v_float(2.0 * M_PI));
  module_set(vm, m, "inf", v_float(INFINITY));
  module_set(vm, m, "nan", v_float(NAN));
  module_set(vm, m, "infj", complex_new(vm, 0.0, INFINITY));
  module_set(vm, m, "nanj", complex_new(vm, 0.0, NAN));
  return m;
}
