/*
** repl.c — the interactive loop: read an input (one statement, possibly
** spanning several lines), run it in __main__, echo the value of an
** expression, print a traceback on error, repeat.
**
** When is an input complete? The parser tells us: parse_source() in
** interactive mode marks an error `incomplete` when the text merely stopped
** too early (open bracket, open triple-quoted string, trailing backslash,
** block header without a body). Like CPython's REPL, a compound statement
** (`if`, `for`, `def` …) additionally runs only after an empty line, so that
** its body can go on for several lines.
**
** Ctrl-C: a SIGINT handler (installed without SA_RESTART) sets
** vm->interrupt. While code runs, the VM notices the flag at its next
** back-edge or call and raises KeyboardInterrupt, which is printed like any
** error. At the prompt, the signal interrupts libedit's read(); el_gets then
** returns NULL with errno EINTR, and the pending input is dropped. The
** handler reaches the VM through one static pointer: a signal handler has
** no other way in, and a process has only one terminal.
*/
#include "repl.h"

#include <ctype.h>
#include <dlfcn.h>
#include <errno.h>
#include <histedit.h>
#include <locale.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "dict.h"
#include "error.h"
#include "object.h"
#include "parse.h"
#include "str.h"
#include "streak.h"
#include "util.h"
#include "vm.h"

enum { HISTORY_SIZE = 1000 };

static const char PS1[] = ">>> ";
static const char PS2[] = "... ";

/* ---- SIGINT ------------------------------------------------------------- */

static volatile sig_atomic_t *volatile sigint_flag;

static void on_sigint(int sig) {
  (void)sig;
  volatile sig_atomic_t *flag = sigint_flag;
  if (flag) __atomic_store_n(flag, 1, __ATOMIC_RELAXED);
}

/* ---- running one input -------------------------------------------------- */

typedef struct ExecJob {
  const char *src;
  size_t len;
} ExecJob;

static void exec_job(VM *vm, void *ud) {
  ExecJob *j = ud;
  /* Each expression statement's value is printed as it runs (OP_ECHO,
  ** CPython's sys.displayhook), so the returned last value is not. */
  (void)vm_run_source(vm, vm->main, j->src, j->len, "<stdin>", true);
}

typedef struct StrJob {
  Value v;
  Value text;
} StrJob;

static void str_job(VM *vm, void *ud) {
  StrJob *j = ud;
  j->text = v_str(vm, j->v);
}

int repl_exit_status(VM *vm, Value exc, void *err) {
  ExcObj *e = (ExcObj *)exc.as.o;
  Value code = v_none();
  if (is_tuple(e->args) && as_tuple(e->args)->n == 1) code = as_tuple(e->args)->items[0];
  else if (is_tuple(e->args) && as_tuple(e->args)->n > 1) code = e->args;
  if (is_none(code)) return 0;
  if (is_int(code) || is_bool(code)) return (int)code.as.i;
  /* sys.exit("message"): the message goes to stderr, the status is 1. */
  StrJob job = {code, v_empty()};
  if (err && vm_protect(vm, str_job, &job) && is_str(job.text)) {
    if (vm->out) fflush(vm->out);
    fwrite(as_str(job.text)->data, 1, (size_t)as_str(job.text)->nbytes, (FILE *)err);
    fputc('\n', (FILE *)err);
    fflush((FILE *)err);
  }
  return 1;
}

/* Runs one complete input. Returns -1 to go on, else the exit status. */
static int execute(VM *vm, const char *src, size_t len) {
  ExecJob job = {src, len};
  vm->interrupt = 0; /* a Ctrl-C typed at the prompt is not for this code */
  bool ok = vm_protect(vm, exec_job, &job);
  FILE *out = vm->out ? vm->out : stdout;
  fflush(out);
  if (ok) return -1;
  Value exc = vm->exc;
  if (is_exc(exc) && type_is_subtype(exc.as.o->type, &EXC_SystemExit))
    return repl_exit_status(vm, exc, stderr);
  exc_print(vm, exc, stderr);
  return -1;
}

/* ---- when is an input complete? ---------------------------------------- */

typedef enum { INPUT_MORE, INPUT_RUN } InputState;

/* Does the input start with a compound statement (one that takes a block)?
** Those run only after an empty line, even when already complete. */
static bool starts_compound(const char *buf) {
  static const char *const keywords[] = {"if", "while", "for", "def", "class", "with",
                                         "try", "async", NULL};
  while (*buf == ' ' || *buf == '\t' || *buf == '\f') buf++;
  if (*buf == '@') return true; /* decorator */
  size_t n = 0;
  while (isalnum((unsigned char)buf[n]) || buf[n] == '_') n++;
  for (int i = 0; keywords[i]; i++)
    if (strlen(keywords[i]) == n && strncmp(buf, keywords[i], n) == 0) return true;
  return false;
}

static bool is_blank(const char *line) {
  for (; *line; line++)
    if (!isspace((unsigned char)*line)) return false;
  return true;
}

/* `buf` holds every line of the input so far (each ending in '\n'); `line`
** is the one just added. */
static InputState classify(const char *buf, size_t len, const char *line, bool first_line) {
  AstArena *arena = ast_arena_new();
  SyntaxErr err;
  AstModule *mod = parse_source(arena, buf, len, "<stdin>", PARSE_INTERACTIVE, &err);
  bool incomplete = !mod && parse_is_incomplete(&err);
  bool open_token = incomplete && (strstr(err.msg, "was never closed") ||
                                   strstr(err.msg, "unterminated triple-quoted"));
  ast_arena_free(arena);
  size_t n = strlen(line);
  if (n > 0 && line[n - 1] == '\\') return INPUT_MORE; /* explicit line joining */
  if (incomplete) {
    /* A block still missing its body (`if x:`) or its `except` ends at an
    ** empty line, and the error is reported then, as CPython does; an open
    ** bracket or triple-quoted string keeps reading. */
    if (!open_token && !first_line && is_blank(line)) return INPUT_RUN;
    return INPUT_MORE;
  }
  if (!mod) return INPUT_RUN; /* a real syntax error: running reports it */
  if (starts_compound(buf) && !is_blank(line)) return INPUT_MORE;
  return INPUT_RUN;
}

/* ---- line sources: libedit on a terminal, plain lines otherwise ---------- */

/* libedit is loaded when a REPL starts on a terminal: linking it (and its
** libtinfo, libbsd, libmd) cost every script's start 0.35 MB of memory.
** histedit.h gives the types and signatures. */
#define EDIT_FUNCS(X)                                                                      \
  X(el_init) X(el_set) X(el_get) X(el_wset) X(el_insertstr) X(el_source) X(el_end)     \
  X(el_gets) X(el_reset) X(history_init) X(history) X(history_end)

static struct {
#define X(name) __typeof__(name) *name;
  EDIT_FUNCS(X)
#undef X
} E;

/* Loads libedit once; false (plain lines, with a note) when it cannot. */
static bool edit_load(void) {
  static int state; /* 0 not tried, 1 loaded, 2 failed */
  if (state) return state == 1;
  state = 2;
  void *h = dlopen("libedit.so.2", RTLD_NOW | RTLD_LOCAL);
#define X(name) \
  if (h && !(*(void **)&E.name = dlsym(h, #name))) h = NULL;
  EDIT_FUNCS(X)
#undef X
  if (!h) {
    fprintf(stderr, "streak: libedit.so.2 could not be loaded: no line editing or history\n");
    return false;
  }
  state = 1;
  return true;
}

typedef struct Reader {
  EditLine *el;
  History *hist;
  HistEvent ev;
  const char *prompt;
  char *histfile;     /* NULL: no history file */
  char *plain;        /* getline buffer (non-terminal input) */
  size_t plain_cap;
} Reader;

static char *prompt_fn(EditLine *el) {
  Reader *r = NULL;
  E.el_get(el, EL_CLIENTDATA, &r);
  return (char *)(r ? r->prompt : PS1);
}

/* Tab inserts four spaces: indenting matters more here than completion. */
static unsigned char insert_indent(EditLine *el, int ch) {
  (void)ch;
  E.el_insertstr(el, "    ");
  return CC_REFRESH;
}

static char *history_path(void) {
  const char *env = getenv("STREAK_HISTFILE");
  if (env) return env[0] ? util_xstrdup(env) : NULL;
  const char *home = getenv("HOME");
  if (!home || !home[0]) return NULL;
  StrBuf b = STRBUF_INIT;
  sb_printf(&b, "%s/.streak_history", home);
  return b.data;
}

static void reader_open(Reader *r, bool tty) {
  memset(r, 0, sizeof *r);
  r->prompt = PS1;
  if (!tty || !edit_load()) return;
  r->el = E.el_init("streak", stdin, stdout, stderr);
  if (!r->el) return;
  E.el_set(r->el, EL_CLIENTDATA, r);
  E.el_set(r->el, EL_PROMPT, prompt_fn);
  E.el_set(r->el, EL_EDITOR, "emacs");
  E.el_set(r->el, EL_SIGNAL, 0); /* our handler sees SIGINT; see the top */
  /* The wide-character call keeps our static strings; the narrow el_set
  ** copies them and never frees the copies (a known libedit leak). */
  E.el_wset(r->el, EL_ADDFN, L"streak-indent", L"insert four spaces", insert_indent);
  E.el_wset(r->el, EL_BIND, L"^I", L"streak-indent", NULL);
  E.el_source(r->el, NULL); /* the user's ~/.editrc, if any */
  r->hist = E.history_init();
  if (r->hist) {
    E.history(r->hist, &r->ev, H_SETSIZE, HISTORY_SIZE);
    E.history(r->hist, &r->ev, H_SETUNIQUE, 1);
    E.el_set(r->el, EL_HIST, E.history, r->hist);
    r->histfile = history_path();
    if (r->histfile) E.history(r->hist, &r->ev, H_LOAD, r->histfile); /* may not exist yet */
  }
}

static void reader_close(Reader *r) {
  if (r->hist) {
    if (r->histfile) E.history(r->hist, &r->ev, H_SAVE, r->histfile); /* errors ignored */
    E.history_end(r->hist);
  }
  if (r->el) E.el_end(r->el);
  free(r->histfile);
  free(r->plain);
}

typedef enum { READ_LINE, READ_EOF, READ_INTERRUPT } ReadStatus;

/* Reads one line (without its newline) into *line. */
static ReadStatus reader_get(Reader *r, const char *prompt, StrBuf *line) {
  line->len = 0;
  if (line->data) line->data[0] = '\0';
  r->prompt = prompt;
  if (r->el) {
    int count = 0;
    errno = 0;
    const char *s = E.el_gets(r->el, &count);
    if (!s) {
      if (count == -1 && errno == EINTR) {
        E.el_reset(r->el);
        return READ_INTERRUPT;
      }
      return READ_EOF;
    }
    size_t n = (size_t)count;
    if (n > 0 && s[n - 1] == '\n') n--;
    sb_append(line, s, n);
    if (r->hist && n > 0 && !is_blank(line->data))
      E.history(r->hist, &r->ev, H_ENTER, line->data);
    return READ_LINE;
  }
  /* Not a terminal: prompts on stderr, like `python3 -i < file`. */
  fputs(prompt, stderr);
  fflush(stderr);
  ssize_t n = getline(&r->plain, &r->plain_cap, stdin);
  if (n < 0) {
    if (ferror(stdin) && errno == EINTR) {
      clearerr(stdin);
      return READ_INTERRUPT;
    }
    return READ_EOF;
  }
  if (n > 0 && r->plain[n - 1] == '\n') n--;
  sb_append(line, r->plain, (size_t)n);
  if (!line->data) sb_append(line, "", 0);
  return READ_LINE;
}

/* ---- the loop ----------------------------------------------------------- */

/* libedit decodes multibyte input with the C library: it needs a UTF-8
** LC_CTYPE. Only LC_CTYPE changes, so number formatting is unaffected. */
static void setup_locale(void) {
  const char *loc = setlocale(LC_CTYPE, "");
  if (!loc || strcmp(loc, "C") == 0 || strcmp(loc, "POSIX") == 0)
    setlocale(LC_CTYPE, "C.UTF-8");
}

int repl_run(VM *vm) {
  bool tty = isatty(STDIN_FILENO);
  if (tty) setup_locale();
  fprintf(stderr, "streak %s (Python 3.11 subset) \xe2\x80\x94 type exit() or Ctrl-D to leave\n",
          streak_version());

  struct sigaction sa, old_sa;
  memset(&sa, 0, sizeof sa);
  sa.sa_handler = on_sigint;
  sigemptyset(&sa.sa_mask);
  sa.sa_flags = 0; /* no SA_RESTART: Ctrl-C must interrupt read() */
  sigint_flag = &vm->interrupt;
  sigaction(SIGINT, &sa, &old_sa);

  Reader reader;
  reader_open(&reader, tty);
  StrBuf input = STRBUF_INIT, line = STRBUF_INIT;
  int status = -1;
  while (status < 0) {
    bool first = input.len == 0;
    ReadStatus rs = reader_get(&reader, first ? PS1 : PS2, &line);
    if (rs == READ_INTERRUPT) {
      fputs("\nKeyboardInterrupt\n", stderr);
      input.len = 0;
      vm->interrupt = 0;
      continue;
    }
    if (rs == READ_EOF) {
      /* Whatever was typed before Ctrl-D (or the end of piped input) runs. */
      if (input.len > 0) status = execute(vm, input.data, input.len);
      if (tty) fputc('\n', stderr);
      break;
    }
    if (first && is_blank(line.data ? line.data : "")) continue;
    sb_append(&input, line.data ? line.data : "", line.len);
    sb_putc(&input, '\n');
    if (classify(input.data, input.len, line.data ? line.data : "", first) == INPUT_MORE)
      continue;
    status = execute(vm, input.data, input.len);
    input.len = 0;
  }
  reader_close(&reader);
  sb_free(&input);
  sb_free(&line);
  sigaction(SIGINT, &old_sa, NULL);
  sigint_flag = NULL;
  vm->interrupt = 0;
  return status < 0 ? 0 : status;
}
