/* park.h — how an M sleeps and is woken: futexes and Go's "note".
 *
 * Follows Go's runtime/lock_futex.go (noteclear, notewakeup, notesleep,
 * notetsleep, notetsleep_internal) and os_linux.go (futexsleep,
 * futexwakeup). An idle M parks on its own Note (Go's m.park, see stopm /
 * mPark in proc.go); whoever hands it work calls note_wakeup (startm).
 *
 * A Note is a one-shot event: after note_clear, exactly one note_wakeup may
 * happen, before or after the sleep starts — a wakeup that comes first is
 * not lost, the sleep then returns at once. One thread sleeps on a Note at
 * a time. Clear it again before the next use.
 */
#ifndef MINIGO_PARK_H
#define MINIGO_PARK_H

#include <stdatomic.h>
#include <stdbool.h>
#include <stdint.h>

typedef struct Note {
    _Atomic uint32_t key;      /* 0: not yet woken; 1: woken */
} Note;

/* Sleeps while *addr == val, for at most ns nanoseconds (ns < 0: no limit).
 * May return early or spuriously (a signal, a wake, a changed value): the
 * caller re-checks its condition (Go's futexsleep). */
void futex_sleep(_Atomic uint32_t *addr, uint32_t val, int64_t ns);
/* Wakes up to cnt threads sleeping on addr (Go's futexwakeup). */
void futex_wakeup(_Atomic uint32_t *addr, uint32_t cnt);

/* Makes n ready for one wakeup (Go's noteclear). */
void note_clear(Note *n);
/* Wakes the sleeper, now or when it comes; a second wakeup without a clear
 * is a fatal error (Go's notewakeup). */
void note_wakeup(Note *n);
/* Sleeps until n is woken (Go's notesleep). */
void note_sleep(Note *n);
/* Sleeps until n is woken or ns nanoseconds have passed (ns < 0: no limit);
 * returns whether it was woken (Go's notetsleep). Used by an idle M to wait
 * for work or for its P's next timer. */
bool note_tsleep(Note *n, int64_t ns);
/* Whether n has been woken since its last clear. */
static inline bool note_woken(Note *n) {
    return atomic_load_explicit(&n->key, memory_order_acquire) != 0;
}

/* A small lock for the run time's own queues (Go's lock_futex.go lock2 /
 * unlock2): 0 free, 1 held, 2 held with sleepers. It spins a little, then
 * sleeps on the futex. Zero-initialized is unlocked. */
typedef struct FutexLock { _Atomic uint32_t key; } FutexLock;
void futex_lock(FutexLock *l);
void futex_unlock(FutexLock *l);

/* A spin-wait loop's pause (x86's PAUSE, arm64's YIELD). */
static inline void cpu_relax(void) {
#if defined(__x86_64__) || defined(__i386__)
    __builtin_ia32_pause();
#elif defined(__aarch64__)
    __asm__ __volatile__("yield");
#endif
}

#endif
