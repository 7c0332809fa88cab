/*
** repl.h — the interactive read-eval-print loop.
*/
#ifndef STREAK_REPL_H
#define STREAK_REPL_H

#include "value.h"

/*
** Reads inputs from stdin and runs each in vm->main until end of input or
** SystemExit; returns the process exit status (0 for Ctrl-D, the SystemExit
** code otherwise). On a terminal it uses libedit (line editing, history in
** $STREAK_HISTFILE or ~/.streak_history) and turns Ctrl-C into
** KeyboardInterrupt in running code; otherwise it reads plain lines, writing
** the prompts to stderr as CPython's `-i` does.
*/
int repl_run(VM *vm);

/* The exit status an uncaught SystemExit asks for, as CPython computes it:
** no argument or None → 0, an int → that int, anything else → 1 after
** printing str(arg) to `err` (a FILE*; NULL prints nothing). */
int repl_exit_status(VM *vm, Value exc, void *err);

#endif
