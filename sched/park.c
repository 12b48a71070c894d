/* park.c — futex sleep/wake and the one-shot Note built on them.
 *
 * Go's runtime/lock_futex.go, for Linux:
 *   notewakeup: key = xchg(key, 1); if the old key was not 0 it is a double
 *               wakeup (a bug); then wake one sleeper.
 *   notesleep:  while key == 0, futex-wait on key expecting 0. The kernel
 *               compares *key with 0 atomically with going to sleep, so a
 *               wakeup between the check and the wait is never lost.
 *   notetsleep: the same with a deadline; a futex wait can end early (a
 *               signal — Boehm's stop-the-world sends them — or a spurious
 *               wake), so the remaining time is recomputed each round.
 * FUTEX_*_PRIVATE: the futex word is never shared between processes.
 */
#include "park.h"

#include <linux/futex.h>
#include <stdio.h>
#include <stdlib.h>
#include <sys/syscall.h>
#include <time.h>
#include <unistd.h>

static _Noreturn void park_throw(const char *msg) {
    fprintf(stderr, "fatal error: %s\n", msg);
    abort();
}

static int64_t park_nanotime(void) {
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (int64_t)ts.tv_sec * 1000000000 + ts.tv_nsec;
}

void futex_sleep(_Atomic uint32_t *addr, uint32_t val, int64_t ns) {
    /* _Atomic uint32_t has the representation of uint32_t on Linux. */
    uint32_t *word = (uint32_t *)(void *)addr;
    if (ns < 0) {
        syscall(SYS_futex, word, FUTEX_WAIT_PRIVATE, val, NULL, NULL, 0);
        return;
    }
    /* FUTEX_WAIT's timeout is relative. */
    struct timespec ts = { .tv_sec = (time_t)(ns / 1000000000), .tv_nsec = (long)(ns % 1000000000) };
    syscall(SYS_futex, word, FUTEX_WAIT_PRIVATE, val, &ts, NULL, 0);
    /* EAGAIN (value changed), EINTR, ETIMEDOUT: all mean "look again". */
}

void futex_wakeup(_Atomic uint32_t *addr, uint32_t cnt) {
    uint32_t *word = (uint32_t *)(void *)addr;
    long r = syscall(SYS_futex, word, FUTEX_WAKE_PRIVATE, cnt, NULL, NULL, 0);
    if (r < 0) park_throw("futexwakeup failed");
}

void note_clear(Note *n) {
    atomic_store_explicit(&n->key, 0, memory_order_release);
}

void note_wakeup(Note *n) {
    uint32_t old = atomic_exchange_explicit(&n->key, 1, memory_order_acq_rel);
    if (old != 0) park_throw("notewakeup - double wakeup");
    futex_wakeup(&n->key, 1);
}

void note_sleep(Note *n) {
    while (atomic_load_explicit(&n->key, memory_order_acquire) == 0)
        futex_sleep(&n->key, 0, -1);
}

bool note_tsleep(Note *n, int64_t ns) {
    if (ns < 0) {
        note_sleep(n);
        return true;
    }
    int64_t deadline = park_nanotime() + ns;
    while (atomic_load_explicit(&n->key, memory_order_acquire) == 0) {
        futex_sleep(&n->key, 0, ns);
        if (atomic_load_explicit(&n->key, memory_order_acquire) != 0) break;
        int64_t now = park_nanotime();
        if (now >= deadline) break;
        ns = deadline - now;
    }
    return atomic_load_explicit(&n->key, memory_order_acquire) != 0;
}

/* ---- FutexLock ---- */

void futex_lock(FutexLock *l) {
    uint32_t z = 0;
    if (atomic_compare_exchange_strong_explicit(&l->key, &z, 1, memory_order_acquire, memory_order_relaxed))
        return;
    for (int i = 0; i < 64; i++) {
        cpu_relax();
        z = 0;
        if (atomic_load_explicit(&l->key, memory_order_relaxed) == 0 &&
            atomic_compare_exchange_weak_explicit(&l->key, &z, 1, memory_order_acquire, memory_order_relaxed))
            return;
    }
    /* mark it contended: whoever unlocks then wakes one sleeper */
    while (atomic_exchange_explicit(&l->key, 2, memory_order_acquire) != 0)
        futex_sleep(&l->key, 2, -1);
}

void futex_unlock(FutexLock *l) {
    if (atomic_exchange_explicit(&l->key, 0, memory_order_release) == 2)
        futex_wakeup(&l->key, 1);
}
