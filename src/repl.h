/*
** repl.h — the interactive read-eval-print loop (libedit).
*/
#ifndef STREAK_REPL_H
#define STREAK_REPL_H

#include "vm.h"

/* Runs the REPL on the terminal until EOF or SystemExit; returns the exit status. */
int repl_run(VM *vm);

#endif
