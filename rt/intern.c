/* intern.c — the identifier intern table: one copy of each name, so that
 * names compare by pointer (the lexer, the checker, run-time method sets).
 * Thread-safe (the REPL compiles while goroutines run); entries are never
 * freed.
 */
#include <gc.h>
#include <pthread.h>
#include <string.h>
#include "hash.h"
#include "intern.h"

static struct { const char **slots; size_t cap, count; } interns;
static pthread_mutex_t intern_lock = PTHREAD_MUTEX_INITIALIZER;

const char *intern(const char *s, size_t len) {
    pthread_mutex_lock(&intern_lock);
    if (interns.count * 2 >= interns.cap) {
        size_t ncap = interns.cap ? interns.cap * 2 : 1024;
        const char **ns = GC_MALLOC_UNCOLLECTABLE(ncap * sizeof *ns);
        for (size_t i = 0; i < interns.cap; i++) {
            const char *e = interns.slots[i];
            if (!e) continue;
            size_t j = hash_bytes(e, strlen(e), 0) & (ncap - 1);
            while (ns[j]) j = (j + 1) & (ncap - 1);
            ns[j] = e;
        }
        if (interns.slots) GC_FREE(interns.slots);
        interns.slots = ns;
        interns.cap = ncap;
    }
    size_t j = hash_bytes(s, len, 0) & (interns.cap - 1);
    const char *e;
    while ((e = interns.slots[j]) != NULL) {
        if (strncmp(e, s, len) == 0 && e[len] == 0) goto out;
        j = (j + 1) & (interns.cap - 1);
    }
    char *copy = GC_MALLOC_ATOMIC_UNCOLLECTABLE(len + 1);
    memcpy(copy, s, len);
    copy[len] = 0;
    interns.slots[j] = e = copy;
    interns.count++;
out:
    pthread_mutex_unlock(&intern_lock);
    return e;
}
