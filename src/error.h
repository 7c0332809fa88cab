/*
** error.h — exceptions: the built-in exception classes (one X-macro list),
** raising from C, and traceback rendering.
**
** Raising longjmps to the innermost handler (vm_execute for bytecode, or
** vm_protect for C callers), as Lua does: C code never checks return codes
** for errors, and objects it allocated are reclaimed by the GC. Consequence:
** never hold malloc'd memory (or a StrBuf) across a call that can raise
** unless it is released on the error path via vm_protect.
*/
#ifndef STREAK_ERROR_H
#define STREAK_ERROR_H

#include "util.h"
#include "value.h"

/* name, base (BaseException's base `object` is TYPE_OBJECT). */
#define EXC_TYPES(X)                                  \
  X(BaseException, object)                              \
  X(SystemExit, BaseException)                        \
  X(KeyboardInterrupt, BaseException)                 \
  X(GeneratorExit, BaseException)                     \
  X(Exception, BaseException)                         \
  X(StopIteration, Exception)                         \
  X(ArithmeticError, Exception)                       \
  X(ZeroDivisionError, ArithmeticError)               \
  X(OverflowError, ArithmeticError)                   \
  X(FloatingPointError, ArithmeticError)              \
  X(AssertionError, Exception)                        \
  X(AttributeError, Exception)                        \
  X(ImportError, Exception)                           \
  X(ModuleNotFoundError, ImportError)                 \
  X(LookupError, Exception)                           \
  X(IndexError, LookupError)                          \
  X(KeyError, LookupError)                            \
  X(MemoryError, Exception)                           \
  X(NameError, Exception)                             \
  X(UnboundLocalError, NameError)                     \
  X(OSError, Exception)                               \
  X(FileNotFoundError, OSError)                       \
  X(FileExistsError, OSError)                         \
  X(PermissionError, OSError)                         \
  X(IsADirectoryError, OSError)                       \
  X(NotADirectoryError, OSError)                      \
  X(RuntimeError, Exception)                          \
  X(NotImplementedError, RuntimeError)                \
  X(RecursionError, RuntimeError)                     \
  X(SyntaxError, Exception)                           \
  X(IndentationError, SyntaxError)                    \
  X(TabError, IndentationError)                       \
  X(TypeError, Exception)                             \
  X(ValueError, Exception)                            \
  X(UnicodeError, ValueError)                         \
  X(UnicodeDecodeError, UnicodeError)                 \
  X(Warning, Exception)                               \
  X(UserWarning, Warning)                             \
  X(RuntimeWarning, Warning)                          \
  X(DeprecationWarning, Warning)                     \
  X(EOFError, Exception)

#define X(name, base) extern Type EXC_##name;
EXC_TYPES(X)
#undef X

/* One traceback entry: where a frame was when the exception passed it. */
typedef struct TbEntry {
  Str *filename;
  Str *funcname; /* "<module>" for module code */
  int line;
} TbEntry;

/* An exception instance. type = its class (a Type from EXC_TYPES). */
typedef struct ExcObj {
  Obj hdr;
  Value args;     /* a Tuple */
  Value cause;    /* raise ... from X; V_NONE if none */
  Value context;  /* exception being handled when this one was raised */
  bool suppress_context;
  int ntb, captb;
  TbEntry *tb;    /* outermost call first, like CPython prints it */
  /* SyntaxError details (filename, line, col, text), else NULL/0 */
  Str *syn_filename, *syn_text;
  int syn_line, syn_col;
  Str *hint;      /* "Did you mean: 'x'?" for NameError/AttributeError, or NULL */
  Value filename; /* OSError's filename (args are (errno, strerror)), or V_EMPTY */
  Dict *dict;     /* attributes the program set (CPython's __dict__), or NULL */
} ExcObj;

bool exc_is_exception_type(Type *t);       /* t derives from BaseException */
bool type_is_subtype(Type *t, Type *base); /* t == base or derives from it */
static inline bool is_exc(Value v) { return v.tag == V_OBJ && exc_is_exception_type(v.as.o->type); }

/* New exception instance with args = (msg,) (msg NULL: args = ()). */
Value exc_new(VM *vm, Type *type, const char *msg);
Value exc_new_args(VM *vm, Type *type, Value args_tuple);

/* Raise: build the exception and longjmp to the innermost handler. */
_Noreturn void vm_raise(VM *vm, Type *type, const char *fmt, ...) __attribute__((format(printf, 3, 4)));
_Noreturn void vm_throw(VM *vm, Value exc);
/* OSError for errno err, as CPython raises it: the subclass errno names
** (FileNotFoundError, PermissionError…), args (err, strerror), and the
** filename unless it is V_EMPTY: "[Errno 2] No such file or directory: 'x'". */
_Noreturn void vm_raise_errno(VM *vm, int err, Value filename);
/* KeyError(key) — its args hold the key itself, printed with repr. */
_Noreturn void vm_raise_key(VM *vm, Value key);
/* RecursionError / MemoryError helpers used by the C-recursion guard and gc. */
_Noreturn void vm_raise_memory(VM *vm);

/* NameError with CPython 3.11's suggestion (the closest of the frame's
** local names, then its globals, then the builtins, by CPython's
** Levenshtein rules), shown as "Did you mean: 'x'?" in tracebacks. */
_Noreturn void vm_raise_name_error(VM *vm, Str *name, Str *const *locals, int nlocals,
                                   Dict *globals);
/* AttributeError for obj.name with a suggestion among obj's attributes. */
_Noreturn void vm_raise_attr_error(VM *vm, Value obj, Str *name);

/* Appends a traceback entry as an exception unwinds through a frame. */
void exc_add_tb(VM *vm, Value exc, Str *filename, Str *funcname, int line);

/* Remembers a file's source so tracebacks can quote its lines; returns the
** copy kept (valid until the same name is registered again). */
const char *err_register_source(VM *vm, const char *filename, const char *src, size_t len);
/* Line `line` (1-based) of a registered file without its newline, or NULL. */
const char *err_source_line(VM *vm, const char *filename, int line, size_t *len);

/* The full "Traceback (most recent call last): ... Type: msg" text. */
void exc_format(VM *vm, Value exc, StrBuf *out);
/* "ZeroDivisionError: division by zero" — the last line alone. */
void exc_format_only(VM *vm, Value exc, StrBuf *out);
void exc_print(VM *vm, Value exc, void *file /* FILE* */);
/* CPython's default sys.unraisablehook, for an exception that cannot be
** raised (a generator's close when it is dropped): "Exception ignored in:
** repr(obj)", then exc's traceback and last line, without its chain. */
void exc_print_unraisable(VM *vm, Value exc, Value obj, void *file /* FILE* */);
void err_free_sources(VM *vm);


#endif
