/* timer.h — a P's timers: a 4-ary min-heap keyed by the time they fire.
 *
 * Follows Go 1.14+'s per-P timer heap (runtime/time.go: addtimer, deltimer,
 * modtimer, resettimer, runtimer, siftupTimer, siftdownTimer; p.timers,
 * p.timersLock, p.timer0When), without Go's lazy-deletion state machine:
 * every operation takes the heap's mutex and updates the heap at once.
 *
 * Times are nanoseconds of CLOCK_MONOTONIC (sched_nanotime), as Go's
 * nanotime.
 *
 * Ownership: a Timer is in at most one heap at a time; t->heap says which,
 * and is only written with that heap's lock held. Any thread may add,
 * delete or reset any timer. A callback runs with no lock held, on the
 * thread that called timers_run; it may add, delete or reset timers,
 * itself included. The Timer must stay allocated while it is in a heap or
 * its callback runs. Like the global run queue, the heap array is scanned
 * by the collector, so a Timer (and its arg) in a heap stays alive.
 */
#ifndef MINIGO_TIMER_H
#define MINIGO_TIMER_H

#include <pthread.h>
#include <stdatomic.h>
#include <stdbool.h>
#include <stdint.h>

struct Timers;

/* Called when a timer fires, with the arg and seq the timer held at that
 * moment (Go's timer.f(arg, seq)). */
typedef void (*TimerFunc)(void *arg, uint64_t seq);

typedef struct Timer {
    int64_t when;              /* when to fire (ns, CLOCK_MONOTONIC) */
    int64_t period;            /* > 0: fire again every period ns */
    TimerFunc fn;
    void *arg;
    uint64_t seq;
    /* Owned by the heap: which heap holds the timer (NULL: none) and where. */
    _Atomic(struct Timers *) heap;
    int32_t index;
} Timer;

typedef struct Timers {
    pthread_mutex_t lock;
    Timer **heap;              /* guarded by lock */
    int32_t len, cap;          /* guarded by lock */
    /* heap[0]->when, or INT64_MAX when empty (Go's p.timer0When): read
     * without the lock by timers_next and the fast path of timers_run. */
    _Atomic int64_t next;
    _Atomic int32_t count;     /* len, readable without the lock (checkdead) */
} Timers;

/* The current time in ns of CLOCK_MONOTONIC (Go's nanotime). */
int64_t sched_nanotime(void);

void timers_init(Timers *ts);
void timers_destroy(Timers *ts);   /* timers still in it are dropped (t->heap = NULL) */

/* Sets a timer up, not in any heap (Go's timer literal). */
void timer_init(Timer *t, TimerFunc fn, void *arg, uint64_t seq);
/* Puts t into ts to fire at when, then every period ns if period > 0 (Go's
 * addtimer). t must not be in a heap. */
void timers_add(Timers *ts, Timer *t, int64_t when, int64_t period);
/* Takes t out of its heap; returns whether it was there, i.e. the timer was
 * stopped before it fired (Go's deltimer / Timer.Stop; not
 * named timer_delete, which is POSIX's). */
bool timer_stop(Timer *t);
/* Changes t to fire at when (and every period): in place if t is in a heap,
 * otherwise by adding it to ts. Returns whether it was in a heap (Go's
 * modtimer / resettimer / Timer.Reset). */
bool timer_reset(Timers *ts, Timer *t, int64_t when, int64_t period);
/* Whether t is waiting in a heap. */
bool timer_pending(Timer *t);

/* Runs every timer of ts whose when <= now, earliest first; a periodic one
 * is re-armed at its next multiple of period after now (Go's runtimer), or
 * parked at INT64_MAX if that overflows. A when of INT64_MAX never fires.
 * Returns how many callbacks ran. Called without locks held. */
int timers_run(Timers *ts, int64_t now);
/* The earliest when in ts, or INT64_MAX if none. Lock-free. */
static inline int64_t timers_next(Timers *ts) {
    return atomic_load_explicit(&ts->next, memory_order_acquire);
}
/* How many timers wait in ts. Lock-free snapshot. */
static inline int32_t timers_len(Timers *ts) {
    return atomic_load_explicit(&ts->count, memory_order_relaxed);
}
/* Checks the heap order and every timer's index; returns false on the first
 * violation. For tests. */
bool timers_verify(Timers *ts);

#endif
