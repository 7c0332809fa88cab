/*
** fileobj.h — text file objects: what open() returns, and sys.stdin,
** sys.stdout, sys.stderr (which wrap the VM's streams without owning them).
** UTF-8 text; reading translates "\r\n" and "\r" to "\n" as CPython's
** universal-newlines mode does.
*/
#ifndef STREAK_FILEOBJ_H
#define STREAK_FILEOBJ_H

#include <stdio.h>
#include "value.h"

extern Type TYPE_FILE;

/* open(file, mode='r', buffering=-1, encoding=None, errors=None, newline=None) */
Value fileobj_open(VM *vm, Value self, const Args *args);
/* A file object over a stream it does not own (never fclose'd). */
Value fileobj_wrap(VM *vm, FILE *fp, const char *name, const char *mode);
/* Writes text to a file object; raises ValueError on a closed file and
** io.UnsupportedOperation-style errors when not writable. */
void fileobj_write(VM *vm, Value file, const char *s, size_t n);
void fileobj_flush(VM *vm, Value file);
static inline bool is_fileobj(Value v) { return is_type(v, &TYPE_FILE); }

#endif
