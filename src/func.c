/*
** func.c — code, function and generator objects (see func.h).
*/
#include "func.h"

#include <string.h>

#include "dict.h"
#include "error.h"
#include "list.h"
#include "gc.h"
#include "object.h"
#include "str.h"
#include "vm.h"

/* ---- code objects -------------------------------------------------------- */

static void code_mark(VM *vm, Obj *o) {
  Code *co = (Code *)o;
  for (uint32_t i = 0; i < co->nconsts; i++) gc_mark_value(vm, co->consts[i]);
  if (co->regnames)
    for (uint32_t i = 0; i < co->nregs; i++) gc_mark_obj(vm, (Obj *)co->regnames[i]);
  gc_mark_obj(vm, (Obj *)co->name);
  gc_mark_obj(vm, (Obj *)co->qualname);
  gc_mark_obj(vm, (Obj *)co->filename);
  gc_mark_obj(vm, (Obj *)co->doc);
  for (uint32_t i = 0; i < co->ncomps; i++) gc_mark_obj(vm, (Obj *)co->comps[i].name);
}

static void code_finalize(VM *vm, Obj *o) {
  Code *co = (Code *)o;
  gc_free_buf(vm, co->code, co->ncode * sizeof(Instr));
  gc_free_buf(vm, co->consts, co->nconsts * sizeof(Value));
  gc_free_buf(vm, co->regnames, co->nregs * sizeof(Str *));
  gc_free_buf(vm, co->lines, co->nlines * sizeof(LineRun));
  gc_free_buf(vm, co->exctab, co->nexc * sizeof(ExcEntry));
  gc_free_buf(vm, co->comps, co->ncomps * sizeof(CompRange));
  gc_free_buf(vm, co->iterloops, co->niterloops * sizeof(IterLoop));
  gc_free_buf(vm, co->hotcount, co->nloops * sizeof(int32_t));
  gc_free_buf(vm, co->looplive, co->nloops * sizeof(uint32_t));
  gc_free_buf(vm, co->gcache, co->ngcache * sizeof(GlobalCache));
  gc_free_buf(vm, co->freesrc, co->nfree * sizeof(uint16_t));
}

static Value code_repr(VM *vm, Value self) {
  Code *co = (Code *)self.as.o;
  return str_printf(vm, "<code object %s at %p, file \"%s\", line %d>", co->name->data,
                    (void *)co, co->filename->data, co->firstline);
}

Type TYPE_CODE = {.hdr = TYPE_HEADER, .name = "code", .base = &TYPE_OBJECT,
                  .mark = code_mark, .finalize = code_finalize, .repr = code_repr};

Code *code_new(VM *vm) { return gc_alloc(vm, &TYPE_CODE, sizeof(Code)); }

int code_line(const Code *co, uint32_t pc) {
  if (co->nlines == 0) return co->firstline;
  uint32_t lo = 0, hi = co->nlines; /* last run with run.pc <= pc */
  while (hi - lo > 1) {
    uint32_t mid = (lo + hi) / 2;
    if (co->lines[mid].pc <= pc) lo = mid;
    else hi = mid;
  }
  return co->lines[lo].line;
}

/* ---- functions ----------------------------------------------------------- */

static void func_mark(VM *vm, Obj *o) {
  Function *f = (Function *)o;
  gc_mark_obj(vm, (Obj *)f->code);
  gc_mark_obj(vm, (Obj *)f->globals);
  gc_mark_obj(vm, (Obj *)f->defaults);
  gc_mark_obj(vm, (Obj *)f->kwdefaults);
  gc_mark_obj(vm, (Obj *)f->name);
  gc_mark_obj(vm, (Obj *)f->qualname);
  gc_mark_obj(vm, (Obj *)f->dict);
  for (uint16_t i = 0; i < f->code->nfree; i++) gc_mark_value(vm, f->closure[i]);
}

static Value func_repr(VM *vm, Value self) {
  Function *f = as_function(self);
  return str_printf(vm, "<function %s at %p>", f->qualname->data, (void *)f);
}

static Value func_getattr(VM *vm, Value self, Str *name) {
  Function *f = as_function(self);
  if (f->dict) {
    Value v = dict_get_str(vm, f->dict, name);
    if (!is_empty(v)) return v;
  }
  if (str_eq_c(name, "__dict__")) {
    if (!f->dict) f->dict = dict_new(vm);
    return v_obj(f->dict);
  }
  if (str_eq_c(name, "__name__")) return v_obj(f->name);
  if (str_eq_c(name, "__qualname__")) return v_obj(f->qualname);
  if (str_eq_c(name, "__module__")) {
    Value m = dict_get_str(vm, f->globals, str_intern_c(vm, "__name__"));
    return is_empty(m) ? v_none() : m;
  }
  if (str_eq_c(name, "__doc__")) return f->code->doc ? v_obj(f->code->doc) : v_none();
  if (str_eq_c(name, "__defaults__")) return f->defaults ? v_obj(f->defaults) : v_none();
  if (str_eq_c(name, "__code__")) return v_obj(f->code);
  if (str_eq_c(name, "__globals__")) return v_obj(f->globals);
  return v_empty();
}

/* The attributes func_getattr computes: only the names can be set. */
static bool func_builtin_attr(Str *name) {
  static const char *const names[] = {"__name__", "__qualname__", "__module__", "__doc__",
                                      "__defaults__", "__code__", "__globals__", "__dict__"};
  for (size_t i = 0; i < sizeof names / sizeof names[0]; i++)
    if (str_eq_c(name, names[i])) return true;
  return false;
}

static void func_setattr(VM *vm, Value self, Str *name, Value val) {
  Function *f = as_function(self);
  bool qual = str_eq_c(name, "__qualname__");
  if (qual || str_eq_c(name, "__name__")) {
    if (!is_str(val)) vm_raise(vm, &EXC_TypeError, "%s must be set to a string object", name->data);
    if (qual) f->qualname = as_str(val);
    else f->name = as_str(val);
    return;
  }
  if (func_builtin_attr(name))
    vm_raise(vm, &EXC_NotImplementedError, "streak: setting a function's '%s' is not supported",
             name->data);
  if (!f->dict) f->dict = dict_new(vm);
  dict_set_str(vm, f->dict, name, val);
}

static void func_delattr(VM *vm, Value self, Str *name) {
  Function *f = as_function(self);
  if (str_eq_c(name, "__name__") || str_eq_c(name, "__qualname__"))
    vm_raise(vm, &EXC_TypeError, "%s must be set to a string object", name->data);
  if (func_builtin_attr(name))
    vm_raise(vm, &EXC_NotImplementedError, "streak: deleting a function's '%s' is not supported",
             name->data);
  if (!f->dict || !dict_del(vm, f->dict, v_obj(name)))
    vm_raise(vm, &EXC_AttributeError, "'function' object has no attribute '%s'", name->data);
}

static int64_t func_hash(VM *vm, Value self) {
  (void)vm;
  return (int64_t)((uintptr_t)self.as.o >> 4);
}

static Value func_richcmp(VM *vm, Value a, Value b, CmpOp op) {
  (void)vm;
  if (op != CMP_EQ && op != CMP_NE) return v_notimpl();
  return v_bool((op == CMP_EQ) == v_is(a, b));
}

static Value func_call(VM *vm, Value self, const Args *args) { return vm_call(vm, self, args); }

Type TYPE_FUNCTION = {.hdr = TYPE_HEADER, .name = "function", .base = &TYPE_OBJECT,
                      .mark = func_mark, .repr = func_repr, .hash = func_hash,
                      .richcmp = func_richcmp, .getattr = func_getattr, .setattr = func_setattr,
                      .delattr = func_delattr, .call = func_call};

Function *func_new(VM *vm, Code *co, Dict *globals) {
  Function *f = gc_alloc(vm, &TYPE_FUNCTION, sizeof(Function) + co->nfree * sizeof(Value));
  f->code = co;
  f->globals = globals;
  f->name = co->name;
  f->qualname = co->qualname;
  return f;
}

Value cell_new(VM *vm, Value v) {
  Cell *c = gc_alloc(vm, &TYPE_CELL, sizeof(Cell));
  c->v = v;
  return v_obj(c);
}

/* ---- generators ---------------------------------------------------------- */

static void gen_mark(VM *vm, Obj *o) {
  Gen *g = (Gen *)o;
  gc_mark_obj(vm, (Obj *)g->func);
  gc_mark_value(vm, g->retval);
  gc_mark_value(vm, g->pending_throw);
  if (g->regs)
    for (uint16_t i = 0; i < g->func->code->nregs; i++) gc_mark_value(vm, g->regs[i]);
}

static void gen_finalize(VM *vm, Obj *o) {
  Gen *g = (Gen *)o;
  vm_gen_forget(vm, g);
  gc_free_buf(vm, g->regs, g->func->code->nregs * sizeof(Value));
  g->regs = NULL;
}

static Value gen_repr(VM *vm, Value self) {
  Gen *g = (Gen *)self.as.o;
  return str_printf(vm, "<generator object %s at %p>", g->func->qualname->data, (void *)g);
}

/* The generator's names (its function's), and whether it runs or waits
** at a yield; gi_frame and gi_code are not offered. */
static Value gen_getattr(VM *vm, Value self, Str *name) {
  (void)vm;
  Gen *g = (Gen *)self.as.o;
  if (str_eq_c(name, "__name__")) return v_obj(g->func->name);
  if (str_eq_c(name, "__qualname__")) return v_obj(g->func->qualname);
  if (str_eq_c(name, "gi_running")) return v_bool(g->state == GEN_RUNNING);
  if (str_eq_c(name, "gi_suspended")) return v_bool(g->state == GEN_SUSPENDED);
  return v_empty();
}

static Value gen_iter(VM *vm, Value self) {
  (void)vm;
  return self;
}

static bool gen_next(VM *vm, Value self, Value *out) {
  return vm_gen_resume(vm, (Gen *)self.as.o, out);
}

static Value gen_close(VM *vm, Value self, const Args *a) {
  args_count(vm, a, "close", 0, 0);
  vm_gen_close(vm, (Gen *)self.as.o);
  return v_none();
}

/* What a finished generator returned, once: the StopIteration that ends
** it carries the value, later ones none (as CPython). */
Value gen_take_retval(Gen *g) {
  Value v = g->retval;
  g->retval = v_none();
  return v;
}

/* StopIteration for iterator it running out: with a generator's return value. */
_Noreturn void gen_raise_stop(VM *vm, Value it) {
  Value v = is_type(it, &TYPE_GENERATOR) ? gen_take_retval((Gen *)it.as.o) : v_none();
  if (is_none(v)) vm_throw(vm, exc_new(vm, &EXC_StopIteration, NULL));
  vm_throw(vm, exc_new_args(vm, &EXC_StopIteration, tuple_from(vm, &v, 1)));
}

static Value gen_send(VM *vm, Value self, const Args *a) {
  args_count(vm, a, "send", 1, 1);
  Gen *g = (Gen *)self.as.o;
  if (g->state == GEN_CREATED && !is_none(a->argv[0]))
    vm_raise(vm, &EXC_TypeError, "can't send non-None value to a just-started generator");
  Value v;
  if (!vm_gen_send(vm, g, a->argv[0], &v)) gen_raise_stop(vm, self);
  return v;
}

/* generator.throw(exc), or the legacy throw(type[, value[, tb]]): exc is
** raised where the generator is suspended; what it yields next is the
** result, its end a StopIteration. */
static Value gen_throw(VM *vm, Value self, const Args *a) {
  args_count(vm, a, "throw", 1, 3);
  Value exc = a->argv[0];
  if (a->argc >= 2 && !is_none(a->argv[1])) {
    if (!is_type(exc, &TYPE_TYPE)) vm_raise(vm, &EXC_TypeError, "instance exception may not have a separate value");
    Value val = a->argv[1];
    if (!is_exc(val)) exc = vm_call1(vm, exc, val);
    else exc = val;
  }
  Value v;
  if (!vm_gen_throw(vm, (Gen *)self.as.o, exc, &v)) gen_raise_stop(vm, self);
  return v;
}

static const MethodDef gen_methods[] = {
    {"close", gen_close}, {"send", gen_send}, {"throw", gen_throw}, {NULL, NULL}};

Type TYPE_GENERATOR = {.hdr = TYPE_HEADER, .name = "generator", .base = &TYPE_OBJECT,
                       .mark = gen_mark, .finalize = gen_finalize, .repr = gen_repr,
                       .hash = func_hash, .richcmp = func_richcmp, .iter = gen_iter,
                       .next = gen_next, .getattr = gen_getattr, .methods = gen_methods};

Gen *gen_new(VM *vm, Function *f) {
  Gen *g = gc_alloc(vm, &TYPE_GENERATOR, sizeof(Gen));
  g->func = f;
  size_t n = f->code->nregs;
  g->regs = gc_realloc(vm, NULL, 0, n * sizeof(Value));
  for (size_t i = 0; i < n; i++) g->regs[i] = v_empty();
  g->state = GEN_CREATED;
  g->retval = v_none();
  g->pending_throw = v_empty();
  g->regidx = -1;
  return g;
}

void func_init_types(void) {}
