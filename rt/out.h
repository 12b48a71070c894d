/* out.h — the program's standard output and error (out.c): fd 1
 * buffered, fd 2 written through, one lock for every writer, and a hook
 * that the REPL's line editor sets while its prompt waits. */
#ifndef MINIGO_RT_OUT_H
#define MINIGO_RT_OUT_H

#include <stddef.h>

/* Writes s[0..n) to fd 1 (buffered; at once on a terminal) or fd 2
 * (after flushing fd 1). */
void out_write(int fd, const char *s, size_t n);
void out_flush(void);
/* While set, every write to fd 1 or 2 goes to hook instead (called with
 * the output lock held: it must not call out_write); NULL removes it. */
void out_set_hook(void (*hook)(int fd, const char *s, size_t n));

#endif
