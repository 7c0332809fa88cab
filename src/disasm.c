/*
** disasm.c — bytecode listings (`-j dump`, tests). Operand printing is
** driven by the operand kinds of BYTECODE(X) in bytecode.h.
*/
#include <stdbool.h>
#include <stdio.h>
#include <string.h>

#include "func.h"
#include "object.h"
#include "str.h"
#include "util.h"

const char *const bc_names[OP__COUNT] = {
#define BC_NAME_(name, a, b, c, doc) #name,
    BYTECODE(BC_NAME_)
#undef BC_NAME_
};

static const unsigned char bc_kinds[OP__COUNT][3] = {
#define BC_KIND_(name, a, b, c, doc) {BCK_##a, BCK_##b, BCK_##c},
    BYTECODE(BC_KIND_)
#undef BC_KIND_
};

/* A short printable form of a constant. */
static void put_const(VM *vm, FILE *out, Value v) {
  if (is_type(v, &TYPE_CODE)) {
    fprintf(out, "<code %s>", ((Code *)v.as.o)->qualname->data);
    return;
  }
  Value r = v_repr(vm, v);
  Str *s = as_str(r);
  if (s->nbytes > 40) fprintf(out, "%.37s...", s->data);
  else fputs(s->data, out);
}

static void put_operand(VM *vm, FILE *out, const Code *co, int kind, uint32_t x) {
  switch (kind) {
  case BCK_R:
    fprintf(out, " r%u", x);
    if (co->regnames && x < co->nregs && co->regnames[x]) fprintf(out, "(%s)", co->regnames[x]->data);
    break;
  case BCK_K:
    fprintf(out, " k%u(", x);
    if (x < co->nconsts) put_const(vm, out, co->consts[x]);
    fputc(')', out);
    break;
  case BCK_RK:
    if (x & BC_KBIT) put_operand(vm, out, co, BCK_K, x & ~BC_KBIT);
    else put_operand(vm, out, co, BCK_R, x);
    break;
  case BCK_N: fprintf(out, " %u", x); break;
  case BCK_J: fprintf(out, " ->%u", x); break;
  case BCK_I: fprintf(out, " %lld", (long long)x - BC_IMM_BIAS); break;
  default: break;
  }
}

void disasm_code(VM *vm, const Code *co, FILE *out) {
  fprintf(out, "-- code %s (%s:%d) regs=%u params=%u consts=%u --\n", co->qualname->data,
          co->filename->data, co->firstline, co->nregs, co->nparamregs, co->nconsts);
  int lastline = -1;
  for (uint32_t pc = 0; pc < co->ncode; pc++) {
    Instr i = co->code[pc];
    OpCode op = bc_op(i);
    int line = code_line(co, pc);
    if (line != lastline) fprintf(out, "%5d ", line);
    else fputs("      ", out);
    lastline = line;
    fprintf(out, "%4u  %-12s", pc, op < OP__COUNT ? bc_names[op] : "???");
    if (op >= OP__COUNT) {
      fputc('\n', out);
      continue;
    }
    uint32_t f[3] = {bc_a(i), bc_b(i), bc_c(i)};
    bool target = op == OP_EXTRA && pc > 0 && bc_op(co->code[pc - 1]) >= OP_JLT &&
                  bc_op(co->code[pc - 1]) <= OP_JGE;
    if (target) fprintf(out, " ->%u", f[1]);
    else if (op == OP_EXTRA && pc > 0 && bc_op(co->code[pc - 1]) == OP_FORLOOPN)
      fprintf(out, " loop %u, %u items", f[1], f[0]);
    else
      for (int k = 0; k < 3; k++) put_operand(vm, out, co, bc_kinds[op][k], f[k]);
    fputc('\n', out);
  }
  for (uint32_t e = 0; e < co->nexc; e++)
    fprintf(out, "  except [%u, %u) -> %u  r%u  depth %u\n", co->exctab[e].start, co->exctab[e].end,
            co->exctab[e].handler, co->exctab[e].reg, co->exctab[e].depth);
  for (uint32_t k = 0; k < co->nconsts; k++)
    if (is_type(co->consts[k], &TYPE_CODE)) {
      fputc('\n', out);
      disasm_code(vm, (const Code *)co->consts[k].as.o, out);
    }
}
