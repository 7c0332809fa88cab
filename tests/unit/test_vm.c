/*
** test_vm.c — the compiler and the interpreter: programs run from source
** with their printed output checked, error messages (CPython 3.11's text),
** tracebacks, calls from C, generators, recursion limits and the bytecode
** listing. Expected outputs come from /usr/bin/python3 (3.11).
*/
#include <criterion/criterion.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "compile.h"
#include "dict.h"
#include "error.h"
#include "func.h"
#include "list.h"
#include "object.h"
#include "str.h"
#include "util.h"
#include "vm.h"

static VM *vm;
static char *outbuf;
static size_t outlen;

static void setup(void) {
  vm = vm_new();
  cr_assert(vm);
  vm->out = open_memstream(&outbuf, &outlen);
}

static void teardown(void) {
  fclose(vm->out);
  vm->out = NULL;
  free(outbuf);
  outbuf = NULL;
  vm_free(vm);
}

TestSuite(vm, .init = setup, .fini = teardown);

typedef struct Job {
  const char *src;
  bool echo;
  Value result;
} Job;

static void run_job(VM *v, void *ud) {
  Job *j = ud;
  j->result = vm_run_source(v, v->main, j->src, strlen(j->src), "t.py", j->echo);
}

/* Runs src; returns true if it completed (vm->exc holds the error if not). */
static bool run_src(const char *src) {
  Job j = {src, false, v_none()};
  bool ok = vm_protect(vm, run_job, &j);
  fflush(vm->out);
  return ok;
}

static const char *output(void) {
  fflush(vm->out);
  return outbuf ? outbuf : "";
}

/* The last line of the error, "TypeError: ..." */
static char *error_line(void) {
  StrBuf b = STRBUF_INIT;
  exc_format_only(vm, vm->exc, &b);
  char *s = util_xstrdup(b.data ? b.data : "");
  sb_free(&b);
  size_t n = strlen(s);
  if (n && s[n - 1] == '\n') s[n - 1] = 0;
  char *last = strrchr(s, '\n');
  if (last) memmove(s, last + 1, strlen(last + 1) + 1);
  return s;
}

static char *full_error(void) {
  StrBuf b = STRBUF_INIT;
  exc_format(vm, vm->exc, &b);
  char *s = util_xstrdup(b.data ? b.data : "");
  sb_free(&b);
  return s;
}

#define EXPECT_OUTPUT(src, want)                                              \
  do {                                                                        \
    bool ok_ = run_src(src);                                                  \
    if (!ok_) {                                                               \
      char *e_ = full_error();                                                \
      cr_assert(false, "unexpected exception:\n%s", e_);                      \
    }                                                                         \
    cr_assert_str_eq(output(), want);                                         \
  } while (0)

#define EXPECT_ERROR(src, want)                                               \
  do {                                                                        \
    cr_assert(!run_src(src), "expected an exception");                        \
    char *e_ = error_line();                                                  \
    cr_assert_str_eq(e_, want);                                               \
    free(e_);                                                                 \
  } while (0)

/* ---- basics ------------------------------------------------------------- */

Test(vm, arithmetic_and_print) {
  EXPECT_OUTPUT("print(1 + 1, 7 // 2, -7 // 2, 7 % -3, 2 ** 10, 1 / 4, 3 * 0.5)\n",
                "2 3 -4 -2 1024 0.25 1.5\n");
}

Test(vm, int_overflow_promotes) {
  EXPECT_OUTPUT("x = 9223372036854775807\nprint(x + 1, -x - 2, x * x)\n",
                "9223372036854775808 -9223372036854775809 "
                "85070591730234615847396907784232501249\n");
}

Test(vm, mixed_compare_and_chains) {
  EXPECT_OUTPUT("a = 5\nprint(1 < a < 10, 1 < a > 10, 2 == 2.0, 0.1 + 0.2 == 0.3, a is a, [] is not [])\n",
                "True False True False True True\n");
}

Test(vm, boolean_operators_return_operands) {
  EXPECT_OUTPUT("print(0 or 'x', 1 and 0, [] or [1], None and 1, not 0)\n", "x 0 [1] None True\n");
}

Test(vm, loops_break_continue_else) {
  EXPECT_OUTPUT("for i in range(10):\n"
                "    if i == 2: continue\n"
                "    if i == 5: break\n"
                "    print(i, end=' ')\n"
                "else:\n"
                "    print('no')\n"
                "n = 0\n"
                "while n < 3:\n"
                "    n += 1\n"
                "else:\n"
                "    print('done', n)\n",
                "0 1 3 4 done 3\n");
}

Test(vm, range_loop_variable_keeps_last_value) {
  EXPECT_OUTPUT("for i in range(3, -4, -2): pass\nprint(i)\n", "-3\n");
}

Test(vm, unpacking) {
  EXPECT_OUTPUT("a, (b, c), *d = 1, (2, 3), 4, 5\nx, *y, z = 'abcd'\nprint(a, b, c, d, x, y, z)\n",
                "1 2 3 [4, 5] a ['b', 'c'] d\n");
  EXPECT_ERROR("a, b = 1, 2, 3\n", "ValueError: too many values to unpack (expected 2)");
}

Test(vm, unpack_errors) {
  EXPECT_ERROR("a, b, c = [1, 2]\n", "ValueError: not enough values to unpack (expected 3, got 2)");
}

Test(vm, unpack_star_error) {
  EXPECT_ERROR("a, *b, c = [1]\n", "ValueError: not enough values to unpack (expected at least 2, got 1)");
}

Test(vm, unpack_non_iterable) {
  EXPECT_ERROR("a, b = 1\n", "TypeError: cannot unpack non-iterable int object");
}

Test(vm, fstrings) {
  EXPECT_OUTPUT("x = 3.14159\nw = 8\nprint(f'{x:.2f}|{x!r}|{\"s\":>{w}}|{42:05d}|{x=}')\n",
                "3.14|3.14159|       s|00042|x=3.14159\n");
}

Test(vm, augmented_assignment_targets) {
  EXPECT_OUTPUT("l = [1, 2]\nl[0] += 10\nd = {'k': 1}\nd['k'] *= 3\ns = 'a'\ns += 'b'\n"
                "m = l\nm += [3]\nprint(l, d, s, m is l)\n",
                "[11, 2, 3] {'k': 3} ab True\n");
}

Test(vm, slices_and_del) {
  EXPECT_OUTPUT("l = list(range(8))\nprint(l[2:5], l[::-3], l[-2:])\ndel l[1:7:2]\ndel l[0]\nprint(l)\n",
                "[2, 3, 4] [7, 4, 1] [6, 7]\n[2, 4, 6, 7]\n");
}

/* ---- functions ----------------------------------------------------------- */

Test(vm, defaults_keywords_varargs) {
  EXPECT_OUTPUT("def f(a, b=2, *rest, c=3, **kw):\n"
                "    return a, b, rest, c, sorted(kw.items())\n"
                "print(f(1))\n"
                "print(f(1, 5, 6, 7, c=8, z=9))\n"
                "print(f(*[1, 2, 3], **{'c': 4}))\n",
                "(1, 2, (), 3, [])\n(1, 5, (6, 7), 8, [('z', 9)])\n(1, 2, (3,), 4, [])\n");
  /* kw ordering inside **kw follows the call */
}

Test(vm, binding_errors) {
  const char *def = "def f(a, b): pass\n";
  char src[256];
  snprintf(src, sizeof src, "%sf(1)\n", def);
  EXPECT_ERROR(src, "TypeError: f() missing 1 required positional argument: 'b'");
}

Test(vm, binding_errors_too_many) {
  EXPECT_ERROR("def f(a, b): pass\nf(1, 2, 3)\n",
               "TypeError: f() takes 2 positional arguments but 3 were given");
}

Test(vm, binding_errors_defaults_range) {
  EXPECT_ERROR("def g(a, b=1): pass\ng(1, 2, 3)\n",
               "TypeError: g() takes from 1 to 2 positional arguments but 3 were given");
}

Test(vm, binding_errors_unexpected_kw) {
  EXPECT_ERROR("def f(a, b): pass\nf(1, 2, z=3)\n",
               "TypeError: f() got an unexpected keyword argument 'z'");
}

Test(vm, binding_errors_multiple) {
  EXPECT_ERROR("def f(a, b): pass\nf(1, a=2)\n",
               "TypeError: f() got multiple values for argument 'a'");
}

Test(vm, binding_errors_kwonly) {
  EXPECT_ERROR("def h(a, *, c): pass\nh(1)\n",
               "TypeError: h() missing 1 required keyword-only argument: 'c'");
}

Test(vm, binding_errors_posonly) {
  EXPECT_ERROR("def k(a, /, b): pass\nk(a=1, b=2)\n",
               "TypeError: k() got some positional-only arguments passed as keyword arguments: 'a'");
}

Test(vm, binding_errors_three_missing_qualname) {
  EXPECT_ERROR("def outer():\n    return lambda a, b, c: 0\nouter()()\n",
               "TypeError: outer.<locals>.<lambda>() missing 3 required positional arguments: "
               "'a', 'b', and 'c'");
}

Test(vm, closures_nonlocal_global) {
  EXPECT_OUTPUT("def counter():\n"
                "    n = 0\n"
                "    def inc():\n"
                "        nonlocal n\n"
                "        n += 1\n"
                "        return n\n"
                "    return inc\n"
                "c = counter()\n"
                "c(); c()\n"
                "g = 0\n"
                "def bump():\n"
                "    global g\n"
                "    g += 10\n"
                "bump()\n"
                "print(c(), g, [f() for f in [lambda: i for i in range(3)]])\n",
                "3 10 [2, 2, 2]\n");
}

Test(vm, decorators_apply_bottom_up) {
  EXPECT_OUTPUT("def tag(t):\n"
                "    def d(f):\n"
                "        return lambda: t + f()\n"
                "    return d\n"
                "@tag('a')\n"
                "@tag('b')\n"
                "def f(): return 'c'\n"
                "print(f())\n",
                "abc\n");
}

Test(vm, comprehension_scopes) {
  EXPECT_OUTPUT("x = [1, 2]\n"
                "y = [x for x in x]\n"
                "print(x, y, {k: v for k, v in zip('ab', x)}, {v % 2 for v in range(5)})\n"
                "print([(i, j) for i in range(3) for j in range(i) if j])\n",
                "[1, 2] [1, 2] {'a': 1, 'b': 2} {0, 1}\n[(2, 1)]\n");
}

Test(vm, unbound_local) {
  EXPECT_ERROR("def f():\n    print(v)\n    v = 1\nf()\n",
               "UnboundLocalError: cannot access local variable 'v' where it is not associated with a value");
}

Test(vm, name_error) {
  EXPECT_ERROR("print(undefined_thing)\n", "NameError: name 'undefined_thing' is not defined");
}

Test(vm, not_callable) {
  EXPECT_ERROR("x = 1\nx()\n", "TypeError: 'int' object is not callable");
}

Test(vm, recursion_limit_like_cpython) {
  EXPECT_OUTPUT("def f(n): return 0 if n == 0 else 1 + f(n - 1)\nprint(f(990))\n", "990\n");
  EXPECT_ERROR("def g(n): return g(n + 1)\ng(0)\n", "RecursionError: maximum recursion depth exceeded");
}

/* ---- generators ---------------------------------------------------------- */

Test(vm, generator_expressions_are_lazy) {
  EXPECT_OUTPUT("def noisy(x):\n"
                "    print('see', x)\n"
                "    return x\n"
                "print(any(noisy(x) > 1 for x in range(10)))\n"
                "g = (x * x for x in range(4))\n"
                "print(next(g), list(g), sum(x for x in range(5)))\n",
                "see 0\nsee 1\nsee 2\nTrue\n0 [1, 4, 9] 10\n");
}

Test(vm, generator_functions) {
  EXPECT_OUTPUT("def gen(n):\n"
                "    for i in range(n):\n"
                "        yield i\n"
                "    yield 'end'\n"
                "print(list(gen(3)), ','.join(str(v) for v in gen(2)))\n",
                "[0, 1, 2, 'end'] 0,1,end\n");
}

Test(vm, first_iterable_evaluated_eagerly) {
  EXPECT_ERROR("g = (x for x in 5)\n", "TypeError: 'int' object is not iterable");
}

/* ---- exceptions ---------------------------------------------------------- */

Test(vm, try_except_else_finally) {
  EXPECT_OUTPUT("def f(n):\n"
                "    try:\n"
                "        if n == 0: raise ValueError('zero')\n"
                "        r = 10 // n\n"
                "    except ValueError as e:\n"
                "        return 'VE ' + str(e)\n"
                "    except ZeroDivisionError:\n"
                "        return 'ZD'\n"
                "    else:\n"
                "        return r\n"
                "    finally:\n"
                "        print('fin', n)\n"
                "print(f(0), f(5))\n",
                "fin 0\nfin 5\nVE zero 2\n");
}

Test(vm, finally_on_break_continue_return) {
  EXPECT_OUTPUT("def g():\n"
                "    for i in range(4):\n"
                "        try:\n"
                "            if i == 1: continue\n"
                "            if i == 2: break\n"
                "        finally:\n"
                "            print('f', i)\n"
                "    try:\n"
                "        return 'r'\n"
                "    finally:\n"
                "        print('last')\n"
                "print(g())\n",
                "f 0\nf 1\nf 2\nlast\nr\n");
}

Test(vm, exception_context_and_cause) {
  EXPECT_OUTPUT("try:\n"
                "    try:\n"
                "        raise KeyError('k')\n"
                "    except KeyError:\n"
                "        raise ValueError('v')\n"
                "except ValueError as e:\n"
                "    print(repr(e.__context__))\n"
                "try:\n"
                "    try:\n"
                "        1 / 0\n"
                "    except ZeroDivisionError as z:\n"
                "        raise RuntimeError('r') from z\n"
                "except RuntimeError as e:\n"
                "    print(type(e.__cause__).__name__)\n"
                "try:\n"
                "    try:\n"
                "        [][0]\n"
                "    except IndexError:\n"
                "        raise\n"
                "except IndexError as e:\n"
                "    print('again', e)\n",
                "KeyError('k')\nZeroDivisionError\nagain list index out of range\n");
}

Test(vm, except_name_is_unbound_afterwards) {
  EXPECT_ERROR("try:\n    1/0\nexcept ZeroDivisionError as e:\n    pass\nprint(e)\n",
               "NameError: name 'e' is not defined");
}

Test(vm, catching_non_exception_class) {
  EXPECT_ERROR("try:\n    1/0\nexcept 5:\n    pass\n",
               "TypeError: catching classes that do not inherit from BaseException is not allowed");
}

Test(vm, raise_non_exception) {
  EXPECT_ERROR("raise 5\n", "TypeError: exceptions must derive from BaseException");
}

Test(vm, assert_message) {
  EXPECT_ERROR("assert 1 > 2, 'nope'\n", "AssertionError: nope");
}

Test(vm, traceback_entries_outermost_first) {
  cr_assert(!run_src("def a():\n    return b()\ndef b():\n    return {}['x']\na()\n"));
  char *e = full_error();
  cr_assert(strstr(e, "Traceback (most recent call last):\n"
                      "  File \"t.py\", line 5, in <module>\n"
                      "    a()\n"
                      "  File \"t.py\", line 2, in a\n"
                      "    return b()\n"
                      "  File \"t.py\", line 4, in b\n"
                      "    return {}['x']\n"
                      "KeyError: 'x'\n") != NULL,
            "got:\n%s", e);
  free(e);
}

/* ---- compile-time errors -------------------------------------------------- */

Test(vm, syntax_errors_at_compile_time) {
  EXPECT_ERROR("return 1\n", "SyntaxError: 'return' outside function");
}

Test(vm, break_outside_loop) { EXPECT_ERROR("break\n", "SyntaxError: 'break' outside loop"); }

Test(vm, continue_outside_loop) {
  EXPECT_ERROR("if 1:\n    continue\n", "SyntaxError: 'continue' not properly in loop");
}

Test(vm, nonlocal_at_module_level) {
  EXPECT_ERROR("nonlocal x\n", "SyntaxError: nonlocal declaration not allowed at module level");
}

Test(vm, duplicate_argument) {
  EXPECT_ERROR("def f(a, a): pass\n", "SyntaxError: duplicate argument 'a' in function definition");
}

Test(vm, class_is_unsupported_with_location) {
  cr_assert(!run_src("x = 1\nclass A:\n    pass\n"));
  char *e = full_error();
  cr_assert(strstr(e, "line 2") && strstr(e, "SyntaxError: streak: 'class' statements are not supported"),
            "got:\n%s", e);
  free(e);
}

/* ---- C API ---------------------------------------------------------------- */

typedef struct CallJob {
  Value result;
} CallJob;

static void call_job(VM *v, void *ud) {
  CallJob *j = ud;
  Value f = dict_get_str(v, v->main->dict, str_intern_c(v, "add"));
  Value argv[1] = {v_int(40)};
  Value kwn[1] = {v_obj(str_intern_c(v, "b"))};
  Value kwv[1] = {v_int(2)};
  Args a = {1, argv, 1, kwn, kwv};
  j->result = vm_call(v, f, &a);
}

Test(vm, vm_call_from_c_with_keywords) {
  cr_assert(run_src("def add(a, b=0):\n    return a + b\n"));
  CallJob j;
  cr_assert(vm_protect(vm, call_job, &j));
  cr_assert(j.result.tag == V_INT && j.result.as.i == 42);
}

Test(vm, repl_echo_returns_last_expression) {
  Job j = {"x = 6\nx * 7\n", true, v_none()};
  cr_assert(vm_protect(vm, run_job, &j));
  cr_assert(j.result.tag == V_INT && j.result.as.i == 42);
}

Test(vm, import_missing_module) {
  EXPECT_ERROR("import no_such_module_xyz\n", "ModuleNotFoundError: No module named 'no_such_module_xyz'");
}

Test(vm, import_builtin_module_names) {
  EXPECT_OUTPUT("import math\nfrom math import sqrt as s, floor\nprint(s(16.0), floor(2.5), math.ceil(0.5))\n",
                "4.0 2 1\n");
}

Test(vm, keyboard_interrupt_at_back_edge) {
  vm->interrupt = 1;
  EXPECT_ERROR("while True:\n    pass\n", "KeyboardInterrupt");
}

Test(vm, gc_during_deep_program) {
  vm->next_gc = 0; /* collect at every safe point */
  EXPECT_OUTPUT("def mk(n):\n"
                "    return [str(i) * 3 for i in range(n)]\n"
                "t = 0\n"
                "for k in range(30):\n"
                "    t += len(''.join(mk(k)))\n"
                "print(t, sum(len(s) for s in mk(50)))\n",
                "1875 270\n");
}

Test(vm, disassembly_lists_opcodes) {
  Job j = {"def f(a):\n    return a + 1\n", false, v_none()};
  cr_assert(vm_protect(vm, run_job, &j));
  Value f = dict_get_str(vm, vm->main->dict, str_intern_c(vm, "f"));
  cr_assert(is_function(f));
  char *buf = NULL;
  size_t len = 0;
  FILE *m = open_memstream(&buf, &len);
  disasm_code(vm, as_function(f)->code, m);
  fclose(m);
  cr_assert(strstr(buf, "ADD") && strstr(buf, "RETURN") && strstr(buf, "r0(a)"), "got:\n%s", buf);
  free(buf);
}

/* ---- generator close, attributes, fast paths ------------------------------ */

Test(vm, generator_close_runs_finally) {
  EXPECT_OUTPUT("def g():\n"
                "    try:\n"
                "        yield 1\n"
                "        yield 2\n"
                "    finally:\n"
                "        print('fin')\n"
                "it = g()\n"
                "print(next(it))\n"
                "it.close()\n"
                "print(list(it))\n",
                "1\nfin\n[]\n");
}

Test(vm, generator_close_ignored_is_runtime_error) {
  EXPECT_ERROR("def g():\n"
               "    while True:\n"
               "        try:\n"
               "            yield 1\n"
               "        except GeneratorExit:\n"
               "            pass\n"
               "it = g()\n"
               "next(it)\n"
               "it.close()\n",
               "RuntimeError: generator ignored GeneratorExit");
}

Test(vm, delattr_function_and_module) {
  EXPECT_OUTPUT("import math\n"
                "def f():\n    pass\n"
                "f.n = 1\nf.n += 1\nprint(f.n, f.__dict__)\n"
                "del f.n\nprint(hasattr(f, 'n'))\n",
                "2 {'n': 2}\nFalse\n");
  EXPECT_ERROR("x = 1\ndel x.real\n", "AttributeError: attribute 'real' of 'int' objects is not writable");
}

Test(vm, keyword_and_default_calls_in_a_loop) {
  /* bind_fast in CALL: keywords, omitted defaults, keyword-only */
  EXPECT_OUTPUT("def f(a, b=2, *, c=3):\n"
                "    return a + b * 10 + c * 100\n"
                "def h(x, y=1):\n"
                "    return x - y\n"
                "t = 0\n"
                "for i in range(50):\n"
                "    t += f(i, c=1) + f(b=i, a=1) + h(i) + h(y=i, x=0)\n"
                "print(t, f\"{t!a}\", f\"{'\u00fc'!a}\", 's' + str(t))\n",
                "34475 34475 '\\xfc' s34475\n");
}
