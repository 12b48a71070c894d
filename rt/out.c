/* out.c — buffered standard output shared by fmt and the print builtins.
 *
 * Output to fd 1 is buffered and flushed at exit, on os.Exit, before a
 * panic or fatal error is printed, whenever the buffer fills, and when an
 * M runs out of work (a program that sleeps or waits shows what it printed,
 * as Go's unbuffered os.Stdout does); on a terminal every write goes out at
 * once, as in Go. fd 2 is
 * written straight through (after flushing fd 1, to keep the order a
 * terminal would show). A mutex serializes writers (goroutines run on
 * several threads).
 *
 * An output hook (out_set_hook) takes every write to fd 1 and fd 2 in
 * place of the file descriptors: the REPL's line editor sets one while its
 * prompt waits, to show goroutines' output above the line being edited.
 * The hook is called with out_lock held, so writes reach it one at a time
 * and in order; it must not call out_write.
 */
#include <pthread.h>
#include <string.h>
#include <unistd.h>
#include "out.h"

static char obuf[1 << 15];
static size_t olen;
static int stdout_tty = -1;   /* isatty(1), asked once */
static pthread_mutex_t out_lock = PTHREAD_MUTEX_INITIALIZER;
static void (*out_hook)(int fd, const char *s, size_t n);   /* under out_lock */

static void write_all(int fd, const char *s, size_t n) {
    while (n) {
        ssize_t w = write(fd, s, n);
        if (w <= 0) return;
        s += w;
        n -= (size_t)w;
    }
}

static void flush_locked(void) {
    if (!olen) return;
    write_all(1, obuf, olen);
    olen = 0;
}

void out_write(int fd, const char *s, size_t n) {
    pthread_mutex_lock(&out_lock);
    if (out_hook && (fd == 1 || fd == 2)) {
        out_hook(fd, s, n);   /* the buffer is empty: out_set_hook flushed it */
    } else if (fd == 1) {
        if (olen + n > sizeof obuf) flush_locked();
        if (n > sizeof obuf) write_all(1, s, n);
        else { memcpy(obuf + olen, s, n); olen += n; }
        if (stdout_tty < 0) stdout_tty = isatty(1);
        if (stdout_tty) flush_locked();
    } else {
        flush_locked();
        write_all(fd, s, n);
    }
    pthread_mutex_unlock(&out_lock);
}

void out_flush(void) {
    pthread_mutex_lock(&out_lock);
    flush_locked();
    pthread_mutex_unlock(&out_lock);
}

void out_set_hook(void (*hook)(int fd, const char *s, size_t n)) {
    pthread_mutex_lock(&out_lock);
    flush_locked();
    out_hook = hook;
    pthread_mutex_unlock(&out_lock);
}
