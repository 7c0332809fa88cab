/*
** streak.h — the embedding API of libstreak, and the only public header.
**
** A C program opens a VM, runs Python source in it, exchanges plain values
** with it (globals, function calls), reads errors as data, caps its memory
** and interrupts a run. Nothing here exposes the interpreter's internals:
** every type is opaque or a plain C struct, and no function aborts or exits
** the process (an uncaught `SystemExit` is a status, not an exit).
**
**     streak_vm *vm = streak_open();
**     if (streak_run_string(vm, "def sq(x):\n    return x * x\n", "demo.py")
**         != STREAK_OK)
**       fprintf(stderr, "%s", streak_last_error(vm)->traceback);
**     streak_value arg = streak_int(7), res;
**     if (streak_call(vm, "sq", 1, &arg, &res) == STREAK_OK)
**       printf("%lld\n", (long long)res.as.i);          // 49
**     streak_close(vm);
**
** Ownership and lifetimes (the whole story; docs/embedding.md says more):
**  - A `streak_vm` belongs to the embedder from streak_open to streak_close.
**  - Strings the embedder passes in are copied; they may be freed as soon as
**    the call returns.
**  - Strings the API hands out (`streak_get_str`, a `streak_value` result of
**    type STREAK_TSTR or STREAK_TOBJECT) are owned by the VM and stay valid
**    until the next streak_run_string / streak_run_file / streak_run_module /
**    streak_call on the same VM returns (they may be passed as arguments to
**    that very call), or until streak_close.
**  - Arrays are never copied (streak_set_array, STREAK_TARRAY): an array
**    the embedder passes in is a NumPy array over the embedder's memory,
**    which must stay valid while the VM can reach it (streak_set_array's
**    `release` callback says when that ends); an array handed out points
**    into the VM's memory and stays valid as long as the strings above.
**  - `streak_last_error` describes the most recent status-returning call on
**    that VM that did not return STREAK_OK; it is NULL after a call that
**    succeeded, and stays valid until the next status-returning call on the
**    same VM or streak_close.
**
** Threads: several VMs may live in one process, each used by one thread at
** a time (no locking inside a VM). streak_interrupt is the exception: it may
** be called from any thread or from a signal handler while another thread
** runs the VM.
*/
#ifndef STREAK_H
#define STREAK_H

#include <stddef.h>
#include <stdint.h>
#include <stdio.h>

#ifdef __cplusplus
extern "C" {
#endif

#if defined(__GNUC__) || defined(__clang__)
#define STREAK_API __attribute__((visibility("default")))
#else
#define STREAK_API
#endif

#define STREAK_VERSION_MAJOR 0
#define STREAK_VERSION_MINOR 1
#define STREAK_VERSION_PATCH 0
#define STREAK_VERSION_STRING "0.1.0"
/* One number that compares: 0.1.0 → 100. */
#define STREAK_VERSION_NUM \
  (STREAK_VERSION_MAJOR * 10000 + STREAK_VERSION_MINOR * 100 + STREAK_VERSION_PATCH)

/* The library's version at run time ("0.1.0"); compare with the macros to
** detect a header/library mismatch. */
STREAK_API const char *streak_version(void);

/* ---- VMs --------------------------------------------------------------- */

typedef struct streak_vm streak_vm; /* opaque */

/* A new interpreter with builtins loaded and an empty `__main__`; NULL when
** out of memory. Safe to call from several threads at once. */
STREAK_API streak_vm *streak_open(void);
/* Frees the VM and everything it owns (NULL is ignored). Not while another
** thread is running code in it. */
STREAK_API void streak_close(streak_vm *vm);

/* ---- status and errors ------------------------------------------------- */

typedef enum streak_status {
  STREAK_OK = 0,
  STREAK_ERROR = 1,    /* Python raised an exception: see streak_last_error */
  STREAK_EXIT = 2,     /* the code raised SystemExit: exit_code in the error */
  STREAK_TYPE = 3,     /* a value has another type than the one asked for */
  STREAK_NOTFOUND = 4, /* no global (or function) of that name */
  STREAK_RANGE = 5,    /* an int does not fit int64_t */
  STREAK_INVALID = 6   /* a bad argument: NULL pointer, argc < 0, bad UTF-8 */
} streak_status;

/* Short name of a status: "STREAK_OK", "STREAK_ERROR", … */
STREAK_API const char *streak_status_name(streak_status st);

/* A failure, as data. Every string is NUL-terminated UTF-8 owned by the VM
** (see the lifetimes above); none is NULL except `file`. */
typedef struct streak_error {
  streak_status status; /* what the failing call returned */
  const char *type;     /* exception class: "ZeroDivisionError" */
  const char *message;  /* last traceback line: "ZeroDivisionError: division by zero" */
  const char *detail;   /* the message alone: "division by zero" (may be "") */
  const char *traceback;/* "Traceback (most recent call last):\n  File …" with a final newline */
  const char *file;     /* innermost frame's file (for SyntaxError: the bad
                           file), or NULL when unknown */
  int line;             /* its line, 1-based; 0 when unknown */
  int exit_code;        /* STREAK_EXIT: the SystemExit code (0 for exit() /
                           exit(None), 1 for a non-int argument) */
} streak_error;

/* The error of the last status-returning call on `vm`, or NULL if it
** succeeded. */
STREAK_API const streak_error *streak_last_error(const streak_vm *vm);

/* ---- running code ------------------------------------------------------ */

/* Compiles and runs `src` (UTF-8) in `__main__`, whose globals persist
** between runs. `name` is the file name shown in tracebacks ("<string>"
** when NULL). Returns STREAK_OK, STREAK_ERROR (an exception, incl.
** SyntaxError, MemoryError and KeyboardInterrupt) or STREAK_EXIT. */
STREAK_API streak_status streak_run_string(streak_vm *vm, const char *src, const char *name);
/* Reads and runs a file in `__main__`; a file that cannot be read gives
** STREAK_ERROR with type "FileNotFoundError" (or "OSError"). */
STREAK_API streak_status streak_run_file(streak_vm *vm, const char *path);
/* Runs `src` as the module `module` (created on first use, with
** `__name__ == module`, and registered so that Python code can
** `import module`). Globals of such a module are not reachable through
** streak_get_* / streak_call, which work on `__main__`. */
STREAK_API streak_status streak_run_module(streak_vm *vm, const char *module,
                                           const char *src, const char *name);

/* ---- values ------------------------------------------------------------ */

typedef enum streak_type {
  STREAK_TNONE = 0,
  STREAK_TBOOL = 1,
  STREAK_TINT = 2,   /* fits int64_t */
  STREAK_TFLOAT = 3,
  STREAK_TSTR = 4,
  STREAK_TARRAY = 5, /* a NumPy array sharing memory with C (`as.a`) */
  STREAK_TOBJECT = 15 /* results only: any other object, as its repr() in `as.s` */
} streak_type;

/* Element types of arrays, in NumPy's type-number order. Elements are
** stored as in C: bool one byte 0 or 1, complex as {re, im}. */
typedef enum streak_dtype {
  STREAK_BOOL = 0,
  STREAK_INT8, STREAK_UINT8, STREAK_INT16, STREAK_UINT16,
  STREAK_INT32, STREAK_UINT32, STREAK_INT64, STREAK_UINT64,
  STREAK_FLOAT32, STREAK_FLOAT64, STREAK_COMPLEX64, STREAK_COMPLEX128
} streak_dtype;

#define STREAK_MAXDIMS 32

/* An n-dimensional array as NumPy describes one: element [i0, i1, ...] is
** at data + i0*strides[0] + i1*strides[1] + ... (strides in bytes, any
** sign). Passed in: `shape` and `strides` are read at once and may be
** freed after the call; strides NULL means C order (row-major, packed);
** data and strides are multiples of the element's alignment (of its
** component for complex); writeable 0 makes Python's stores into it raise
** ValueError. Handed out: `shape`/`strides` point into the VM's array and
** live as long as `data`. */
typedef struct streak_array {
  void *data;
  streak_dtype dtype;
  int ndim;                /* 0 ... STREAK_MAXDIMS */
  const int64_t *shape;    /* ndim entries */
  const int64_t *strides;  /* ndim entries, or NULL (passed in only) */
  int writeable;
} streak_array;

typedef struct streak_value {
  streak_type type;
  union {
    int b;       /* STREAK_TBOOL: 0 or 1 */
    int64_t i;   /* STREAK_TINT */
    double f;    /* STREAK_TFLOAT */
    struct {
      const char *ptr; /* UTF-8, NUL-terminated when handed out */
      size_t len;      /* bytes, without the NUL */
    } s;         /* STREAK_TSTR, STREAK_TOBJECT */
    streak_array a; /* STREAK_TARRAY */
  } as;
} streak_value;

static inline streak_value streak_none(void) {
  streak_value v;
  v.type = STREAK_TNONE;
  v.as.i = 0;
  return v;
}
static inline streak_value streak_bool(int b) {
  streak_value v;
  v.type = STREAK_TBOOL;
  v.as.b = b != 0;
  return v;
}
static inline streak_value streak_int(int64_t i) {
  streak_value v;
  v.type = STREAK_TINT;
  v.as.i = i;
  return v;
}
static inline streak_value streak_float(double f) {
  streak_value v;
  v.type = STREAK_TFLOAT;
  v.as.f = f;
  return v;
}
/* An array argument: a NumPy array over the caller's memory, not a copy.
** The memory must stay valid while the VM can reach the array: for the
** call, and after it if the called code keeps a reference (a global), until
** that is gone; use streak_set_array to be told when that is. Passing back
** an array the VM handed out passes the VM's own array object. */
static inline streak_value streak_array_value(const streak_array *a) {
  streak_value v;
  v.type = STREAK_TARRAY;
  v.as.a = *a;
  return v;
}
/* `s` is NUL-terminated UTF-8; it is copied when the value is passed in. */
static inline streak_value streak_str(const char *s) {
  streak_value v;
  size_t n = 0;
  while (s && s[n]) n++;
  v.type = STREAK_TSTR;
  v.as.s.ptr = s;
  v.as.s.len = n;
  return v;
}

/* ---- globals of __main__ ----------------------------------------------- */

STREAK_API streak_status streak_set_none(streak_vm *vm, const char *name);
STREAK_API streak_status streak_set_bool(streak_vm *vm, const char *name, int b);
STREAK_API streak_status streak_set_int(streak_vm *vm, const char *name, int64_t i);
STREAK_API streak_status streak_set_float(streak_vm *vm, const char *name, double f);
/* `s` must be valid UTF-8 (else STREAK_INVALID); it is copied. */
STREAK_API streak_status streak_set_str(streak_vm *vm, const char *name, const char *s);
/* Any streak_value except STREAK_TOBJECT (STREAK_INVALID); an array as
** for streak_array_value, with no release callback. */
STREAK_API streak_status streak_set_value(streak_vm *vm, const char *name, const streak_value *v);
/* Binds `name` to a NumPy array over the embedder's memory `a->data`,
** without copying: Python's reads and writes go to that memory, and views
** (slices, transposes, reshapes) share it too. The memory stays the
** embedder's; `release(ctx)` (if not NULL) is called once no Python object
** uses it any more (the global rebound or deleted and every view gone, seen
** at a garbage collection), at the latest in streak_close; until then the
** memory must stay valid. If the call fails, `release` is never called. */
STREAK_API streak_status streak_set_array(streak_vm *vm, const char *name, const streak_array *a,
                                          void (*release)(void *ctx), void *ctx);

/* Reads a global: STREAK_NOTFOUND if unbound, STREAK_TYPE if of another
** type. streak_get_int accepts int and bool (STREAK_RANGE past int64_t);
** streak_get_float accepts float, int and bool (converted as float() does);
** streak_get_str accepts str only and hands out a VM-owned copy (`len` may
** be NULL). */
STREAK_API streak_status streak_get_int(streak_vm *vm, const char *name, int64_t *out);
STREAK_API streak_status streak_get_float(streak_vm *vm, const char *name, double *out);
STREAK_API streak_status streak_get_bool(streak_vm *vm, const char *name, int *out);
STREAK_API streak_status streak_get_str(streak_vm *vm, const char *name, const char **out, size_t *len);
/* A NumPy array global, described in place (no copy): `out->data` is the
** VM's buffer, which the embedder may read, and write if `writeable`. It
** stays valid as the strings handed out do (until the next run or call
** returns), and longer while the global keeps the array. STREAK_TYPE if
** the global is not an ndarray. */
STREAK_API streak_status streak_get_array(streak_vm *vm, const char *name, streak_array *out);
/* Any global as a streak_value: arrays as STREAK_TARRAY (as
** streak_get_array), NumPy scalars as the equal bool/int/float, other
** objects as STREAK_TOBJECT + repr. */
STREAK_API streak_status streak_get_value(streak_vm *vm, const char *name, streak_value *out);

/* ---- calls ------------------------------------------------------------- */

/* Calls the global (or, failing that, built-in) callable `fname` of
** `__main__` with `argc` positional arguments. `result` may be NULL. */
STREAK_API streak_status streak_call(streak_vm *vm, const char *fname, int argc,
                                     const streak_value *argv, streak_value *result);

/* ---- limits, output, interruption -------------------------------------- */

/* Caps the memory the VM's heap may hold (objects and their buffers), in
** bytes; 0 removes the cap. Past it the running code gets MemoryError,
** which it may catch; the VM stays usable. */
STREAK_API void streak_set_memory_limit(streak_vm *vm, size_t bytes);
/* Bytes the heap holds now (live objects plus garbage not yet collected). */
STREAK_API size_t streak_memory_used(const streak_vm *vm);

/* Where print() writes (stdout by default; NULL restores stdout). The FILE
** stays the embedder's: streak never closes it. */
STREAK_API void streak_set_output(streak_vm *vm, FILE *out);

/* Asks the code running in `vm` to stop: at its next loop back-edge or call
** it raises KeyboardInterrupt("interrupted by embedder"), so the run returns
** STREAK_ERROR (unless the script catches it). Async-signal-safe and
** thread-safe: it only sets a flag. A request made while nothing runs stops
** the next run at once; every streak_run_* / streak_call clears any request
** still pending when it returns. */
STREAK_API void streak_interrupt(streak_vm *vm);

/* The embedder's own pointer, kept with the VM. */
STREAK_API void streak_set_userdata(streak_vm *vm, void *ud);
STREAK_API void *streak_get_userdata(const streak_vm *vm);

#ifdef __cplusplus
}
#endif

#endif /* STREAK_H */
