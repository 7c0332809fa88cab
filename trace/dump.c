/*
** dump.c — IR text for `-j dump`, in LuaJIT's layout:
**
**     ---- TRACE 1 IR (x.py:3)
**     0001 >  i64 SLOAD  #1
**     0004 >      GUARDT 0003                 {snap #1}
**     ....        LOOP
**     0009    f64 PHI    0003 0007
**     ---- TRACE 1 snapshots
**     #1 pc=17  [0]=f64:0003 [1]=i64:0001
**
** '>' marks a guard. Operands print as refs (0003), constants inline
** (+1 / 0.5 / [0x…]), literals by meaning (#slot, +offset, call name).
*/
#include <inttypes.h>
#include <stdlib.h>
#include <stdio.h>

#include "ir.h"

const char *ir_snapkind_name(SnapKind k) {
  static const char *const names[SNAP__COUNT] = {
#define X(name) #name,
    SNAPKINDDEF(X)
#undef X
  };
  return k < SNAP__COUNT ? names[k] : "?";
}

static void dump_ref(FILE *f, const IRTrace *tr, IRRef r) {
  if (r == REF_NONE) return;
  if (r >= REF_BIAS) {
    fprintf(f, " %04u", r - REF_BIAS + 1);
    return;
  }
  const IRIns *k = ir_at(tr, r);
  switch ((IROp)k->op) {
  case IR_KINT:
    if (k->type == IRT_BOOL) fprintf(f, " %s", k->i ? "true" : "false");
    else fprintf(f, " %+" PRId64, k->i);
    break;
  case IR_KNUM: fprintf(f, " %.17g", k->f); break;
  case IR_KPTR: fprintf(f, " [%p]", k->p); break;
  default: fprintf(f, " k?"); break;
  }
}

void ir_dump_ins(FILE *f, const IRTrace *tr, IRRef ref) {
  const IRIns *ins = ir_at(tr, ref);
  const IROpInfo *info = &ir_op_info[ins->op];
  if (ins->op == IR_LOOP) {
    IRCounted c;
    fprintf(f, "....        LOOP ------------");
    if (ir_counted_loop(tr, &c)) fprintf(f, " counted: trip test %04u", c.guard - REF_BIAS + 1);
    free(c.head);
    fputc('\n', f);
    return;
  }
  fprintf(f, "%04u %c %4s %-6s", ref - REF_BIAS + 1, (info->flags & IRF_GUARD) ? '>' : ' ',
          ins->type == IRT_VOID ? "" : ir_type_name[ins->type], info->name);
  if (info->mode_a == IRM_R) dump_ref(f, tr, ins->a);
  if (info->mode_b == IRM_R) dump_ref(f, tr, ins->b);
  if (info->mode_lit == IRM_L) {
    switch ((IROp)ins->op) {
    case IR_SLOAD: case IR_RLOAD:
      fprintf(f, " #%u", ir_sload_slot(ins->lit));
      if (ir_sload_npdt(ins->lit) >= 0) fprintf(f, " np%d", ir_sload_npdt(ins->lit));
      break;
    case IR_FLOAD: case IR_VLOAD: case IR_FSTORE: fprintf(f, " +%u", ins->lit); break;
    case IR_AREF: fprintf(f, " %s", ir_type_name[ins->lit < IRT__COUNT ? ins->lit : 0]); break;
    case IR_CALL: fprintf(f, " %s", ins->lit < tr->ncalls ? tr->calls[ins->lit]->name : "?"); break;
    case IR_ICALL: fprintf(f, " to pc=%u", ins->lit); break;
    default: fprintf(f, " %u", ins->lit); break;
    }
  }
  if (info->flags & IRF_GUARD) fprintf(f, "  {snap #%u}", ins->snap);
  fputc('\n', f);
}

void ir_dump(FILE *f, const IRTrace *tr) {
  fprintf(f, "---- TRACE %u IR%s%s%s\n", tr->id, tr->where ? " (" : "", tr->where ? tr->where : "",
          tr->where ? ")" : "");
  for (uint32_t i = 0; i < tr->nins; i++)
    if (tr->ins[i].op != IR_NOP) ir_dump_ins(f, tr, REF_BIAS + i);
  fprintf(f, "---- TRACE %u snapshots\n", tr->id);
  for (uint32_t s = 0; s < tr->nsnap; s++) {
    const Snapshot *snap = &tr->snaps[s];
    const SnapEntry *e = ir_snap_entries(tr, s);
    fprintf(f, "#%u pc=%u ", s, snap->pc);
    const SnapFrame *fr = ir_snap_frames(tr, s);
    for (uint32_t i = 0; i < snap->nframe; i++) /* inlined calls: call pc > window */
      fprintf(f, " (call pc=%u >%u)", fr[i].callpc, fr[i].base);
    for (uint32_t i = 0; i < snap->nent; i++) {
      fprintf(f, " [%u]=%s", e[i].slot, ir_snapkind_name((SnapKind)e[i].kind));
      if (e[i].kind == SNAP_NONE || e[i].kind == SNAP_FRAME) continue;
      fputc(':', f);
      dump_ref(f, tr, e[i].ref);
      if (e[i].kind == SNAP_COMPLEX) dump_ref(f, tr, e[i].ref2);
      if (e[i].kind == SNAP_NP) fprintf(f, "/np%u", e[i].dt);
    }
    fputc('\n', f);
  }
}
