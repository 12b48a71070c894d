/* timer.c — a P's timers: a 4-ary min-heap of Timer*, keyed by when.
 *
 * Follows runtime/time.go of Go 1.14–1.22 (addtimer, deltimer, modtimer,
 * runtimer, siftupTimer, siftdownTimer, p.timer0When), simplified: Go marks
 * deleted and modified timers and fixes the heap lazily to avoid taking
 * another P's lock; here every operation takes the heap's mutex and fixes
 * the heap at once, which is simpler and, for an interpreter, cheap enough.
 *
 * Invariants (with ts->lock held):
 *   - heap[0 .. len) is a 4-ary min-heap on when: the parent of i is
 *     (i-1)/4, its children 4i+1 .. 4i+4 (Go's siftupTimer/siftdownTimer;
 *     a 4-ary heap is shallower than a binary one and its children share
 *     cache lines).
 *   - heap[i]->index == i and heap[i]->heap == ts for each i.
 *   - ts->next == heap[0]->when, or INT64_MAX when len == 0; ts->count == len.
 *
 * Who may change t->heap: NULL -> ts only by CAS, with ts->lock held (so
 * two threads adding the same idle timer cannot both win); ts -> NULL only
 * with ts->lock held, after checking t->heap == ts under that lock. So once
 * a thread holds the lock of the heap it read from t->heap and sees t->heap
 * still equal to it, the timer stays put until the lock is released.
 */
#include "timer.h"

#include <gc.h>
#include <stdio.h>
#include <stdlib.h>
#include <time.h>

static _Noreturn void timer_throw(const char *msg) {
    fprintf(stderr, "fatal error: %s\n", msg);
    abort();
}

int64_t sched_nanotime(void) {
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (int64_t)ts.tv_sec * 1000000000 + ts.tv_nsec;
}

void timers_init(Timers *ts) {
    pthread_mutex_init(&ts->lock, NULL);
    ts->heap = NULL;
    ts->len = ts->cap = 0;
    atomic_init(&ts->next, INT64_MAX);
    atomic_init(&ts->count, 0);
}

void timers_destroy(Timers *ts) {
    pthread_mutex_lock(&ts->lock);
    for (int32_t i = 0; i < ts->len; i++) {
        ts->heap[i]->index = -1;
        atomic_store(&ts->heap[i]->heap, NULL);
    }
    if (ts->heap) GC_FREE(ts->heap);
    ts->heap = NULL;
    ts->len = ts->cap = 0;
    atomic_store(&ts->next, INT64_MAX);
    atomic_store(&ts->count, 0);
    pthread_mutex_unlock(&ts->lock);
    pthread_mutex_destroy(&ts->lock);
}

void timer_init(Timer *t, TimerFunc fn, void *arg, uint64_t seq) {
    t->when = 0;
    t->period = 0;
    t->fn = fn;
    t->arg = arg;
    t->seq = seq;
    atomic_init(&t->heap, NULL);
    t->index = -1;
}

bool timer_pending(Timer *t) {
    return atomic_load_explicit(&t->heap, memory_order_acquire) != NULL;
}

/* ---- the heap (ts->lock held in all of these) -------------------------- */

static inline void heap_set(Timers *ts, int32_t i, Timer *t) {
    ts->heap[i] = t;
    t->index = i;
}

/* Moves heap[i] up while it is earlier than its parent (Go's siftupTimer). */
static void sift_up(Timers *ts, int32_t i) {
    Timer *t = ts->heap[i];
    while (i > 0) {
        int32_t p = (i - 1) / 4;
        if (t->when >= ts->heap[p]->when) break;
        heap_set(ts, i, ts->heap[p]);
        i = p;
    }
    heap_set(ts, i, t);
}

/* Moves heap[i] down while a child is earlier (Go's siftdownTimer). */
static void sift_down(Timers *ts, int32_t i) {
    Timer *t = ts->heap[i];
    int32_t n = ts->len;
    for (;;) {
        int32_t c = 4 * i + 1;
        if (c >= n) break;
        int32_t best = c;
        int32_t end = c + 4 < n ? c + 4 : n;
        for (int32_t k = c + 1; k < end; k++)
            if (ts->heap[k]->when < ts->heap[best]->when) best = k;
        if (ts->heap[best]->when >= t->when) break;
        heap_set(ts, i, ts->heap[best]);
        i = best;
    }
    heap_set(ts, i, t);
}

/* Refreshes the lock-free copies of heap[0]->when and len. */
static void heap_publish(Timers *ts) {
    atomic_store_explicit(&ts->next, ts->len ? ts->heap[0]->when : INT64_MAX, memory_order_release);
    atomic_store_explicit(&ts->count, ts->len, memory_order_relaxed);
}

/* Inserts t, already claimed for ts (t->heap == ts). */
static void heap_insert(Timers *ts, Timer *t) {
    if (ts->len == ts->cap) {
        int32_t cap = ts->cap ? ts->cap * 2 : 64;
        if (cap <= ts->cap) timer_throw("too many timers");
        /* Scanned, never collected: the Timers here must stay alive. */
        Timer **nh = GC_MALLOC_UNCOLLECTABLE(sizeof *nh * (size_t)cap);
        if (!nh) timer_throw("out of memory allocating the timer heap");
        for (int32_t i = 0; i < ts->len; i++) nh[i] = ts->heap[i];
        if (ts->heap) GC_FREE(ts->heap);
        ts->heap = nh;
        ts->cap = cap;
    }
    int32_t i = ts->len++;
    heap_set(ts, i, t);
    sift_up(ts, i);
}

/* Removes heap[i] and marks its timer as in no heap (Go's dodeltimer). */
static void heap_remove(Timers *ts, int32_t i) {
    Timer *t = ts->heap[i];
    int32_t last = --ts->len;
    if (i != last) {
        heap_set(ts, i, ts->heap[last]);
        /* The moved timer may belong above or below i. */
        if (i > 0 && ts->heap[i]->when < ts->heap[(i - 1) / 4]->when) sift_up(ts, i);
        else sift_down(ts, i);
    }
    ts->heap[last] = NULL;
    t->index = -1;
    atomic_store_explicit(&t->heap, NULL, memory_order_release);
}

/* Re-places heap[i] after its when changed. */
static void heap_fix(Timers *ts, int32_t i) {
    if (i > 0 && ts->heap[i]->when < ts->heap[(i - 1) / 4]->when) sift_up(ts, i);
    else sift_down(ts, i);
}

/* ---- operations --------------------------------------------------------- */

/* Locks and returns the heap t is in, or NULL (nothing locked) if none. */
static Timers *lock_timer_heap(Timer *t) {
    for (;;) {
        Timers *h = atomic_load_explicit(&t->heap, memory_order_acquire);
        if (h == NULL) return NULL;
        pthread_mutex_lock(&h->lock);
        if (atomic_load_explicit(&t->heap, memory_order_relaxed) == h) return h;
        pthread_mutex_unlock(&h->lock);   /* it moved meanwhile; look again */
    }
}

/* Claims idle t for ts and inserts it; false if t was already in a heap.
 * ts->lock held. */
static bool try_insert(Timers *ts, Timer *t, int64_t when, int64_t period) {
    Timers *none = NULL;
    if (!atomic_compare_exchange_strong_explicit(&t->heap, &none, ts, memory_order_acq_rel,
                                                 memory_order_acquire))
        return false;
    t->when = when;
    t->period = period;
    heap_insert(ts, t);
    heap_publish(ts);
    return true;
}

void timers_add(Timers *ts, Timer *t, int64_t when, int64_t period) {
    pthread_mutex_lock(&ts->lock);
    bool ok = try_insert(ts, t, when, period);
    pthread_mutex_unlock(&ts->lock);
    if (!ok) timer_throw("timers_add: timer already added");
}

bool timer_stop(Timer *t) {
    Timers *h = lock_timer_heap(t);
    if (h == NULL) return false;
    heap_remove(h, t->index);
    heap_publish(h);
    pthread_mutex_unlock(&h->lock);
    return true;
}

bool timer_reset(Timers *ts, Timer *t, int64_t when, int64_t period) {
    for (;;) {
        Timers *h = lock_timer_heap(t);
        if (h) {
            /* Pending: move it within its own heap (Go's modtimer keeps a
             * timer on its P). */
            t->when = when;
            t->period = period;
            heap_fix(h, t->index);
            heap_publish(h);
            pthread_mutex_unlock(&h->lock);
            return true;
        }
        pthread_mutex_lock(&ts->lock);
        bool ok = try_insert(ts, t, when, period);
        pthread_mutex_unlock(&ts->lock);
        if (ok) return false;
        /* Another thread added it meanwhile; modify it where it went. */
    }
}

int timers_run(Timers *ts, int64_t now) {
    if (now == INT64_MAX) now = INT64_MAX - 1;   /* a when of INT64_MAX means never */
    if (atomic_load_explicit(&ts->next, memory_order_acquire) > now) return 0;   /* Go's timer0When check */
    int ran = 0;
    pthread_mutex_lock(&ts->lock);
    while (ts->len > 0) {
        Timer *t = ts->heap[0];
        if (t->when > now) break;
        TimerFunc fn = t->fn;
        void *arg = t->arg;
        uint64_t seq = t->seq;
        if (t->period > 0) {
            /* Go's runtimer: next when = the first when + k*period > now. */
            int64_t k = 1 + (now - t->when) / t->period;
            if (k > INT64_MAX / t->period || t->when > INT64_MAX - k * t->period) t->when = INT64_MAX;
            else t->when += k * t->period;
            sift_down(ts, 0);
        } else {
            heap_remove(ts, 0);
        }
        heap_publish(ts);
        pthread_mutex_unlock(&ts->lock);
        fn(arg, seq);
        ran++;
        pthread_mutex_lock(&ts->lock);
    }
    pthread_mutex_unlock(&ts->lock);
    return ran;
}

bool timers_verify(Timers *ts) {
    bool ok = true;
    pthread_mutex_lock(&ts->lock);
    for (int32_t i = 0; i < ts->len && ok; i++) {
        Timer *t = ts->heap[i];
        if (t->index != i || atomic_load(&t->heap) != ts) ok = false;
        if (i > 0 && t->when < ts->heap[(i - 1) / 4]->when) ok = false;
    }
    if (ok && atomic_load(&ts->next) != (ts->len ? ts->heap[0]->when : INT64_MAX)) ok = false;
    if (ok && atomic_load(&ts->count) != ts->len) ok = false;
    pthread_mutex_unlock(&ts->lock);
    return ok;
}
