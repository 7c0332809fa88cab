/*
** np_impl.c — NumPy and cmath functions inside @njit code that are
** written in Python, as Numba writes them (numba/np/arraymath.py's
** overloads, numba/cpython/cmathimpl.py).
**
** Numba implements most of NumPy's library in Python compiled by itself;
** so does streak for the functions below: IMPL_SOURCE is a module of @njit
** functions (Numba's algorithms step for step, its error messages), run
** once per VM as the module "_streak_np_impl". Inference and lowering call
** nb_np_impl() on the callee of every call: for numpy.searchsorted & co. it
** answers the type of the @njit function that implements the call for its
** argument types, and the call is then typed and lowered as a call of that
** function (its specialisation joins the unit like any callee). The
** stdlib's random.uniform, gammavariate & co. are here too, written as
** numba/cpython/randomimpl.py writes them.
*/
#include <stdio.h>
#include <string.h>

#include "../runtime/dtype.h"
#include "../src/dict.h"
#include "../src/object.h"
#include "../src/str.h"
#include "../src/vm.h"
#include "infer.h"


/* <name>_size(params..., size): an array of size filled by rnd_<name>. */
#define RND_SIZED(name, params, args)                   \
  "@njit\n"                                            \
  "def " name "_size(" params "size):\n"              \
  "    out = np.empty(size, np.float64)\n"            \
  "    flat = out.reshape(out.size)\n"                \
  "    for i in range(out.size):\n"                   \
  "        flat[i] = rnd_" name "(" args ")\n"        \
  "    return out\n"                                  \
  "\n"                                                \
  "\n"

static const char IMPL_SOURCE[] =
  "# NumPy functions inside @njit code written in Python, as Numba 0.56 writes\n"
  "# them (numba/np/arraymath.py): streak compiles this module with its own\n"
  "# @njit and types a call such as np.searchsorted(a, v) as a call of the\n"
  "# function below that trace/np_impl.c picks for the argument types. The\n"
  "# algorithms are Numba's, step for step, so results (ties, NaNs, rounding)\n"
  "# and error messages are Numba's.\n"
  "import math\n"
  "import random\n"
  "import numpy as np\n"
  "from numba import njit\n"
  "\n"
  "\n"
  "# ---- searchsorted (Numba's _searchsorted: a binary search that starts from\n"
  "# the previous value's answer; NaNs sort last)\n"
  "@njit\n"
  "def _ss_one(a, v, v_last, lo, hi, n, right):\n"
  "    if np.isnan(v):\n"
  "        for i in range(n, 0, -1):\n"
  "            if not np.isnan(a[i - 1]):\n"
  "                return i\n"
  "        return 0\n"
  "    if v_last < v:\n"
  "        hi = n\n"
  "    else:\n"
  "        lo = 0\n"
  "        hi = hi + 1 if hi < n else n\n"
  "    while hi > lo:\n"
  "        mid = (lo + hi) >> 1\n"
  "        if right:\n"
  "            go_up = a[mid] <= v\n"
  "        else:\n"
  "            go_up = a[mid] < v\n"
  "        if go_up:\n"
  "            lo = mid + 1\n"
  "        else:\n"
  "            hi = mid\n"
  "    return lo\n"
  "\n"
  "\n"
  "@njit\n"
  "def searchsorted_scalar(a, v, side=None):\n"
  "    n = len(a)\n"
  "    return _ss_one(a, v, v, 0, n, n, False)\n"
  "\n"
  "\n"
  "@njit\n"
  "def searchsorted_scalar_right(a, v, side=None):\n"
  "    n = len(a)\n"
  "    return _ss_one(a, v, v, 0, n, n, True)\n"
  "\n"
  "\n"
  "@njit\n"
  "def _ss_array(a, v, right):\n"
  "    n = len(a)\n"
  "    lo = 0\n"
  "    hi = n\n"
  "    flat = v.flatten()\n"
  "    out = np.empty(flat.size, np.int64)\n"
  "    if flat.size == 0:\n"
  "        return out.reshape(v.shape)\n"
  "    v_last = flat[0]\n"
  "    for i in range(flat.size):\n"
  "        lo = _ss_one(a, flat[i], v_last, lo, hi, n, right)\n"
  "        v_last = flat[i]\n"
  "        out[i] = lo\n"
  "    return out.reshape(v.shape)\n"
  "\n"
  "\n"
  "@njit\n"
  "def searchsorted_array(a, v, side=None):\n"
  "    return _ss_array(a, v, False)\n"
  "\n"
  "\n"
  "@njit\n"
  "def searchsorted_array_right(a, v, side=None):\n"
  "    return _ss_array(a, v, True)\n"
  "\n"
  "\n"
  "# ---- bincount\n"
  "@njit\n"
  "def _bincount_len(a, minlength):\n"
  "    if minlength < 0:\n"
  "        raise ValueError(\"'minlength' must not be negative\")\n"
  "    n = len(a)\n"
  "    a_max = a[0] if n > 0 else -1\n"
  "    for i in range(1, n):\n"
  "        if a[i] < 0:\n"
  "            raise ValueError(\"bincount(): first argument must be non-negative\")\n"
  "        a_max = max(a_max, a[i])\n"
  "    return max(a_max + 1, minlength)\n"
  "\n"
  "\n"
  "@njit\n"
  "def bincount(a, weights=None, minlength=0):\n"
  "    out = np.zeros(_bincount_len(a, minlength), np.int64)\n"
  "    for i in range(len(a)):\n"
  "        out[a[i]] += 1\n"
  "    return out\n"
  "\n"
  "\n"
  "@njit\n"
  "def bincount_weights(a, weights=None, minlength=0):\n"
  "    if len(a) != len(weights):\n"
  "        raise ValueError(\"bincount(): weights and list don't have the same length\")\n"
  "    out = np.zeros(_bincount_len(a, minlength), np.float64)\n"
  "    for i in range(len(a)):\n"
  "        out[a[i]] += weights[i]\n"
  "    return out\n"
  "\n"
  "\n"
  "# ---- histogram\n"
  "@njit\n"
  "def histogram_range(a, bins=10, range=None):\n"
  "    if bins <= 0:\n"
  "        raise ValueError(\"histogram(): `bins` should be a positive integer\")\n"
  "    bin_min, bin_max = range\n"
  "    if not bin_min <= bin_max:\n"
  "        raise ValueError(\"histogram(): max must be larger than min in range parameter\")\n"
  "    hist = np.zeros(bins, np.int64)\n"
  "    if bin_max > bin_min:\n"
  "        bin_ratio = bins / (bin_max - bin_min)\n"
  "        for v in a.flatten():\n"
  "            b = math.floor((v - bin_min) * bin_ratio)\n"
  "            if 0 <= b and b < bins:\n"
  "                hist[int(b)] += 1\n"
  "            elif v == bin_max:\n"
  "                hist[bins - 1] += 1\n"
  "    bins_array = np.linspace(bin_min, bin_max, bins + 1)\n"
  "    return hist, bins_array\n"
  "\n"
  "\n"
  "@njit\n"
  "def histogram(a, bins=10, range=None):\n"
  "    bin_min = np.inf\n"
  "    bin_max = -np.inf\n"
  "    for v in a.flatten():\n"
  "        if bin_min > v:\n"
  "            bin_min = v\n"
  "        if bin_max < v:\n"
  "            bin_max = v\n"
  "    return histogram_range(a, bins, (bin_min, bin_max))\n"
  "\n"
  "\n"
  "@njit\n"
  "def histogram_bins(a, bins=10, range=None):\n"
  "    nbins = len(bins) - 1\n"
  "    i = 0\n"
  "    while i < nbins:  # `range` is the parameter here\n"
  "        if not bins[i] <= bins[i + 1]:\n"
  "            raise ValueError(\"histogram(): bins must increase monotonically\")\n"
  "        i += 1\n"
  "    bin_min = bins[0]\n"
  "    bin_max = bins[nbins]\n"
  "    hist = np.zeros(nbins, np.int64)\n"
  "    if nbins > 0:\n"
  "        for v in a.flatten():\n"
  "            if not (bin_min <= v and v <= bin_max):\n"
  "                continue\n"
  "            lo = 0\n"
  "            hi = nbins - 1\n"
  "            while lo < hi:\n"
  "                mid = (lo + hi + 1) >> 1\n"
  "                if v < bins[mid]:\n"
  "                    hi = mid - 1\n"
  "                else:\n"
  "                    lo = mid\n"
  "            hist[lo] += 1\n"
  "    return hist, bins\n"
  "\n"
  "\n"
  "# ---- median, percentile, quantile (Numba's quickselect)\n"
  "@njit\n"
  "def _partition(A, low, high):\n"
  "    mid = (low + high) >> 1\n"
  "    if A[mid] < A[low]:\n"
  "        A[low], A[mid] = A[mid], A[low]\n"
  "    if A[high] < A[mid]:\n"
  "        A[high], A[mid] = A[mid], A[high]\n"
  "    if A[mid] < A[low]:\n"
  "        A[low], A[mid] = A[mid], A[low]\n"
  "    pivot = A[mid]\n"
  "    A[high], A[mid] = A[mid], A[high]\n"
  "    i = low\n"
  "    j = high - 1\n"
  "    while True:\n"
  "        while i < high and A[i] < pivot:\n"
  "            i += 1\n"
  "        while j >= low and pivot < A[j]:\n"
  "            j -= 1\n"
  "        if i >= j:\n"
  "            break\n"
  "        A[i], A[j] = A[j], A[i]\n"
  "        i += 1\n"
  "        j -= 1\n"
  "    A[i], A[high] = A[high], A[i]\n"
  "    return i\n"
  "\n"
  "\n"
  "@njit\n"
  "def _select(arry, k, low, high):\n"
  "    i = _partition(arry, low, high)\n"
  "    while i != k:\n"
  "        if i < k:\n"
  "            low = i + 1\n"
  "            i = _partition(arry, low, high)\n"
  "        else:\n"
  "            high = i - 1\n"
  "            i = _partition(arry, low, high)\n"
  "    return arry[k]\n"
  "\n"
  "\n"
  "@njit\n"
  "def _select_two(arry, k, low, high):\n"
  "    while True:\n"
  "        assert high > low  # Numba's: np.median of an empty array fails here\n"
  "        i = _partition(arry, low, high)\n"
  "        if i < k:\n"
  "            low = i + 1\n"
  "        elif i > k + 1:\n"
  "            high = i - 1\n"
  "        elif i == k:\n"
  "            _select(arry, k + 1, i + 1, high)\n"
  "            break\n"
  "        else:\n"
  "            _select(arry, k, low, i - 1)\n"
  "            break\n"
  "    return arry[k], arry[k + 1]\n"
  "\n"
  "\n"
  "@njit\n"
  "def median(a):\n"
  "    temp_arry = a.flatten()\n"
  "    return _median_inner(temp_arry, temp_arry.shape[0])\n"
  "\n"
  "\n"
  "@njit\n"
  "def nanmedian(a):\n"
  "    temp_arry = np.empty(a.size, a.dtype)\n"
  "    n = 0\n"
  "    for v in a.flatten():\n"
  "        if not np.isnan(v):\n"
  "            temp_arry[n] = v\n"
  "            n += 1\n"
  "    if n == 0:\n"
  "        return np.nan\n"
  "    return _median_inner(temp_arry, n)\n"
  "\n"
  "\n"
  "@njit\n"
  "def _median_inner(temp_arry, n):\n"
  "    low = 0\n"
  "    high = n - 1\n"
  "    half = n >> 1\n"
  "    if n & 1 == 0:\n"
  "        x, y = _select_two(temp_arry, half - 1, low, high)\n"
  "        return (x + y) / 2\n"
  "    return _select(temp_arry, half, low, high)\n"
  "\n"
  "\n"
  "@njit\n"
  "def _percentiles_inner(a, q):\n"
  "    # Numba's _collect_percentiles_inner; a holds no NaN, so its\n"
  "    # np.all(np.isfinite(a)) and np.sum(a == np.inf) are counted in one loop\n"
  "    n = len(a)\n"
  "    if n == 1:\n"
  "        return np.full(len(q), a[0], dtype=np.float64)\n"
  "    num_pos_inf = 0\n"
  "    num_neg_inf = 0\n"
  "    for v in a:\n"
  "        if v == np.inf:\n"
  "            num_pos_inf += 1\n"
  "        elif v == -np.inf:\n"
  "            num_neg_inf += 1\n"
  "    all_finite = num_pos_inf + num_neg_inf == 0\n"
  "    out = np.empty(len(q), dtype=np.float64)\n"
  "    for i in range(len(q)):\n"
  "        percentile = q[i]\n"
  "        if percentile == 100:\n"
  "            val = np.max(a)\n"
  "            if not all_finite:\n"
  "                if not np.isfinite(val):\n"
  "                    val = np.nan\n"
  "        elif percentile == 0:\n"
  "            val = np.min(a)\n"
  "            if not all_finite:\n"
  "                num_finite = n - (num_neg_inf + num_pos_inf)\n"
  "                if num_finite == 0:\n"
  "                    val = np.nan\n"
  "                if num_pos_inf == 1 and n == 2:\n"
  "                    val = np.nan\n"
  "                if num_neg_inf > 1:\n"
  "                    val = np.nan\n"
  "                if num_finite == 1:\n"
  "                    if num_pos_inf > 1:\n"
  "                        if num_neg_inf != 1:\n"
  "                            val = np.nan\n"
  "        else:\n"
  "            rank = 1 + (n - 1) * (percentile / 100.0)\n"
  "            f = math.floor(rank)\n"
  "            m = rank - f\n"
  "            lower, upper = _select_two(a, int(f - 1), 0, n - 1)\n"
  "            val = lower * (1 - m) + upper * m\n"
  "        out[i] = val\n"
  "    return out\n"
  "\n"
  "\n"
  "@njit\n"
  "def _percentiles(a, q, factor, upper, what):\n"
  "    for i in range(q.size):\n"
  "        if q[i] < 0.0 or q[i] > upper or np.isnan(q[i]):\n"
  "            if what == 0:\n"
  "                raise ValueError('Percentiles must be in the range [0, 100]')\n"
  "            raise ValueError('Quantiles must be in the range [0, 1]')\n"
  "    scaled = np.empty(q.size, dtype=np.float64)\n"
  "    for i in range(q.size):\n"
  "        scaled[i] = q[i] * factor\n"
  "    temp_arry = a.flatten().astype(np.float64)\n"
  "    ok = True\n"
  "    for v in temp_arry:\n"
  "        if np.isnan(v):\n"
  "            ok = False\n"
  "    if len(temp_arry) == 1:\n"
  "        ok = ok and np.isfinite(temp_arry[0])\n"
  "    if ok:\n"
  "        return _percentiles_inner(temp_arry, scaled)\n"
  "    return np.full(q.size, np.nan)\n"
  "\n"
  "\n"
  "@njit\n"
  "def percentile_scalar(a, q):\n"
  "    return _percentiles(a, np.full(1, q, dtype=np.float64), 1.0, 100.0, 0)[0]\n"
  "\n"
  "\n"
  "@njit\n"
  "def percentile_array(a, q):\n"
  "    return _percentiles(a, q.flatten().astype(np.float64), 1.0, 100.0, 0)\n"
  "\n"
  "\n"
  "@njit\n"
  "def quantile_scalar(a, q):\n"
  "    return _percentiles(a, np.full(1, q, dtype=np.float64), 100.0, 1.0, 1)[0]\n"
  "\n"
  "\n"
  "@njit\n"
  "def quantile_array(a, q):\n"
  "    return _percentiles(a, q.flatten().astype(np.float64), 100.0, 1.0, 1)\n"
  "\n"
  "\n"
  "# ---- array_equal\n"
  "@njit\n"
  "def array_equal(a, b):\n"
  "    if a.ndim != b.ndim:\n"
  "        return False\n"
  "    for i in range(a.ndim):\n"
  "        if a.shape[i] != b.shape[i]:\n"
  "            return False\n"
  "    return np.all(a == b)\n"
  "\n"
  "\n"
  "# ---- NaN-skipping reductions (Numba's loops over the flattened array)\n"
  "@njit\n"
  "def nanmin(a):\n"
  "    flat = a.flatten()\n"
  "    r = flat[0]\n"
  "    for v in flat:\n"
  "        if not np.isnan(v):\n"
  "            if not r < v:\n"
  "                r = v\n"
  "    return r\n"
  "\n"
  "\n"
  "@njit\n"
  "def nanmax(a):\n"
  "    flat = a.flatten()\n"
  "    r = flat[0]\n"
  "    for v in flat:\n"
  "        if not np.isnan(v):\n"
  "            if not r > v:\n"
  "                r = v\n"
  "    return r\n"
  "\n"
  "\n"
  "@njit\n"
  "def nansum_int(a):\n"
  "    c = 0\n"
  "    for v in a.flatten():\n"
  "        c += v\n"
  "    return c\n"
  "\n"
  "\n"
  "@njit\n"
  "def nansum(a):\n"
  "    c = np.zeros(1, a.dtype)[0]\n"
  "    for v in a.flatten():\n"
  "        if not np.isnan(v):\n"
  "            c += v\n"
  "    return c\n"
  "\n"
  "\n"
  "@njit\n"
  "def nanprod_int(a):\n"
  "    c = 1\n"
  "    for v in a.flatten():\n"
  "        c *= v\n"
  "    return c\n"
  "\n"
  "\n"
  "@njit\n"
  "def nanprod(a):\n"
  "    c = np.ones(1, a.dtype)[0]\n"
  "    for v in a.flatten():\n"
  "        if not np.isnan(v):\n"
  "            c *= v\n"
  "    return c\n"
  "\n"
  "\n"
  "@njit\n"
  "def nanmean(a):\n"
  "    c = 0.0\n"
  "    count = 0\n"
  "    for v in a.flatten():\n"
  "        if not np.isnan(v):\n"
  "            c += v\n"
  "            count += 1\n"
  "    if count == 0:\n"
  "        return np.nan\n"
  "    return c / count\n"
  "\n"
  "\n"
  "@njit\n"
  "def nanvar(a):\n"
  "    m = nanmean(a)\n"
  "    ssd = 0.0\n"
  "    count = 0\n"
  "    for v in a.flatten():\n"
  "        if not np.isnan(v):\n"
  "            val = v - m\n"
  "            ssd += val * val\n"
  "            count += 1\n"
  "    if count == 0:\n"
  "        return np.nan\n"
  "    return ssd / count\n"
  "\n"
  "\n"
  "@njit\n"
  "def nanstd(a):\n"
  "    return nanvar(a) ** 0.5\n"
  "\n"
  "\n"
  "# ---- ptp, trace\n"
  "@njit\n"
  "def ptp(a):\n"
  "    if len(a) == 0:\n"
  "        raise ValueError('zero-size array reduction not possible')\n"
  "    flat = a.flatten()\n"
  "    a_min = flat[0]\n"
  "    a_max = flat[0]\n"
  "    for i in range(flat.size):\n"
  "        val = flat[i]\n"
  "        if np.isnan(val):\n"
  "            return np.nan\n"
  "        if val > a_max:\n"
  "            a_max = val\n"
  "        if val < a_min:\n"
  "            a_min = val\n"
  "    return a_max - a_min\n"
  "\n"
  "\n"
  "@njit\n"
  "def ptp_int(a):\n"
  "    if len(a) == 0:\n"
  "        raise ValueError('zero-size array reduction not possible')\n"
  "    flat = a.flatten()\n"
  "    a_min = flat[0]\n"
  "    a_max = flat[0]\n"
  "    for i in range(flat.size):\n"
  "        val = flat[i]\n"
  "        if val > a_max:\n"
  "            a_max = val\n"
  "        if val < a_min:\n"
  "            a_min = val\n"
  "    return a_max - a_min\n"
  "\n"
  "\n"
  "@njit\n"
  "def ptp_uint(a):  # Numba unifies its int64 0 with the uint64 difference: float64\n"
  "    return float(ptp_int(a))\n"
  "\n"
  "\n"
  "@njit\n"
  "def trace(a, offset=0):\n"
  "    rows, cols = a.shape\n"
  "    k = offset\n"
  "    if k < 0:\n"
  "        rows = rows + k\n"
  "    if k > 0:\n"
  "        cols = cols - k\n"
  "    n = max(min(rows, cols), 0)\n"
  "    ret = 0.0  # Numba's 0, unified with the float elements\n"
  "    if k >= 0:\n"
  "        for i in range(n):\n"
  "            ret += a[i, k + i]\n"
  "    else:\n"
  "        for i in range(n):\n"
  "            ret += a[i - k, i]\n"
  "    return ret\n"
  "\n"
  "\n"
  "# ---- flips (views, as Numba's slicing), roll, repeat\n"
  "@njit\n"
  "def flip1(a):\n"
  "    return a[::-1]\n"
  "\n"
  "\n"
  "@njit\n"
  "def flip2(a):\n"
  "    return a[::-1, ::-1]\n"
  "\n"
  "\n"
  "@njit\n"
  "def flip3(a):\n"
  "    return a[::-1, ::-1, ::-1]\n"
  "\n"
  "\n"
  "@njit\n"
  "def fliplr(a):\n"
  "    return a[:, ::-1]\n"
  "\n"
  "\n"
  "@njit\n"
  "def roll(a, shift):\n"
  "    flat = a.flatten()\n"
  "    out = np.empty(flat.size, dtype=a.dtype)\n"
  "    for i in range(flat.size):\n"
  "        idx = (i + shift) % flat.size\n"
  "        out[idx] = flat[i]\n"
  "    return out.reshape(a.shape)\n"
  "\n"
  "\n"
  "@njit\n"
  "def repeat(a, repeats):\n"
  "    if repeats < 0:\n"
  "        raise ValueError(\"negative dimensions are not allowed\")\n"
  "    aravel = a.flatten()\n"
  "    n = aravel.shape[0]\n"
  "    to_return = np.empty(n * repeats, dtype=a.dtype)\n"
  "    for i in range(n):\n"
  "        for j in range(repeats):\n"
  "            to_return[i * repeats + j] = aravel[i]\n"
  "    return to_return\n"
  "\n"
  "\n"
  "# ---- eye, identity, diag\n"
  "@njit\n"
  "def eye(N, M=-1, k=0):\n"
  "    if M == -1:\n"
  "        M = N\n"
  "    arr = np.zeros((N, M))\n"
  "    if k >= 0:\n"
  "        d = min(N, M - k)\n"
  "        for i in range(d):\n"
  "            arr[i, i + k] = 1\n"
  "    else:\n"
  "        d = min(N + k, M)\n"
  "        for i in range(d):\n"
  "            arr[i - k, i] = 1\n"
  "    return arr\n"
  "\n"
  "\n"
  "@njit\n"
  "def identity(n):\n"
  "    return eye(n)\n"
  "\n"
  "\n"
  "@njit\n"
  "def diag_of_1d(v, k=0):\n"
  "    n = v.shape[0] + abs(k)\n"
  "    ret = np.zeros((n, n), v.dtype)\n"
  "    if k >= 0:\n"
  "        for i in range(n - k):\n"
  "            ret[i, k + i] = v[i]\n"
  "    else:\n"
  "        for i in range(n + k):\n"
  "            ret[i - k, i] = v[i]\n"
  "    return ret\n"
  "\n"
  "\n"
  "@njit\n"
  "def diag_of_2d(v, k=0):\n"
  "    rows, cols = v.shape\n"
  "    if k < 0:\n"
  "        rows = rows + k\n"
  "    if k > 0:\n"
  "        cols = cols - k\n"
  "    n = max(min(rows, cols), 0)\n"
  "    ret = np.empty(n, v.dtype)\n"
  "    if k >= 0:\n"
  "        for i in range(n):\n"
  "            ret[i] = v[i, k + i]\n"
  "    else:\n"
  "        for i in range(n):\n"
  "            ret[i] = v[i - k, i]\n"
  "    return ret\n"
  "\n"
  "\n"
  "@njit\n"
  "def full_like(a, fill_value):\n"
  "    r = np.empty_like(a)\n"
  "    r.fill(fill_value)\n"
  "    return r\n"
  "\n"
  "\n"
  "# ---- np.random with size=: scalar draws in C order, as Numba's loops\n"
  "@njit\n"
  "def uniform_size(low, high, size):\n"
  "    out = np.empty(size)\n"
  "    flat = out.reshape(out.size)\n"
  "    for i in range(out.size):\n"
  "        flat[i] = np.random.uniform(low, high)\n"
  "    return out\n"
  "\n"
  "\n"
  "@njit\n"
  "def normal_size(loc, scale, size):\n"
  "    out = np.empty(size)\n"
  "    flat = out.reshape(out.size)\n"
  "    for i in range(out.size):\n"
  "        flat[i] = np.random.normal(loc, scale)\n"
  "    return out\n"
  "\n"
  "\n"
  "@njit\n"
  "def randint_size(low, high, size):\n"
  "    out = np.empty(size, np.int64)\n"
  "    flat = out.reshape(out.size)\n"
  "    for i in range(out.size):\n"
  "        flat[i] = np.random.randint(low, high)\n"
  "    return out\n"
  "\n"
  "\n"
  "@njit\n"
  "def choice_size(a, size=None, replace=True):\n"
  "    n = len(a)\n"
  "    out = np.empty(size, a.dtype)\n"
  "    flat = out.reshape(out.size)\n"
  "    if replace:\n"
  "        for i in range(out.size):\n"
  "            flat[i] = a[np.random.randint(0, n)]\n"
  "        return out\n"
  "    if out.size > n:\n"
  "        raise ValueError(\"Cannot take a larger sample than population when 'replace=False'\")\n"
  "    permuted_a = np.random.permutation(a)\n"
  "    for i in range(out.size):\n"
  "        flat[i] = permuted_a[i]\n"
  "    return out\n"
  "\n"
  "\n"
  "@njit\n"
  "def choice_int_size(a, size=None, replace=True):\n"
  "    out = np.empty(size, np.int64)\n"
  "    flat = out.reshape(out.size)\n"
  "    if replace:\n"
  "        for i in range(out.size):\n"
  "            flat[i] = np.random.randint(0, a)\n"
  "        return out\n"
  "    if out.size > a:\n"
  "        raise ValueError(\"Cannot take a larger sample than population when 'replace=False'\")\n"
  "    permuted_a = np.random.permutation(a)\n"
  "    for i in range(out.size):\n"
  "        flat[i] = permuted_a[i]\n"
  "    return out\n"
  "\n"
  "\n"
  "\n"
  "# ---- argmax/argmin along an axis of a 2-d array (Numba's: the 1-d\n"
  "# argmax of each line along the axis)\n"
  "@njit\n"
  "def _axis_of_2d(axis):\n"
  "    if axis < 0:\n"
  "        axis = 2 + axis\n"
  "    if axis < 0 or axis >= 2:\n"
  "        raise ValueError(\"axis is out of bounds\")\n"
  "    return axis\n"
  "\n"
  "\n"
  "@njit\n"
  "def argmax_axis(a, axis=None):\n"
  "    if _axis_of_2d(axis) == 0:\n"
  "        out = np.empty(a.shape[1], np.int64)\n"
  "        for j in range(a.shape[1]):\n"
  "            out[j] = np.argmax(a[:, j])\n"
  "        return out\n"
  "    out = np.empty(a.shape[0], np.int64)\n"
  "    for i in range(a.shape[0]):\n"
  "        out[i] = np.argmax(a[i])\n"
  "    return out\n"
  "\n"
  "\n"
  "@njit\n"
  "def argmin_axis(a, axis=None):\n"
  "    if _axis_of_2d(axis) == 0:\n"
  "        out = np.empty(a.shape[1], np.int64)\n"
  "        for j in range(a.shape[1]):\n"
  "            out[j] = np.argmin(a[:, j])\n"
  "        return out\n"
  "    out = np.empty(a.shape[0], np.int64)\n"
  "    for i in range(a.shape[0]):\n"
  "        out[i] = np.argmin(a[i])\n"
  "    return out\n"
  "\n"
  "\n"
  "# ---- np.sort of a 2-d array: each row sorted (the last axis)\n"
  "@njit\n"
  "def sort_rows(a):\n"
  "    r = a.copy()\n"
  "    for i in range(r.shape[0]):\n"
  "        row = r[i]\n"
  "        row.sort()\n"
  "    return r\n"
  "\n"
  "\n"
  "# ---- argsort(kind='mergesort'): Numba's mergesort (numba/misc/mergesort.py,\n"
  "# from NumPy's): halves sorted first, insertion sort up to 20 items, floats\n"
  "# ordered by lt_floats. Its recursion tree is walked deepest first (a node's\n"
  "# halves are disjoint and sorted before it), so NaNs end in Numba's order.\n"
  "@njit\n"
  "def argsort_quick(a, kind=None):\n"
  "    return np.argsort(a)\n"
  "\n"
  "\n"
  "@njit\n"
  "def _lt_floats(a, b):\n"
  "    return np.isnan(b) or a < b\n"
  "\n"
  "\n"
  "@njit\n"
  "def argsort_stable(a, kind=None):\n"
  "    n = a.size\n"
  "    idxs = np.arange(n)\n"
  "    ws = np.empty(n // 2, np.int64)\n"
  "    los = np.empty(2 * n + 1, np.int64)\n"
  "    his = np.empty(2 * n + 1, np.int64)\n"
  "    los[0] = 0\n"
  "    his[0] = n\n"
  "    cnt = 1\n"
  "    k = 0\n"
  "    while k < cnt:\n"
  "        size = his[k] - los[k]\n"
  "        if size > 20:\n"
  "            los[cnt] = los[k]\n"
  "            his[cnt] = los[k] + size // 2\n"
  "            los[cnt + 1] = los[k] + size // 2\n"
  "            his[cnt + 1] = his[k]\n"
  "            cnt += 2\n"
  "        k += 1\n"
  "    for t in range(cnt - 1, -1, -1):\n"
  "        lo = los[t]\n"
  "        hi = his[t]\n"
  "        size = hi - lo\n"
  "        if size > 20:\n"
  "            m = size // 2\n"
  "            for i in range(m):\n"
  "                ws[i] = idxs[lo + i]\n"
  "            i = 0\n"
  "            j = lo + m\n"
  "            k = lo\n"
  "            while i < m and j < hi:\n"
  "                if not _lt_floats(a[idxs[j]], a[ws[i]]):\n"
  "                    idxs[k] = ws[i]\n"
  "                    i += 1\n"
  "                else:\n"
  "                    idxs[k] = idxs[j]\n"
  "                    j += 1\n"
  "                k += 1\n"
  "            while i < m:\n"
  "                idxs[k] = ws[i]\n"
  "                i += 1\n"
  "                k += 1\n"
  "        else:\n"
  "            i = lo + 1\n"
  "            while i < hi:\n"
  "                j = i\n"
  "                while j > lo and _lt_floats(a[idxs[j]], a[idxs[j - 1]]):\n"
  "                    idxs[j - 1], idxs[j] = idxs[j], idxs[j - 1]\n"
  "                    j -= 1\n"
  "                i += 1\n"
  "    return idxs\n"
  "\n"
  "\n"
  "\n"
  "# ---- np.asarray of an array: itself (np.array of one is Numba's TypingError)\n"
  "@njit\n"
  "def asarray_same(a):\n"
  "    return a\n"
  "\n"
  "\n"
  "\n"
  "# ---- np.diff(a, n) along the last axis (Numba's: a scratch row diffed n\n"
  "# times in place)\n"
  "@njit\n"
  "def _diff_row(src, dst, work, n):\n"
  "    size = src.shape[0]\n"
  "    for i in range(size - 1):\n"
  "        work[i] = src[i + 1] - src[i]\n"
  "    for niter in range(1, n):\n"
  "        for i in range(size - niter - 1):\n"
  "            work[i] = work[i + 1] - work[i]\n"
  "    for i in range(size - n):\n"
  "        dst[i] = work[i]\n"
  "\n"
  "\n"
  "@njit\n"
  "def diff_1d(a, n=1):\n"
  "    if n == 0:\n"
  "        return a.copy()\n"
  "    if n < 0:\n"
  "        raise ValueError(\"diff(): order must be non-negative\")\n"
  "    size = a.shape[0]\n"
  "    out = np.empty(max(size - n, 0), a.dtype)\n"
  "    if out.size == 0:\n"
  "        return out\n"
  "    _diff_row(a, out, np.empty(size, a.dtype), n)\n"
  "    return out\n"
  "\n"
  "\n"
  "@njit\n"
  "def diff_2d(a, n=1):\n"
  "    if n == 0:\n"
  "        return a.copy()\n"
  "    if n < 0:\n"
  "        raise ValueError(\"diff(): order must be non-negative\")\n"
  "    size = a.shape[1]\n"
  "    out = np.empty((a.shape[0], max(size - n, 0)), a.dtype)\n"
  "    if out.size == 0:\n"
  "        return out\n"
  "    work = np.empty(size, a.dtype)\n"
  "    for major in range(a.shape[0]):\n"
  "        _diff_row(a[major], out[major], work, n)\n"
  "    return out\n"
  "\n"
  "\n"
  "# ---- np.average (Numba: no axis), np.flatnonzero, np.triu, np.tril\n"
  "@njit\n"
  "def average(a, axis=None, weights=None):\n"
  "    return np.mean(a)\n"
  "\n"
  "\n"
  "@njit\n"
  "def average_weights(a, axis=None, weights=None):\n"
  "    same = a.ndim == weights.ndim\n"
  "    if same:\n"
  "        for i in range(a.ndim):\n"
  "            if a.shape[i] != weights.shape[i]:\n"
  "                same = False\n"
  "    if not same:\n"
  "        raise TypeError(\"Numba does not support average when shapes of a and weights differ.\")\n"
  "    scl = np.sum(weights)\n"
  "    if scl == 0.0:\n"
  "        raise ZeroDivisionError(\"Weights sum to zero, can't be normalized.\")\n"
  "    return np.sum(np.multiply(a, weights)) / scl\n"
  "\n"
  "\n"
  "@njit\n"
  "def average_axis(a, axis=None, weights=None):\n"
  "    raise TypeError(\"Numba does not support average with axis.\")\n"
  "\n"
  "\n"
  "@njit\n"
  "def flatnonzero(a):\n"
  "    return np.nonzero(a.flatten())[0]\n"
  "\n"
  "\n"
  "@njit\n"
  "def triu(m, k=0):\n"
  "    out = m.copy()\n"
  "    for i in range(m.shape[0]):\n"
  "        for j in range(m.shape[1]):\n"
  "            if j - i < k:\n"
  "                out[i, j] = 0\n"
  "    return out\n"
  "\n"
  "\n"
  "@njit\n"
  "def tril(m, k=0):\n"
  "    out = m.copy()\n"
  "    for i in range(m.shape[0]):\n"
  "        for j in range(m.shape[1]):\n"
  "            if j - i > k:\n"
  "                out[i, j] = 0\n"
  "    return out\n"
  "\n"
  "\n"
  "\n"
  "# ---- np.interp (Numba's port of NumPy 1.17's arr_interp, real fp)\n"
  "@njit\n"
  "def _search_guess(key, arr, length, guess):\n"
  "    imin = 0\n"
  "    imax = length\n"
  "    if key > arr[length - 1]:\n"
  "        return length\n"
  "    elif key < arr[0]:\n"
  "        return -1\n"
  "    if length <= 4:\n"
  "        i = 1\n"
  "        while i < length and key >= arr[i]:\n"
  "            i += 1\n"
  "        return i - 1\n"
  "    if guess > length - 3:\n"
  "        guess = length - 3\n"
  "    if guess < 1:\n"
  "        guess = 1\n"
  "    if key < arr[guess]:\n"
  "        if key < arr[guess - 1]:\n"
  "            imax = guess - 1\n"
  "            if guess > 8 and key >= arr[guess - 8]:\n"
  "                imin = guess - 8\n"
  "        else:\n"
  "            return guess - 1\n"
  "    else:\n"
  "        if key < arr[guess + 1]:\n"
  "            return guess\n"
  "        else:\n"
  "            if key < arr[guess + 2]:\n"
  "                return guess + 1\n"
  "            else:\n"
  "                imin = guess + 2\n"
  "                if guess < length - 8 - 1 and key < arr[guess + 8]:\n"
  "                    imax = guess + 8\n"
  "    while imin < imax:\n"
  "        imid = imin + ((imax - imin) >> 1)\n"
  "        if key >= arr[imid]:\n"
  "            imin = imid + 1\n"
  "        else:\n"
  "            imax = imid\n"
  "    return imin - 1\n"
  "\n"
  "\n"
  "@njit\n"
  "def _interp_flat(dz, xp, fp):\n"
  "    dx = xp.astype(np.float64)\n"
  "    dy = fp.astype(np.float64)\n"
  "    if len(dx) == 0:\n"
  "        raise ValueError('array of sample points is empty')\n"
  "    if len(dx) != len(dy):\n"
  "        raise ValueError('fp and xp are not of the same size.')\n"
  "    if dx.size == 1:\n"
  "        return np.full(dz.size, dy[0], dtype=np.float64)\n"
  "    dres = np.empty(dz.size, dtype=np.float64)\n"
  "    lenx = dz.size\n"
  "    lenxp = len(dx)\n"
  "    lval = dy[0]\n"
  "    rval = dy[lenxp - 1]\n"
  "    j = 0\n"
  "    if lenxp <= lenx:\n"
  "        slopes = (dy[1:] - dy[:-1]) / (dx[1:] - dx[:-1])\n"
  "    else:\n"
  "        slopes = np.empty(0, dtype=np.float64)\n"
  "    for i in range(lenx):\n"
  "        x_val = dz[i]\n"
  "        if np.isnan(x_val):\n"
  "            dres[i] = x_val\n"
  "            continue\n"
  "        j = _search_guess(x_val, dx, lenxp, j)\n"
  "        if j == -1:\n"
  "            dres[i] = lval\n"
  "        elif j == lenxp:\n"
  "            dres[i] = rval\n"
  "        elif j == lenxp - 1:\n"
  "            dres[i] = dy[j]\n"
  "        elif dx[j] == x_val:\n"
  "            dres[i] = dy[j]\n"
  "        else:\n"
  "            if slopes.size:\n"
  "                slope = slopes[j]\n"
  "            else:\n"
  "                slope = (dy[j + 1] - dy[j]) / (dx[j + 1] - dx[j])\n"
  "            dres[i] = slope * (x_val - dx[j]) + dy[j]\n"
  "            if np.isnan(dres[i]):\n"
  "                dres[i] = slope * (x_val - dx[j + 1]) + dy[j + 1]\n"
  "                if np.isnan(dres[i]) and dy[j] == dy[j + 1]:\n"
  "                    dres[i] = dy[j]\n"
  "    return dres\n"
  "\n"
  "\n"
  "@njit\n"
  "def interp_scalar(x, xp, fp):\n"
  "    return _interp_flat(np.full(1, x, dtype=np.float64), xp, fp)[0]\n"
  "\n"
  "\n"
  "@njit\n"
  "def interp_array(x, xp, fp):\n"
  "    return _interp_flat(x.flatten().astype(np.float64), xp, fp).reshape(x.shape)\n"
  "\n"
  "\n"
  "\n"
  "# ---- a[rows] and a[:, cols] of a 2-d array by a 1-d integer array\n"
  "@njit\n"
  "def take_rows(a, idx):\n"
  "    out = np.empty((len(idx), a.shape[1]), a.dtype)\n"
  "    for i in range(len(idx)):\n"
  "        out[i] = a[idx[i]]\n"
  "    return out\n"
  "\n"
  "\n"
  "@njit\n"
  "def take_cols(a, idx):\n"
  "    out = np.empty((a.shape[0], len(idx)), a.dtype)\n"
  "    for j in range(len(idx)):\n"
  "        out[:, j] = a[:, idx[j]]\n"
  "    return out\n"
  "\n"
  "\n"
  "# ---- a[mask], a[mask, :] and a[:, mask] of a 2-d array by a 1-d boolean array (Numba\n"
  "# reads past a short mask unchecked; a length that differs is an IndexError here, as\n"
  "# for 1-d arrays)\n"
  "@njit\n"
  "def _mask_count(m, n):\n"
  "    if len(m) != n:\n"
  "        raise IndexError('index is out of bounds')\n"
  "    k = 0\n"
  "    for i in range(n):\n"
  "        if m[i]:\n"
  "            k += 1\n"
  "    return k\n"
  "\n"
  "\n"
  "@njit\n"
  "def mask_rows(a, m):\n"
  "    out = np.empty((_mask_count(m, a.shape[0]), a.shape[1]), a.dtype)\n"
  "    k = 0\n"
  "    for i in range(len(m)):\n"
  "        if m[i]:\n"
  "            out[k] = a[i]\n"
  "            k += 1\n"
  "    return out\n"
  "\n"
  "\n"
  "@njit\n"
  "def mask_cols(a, m):\n"
  "    out = np.empty((a.shape[0], _mask_count(m, a.shape[1])), a.dtype)\n"
  "    k = 0\n"
  "    for j in range(len(m)):\n"
  "        if m[j]:\n"
  "            out[:, k] = a[:, j]\n"
  "            k += 1\n"
  "    return out\n"
  "\n"
  "\n"
  "\n"
  "# ---- array methods that are these functions (a.clip(lo, hi) is np.clip(a, lo, hi))\n"
  "@njit\n"
  "def clip_method(a, lo, hi):\n"
  "    return np.clip(a, lo, hi)\n"
  "\n"
  "\n"
  "@njit\n"
  "def nonzero_method(a):\n"
  "    return np.nonzero(a)\n"
  "\n"
  "\n"
  "\n"
  "# ---- np.concatenate / np.stack with axis=: axis 0 is the plain function;\n"
  "# the last axis of 2-d (concatenate) or 1-d (stack) arrays goes through\n"
  "# the transposes, into a C-contiguous result as Numba's\n"
  "@njit\n"
  "def concat0(arrays, axis=0):\n"
  "    return np.concatenate(arrays)\n"
  "\n"
  "\n"
  "@njit\n"
  "def stack0(arrays, axis=0):\n"
  "    return np.stack(arrays)\n"
  "\n"
  "\n"
  "@njit\n"
  "def concat_last2(arrays, axis=0):\n"
  "    return np.concatenate((arrays[0].T, arrays[1].T)).T.copy()\n"
  "\n"
  "\n"
  "@njit\n"
  "def concat_last3(arrays, axis=0):\n"
  "    return np.concatenate((arrays[0].T, arrays[1].T, arrays[2].T)).T.copy()\n"
  "\n"
  "\n"
  "@njit\n"
  "def concat_last4(arrays, axis=0):\n"
  "    return np.concatenate((arrays[0].T, arrays[1].T, arrays[2].T, arrays[3].T)).T.copy()\n"
  "\n"
  "\n"
  "@njit\n"
  "def stack_last2(arrays, axis=0):\n"
  "    return np.stack(arrays).T.copy()\n"
  "\n"
  "\n"
  "@njit\n"
  "def stack_last3(arrays, axis=0):\n"
  "    return np.stack(arrays).T.copy()\n"
  "\n"
  "\n"
  "@njit\n"
  "def stack_last4(arrays, axis=0):\n"
  "    return np.stack(arrays).T.copy()\n"
  "\n"
  "\n"
  "\n"
  "# ---- np.random distributions Numba writes from random() (randomimpl.py;\n"
  "# the same inversions as NumPy's legacy generator)\n"
  "@njit\n"
  "def rnd_exponential(scale=1.0):\n"
  "    return -math.log(1.0 - np.random.random()) * scale\n"
  "\n"
  "\n"
  "@njit\n"
  "def rnd_standard_exponential():\n"
  "    return -math.log(1.0 - np.random.random())\n"
  "\n"
  "\n"
  "@njit\n"
  "def rnd_lognormal(mean=0.0, sigma=1.0):\n"
  "    return math.exp(np.random.normal(mean, sigma))\n"
  "\n"
  "\n"
  "@njit\n"
  "def rnd_laplace(loc=0.0, scale=1.0):\n"
  "    U = np.random.random()\n"
  "    if U < 0.5:\n"
  "        return loc + scale * math.log(U + U)\n"
  "    return loc - scale * math.log(2.0 - U - U)\n"
  "\n"
  "\n"
  "@njit\n"
  "def rnd_logistic(loc=0.0, scale=1.0):\n"
  "    U = np.random.random()\n"
  "    return loc + scale * math.log(U / (1.0 - U))\n"
  "\n"
  "\n"
  "@njit\n"
  "def rnd_gumbel(loc, scale):\n"
  "    U = 1.0 - np.random.random()\n"
  "    return loc - scale * math.log(-math.log(U))\n"
  "\n"
  "\n"
  "@njit\n"
  "def rnd_rayleigh(scale=1.0):\n"
  "    if scale <= 0.0:\n"
  "        raise ValueError(\"rayleigh(): mode <= 0\")\n"
  "    return scale * math.sqrt(-2.0 * math.log(1.0 - np.random.random()))\n"
  "\n"
  "\n"
  "@njit\n"
  "def rnd_pareto(a):\n"
  "    u = 1.0 - np.random.random()\n"
  "    return 1.0 / u ** (1.0 / a) - 1\n"
  "\n"
  "\n"
  "@njit\n"
  "def rnd_weibull(a):\n"
  "    u = 1.0 - np.random.random()\n"
  "    return (-math.log(u)) ** (1.0 / a)\n"
  "\n"
  "\n"
  "\n"
  "# ---- np.random.poisson: Knuth's product below lam 10, else NumPy's PTRS\n"
  "# (Hoermann's transformed rejection) as numba/_random.c has it\n"
  "@njit\n"
  "def _loggam(x):\n"
  "    a = np.array([8.333333333333333e-02, -2.777777777777778e-03, 7.936507936507937e-04,\n"
  "                  -5.952380952380952e-04, 8.417508417508418e-04, -1.917526917526918e-03,\n"
  "                  6.410256410256410e-03, -2.955065359477124e-02, 1.796443723688307e-01,\n"
  "                  -1.39243221690590e+00])\n"
  "    x0 = x\n"
  "    n = 0\n"
  "    if x == 1.0 or x == 2.0:\n"
  "        return 0.0\n"
  "    elif x <= 7.0:\n"
  "        n = int(7 - x)\n"
  "        x0 = x + n\n"
  "    x2 = 1.0 / (x0 * x0)\n"
  "    xp = 2 * math.pi\n"
  "    gl0 = a[9]\n"
  "    for k in range(8, -1, -1):\n"
  "        gl0 *= x2\n"
  "        gl0 += a[k]\n"
  "    gl = gl0 / x0 + 0.5 * math.log(xp) + (x0 - 0.5) * math.log(x0) - x0\n"
  "    if x <= 7.0:\n"
  "        for k in range(1, n + 1):\n"
  "            gl -= math.log(x0 - 1.0)\n"
  "            x0 -= 1.0\n"
  "    return gl\n"
  "\n"
  "\n"
  "@njit\n"
  "def _poisson_ptrs(lam):\n"
  "    slam = math.sqrt(lam)\n"
  "    loglam = math.log(lam)\n"
  "    b = 0.931 + 2.53 * slam\n"
  "    a = -0.059 + 0.02483 * b\n"
  "    invalpha = 1.1239 + 1.1328 / (b - 3.4)\n"
  "    vr = 0.9277 - 3.6224 / (b - 2)\n"
  "    while True:\n"
  "        U = np.random.random() - 0.5\n"
  "        V = np.random.random()\n"
  "        us = 0.5 - abs(U)\n"
  "        k = int(math.floor((2 * a / us + b) * U + lam + 0.43))\n"
  "        if us >= 0.07 and V <= vr:\n"
  "            return k\n"
  "        if k < 0 or (us < 0.013 and V > us):\n"
  "            continue\n"
  "        if (math.log(V) + math.log(invalpha) - math.log(a / (us * us) + b)) <= (-lam + float(k) * loglam - _loggam(float(k) + 1)):\n"
  "            return k\n"
  "\n"
  "\n"
  "@njit\n"
  "def rnd_poisson(lam=1.0):\n"
  "    if lam >= 10.0:\n"
  "        return _poisson_ptrs(lam)\n"
  "    if lam < 0.0:\n"
  "        raise ValueError(\"poisson(): lambda < 0\")\n"
  "    if lam == 0.0:\n"
  "        return 0\n"
  "    enlam = math.exp(-lam)\n"
  "    X = 0\n"
  "    prod = 1.0\n"
  "    while True:\n"
  "        U = np.random.random()\n"
  "        prod *= U\n"
  "        if prod <= enlam:\n"
  "            return X\n"
  "        X += 1\n"
  "\n"
  "\n"
  "@njit\n"
  "def poisson_size(lam, size):\n"
  "    out = np.empty(size, np.int64)\n"
  "    flat = out.reshape(out.size)\n"
  "    for i in range(out.size):\n"
  "        flat[i] = rnd_poisson(lam)\n"
  "    return out\n"
  "\n"
  "\n"
  "# ---- the distributions above with a size (Numba's: one draw an element, in C order)\n"
  RND_SIZED("exponential", "scale, ", "scale")
  RND_SIZED("standard_exponential", "", "")
  RND_SIZED("lognormal", "mean, sigma, ", "mean, sigma")
  RND_SIZED("laplace", "loc, scale, ", "loc, scale")
  RND_SIZED("logistic", "loc, scale, ", "loc, scale")
  RND_SIZED("gumbel", "loc, scale, ", "loc, scale")
  RND_SIZED("rayleigh", "scale, ", "scale")
  RND_SIZED("pareto", "a, ", "a")
  RND_SIZED("weibull", "a, ", "a")
  "\n"
  "# ---- the stdlib's random.* (numba/cpython/randomimpl.py): Numba's\n"
  "# algorithms, on its own state through random.random() and random.gauss()\n"
  "# (helpers in compiled code), arguments as float64 first\n"
  "@njit\n"
  "def random_uniform(a, b):\n"
  "    lo = float(a)\n"
  "    return lo + (float(b) - lo) * random.random()\n"
  "\n"
  "\n"
  "@njit\n"
  "def random_triangular2(low, high):\n"
  "    u = random.random()\n"
  "    lo = float(low)\n"
  "    hi = float(high)\n"
  "    c = 0.5\n"
  "    if u > c:\n"
  "        u = 1.0 - u\n"
  "        lo, hi = hi, lo\n"
  "    return lo + (hi - lo) * math.sqrt(u * c)\n"
  "\n"
  "\n"
  "@njit\n"
  "def random_triangular3(low, high, mode):\n"
  "    u = random.random()\n"
  "    lo = float(low)\n"
  "    hi = float(high)\n"
  "    if hi == lo:\n"
  "        return lo\n"
  "    c = (float(mode) - lo) / (hi - lo)\n"
  "    if u > c:\n"
  "        u = 1.0 - u\n"
  "        c = 1.0 - c\n"
  "        lo, hi = hi, lo\n"
  "    return lo + (hi - lo) * math.sqrt(u * c)\n"
  "\n"
  "\n"
  "@njit\n"
  "def random_expovariate(lambd):\n"
  "    return -math.log(1.0 - random.random()) / float(lambd)\n"
  "\n"
  "\n"
  "@njit\n"
  "def random_paretovariate(alpha):\n"
  "    u = 1.0 - random.random()\n"
  "    return 1.0 / u ** (1.0 / float(alpha))\n"
  "\n"
  "\n"
  "@njit\n"
  "def random_weibullvariate(alpha, beta):\n"
  "    u = 1.0 - random.random()\n"
  "    return float(alpha) * (-math.log(u)) ** (1.0 / float(beta))\n"
  "\n"
  "\n"
  "@njit\n"
  "def random_lognormvariate(mu, sigma):\n"
  "    return math.exp(random.gauss(mu, sigma))\n"
  "\n"
  "\n"
  "@njit\n"
  "def _gamma_cheng(alpha, beta):\n"
  "    ainv = math.sqrt(2.0 * alpha - 1.0)\n"
  "    bbb = alpha - math.log(4.0)\n"
  "    ccc = alpha + ainv\n"
  "    while True:\n"
  "        u1 = random.random()\n"
  "        if not 1e-7 < u1 < 0.9999999:\n"
  "            continue\n"
  "        u2 = 1.0 - random.random()\n"
  "        v = math.log(u1 / (1.0 - u1)) / ainv\n"
  "        x = alpha * math.exp(v)\n"
  "        z = u1 * u1 * u2\n"
  "        r = bbb + ccc * v - x\n"
  "        if r + (1.0 + math.log(4.5)) - 4.5 * z >= 0.0 or r >= math.log(z):\n"
  "            return x * beta\n"
  "\n"
  "\n"
  "@njit\n"
  "def _gamma_gs(alpha, beta):\n"
  "    while True:\n"
  "        u = random.random()\n"
  "        b = (math.e + alpha) / math.e\n"
  "        p = b * u\n"
  "        if p <= 1.0:\n"
  "            x = p ** (1.0 / alpha)\n"
  "        else:\n"
  "            x = -math.log((b - p) / alpha)\n"
  "        u1 = random.random()\n"
  "        if p > 1.0:\n"
  "            if u1 <= x ** (alpha - 1.0):\n"
  "                return x * beta\n"
  "        elif u1 <= math.exp(-x):\n"
  "            return x * beta\n"
  "\n"
  "\n"
  "@njit\n"
  "def random_gammavariate(alpha, beta):\n"
  "    a = float(alpha)\n"
  "    b = float(beta)\n"
  "    if a <= 0.0 or b <= 0.0:\n"
  "        raise ValueError('gammavariate: alpha and beta must be > 0.0')\n"
  "    if a > 1.0:\n"
  "        return _gamma_cheng(a, b)\n"
  "    if a == 1.0:\n"
  "        return -math.log(1.0 - random.random()) * b\n"
  "    return _gamma_gs(a, b)\n"
  "\n"
  "\n"
  "@njit\n"
  "def random_betavariate(alpha, beta):\n"
  "    y = random_gammavariate(alpha, 1.0)\n"
  "    if y == 0.0:\n"
  "        return 0.0\n"
  "    return y / (y + random_gammavariate(beta, 1.0))\n"
  "\n"
  "\n"
  "@njit\n"
  "def random_vonmisesvariate(mu, kappa):\n"
  "    m = float(mu)\n"
  "    k = float(kappa)\n"
  "    if k <= 1e-6:\n"
  "        return 2.0 * math.pi * random.random()\n"
  "    s = 0.5 / k\n"
  "    r = s + math.sqrt(1.0 + s * s)\n"
  "    while True:\n"
  "        u1 = random.random()\n"
  "        z = math.cos(math.pi * u1)\n"
  "        d = z / (r + z)\n"
  "        u2 = random.random()\n"
  "        if u2 < 1.0 - d * d or u2 <= (1.0 - d) * math.exp(d):\n"
  "            break\n"
  "    q = 1.0 / r\n"
  "    f = (q + z) / (1.0 + q * z)\n"
  "    u3 = random.random()\n"
  "    if u3 > 0.5:\n"
  "        return (m + math.acos(f)) % (2.0 * math.pi)\n"
  "    return (m - math.acos(f)) % (2.0 * math.pi)\n"
  "\n"
  "\n"
  "@njit\n"
  "def random_shuffle(arr):\n"
  "    i = arr.shape[0] - 1\n"
  "    while i > 0:\n"
  "        j = random.randrange(i + 1)\n"
  "        arr[i], arr[j] = arr[j], arr[i]\n"
  "        i -= 1\n"
  "\n"
  "\n"
  "@njit\n"
  "def random_shuffle_nd(arr):\n"
  "    i = arr.shape[0] - 1\n"
  "    while i > 0:\n"
  "        j = random.randrange(i + 1)\n"
  "        arr[i], arr[j] = np.copy(arr[j]), np.copy(arr[i])\n"
  "        i -= 1\n"
  "\n"
  "\n"
  "\n"
  "# ---- np.cross of 1-d vectors or of the rows of 2-d arrays (2 or 3\n"
  "# components, one of them 3; Numba's ValueErrors otherwise)\n"
  "@njit\n"
  "def _cross_check(na, nb):\n"
  "    if (na != 2 and na != 3) or (nb != 2 and nb != 3):\n"
  "        raise ValueError(\"\"\"Incompatible dimensions for cross product\n"
  "(dimension must be 2 or 3)\"\"\")\n"
  "    if na == 2 and nb == 2:\n"
  "        raise ValueError(\"\"\"Dimensions for both inputs is 2.\n"
  "Please replace your numpy.cross(a, b) call with a call to `cross2d(a, b)` from `numba.np.extensions`.\"\"\")\n"
  "\n"
  "\n"
  "@njit\n"
  "def _cross_into(a, b, out):\n"
  "    a2 = a[2] if a.shape[0] == 3 else a[0] * 0\n"
  "    b2 = b[2] if b.shape[0] == 3 else b[0] * 0\n"
  "    out[0] = a[1] * b2 - a2 * b[1]\n"
  "    out[1] = a2 * b[0] - a[0] * b2\n"
  "    out[2] = a[0] * b[1] - a[1] * b[0]\n"
  "\n"
  "\n"
  "@njit\n"
  "def cross1(a, b):\n"
  "    _cross_check(a.shape[0], b.shape[0])\n"
  "    cp = np.empty(3, a.dtype)\n"
  "    _cross_into(a, b, cp)\n"
  "    return cp\n"
  "\n"
  "\n"
  "@njit\n"
  "def cross2(a, b):\n"
  "    _cross_check(a.shape[1], b.shape[1])\n"
  "    n = max(a.shape[0], b.shape[0])\n"
  "    if (a.shape[0] != n and a.shape[0] != 1) or (b.shape[0] != n and b.shape[0] != 1):\n"
  "        raise ValueError(\"operands could not be broadcast together\")\n"
  "    cp = np.empty((n, 3), a.dtype)\n"
  "    for i in range(n):\n"
  "        _cross_into(a[i if a.shape[0] > 1 else 0], b[i if b.shape[0] > 1 else 0], cp[i])\n"
  "    return cp\n"
  "\n"
  "\n"
  "\n"
  "# ---- np.argwhere (Numba's transpose of the nonzero coordinates), 1-d and 2-d\n"
  "@njit\n"
  "def argwhere1(a):\n"
  "    nz = np.nonzero(a)[0]\n"
  "    out = np.empty((nz.size, 1), np.int64)\n"
  "    for i in range(nz.size):\n"
  "        out[i, 0] = nz[i]\n"
  "    return out\n"
  "\n"
  "\n"
  "@njit\n"
  "def argwhere2(a):\n"
  "    r, c = np.nonzero(a)\n"
  "    out = np.empty((r.size, 2), np.int64)\n"
  "    for i in range(r.size):\n"
  "        out[i, 0] = r[i]\n"
  "        out[i, 1] = c[i]\n"
  "    return out\n"
  "\n"
  "\n"
  "\n"
  "# ---- np.abs / np.angle / np.conj of complex arrays (new arrays, element by element)\n"
  "@njit\n"
  "def abs_complex(z):\n"
  "    out = np.empty(z.size, np.float64)\n"
  "    flat = z.flatten()\n"
  "    for i in range(z.size):\n"
  "        out[i] = abs(flat[i])\n"
  "    return out.reshape(z.shape)\n"
  "\n"
  "\n"
  "@njit\n"
  "def angle_complex(z):\n"
  "    out = np.empty(z.size, np.float64)\n"
  "    flat = z.flatten()\n"
  "    for i in range(z.size):\n"
  "        out[i] = math.atan2(flat[i].imag, flat[i].real)\n"
  "    return out.reshape(z.shape)\n"
  "\n"
  "\n"
  "@njit\n"
  "def conj_complex(z):\n"
  "    out = z.flatten()\n"
  "    for i in range(z.size):\n"
  "        out[i] = out[i].conjugate()\n"
  "    return out.reshape(z.shape)\n"
  "\n"
  "\n"
  "\n"
  "# ---- np.tri, np.expand_dims (C-contiguous arrays: a reshaped view)\n"
  "@njit\n"
  "def tri(N, M=-1, k=0):\n"
  "    if M == -1:\n"
  "        M = N\n"
  "    out = np.empty((max(0, N), max(0, M)))\n"
  "    for i in range(out.shape[0]):\n"
  "        for j in range(out.shape[1]):\n"
  "            out[i, j] = 1.0 if j <= i + k else 0.0\n"
  "    return out\n"
  "\n"
  "\n"
  "@njit\n"
  "def _expand_axis(axis, ndim):\n"
  "    if axis < -ndim - 1 or axis > ndim:\n"
  "        raise ValueError(\"np.expand_dims: Argument axis out of bounds\")\n"
  "    return axis + ndim + 1 if axis < 0 else axis\n"
  "\n"
  "\n"
  "@njit\n"
  "def expand_dims1(a, axis):\n"
  "    if _expand_axis(axis, 1) == 0:\n"
  "        return a.reshape((1, a.shape[0]))\n"
  "    return a.reshape((a.shape[0], 1))\n"
  "\n"
  "\n"
  "@njit\n"
  "def expand_dims2(a, axis):\n"
  "    ax = _expand_axis(axis, 2)\n"
  "    if ax == 0:\n"
  "        return a.reshape((1, a.shape[0], a.shape[1]))\n"
  "    if ax == 1:\n"
  "        return a.reshape((a.shape[0], 1, a.shape[1]))\n"
  "    return a.reshape((a.shape[0], a.shape[1], 1))\n"
  "\n"
  "\n"
  "\n"
  "# ---- np.digitize (Numba's: bins checked monotonic, then a bisection that\n"
  "# differs from searchsorted's at the edges and for NaNs)\n"
  "@njit\n"
  "def _bins_increasing(bins):\n"
  "    n = len(bins)\n"
  "    is_increasing = True\n"
  "    is_decreasing = True\n"
  "    if n > 1:\n"
  "        prev = bins[0]\n"
  "        for i in range(1, n):\n"
  "            cur = bins[i]\n"
  "            is_increasing = is_increasing and not prev > cur\n"
  "            is_decreasing = is_decreasing and not prev < cur\n"
  "            if not is_increasing and not is_decreasing:\n"
  "                raise ValueError(\"bins must be monotonically increasing or decreasing\")\n"
  "            prev = cur\n"
  "    return is_increasing\n"
  "\n"
  "\n"
  "@njit\n"
  "def _digitize_inc(x, bins, right):\n"
  "    n = len(bins)\n"
  "    lo = 0\n"
  "    hi = n\n"
  "    if right:\n"
  "        if np.isnan(x):\n"
  "            for i in range(n, 0, -1):\n"
  "                if not np.isnan(bins[i - 1]):\n"
  "                    return i\n"
  "            return 0\n"
  "        while hi > lo:\n"
  "            mid = (lo + hi) >> 1\n"
  "            if bins[mid] < x:\n"
  "                lo = mid + 1\n"
  "            else:\n"
  "                hi = mid\n"
  "    else:\n"
  "        if np.isnan(x):\n"
  "            return n\n"
  "        while hi > lo:\n"
  "            mid = (lo + hi) >> 1\n"
  "            if bins[mid] <= x:\n"
  "                lo = mid + 1\n"
  "            else:\n"
  "                hi = mid\n"
  "    return lo\n"
  "\n"
  "\n"
  "@njit\n"
  "def _digitize_dec(x, bins, right):\n"
  "    n = len(bins)\n"
  "    lo = 0\n"
  "    hi = n\n"
  "    if right:\n"
  "        if np.isnan(x):\n"
  "            for i in range(0, n):\n"
  "                if not np.isnan(bins[i]):\n"
  "                    return i\n"
  "            return n\n"
  "        while hi > lo:\n"
  "            mid = (lo + hi) >> 1\n"
  "            if bins[mid] < x:\n"
  "                hi = mid\n"
  "            else:\n"
  "                lo = mid + 1\n"
  "    else:\n"
  "        if np.isnan(x):\n"
  "            return 0\n"
  "        while hi > lo:\n"
  "            mid = (lo + hi) >> 1\n"
  "            if bins[mid] <= x:\n"
  "                hi = mid\n"
  "            else:\n"
  "                lo = mid + 1\n"
  "    return lo\n"
  "\n"
  "\n"
  "@njit\n"
  "def digitize(x, bins, right=False):\n"
  "    is_increasing = _bins_increasing(bins)\n"
  "    flat = x.flatten()\n"
  "    out = np.empty(flat.size, np.int64)\n"
  "    for i in range(flat.size):\n"
  "        if is_increasing:\n"
  "            out[i] = _digitize_inc(flat[i], bins, right)\n"
  "        else:\n"
  "            out[i] = _digitize_dec(flat[i], bins, right)\n"
  "    return out.reshape(x.shape)\n"
  "\n"
  "\n"
  "# ---- cmath (numba/cpython/cmathimpl.py, step for step): Numba's own\n"
  "# algorithms, which differ from CPython's in the last digits (log uses\n"
  "# log(hypot)) and never raise (log(0) is -inf, overflow gives inf). An\n"
  "# argument is converted to complex first, as Numba's signatures convert it.\n"
  "_CM_SQRT_THRES = 1.7976931348623157e308 / (1.0 + 1.4142135623730951)\n"
  "_CM_LN_4 = math.log(4)\n"
  "_CM_LN_10 = 2.302585092994046\n"
  "_CM_THRES = 3.4028234663852886e38 / 4\n"
  "_CM_THRES_LARGE = math.sqrt(3.4028234663852886e38 / 4)\n"
  "_CM_THRES_SMALL = math.sqrt(1.1754943508222875e-38)\n"
  "_CM_PI_12 = math.pi / 2\n"
  "\n"
  "\n"
  "@njit\n"
  "def cmath_isnan(z):\n"
  "    w = complex(z)\n"
  "    return math.isnan(w.real) or math.isnan(w.imag)\n"
  "\n"
  "\n"
  "@njit\n"
  "def cmath_isinf(z):\n"
  "    w = complex(z)\n"
  "    return math.isinf(w.real) or math.isinf(w.imag)\n"
  "\n"
  "\n"
  "@njit\n"
  "def cmath_isfinite(z):\n"
  "    w = complex(z)\n"
  "    return math.isfinite(w.real) and math.isfinite(w.imag)\n"
  "\n"
  "\n"
  "@njit\n"
  "def cmath_exp(z):\n"
  "    w = complex(z)\n"
  "    x = w.real\n"
  "    y = w.imag\n"
  "    if math.isfinite(x):\n"
  "        if math.isfinite(y):\n"
  "            c = math.cos(y)\n"
  "            s = math.sin(y)\n"
  "            r = math.exp(x)\n"
  "            return complex(r * c, r * s)\n"
  "        return complex(np.nan, np.nan)\n"
  "    if math.isnan(x):\n"
  "        if y != 0.0:\n"
  "            return complex(x, x)\n"
  "        return complex(x, y)\n"
  "    if x > 0.0:\n"
  "        if math.isfinite(y):\n"
  "            real = math.cos(y)\n"
  "            imag = math.sin(y)\n"
  "            if real != 0:\n"
  "                real *= x\n"
  "            if imag != 0:\n"
  "                imag *= x\n"
  "            return complex(real, imag)\n"
  "        return complex(x, np.nan)\n"
  "    if math.isfinite(y):\n"
  "        r = math.exp(x)\n"
  "        c = math.cos(y)\n"
  "        s = math.sin(y)\n"
  "        return complex(r * c, r * s)\n"
  "    return complex(0.0, 0.0)\n"
  "\n"
  "\n"
  "@njit\n"
  "def cmath_log(z):\n"
  "    w = complex(z)\n"
  "    return complex(math.log(math.hypot(w.real, w.imag)), math.atan2(w.imag, w.real))\n"
  "\n"
  "\n"
  "@njit\n"
  "def cmath_log_base(z, base):\n"
  "    return cmath_log(z) / cmath_log(base)\n"
  "\n"
  "\n"
  "@njit\n"
  "def cmath_log10(z):\n"
  "    w = cmath_log(z)\n"
  "    return complex(w.real / _CM_LN_10, w.imag / _CM_LN_10)\n"
  "\n"
  "\n"
  "@njit\n"
  "def cmath_phase(z):\n"
  "    w = complex(z)\n"
  "    return math.atan2(w.imag, w.real)\n"
  "\n"
  "\n"
  "@njit\n"
  "def cmath_polar(z):\n"
  "    return math.hypot(z.real, z.imag), math.atan2(z.imag, z.real)\n"
  "\n"
  "\n"
  "@njit\n"
  "def cmath_rect(r0, phi0):\n"
  "    r = float(r0)\n"
  "    phi = float(phi0)\n"
  "    if not math.isfinite(phi):\n"
  "        if r == 0.0:\n"
  "            return complex(abs(r), 0.0)\n"
  "        if math.isinf(r):\n"
  "            return complex(r, phi)\n"
  "    real = math.cos(phi)\n"
  "    imag = math.sin(phi)\n"
  "    if real == 0.0 and math.isinf(r):\n"
  "        real /= r\n"
  "    else:\n"
  "        real *= r\n"
  "    if imag == 0.0 and math.isinf(r):\n"
  "        imag /= r\n"
  "    else:\n"
  "        imag *= r\n"
  "    return complex(real, imag)\n"
  "\n"
  "\n"
  "@njit\n"
  "def cmath_sqrt(z):\n"
  "    w = complex(z)\n"
  "    a = w.real\n"
  "    b = w.imag\n"
  "    if a == 0.0 and b == 0.0:\n"
  "        return complex(abs(b), b)\n"
  "    if math.isinf(b):\n"
  "        return complex(abs(b), b)\n"
  "    if math.isnan(a):\n"
  "        return complex(a, a)\n"
  "    if math.isinf(a):\n"
  "        if a < 0.0:\n"
  "            return complex(abs(b - b), math.copysign(a, b))\n"
  "        return complex(a, math.copysign(b - b, b))\n"
  "    scale = False\n"
  "    if abs(a) >= _CM_SQRT_THRES or abs(b) >= _CM_SQRT_THRES:\n"
  "        a *= 0.25\n"
  "        b *= 0.25\n"
  "        scale = True\n"
  "    if a >= 0:\n"
  "        t = math.sqrt((a + math.hypot(a, b)) * 0.5)\n"
  "        real = t\n"
  "        imag = b / (2 * t)\n"
  "    else:\n"
  "        t = math.sqrt((-a + math.hypot(a, b)) * 0.5)\n"
  "        real = abs(b) / (2 * t)\n"
  "        imag = math.copysign(t, b)\n"
  "    if scale:\n"
  "        return complex(real * 2, imag)\n"
  "    return complex(real, imag)\n"
  "\n"
  "\n"
  "@njit\n"
  "def cmath_cosh(z):\n"
  "    w = complex(z)\n"
  "    x = w.real\n"
  "    y = w.imag\n"
  "    if math.isinf(x):\n"
  "        if math.isnan(y):\n"
  "            real = abs(x)\n"
  "            imag = y\n"
  "        elif y == 0.0:\n"
  "            real = abs(x)\n"
  "            imag = y\n"
  "        else:\n"
  "            real = math.copysign(x, math.cos(y))\n"
  "            imag = math.copysign(x, math.sin(y))\n"
  "        if x < 0.0:\n"
  "            imag = -imag\n"
  "        return complex(real, imag)\n"
  "    return complex(math.cos(y) * math.cosh(x), math.sin(y) * math.sinh(x))\n"
  "\n"
  "\n"
  "@njit\n"
  "def cmath_cos(z):\n"
  "    w = complex(z)\n"
  "    return cmath_cosh(complex(-w.imag, w.real))\n"
  "\n"
  "\n"
  "@njit\n"
  "def cmath_sinh(z):\n"
  "    w = complex(z)\n"
  "    x = w.real\n"
  "    y = w.imag\n"
  "    if math.isinf(x):\n"
  "        if math.isnan(y):\n"
  "            real = x\n"
  "            imag = y\n"
  "        else:\n"
  "            real = math.cos(y)\n"
  "            imag = math.sin(y)\n"
  "            if real != 0.0:\n"
  "                real *= x\n"
  "            if imag != 0.0:\n"
  "                imag *= abs(x)\n"
  "        return complex(real, imag)\n"
  "    return complex(math.cos(y) * math.sinh(x), math.sin(y) * math.cosh(x))\n"
  "\n"
  "\n"
  "@njit\n"
  "def cmath_sin(z):\n"
  "    w = complex(z)\n"
  "    r = cmath_sinh(complex(-w.imag, w.real))\n"
  "    return complex(r.imag, -r.real)\n"
  "\n"
  "\n"
  "@njit\n"
  "def cmath_tanh(z):\n"
  "    w = complex(z)\n"
  "    x = w.real\n"
  "    y = w.imag\n"
  "    if math.isinf(x):\n"
  "        real = math.copysign(1.0, x)\n"
  "        if math.isinf(y):\n"
  "            imag = 0.0\n"
  "        else:\n"
  "            imag = math.copysign(0.0, math.sin(2.0 * y))\n"
  "        return complex(real, imag)\n"
  "    tx = math.tanh(x)\n"
  "    ty = math.tan(y)\n"
  "    cx = 1.0 / math.cosh(x)\n"
  "    txty = tx * ty\n"
  "    denom = 1.0 + txty * txty\n"
  "    return complex(tx * (1.0 + ty * ty) / denom, ((ty / denom) * cx) * cx)\n"
  "\n"
  "\n"
  "@njit\n"
  "def cmath_tan(z):\n"
  "    w = complex(z)\n"
  "    r = cmath_tanh(complex(-w.imag, w.real))\n"
  "    return complex(r.imag, -r.real)\n"
  "\n"
  "\n"
  "@njit\n"
  "def cmath_acos(z):\n"
  "    w = complex(z)\n"
  "    if abs(w.real) > _CM_THRES or abs(w.imag) > _CM_THRES:\n"
  "        real = math.atan2(abs(w.imag), w.real)\n"
  "        imag = math.copysign(math.log(math.hypot(w.real * 0.5, w.imag * 0.5)) + _CM_LN_4, -w.imag)\n"
  "        return complex(real, imag)\n"
  "    s1 = cmath_sqrt(complex(1.0 - w.real, -w.imag))\n"
  "    s2 = cmath_sqrt(complex(1.0 + w.real, w.imag))\n"
  "    real = 2.0 * math.atan2(s1.real, s2.real)\n"
  "    imag = math.asinh(s2.real * s1.imag - s2.imag * s1.real)\n"
  "    return complex(real, imag)\n"
  "\n"
  "\n"
  "@njit\n"
  "def cmath_acosh(z):\n"
  "    w = complex(z)\n"
  "    if abs(w.real) > _CM_THRES or abs(w.imag) > _CM_THRES:\n"
  "        real = math.log(math.hypot(w.real * 0.5, w.imag * 0.5)) + _CM_LN_4\n"
  "        imag = math.atan2(w.imag, w.real)\n"
  "        return complex(real, imag)\n"
  "    s1 = cmath_sqrt(complex(w.real - 1.0, w.imag))\n"
  "    s2 = cmath_sqrt(complex(w.real + 1.0, w.imag))\n"
  "    real = math.asinh(s1.real * s2.real + s1.imag * s2.imag)\n"
  "    imag = 2.0 * math.atan2(s1.imag, s2.real)\n"
  "    return complex(real, imag)\n"
  "\n"
  "\n"
  "@njit\n"
  "def cmath_asinh(z):\n"
  "    w = complex(z)\n"
  "    if abs(w.real) > _CM_THRES or abs(w.imag) > _CM_THRES:\n"
  "        real = math.copysign(math.log(math.hypot(w.real * 0.5, w.imag * 0.5)) + _CM_LN_4, w.real)\n"
  "        imag = math.atan2(w.imag, abs(w.real))\n"
  "        return complex(real, imag)\n"
  "    s1 = cmath_sqrt(complex(1.0 + w.imag, -w.real))\n"
  "    s2 = cmath_sqrt(complex(1.0 - w.imag, w.real))\n"
  "    real = math.asinh(s1.real * s2.imag - s2.real * s1.imag)\n"
  "    imag = math.atan2(w.imag, s1.real * s2.real - s1.imag * s2.imag)\n"
  "    return complex(real, imag)\n"
  "\n"
  "\n"
  "@njit\n"
  "def cmath_asin(z):\n"
  "    w = complex(z)\n"
  "    r = cmath_asinh(complex(-w.imag, w.real))\n"
  "    return complex(r.imag, -r.real)\n"
  "\n"
  "\n"
  "@njit\n"
  "def cmath_atanh(z):\n"
  "    w = complex(z)\n"
  "    negate = False\n"
  "    if w.real < 0.0:\n"
  "        negate = True\n"
  "        w = -w\n"
  "    ay = abs(w.imag)\n"
  "    if math.isnan(w.real) or w.real > _CM_THRES_LARGE or ay > _CM_THRES_LARGE:\n"
  "        if math.isinf(w.imag):\n"
  "            real = math.copysign(0.0, w.real)\n"
  "        elif math.isinf(w.real):\n"
  "            real = 0.0\n"
  "        else:\n"
  "            h = math.hypot(w.real * 0.5, w.imag * 0.5)\n"
  "            real = w.real / 4.0 / h / h\n"
  "        imag = -math.copysign(_CM_PI_12, -w.imag)\n"
  "    elif w.real == 1.0 and ay < _CM_THRES_SMALL:\n"
  "        if ay == 0.0:\n"
  "            real = np.inf\n"
  "            imag = w.imag\n"
  "        else:\n"
  "            real = -math.log(math.sqrt(ay) / math.sqrt(math.hypot(ay, 2.0)))\n"
  "            imag = math.copysign(math.atan2(2.0, -ay) / 2, w.imag)\n"
  "    else:\n"
  "        sqay = ay * ay\n"
  "        zr1 = 1 - w.real\n"
  "        real = math.log1p(4.0 * w.real / (zr1 * zr1 + sqay)) * 0.25\n"
  "        imag = -math.atan2(-2.0 * w.imag, zr1 * (1 + w.real) - sqay) * 0.5\n"
  "    if math.isnan(w.imag):\n"
  "        imag = np.nan\n"
  "    if negate:\n"
  "        return complex(-real, -imag)\n"
  "    return complex(real, imag)\n"
  "\n"
  "\n"
  "@njit\n"
  "def cmath_atan(z):\n"
  "    w = complex(z)\n"
  "    r = cmath_atanh(complex(-w.imag, w.real))\n"
  "    if math.isinf(w.real) and math.isnan(w.imag):\n"
  "        return complex(r.imag, r.real)\n"
  "    return complex(r.imag, -r.real)\n"
  "\n";

#define IMPL_MODULE "_streak_np_impl"

static void run_impl(VM *vm, void *ud) {
  Module *m = ud;
  vm_run_source(vm, m, IMPL_SOURCE, sizeof IMPL_SOURCE - 1, "<streak numpy>", false);
}

/* The module of implementations, run at its first use; kept in
** sys.modules, which keeps it alive. NULL if it failed to run. */
static Module *impl_module(VM *vm) {
  Str *key = str_intern_c(vm, IMPL_MODULE);
  Value m = dict_get_str(vm, vm->modules, key);
  if (is_type(m, &TYPE_MODULE)) return (Module *)m.as.o;
  Module *mod = module_new(vm, IMPL_MODULE);
  dict_set_str(vm, mod->dict, str_intern_c(vm, "__name__"), v_obj(key));
  dict_set_str(vm, vm->modules, key, v_obj(mod));
  if (!vm_protect(vm, run_impl, mod)) return NULL;
  return mod;
}

static NbTy impl_function(VM *vm, const char *name) {
  Module *m = impl_module(vm);
  if (!m) return NB_UNKNOWN;
  Value f = dict_get_str(vm, m->dict, str_intern_c(vm, name));
  return is_empty(f) ? NB_UNKNOWN : nb_named(NK_DISP, NULL, f.as.o);
}

/* The type of the call's argument at position pos or keyword kw (NB_UNKNOWN
** when absent). */
static NbTy arg_type(NbUnit *u, NbFunc *f, AstExpr *call, int pos, const char *kw) {
  AstExpr *a = nb_call_arg(call, pos, kw);
  return a ? nb_expr_type(u, f, a) : NB_UNKNOWN;
}

static bool is_real_array(NbTy t) {
  return t && nb_is_array(t) && !dt_is_complex((DType)nb_type(t)->dtype);
}

static bool is_real(NbTy t) { return t && nb_is_number(t) && !nb_is_complex(t); }

/* side='left' (or absent): 0, 'right': 1, anything else: -1. */
static int side_of(AstExpr *call) {
  AstExpr *s = nb_call_arg(call, 2, "side");
  if (!s) return 0;
  if (s->kind != AST_E_Constant || s->constant.kind != AST_CONST_Str) return -1;
  const char *v = s->constant.str.data;
  return !strcmp(v, "left") ? 0 : !strcmp(v, "right") ? 1 : -1;
}

/* Is the argument an integer, or absent? */
static bool int_or_absent(NbUnit *u, NbFunc *f, AstExpr *call, int pos, const char *kw) {
  NbTy t = arg_type(u, f, call, pos, kw);
  return !t || nb_is_int(t);
}

/* np.nanmin & co. on an array of dtype ad: integers cannot be NaN, and
** their sum and product are int64 (Numba's intp). */
static const char *impl_nan_reduction(const char *base, int ad) {
  static const char *const plain[] = {"nanmin", "nanmax", "nanmean", "nanvar", "nanstd", NULL};
  for (int i = 0; plain[i]; i++)
    if (!strcmp(base, plain[i])) return ad == DT_BOOL ? NULL : plain[i];
  bool integral = dt_is_int((DType)ad);
  if (!strcmp(base, "nansum")) return ad == DT_BOOL ? NULL : integral ? "nansum_int" : "nansum";
  if (!strcmp(base, "nanprod")) return ad == DT_BOOL ? NULL : integral ? "nanprod_int" : "nanprod";
  return NULL;
}

/* np.eye(N[, M[, k]]) and np.identity(n), float64 (no dtype=). */
static const char *impl_eye(NbUnit *u, NbFunc *f, const char *base, AstExpr *call) {
  if (nb_call_arg(call, 3, "dtype") || (base[0] == 'i' && nb_call_arg(call, 1, "dtype"))) return NULL;
  if (base[0] == 'i') return nb_is_int(arg_type(u, f, call, 0, "n")) ? "identity" : NULL;
  bool ok = nb_is_int(arg_type(u, f, call, 0, "N")) && int_or_absent(u, f, call, 1, "M") && int_or_absent(u, f, call, 2, "k");
  return ok ? "eye" : NULL;
}

/* argsort's kind= (its third argument): absent or 'quicksort' 0,
** 'mergesort' 1, anything else -1. */
static int sort_kind(AstExpr *call) {
  AstExpr *s = nb_call_arg(call, 2, "kind");
  if (!s) return 0;
  if (s->kind != AST_E_Constant || s->constant.kind != AST_CONST_Str) return -1;
  const char *v = s->constant.str.data;
  return !strcmp(v, "quicksort") ? 0 : !strcmp(v, "mergesort") ? 1 : -1;
}

/* np.interp(x, xp, fp): real 1-d xp and fp, x a real number or array. */
static const char *impl_interp(NbUnit *u, NbFunc *f, AstExpr *call) {
  NbTy x = arg_type(u, f, call, 0, "x"), xp = arg_type(u, f, call, 1, "xp"), fp = arg_type(u, f, call, 2, "fp");
  if (!is_real_array(xp) || !is_real_array(fp) || nb_type(xp)->ndim != 1 || nb_type(fp)->ndim != 1) return NULL;
  return is_real(x) ? "interp_scalar" : is_real_array(x) ? "interp_array" : NULL;
}

/* The value of an integer literal (`1`, `-1`) in *v. */
static bool int_literal(const AstExpr *e, int64_t *v) {
  bool neg = e->kind == AST_E_UnaryOp && e->unaryop.op == AST_UOP_USub;
  if (neg) e = e->unaryop.operand;
  if (e->kind != AST_E_Constant || e->constant.kind != AST_CONST_Int) return false;
  *v = neg ? -e->constant.i : e->constant.i;
  return true;
}

/* np.concatenate(arrays, axis=k) / np.stack(arrays, axis=k), k a literal. */
static const char *impl_join(NbUnit *u, NbFunc *f, const char *base, AstExpr *call) {
  AstExpr *ax = nb_call_arg(call, 1, "axis");
  NbTy tt = arg_type(u, f, call, 0, "arrays");
  int64_t k;
  if (!ax || !tt || nb_type(tt)->kind != NK_TUPLE || !int_literal(ax, &k)) return NULL;
  const NbTypeInfo *ti = nb_type(tt);
  int nd = ti->n ? nb_type(ti->items[0])->ndim : 0;
  for (int i = 0; i < ti->n; i++)
    if (!is_real_array(ti->items[i]) || nb_type(ti->items[i])->ndim != nd) return NULL;
  bool stack = base[0] == 's';
  int rnd = stack ? nd + 1 : nd;
  if (k < 0) k += rnd;
  if (k == 0) return stack ? "stack0" : "concat0";
  if (k != rnd - 1 || nd != (stack ? 1 : 2) || ti->n < 2 || ti->n > 4) return NULL;
  static const char *const last[2][3] = {{"concat_last2", "concat_last3", "concat_last4"},
                                         {"stack_last2", "stack_last3", "stack_last4"}};
  return last[stack][ti->n - 2];
}

/* Name of the implementation of numpy.<base> for this call, or NULL. */
static const char *impl_name(NbUnit *u, NbFunc *f, const char *base, AstExpr *call) {
  if (!strcmp(base, "concatenate") || !strcmp(base, "stack")) return impl_join(u, f, base, call);
  if (!strcmp(base, "eye") || !strcmp(base, "identity")) return impl_eye(u, f, base, call);
  if (!strcmp(base, "interp")) return impl_interp(u, f, call);
  if (!strcmp(base, "digitize")) { /* Numba: an array x (not a scalar), 1-d bins */
    NbTy x = arg_type(u, f, call, 0, "x"), bins = arg_type(u, f, call, 1, "bins"), right = arg_type(u, f, call, 2, "right");
    bool ok = is_real_array(x) && is_real_array(bins) && nb_type(bins)->ndim == 1 && (!right || nb_is_bool(right));
    return ok ? "digitize" : NULL;
  }
  if (!strcmp(base, "tri")) /* float64 only (no dtype=) */
    return nb_is_int(arg_type(u, f, call, 0, "N")) && int_or_absent(u, f, call, 1, "M") && int_or_absent(u, f, call, 2, "k") &&
           !nb_call_arg(call, 3, "dtype") ? "tri" : NULL;
  NbTy a0 = arg_type(u, f, call, 0, "a");
  if (a0 && nb_is_array(a0) && dt_is_complex((DType)nb_type(a0)->dtype) && call->call.args.len == 1 && !call->call.keywords.len) {
    bool c128 = nb_type(a0)->dtype == DT_COMPLEX128; /* complex64: float32 results, not yet */
    if ((!strcmp(base, "abs") || !strcmp(base, "absolute")) && c128) return "abs_complex";
    if (!strcmp(base, "angle") && c128) return "angle_complex";
    if (!strcmp(base, "conj") || !strcmp(base, "conjugate")) return "conj_complex";
    return NULL;
  }
  if (!is_real_array(a0)) return NULL;
  int ad = nb_type(a0)->dtype, nd = nb_type(a0)->ndim;
  if (!strcmp(base, "searchsorted")) {
    NbTy v = arg_type(u, f, call, 1, "v");
    int side = side_of(call);
    if (nb_type(a0)->ndim != 1 || !v || side < 0) return NULL;
    if (is_real_array(v)) return side ? "searchsorted_array_right" : "searchsorted_array";
    if (nb_is_number(v) && !nb_is_complex(v)) return side ? "searchsorted_scalar_right" : "searchsorted_scalar";
    return NULL;
  }
  if (!strcmp(base, "bincount")) {
    NbTy wt = arg_type(u, f, call, 1, "weights");
    if (nb_type(a0)->ndim != 1 || !dt_is_int((DType)ad)) return NULL;
    if (!wt || nb_type(wt)->kind == NK_NONE) return "bincount";
    return is_real_array(wt) && nb_type(wt)->ndim == 1 ? "bincount_weights" : NULL;
  }
  if (!strcmp(base, "histogram")) {
    NbTy bins = arg_type(u, f, call, 1, "bins"), range = arg_type(u, f, call, 2, "range");
    if (bins && is_real_array(bins) && nb_type(bins)->ndim == 1) return "histogram_bins";
    if (bins && !nb_is_int(bins)) return NULL;
    return range && nb_type(range)->kind == NK_TUPLE ? "histogram_range" : "histogram";
  }
  if (!strcmp(base, "median")) return "median";
  if (!strcmp(base, "nanmedian")) return ad == DT_BOOL ? NULL : "nanmedian";
  if (!strcmp(base, "expand_dims")) {
    if (nb_type(a0)->layout != 'C' || !nb_is_int(arg_type(u, f, call, 1, "axis"))) return NULL;
    return nd == 1 ? "expand_dims1" : nd == 2 ? "expand_dims2" : NULL;
  }
  if (!strcmp(base, "percentile") || !strcmp(base, "quantile")) {
    NbTy q = arg_type(u, f, call, 1, "q");
    bool pct = base[0] == 'p';
    if (q && nb_is_number(q) && !nb_is_complex(q)) return pct ? "percentile_scalar" : "quantile_scalar";
    if (q && is_real_array(q)) return pct ? "percentile_array" : "quantile_array";
    return NULL;
  }
  if (!strncmp(base, "nan", 3)) return impl_nan_reduction(base, ad);
  if (!strcmp(base, "ptp"))
    return ad == DT_BOOL ? NULL : dt_is_unsigned((DType)ad) ? "ptp_uint" : dt_is_int((DType)ad) ? "ptp_int" : "ptp";
  if (!strcmp(base, "trace")) return nd == 2 && dt_is_float((DType)ad) && int_or_absent(u, f, call, 1, "offset") ? "trace" : NULL;
  if (!strcmp(base, "flip")) return nd == 1 ? "flip1" : nd == 2 ? "flip2" : nd == 3 ? "flip3" : NULL;
  if (!strcmp(base, "flipud")) return "flip1";
  if (!strcmp(base, "fliplr")) return nd == 2 ? "fliplr" : NULL;
  if (!strcmp(base, "roll")) return nb_is_int(arg_type(u, f, call, 1, "shift")) ? "roll" : NULL;
  if (!strcmp(base, "repeat")) return nb_is_int(arg_type(u, f, call, 1, "repeats")) ? "repeat" : NULL;
  if (!strcmp(base, "diag") && int_or_absent(u, f, call, 1, "k")) return nd == 1 ? "diag_of_1d" : nd == 2 ? "diag_of_2d" : NULL;
  if (!strcmp(base, "full_like")) {
    NbTy v = arg_type(u, f, call, 1, "fill_value");
    return v && nb_is_number(v) && !nb_is_complex(v) && !nb_call_arg(call, 2, "dtype") ? "full_like" : NULL;
  }
  if ((!strcmp(base, "argmax") || !strcmp(base, "argmin")) && nb_call_arg(call, 1, "axis"))
    return nd == 2 && nb_is_int(arg_type(u, f, call, 1, "axis")) ? (base[4] == 'a' ? "argmax_axis" : "argmin_axis") : NULL;
  if (!strcmp(base, "sort") && nd == 2 && !nb_call_arg(call, 1, "axis") && !nb_call_arg(call, 2, "kind")) return "sort_rows";
  if (!strcmp(base, "argsort") && nd == 1 && nb_call_arg(call, 2, "kind"))
    return sort_kind(call) == 1 ? "argsort_stable" : sort_kind(call) == 0 ? "argsort_quick" : NULL;
  if (!strcmp(base, "asarray") && call->call.args.len + call->call.keywords.len == 1) return "asarray_same";
  if (!strcmp(base, "diff") && (nd == 2 || nb_call_arg(call, 1, "n")) && ad != DT_BOOL && int_or_absent(u, f, call, 1, "n"))
    return nd == 1 ? "diff_1d" : nd == 2 ? "diff_2d" : NULL;
  if (!strcmp(base, "average")) {
    NbTy wt = arg_type(u, f, call, 2, "weights");
    NbTy ax = arg_type(u, f, call, 1, "axis");
    if (!wt || nb_type(wt)->kind == NK_NONE) return "average"; /* Numba ignores axis= then */
    if (!is_real_array(wt)) return NULL;
    return !ax || nb_type(ax)->kind == NK_NONE ? "average_weights" : "average_axis";
  }
  if (!strcmp(base, "flatnonzero")) return "flatnonzero";
  if (!strcmp(base, "argwhere")) return nd == 1 ? "argwhere1" : nd == 2 ? "argwhere2" : NULL;
  if (!strcmp(base, "cross")) { /* one dtype, 1-d with 1-d or 2-d with 2-d */
    NbTy b = arg_type(u, f, call, 1, "b");
    if (!is_real_array(b) || nb_type(b)->dtype != ad || nb_type(b)->ndim != nd || ad == DT_BOOL) return NULL;
    return nd == 1 ? "cross1" : nd == 2 ? "cross2" : NULL;
  }
  if (!strcmp(base, "triu") || !strcmp(base, "tril")) return nd == 2 && int_or_absent(u, f, call, 1, "k") ? base : NULL;
  if (!strcmp(base, "array_equal")) return is_real_array(arg_type(u, f, call, 1, "b")) ? "array_equal" : NULL;
  return NULL;
}

/* NumPy functions streak's interpreter lacks that @njit code has here. */
static const char *const njit_only[] = {"median", "percentile", "quantile", "nanmin", "nanmax", "nansum",
                                        "nanprod", "nanmean", "nanvar", "nanstd", "flip", "fliplr", "flipud",
                                        "roll", "repeat", "diag", "average", "triu", "tril", "interp", "cross", "nanmedian", "tri",
                                        "expand_dims", "digitize", NULL};

bool nb_np_impl_only(const char *attr) {
  for (int i = 0; njit_only[i]; i++)
    if (!strcmp(njit_only[i], attr)) return true;
  return false;
}

/* Is t a shape: an integer or a tuple of integers? */
static bool is_shape(NbTy t) {
  const NbTypeInfo *ti = nb_type(t);
  if (ti->kind != NK_TUPLE) return nb_is_int(t);
  for (int i = 0; i < ti->n; i++)
    if (!nb_is_int(ti->items[i])) return false;
  return ti->n > 0;
}

/* np.random.<base>(real numbers...) of the distributions above: the
** implementation (rnd_<base>), or NULL (a size is not supported). */
static const char *impl_random_scalar(NbUnit *u, NbFunc *f, const char *base, AstExpr *call) {
  static const struct { const char *name, *impl; int maxargs; } dist[] = {
    {"exponential", "rnd_exponential", 1}, {"standard_exponential", "rnd_standard_exponential", 0},
    {"lognormal", "rnd_lognormal", 2}, {"laplace", "rnd_laplace", 2}, {"logistic", "rnd_logistic", 2},
    {"gumbel", "rnd_gumbel", 2}, {"rayleigh", "rnd_rayleigh", 1}, {"pareto", "rnd_pareto", 1},
    {"weibull", "rnd_weibull", 1}, {"poisson", "rnd_poisson", 1}};
  for (size_t i = 0; i < sizeof dist / sizeof dist[0]; i++) {
    if (strcmp(base, dist[i].name)) continue;
    int n = call->call.args.len + call->call.keywords.len;
    if (n > dist[i].maxargs) return NULL;
    for (int k = 0; k < call->call.args.len; k++)
      if (!is_real(nb_expr_type(u, f, call->call.args.items[k]))) return NULL;
    for (int k = 0; k < call->call.keywords.len; k++)
      if (!is_real(nb_expr_type(u, f, call->call.keywords.items[k]->value))) return NULL;
    return dist[i].impl;
  }
  return NULL;
}

/* np.random.<base>(all its parameters, size) of the distributions of
** impl_random_scalar: <base>_size (parameters positional, as Numba takes
** them; size also by keyword), or NULL. */
static const char *impl_random_sized(NbUnit *u, NbFunc *f, const char *base, AstExpr *call) {
  static const struct { const char *name, *impl; int nparams; } dist[] = {
    {"exponential", "exponential_size", 1}, {"standard_exponential", "standard_exponential_size", 0},
    {"lognormal", "lognormal_size", 2}, {"laplace", "laplace_size", 2}, {"logistic", "logistic_size", 2},
    {"gumbel", "gumbel_size", 2}, {"rayleigh", "rayleigh_size", 1}, {"pareto", "pareto_size", 1},
    {"weibull", "weibull_size", 1}};
  for (size_t i = 0; i < sizeof dist / sizeof dist[0]; i++) {
    if (strcmp(base, dist[i].name)) continue;
    int np_ = dist[i].nparams;
    if (call->call.args.len < np_) return NULL;
    for (int k = 0; k < np_; k++)
      if (!is_real(nb_expr_type(u, f, call->call.args.items[k]))) return NULL;
    if (call->call.args.len + call->call.keywords.len != np_ + 1) return NULL;
    NbTy size = arg_type(u, f, call, np_, "size");
    return size && is_shape(size) ? dist[i].impl : NULL;
  }
  return NULL;
}

/* np.random.<base> with a size: the implementation, or NULL (Numba's
** arrays of uniform, normal and randint take all three arguments). */
static const char *impl_random(NbUnit *u, NbFunc *f, const char *base, AstExpr *call) {
  if (!strcmp(base, "choice")) {
    NbTy a = arg_type(u, f, call, 0, "a"), size = arg_type(u, f, call, 1, "size"), rep = arg_type(u, f, call, 2, "replace");
    if (!size || !is_shape(size) || (rep && !nb_is_bool(rep))) return NULL;
    if (a && nb_is_int(a)) return "choice_int_size";
    return a && is_real_array(a) && nb_type(a)->ndim == 1 ? "choice_size" : NULL;
  }
  if (impl_random_scalar(u, f, base, call)) return impl_random_scalar(u, f, base, call);
  const char *sized = impl_random_sized(u, f, base, call);
  if (sized) return sized;
  if (!strcmp(base, "poisson") && is_real(arg_type(u, f, call, 0, "lam")) && is_shape(arg_type(u, f, call, 1, "size")))
    return "poisson_size";
  static const char *const names[][3] = {{"uniform", "low", "high"}, {"normal", "loc", "scale"}, {"randint", "low", "high"}};
  for (size_t i = 0; i < sizeof names / sizeof names[0]; i++) {
    if (strcmp(base, names[i][0])) continue;
    NbTy x = arg_type(u, f, call, 0, names[i][1]), y = arg_type(u, f, call, 1, names[i][2]), size = arg_type(u, f, call, 2, "size");
    bool ints = base[0] == 'r';
    if (!size || !is_shape(size) || !(ints ? nb_is_int(x) && nb_is_int(y) : is_real(x) && is_real(y))) return NULL;
    static const char *const impls[] = {"uniform_size", "normal_size", "randint_size"};
    return impls[i];
  }
  return NULL;
}

/* random.<base> of the stdlib: its implementation above (random_<base>,
** triangular by argument count, shuffle by dimensions), or NULL for the
** helper calls and for arguments Numba refuses (ty_pyrandom says why). */
static const char *impl_pyrandom(NbUnit *u, NbFunc *f, const char *base, AstExpr *call, char *buf, size_t size) {
  static const struct { const char *name; int least, most; bool impl; } funcs[] = {
#define PYRANDOM_ENTRY(n, lo, hi, impl) {#n, lo, hi, impl},
      NB_PYRANDOM_FUNCS(PYRANDOM_ENTRY)
#undef PYRANDOM_ENTRY
  };
  int n = call->call.args.len;
  if (call->call.keywords.len) return NULL;
  for (size_t i = 0; i < sizeof funcs / sizeof funcs[0]; i++) {
    if (strcmp(base, funcs[i].name) || !funcs[i].impl || n < funcs[i].least || n > funcs[i].most) continue;
    if (!strcmp(base, "shuffle")) {
      NbTy a = arg_type(u, f, call, 0, NULL);
      if (!a || !nb_is_array(a)) return NULL;
      return nb_type(a)->ndim == 1 ? "random_shuffle" : "random_shuffle_nd";
    }
    for (int k = 0; k < n; k++)
      if (!is_real(nb_expr_type(u, f, call->call.args.items[k]))) return NULL;
    snprintf(buf, size, "random_%s%s", base, !strcmp(base, "triangular") ? (n == 2 ? "2" : "3") : "");
    return buf;
  }
  return NULL;
}

/* Numba's cmath signatures: complex128 (float32 and complex64, which
** give complex64 there, are not yet), a real number converted to it. */
static bool cmath_arg(NbTy t) {
  return t && nb_is_number(t) && nb_type(t)->dtype != DT_FLOAT32 && nb_type(t)->dtype != DT_COMPLEX64;
}

/* cmath.<base>(...) inside @njit code: cmath_<base> in IMPL_SOURCE. */
static const char *impl_cmath(NbUnit *u, NbFunc *f, const char *base, AstExpr *call) {
  static const char *const unary[] = {"cmath_sqrt", "cmath_exp", "cmath_log", "cmath_log10", "cmath_phase",
                                      "cmath_isnan", "cmath_isinf", "cmath_isfinite", "cmath_sin", "cmath_cos",
                                      "cmath_tan", "cmath_sinh", "cmath_cosh", "cmath_tanh", "cmath_asin",
                                      "cmath_acos", "cmath_atan", "cmath_asinh", "cmath_acosh", "cmath_atanh"};
  int n = call->call.args.len;
  if (call->call.keywords.len || n < 1 || n > 2) return NULL;
  NbTy a = arg_type(u, f, call, 0, NULL), b = n == 2 ? arg_type(u, f, call, 1, NULL) : NB_UNKNOWN;
  if (!cmath_arg(a) || (n == 2 && !cmath_arg(b))) return NULL;
  if (n == 2) {
    if (!strcmp(base, "log")) return "cmath_log_base";
    return !strcmp(base, "rect") && is_real(a) && is_real(b) ? "cmath_rect" : NULL;
  }
  if (!strcmp(base, "polar")) return nb_is_complex(a) ? "cmath_polar" : NULL; /* Numba: complex only */
  for (size_t i = 0; i < sizeof unary / sizeof unary[0]; i++)
    if (!strcmp(base, unary[i] + 6)) return unary[i];
  return NULL;
}

NbTy nb_np_impl(NbUnit *u, NbFunc *f, NbTy callee, AstExpr *call) {
  const NbTypeInfo *ci = nb_type(callee);
  char pyrandom[64];
  if (ci->kind == NK_FUNC && !strncmp(ci->name, "random.", 7)) {
    const char *impl = impl_pyrandom(u, f, ci->name + 7, call, pyrandom, sizeof pyrandom);
    NbTy t = impl ? impl_function(u->vm, impl) : NB_UNKNOWN;
    return t ? t : callee;
  }
  if (ci->kind == NK_FUNC && !strncmp(ci->name, "cmath.", 6)) {
    const char *impl = impl_cmath(u, f, ci->name + 6, call);
    NbTy t = impl ? impl_function(u->vm, impl) : NB_UNKNOWN;
    return t ? t : callee;
  }
  if (ci->kind != NK_FUNC || strncmp(ci->name, "numpy.", 6)) return callee;
  const char *impl = NULL;
  if (!strncmp(ci->name, "numpy.random.", 13)) impl = impl_random(u, f, ci->name + 13, call);
  else if (!strchr(ci->name + 6, '.')) impl = impl_name(u, f, ci->name + 6, call);
  if (!impl) return callee;
  NbTy t = impl_function(u->vm, impl);
  return t ? t : callee;
}

int nb_np_binop_ufunc(const char *name) {
#define BINOP_CASE(n, op) if (!strcmp(name, n)) return op;
  NB_NP_BINOP_UFUNCS(BINOP_CASE)
#undef BINOP_CASE
  return -1;
}

int nb_np_cmp_ufunc(const char *name) {
#define CMP_CASE(n, op) if (!strcmp(name, n)) return op;
  NB_NP_CMP_UFUNCS(CMP_CASE)
#undef CMP_CASE
  return -1;
}

NbFunc *nb_np_impl_func(NbUnit *u, const char *impl, int n, const NbTy *at) {
  NbTy t = impl_function(u->vm, impl);
  return t ? nb_infer_func(u, nb_type(t)->ptr, n, at) : NULL;
}

static bool is_int_vector(NbTy t) {
  return t && nb_is_array(t) && nb_type(t)->ndim == 1 && dt_is_int((DType)nb_type(t)->dtype);
}

static bool is_full_slice(const AstExpr *e) {
  return e->kind == AST_E_Slice && !e->slice.lower && !e->slice.upper && !e->slice.step;
}

static bool is_bool_vector(NbTy t) {
  return t && nb_is_array(t) && nb_type(t)->ndim == 1 && nb_type(t)->dtype == DT_BOOL;
}

/* a[ix], a[ix, :], a[:, ix] of a 2-d array a by a 1-d integer or boolean
** array ix (Numba's advanced indexing): the implementation's name, with
** *index set to ix; NULL for any other subscript. */
const char *nb_np_fancy2d(NbUnit *u, NbFunc *f, AstExpr *sub, AstExpr **index) {
  NbTy bt = nb_expr_type(u, f, sub->subscript.value);
  AstExpr *sl = sub->subscript.slice;
  if (sub->subscript.ctx != AST_CTX_Load || !bt || !nb_is_array(bt) || nb_type(bt)->ndim != 2) return NULL;
  bool cols = false;
  if (sl->kind == AST_E_Tuple) { /* one full slice and one array */
    if (sl->seq.elts.len != 2) return NULL;
    AstExpr *a = sl->seq.elts.items[0], *b = sl->seq.elts.items[1];
    cols = is_full_slice(a) && b->kind != AST_E_Slice;
    if (!cols && !(is_full_slice(b) && a->kind != AST_E_Slice)) return NULL;
    sl = cols ? b : a;
  } else if (sl->kind == AST_E_Slice) return NULL;
  NbTy it = nb_expr_type(u, f, sl);
  *index = sl;
  if (is_int_vector(it)) return cols ? "take_cols" : "take_rows";
  if (is_bool_vector(it)) return cols ? "mask_cols" : "mask_rows";
  return NULL;
}

/* a.argmax(axis) / a.argmin(axis=k) of a 2-d real array (the axis
** positional or the one keyword). */
static const char *method_arg_axis(NbUnit *u, NbFunc *f, AstExpr *call, NbTy recv, const char *m) {
  int n = call->call.args.len, nk = call->call.keywords.len;
  if ((strcmp(m, "argmax") && strcmp(m, "argmin")) || n + nk != 1 || nb_type(recv)->ndim != 2) return NULL;
  if (nk && strcmp(call->call.keywords.items[0]->arg, "axis")) return NULL;
  AstExpr *ax = n ? call->call.args.items[0] : call->call.keywords.items[0]->value;
  if (!nb_is_int(nb_expr_type(u, f, ax)) || dt_is_complex((DType)nb_type(recv)->dtype)) return NULL;
  return m[4] == 'a' ? "argmax_axis" : "argmin_axis";
}

const char *nb_np_method_impl(NbUnit *u, NbFunc *f, AstExpr *call, NbTy recv) {
  const char *m = call->call.func->attribute.attr;
  int n = call->call.args.len, ad = nb_type(recv)->dtype;
  const char *axis_impl = method_arg_axis(u, f, call, recv, m);
  if (axis_impl) return axis_impl;
  if (call->call.keywords.len) return NULL;
  if (dt_is_complex((DType)ad)) return (!strcmp(m, "conjugate") || !strcmp(m, "conj")) && n == 0 ? "conj_complex" : NULL;
  NbTy a1 = n >= 1 ? nb_expr_type(u, f, call->call.args.items[0]) : NB_UNKNOWN;
  NbTy a2 = n >= 2 ? nb_expr_type(u, f, call->call.args.items[1]) : NB_UNKNOWN;
  if (!strcmp(m, "clip") && n == 2 && is_real(a1) && is_real(a2)) return "clip_method";
  if (!strcmp(m, "nonzero") && n == 0) return "nonzero_method";
  if (!strcmp(m, "repeat") && n == 1 && nb_is_int(a1)) return "repeat";
  if (!strcmp(m, "ptp") && n == 0)
    return ad == DT_BOOL ? NULL : dt_is_unsigned((DType)ad) ? "ptp_uint" : dt_is_int((DType)ad) ? "ptp_int" : "ptp";
  return NULL;
}
