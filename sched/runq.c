/* runq.c — the local run queue of a P and the global run queue.
 *
 * The design is Go's (runtime/proc.go, "Local runq" and "Global runq"
 * sections; runtime/runtime2.go type p and type schedt):
 *
 *   runq_put       runqput      owner only; runnext by exchange; full ring ->
 *   (put_slow)     runqputslow  half the ring + g go to the global queue
 *   runq_get       runqget      owner only; runnext first, then the head
 *   (grab)         runqgrab     any P; copies half of a victim's ring out
 *   runq_steal     runqsteal    a thief grabs straight into its own ring
 *   runq_drain     runqdrain    owner only; empties the queue
 *   runq_empty     runqempty    any P; consistent emptiness check
 *   globrunq_put   globrunqput, globrunqputhead, globrunqputbatch
 *   globrunq_get   globrunqget  one G to run + a fair share into the local ring
 *
 * Why the local ring is safe without a lock (single producer, many
 * consumers):
 *
 *   - Only the owner writes slots and `tail`. It writes slot tail%256 first
 *     and then publishes it with a release store of `tail`; a consumer loads
 *     `tail` with acquire, so the slots it then reads hold the G's written.
 *   - Consumers (the owner's runq_get, thieves' grab) claim slots by CASing
 *     `head` from h to h+n. They read the slots before the CAS; if the CAS
 *     fails, someone else claimed them and the copies are thrown away. A
 *     successful CAS is a release, and the owner loads `head` with acquire
 *     before reusing slots, so a slot is never overwritten while a consumer
 *     that will win is still reading it.
 *   - A consumer with a stale `head` may read a slot the owner is rewriting;
 *     its CAS then fails. The slots are _Atomic (relaxed) so that this race
 *     is defined behaviour in C11 — in Go it is a benign race.
 *   - runnext: only the owner makes it non-NULL (exchange); anyone may CAS it
 *     back to NULL, and whoever wins the CAS owns the G.
 *
 * The global queue is a plain ring under a mutex. globrunq_get moves G's into
 * the local ring after dropping that mutex, so a runq_put that overflows back
 * into the global queue cannot self-deadlock.
 */
#include "runq.h"

#include <gc.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#define RUNQ_MASK (RUNQ_SIZE - 1)

_Static_assert((RUNQ_SIZE & RUNQ_MASK) == 0, "RUNQ_SIZE must be a power of two");

/* A broken invariant of the scheduler: Go's throw. */
static _Noreturn void runq_throw(const char *msg) {
    fprintf(stderr, "fatal error: %s\n", msg);
    abort();
}

static inline struct G *slot_load(RunQ *q, uint32_t i) {
    return atomic_load_explicit(&q->slots[i & RUNQ_MASK], memory_order_relaxed);
}

static inline void slot_store(RunQ *q, uint32_t i, struct G *g) {
    atomic_store_explicit(&q->slots[i & RUNQ_MASK], g, memory_order_relaxed);
}

/* ---- global run queue ------------------------------------------------- */

void globrunq_init(GlobRunQ *gq, int nprocs) {
    pthread_mutex_init(&gq->lock, NULL);
    gq->buf = NULL;
    gq->cap = 0;
    gq->head = 0;
    atomic_init(&gq->size, 0);
    atomic_init(&gq->nprocs, nprocs > 0 ? nprocs : 1);
}

void globrunq_destroy(GlobRunQ *gq) {
    if (gq->buf) GC_FREE(gq->buf);
    gq->buf = NULL;
    gq->cap = gq->head = 0;
    atomic_store(&gq->size, 0);
    pthread_mutex_destroy(&gq->lock);
}

void globrunq_set_nprocs(GlobRunQ *gq, int nprocs) {
    atomic_store_explicit(&gq->nprocs, nprocs > 0 ? nprocs : 1, memory_order_relaxed);
}

/* Makes room for `more` G's. gq->lock must be held. */
static void glob_reserve(GlobRunQ *gq, uint32_t more) {
    uint32_t size = atomic_load_explicit(&gq->size, memory_order_relaxed);
    if (size + more <= gq->cap) return;
    uint32_t cap = gq->cap ? gq->cap : 64;
    while (cap < size + more) {
        if (cap > UINT32_MAX / 2) runq_throw("global run queue overflow");
        cap *= 2;
    }
    /* Scanned, never collected: the G's here must stay alive. */
    struct G **nb = GC_MALLOC_UNCOLLECTABLE(sizeof *nb * cap);
    if (!nb) runq_throw("out of memory allocating the global run queue");
    for (uint32_t i = 0; i < size; i++)
        nb[i] = gq->buf[(gq->head + i) % gq->cap];
    if (gq->buf) GC_FREE(gq->buf);
    gq->buf = nb;
    gq->cap = cap;
    gq->head = 0;
}

/* gq->lock must be held; room reserved. */
static inline void glob_push_back(GlobRunQ *gq, struct G *g) {
    uint32_t size = atomic_load_explicit(&gq->size, memory_order_relaxed);
    gq->buf[(gq->head + size) % gq->cap] = g;
    atomic_store_explicit(&gq->size, size + 1, memory_order_relaxed);
}

void globrunq_put(GlobRunQ *gq, struct G *g) {
    pthread_mutex_lock(&gq->lock);
    glob_reserve(gq, 1);
    glob_push_back(gq, g);
    pthread_mutex_unlock(&gq->lock);
}

void globrunq_put_head(GlobRunQ *gq, struct G *g) {
    pthread_mutex_lock(&gq->lock);
    glob_reserve(gq, 1);
    gq->head = (gq->head + gq->cap - 1) % gq->cap;
    gq->buf[gq->head] = g;
    atomic_store_explicit(&gq->size, atomic_load_explicit(&gq->size, memory_order_relaxed) + 1,
                          memory_order_relaxed);
    pthread_mutex_unlock(&gq->lock);
}

void globrunq_put_batch(GlobRunQ *gq, struct G **gs, uint32_t n) {
    if (n == 0) return;
    pthread_mutex_lock(&gq->lock);
    glob_reserve(gq, n);
    for (uint32_t i = 0; i < n; i++) glob_push_back(gq, gs[i]);
    pthread_mutex_unlock(&gq->lock);
}

struct G *globrunq_get(RunQ *q, int max) {
    GlobRunQ *gq = q->global;
    if (atomic_load_explicit(&gq->size, memory_order_relaxed) == 0) return NULL;   /* a hint; rechecked */

    struct G *batch[RUNQ_SIZE / 2];
    pthread_mutex_lock(&gq->lock);
    uint32_t size = atomic_load_explicit(&gq->size, memory_order_relaxed);
    if (size == 0) {
        pthread_mutex_unlock(&gq->lock);
        return NULL;
    }
    /* Go: n = min(runqsize/gomaxprocs + 1, runqsize, max, len(runq)/2) */
    uint32_t nprocs = (uint32_t)atomic_load_explicit(&gq->nprocs, memory_order_relaxed);
    uint32_t n = size / nprocs + 1;
    if (n > size) n = size;
    if (max > 0 && n > (uint32_t)max) n = (uint32_t)max;
    if (n > RUNQ_SIZE / 2) n = RUNQ_SIZE / 2;
    for (uint32_t i = 0; i < n; i++) {
        batch[i] = gq->buf[gq->head];
        gq->buf[gq->head] = NULL;          /* let the collector forget it */
        gq->head = (gq->head + 1) % gq->cap;
    }
    atomic_store_explicit(&gq->size, size - n, memory_order_relaxed);
    pthread_mutex_unlock(&gq->lock);

    for (uint32_t i = 1; i < n; i++) runq_put(q, batch[i], false);
    return batch[0];
}

/* ---- local run queue --------------------------------------------------- */

void runq_init(RunQ *q, GlobRunQ *global) {
    atomic_init(&q->head, 0);
    atomic_init(&q->tail, 0);
    atomic_init(&q->runnext, NULL);
    atomic_init(&q->owner_running, false);
    q->global = global;
    for (uint32_t i = 0; i < RUNQ_SIZE; i++) atomic_init(&q->slots[i], NULL);
}

/* The ring is full: move its first half and g to the global queue, so that
 * the next puts are cheap again (Go's runqputslow). Returns false if a
 * consumer moved the head meanwhile; then the caller retries the put.
 * Caller: q's owner, having seen head h and tail t with t - h == RUNQ_SIZE. */
static bool runq_put_slow(RunQ *q, struct G *g, uint32_t h, uint32_t t) {
    struct G *batch[RUNQ_SIZE / 2 + 1];
    uint32_t n = (t - h) / 2;
    if (n != RUNQ_SIZE / 2) runq_throw("runqputslow: queue is not full");
    for (uint32_t i = 0; i < n; i++) batch[i] = slot_load(q, h + i);
    if (!atomic_compare_exchange_strong_explicit(&q->head, &h, h + n, memory_order_acq_rel,
                                                 memory_order_relaxed))
        return false;
    batch[n] = g;
    globrunq_put_batch(q->global, batch, n + 1);
    return true;
}

void runq_put(RunQ *q, struct G *g, bool next) {
    if (next) {
        /* Only the owner stores non-NULL, so an exchange is Go's CAS loop. */
        g = atomic_exchange_explicit(&q->runnext, g, memory_order_acq_rel);
        if (g == NULL) return;
        /* Kick the old runnext out to the regular queue. */
    }
    for (;;) {
        uint32_t h = atomic_load_explicit(&q->head, memory_order_acquire);   /* sync with consumers */
        uint32_t t = atomic_load_explicit(&q->tail, memory_order_relaxed);   /* only we write it */
        if (t - h < RUNQ_SIZE) {
            slot_store(q, t, g);
            atomic_store_explicit(&q->tail, t + 1, memory_order_release);    /* publish the slot */
            return;
        }
        if (runq_put_slow(q, g, h, t)) return;
        /* A consumer took some; the ring is no longer full. Retry. */
    }
}

struct G *runq_get(RunQ *q, bool *inherit_time) {
    /* A non-NULL runnext can only be lost to a thief, so one CAS suffices. */
    struct G *next = atomic_load_explicit(&q->runnext, memory_order_relaxed);
    if (next && atomic_compare_exchange_strong_explicit(&q->runnext, &next, NULL, memory_order_acq_rel,
                                                        memory_order_relaxed)) {
        if (inherit_time) *inherit_time = true;
        return next;
    }
    if (inherit_time) *inherit_time = false;
    for (;;) {
        uint32_t h = atomic_load_explicit(&q->head, memory_order_acquire);   /* sync with other consumers */
        uint32_t t = atomic_load_explicit(&q->tail, memory_order_relaxed);
        if (t == h) return NULL;
        struct G *g = slot_load(q, h);
        if (atomic_compare_exchange_weak_explicit(&q->head, &h, h + 1, memory_order_acq_rel,
                                                  memory_order_relaxed))
            return g;
    }
}

/* Copies half (rounded up) of src's G's into dst's ring at dst_tail, without
 * publishing them, and claims them from src by CAS on its head; if src's ring
 * is empty and steal_runnext, takes src's runnext instead (Go's runqgrab).
 * Returns the number copied. Caller: dst's owner; any src. */
static uint32_t runq_grab(RunQ *src, RunQ *dst, uint32_t dst_tail, bool steal_runnext) {
    for (;;) {
        uint32_t h = atomic_load_explicit(&src->head, memory_order_acquire);  /* sync with other consumers */
        uint32_t t = atomic_load_explicit(&src->tail, memory_order_acquire);  /* sync with the producer */
        uint32_t n = t - h;
        n = n - n / 2;
        if (n == 0) {
            if (!steal_runnext) return 0;
            struct G *next = atomic_load_explicit(&src->runnext, memory_order_acquire);
            if (next == NULL) return 0;
            if (atomic_load_explicit(&src->owner_running, memory_order_relaxed)) {
                /* The running G on src may have just readied `next` and be
                 * about to block; give src 3 µs to run it itself rather than
                 * bounce it between Ps (Go: a chan hand-off takes ~50 ns, so
                 * this is a 50x overshoot). */
                usleep(3);
            }
            if (!atomic_compare_exchange_strong_explicit(&src->runnext, &next, NULL, memory_order_acq_rel,
                                                         memory_order_relaxed))
                continue;
            slot_store(dst, dst_tail, next);
            return 1;
        }
        if (n > RUNQ_SIZE / 2) continue;   /* read an inconsistent h and t */
        for (uint32_t i = 0; i < n; i++) slot_store(dst, dst_tail + i, slot_load(src, h + i));
        if (atomic_compare_exchange_strong_explicit(&src->head, &h, h + n, memory_order_acq_rel,
                                                    memory_order_relaxed))
            return n;
    }
}

struct G *runq_steal(RunQ *dst, RunQ *src, bool steal_runnext) {
    uint32_t t = atomic_load_explicit(&dst->tail, memory_order_relaxed);
    uint32_t n = runq_grab(src, dst, t, steal_runnext);
    if (n == 0) return NULL;
    n--;
    struct G *g = slot_load(dst, t + n);   /* the last one stolen runs now */
    if (n == 0) return g;
    uint32_t h = atomic_load_explicit(&dst->head, memory_order_acquire);
    if (t - h + n >= RUNQ_SIZE) runq_throw("runqsteal: runq overflow");
    atomic_store_explicit(&dst->tail, t + n, memory_order_release);
    return g;
}

uint32_t runq_drain(RunQ *q, struct G **out) {
    uint32_t n = 0;
    struct G *next = atomic_exchange_explicit(&q->runnext, NULL, memory_order_acq_rel);
    if (next) out[n++] = next;
    for (;;) {
        uint32_t h = atomic_load_explicit(&q->head, memory_order_acquire);
        uint32_t t = atomic_load_explicit(&q->tail, memory_order_relaxed);
        uint32_t qn = t - h;
        if (qn == 0) return n;
        if (qn > RUNQ_SIZE) continue;   /* inconsistent read; Go retries too */
        /* Claim first, then copy: once head has moved, no thief can take them
         * and only we write slots. */
        if (!atomic_compare_exchange_strong_explicit(&q->head, &h, h + qn, memory_order_acq_rel,
                                                     memory_order_relaxed))
            continue;
        for (uint32_t i = 0; i < qn; i++) out[n++] = slot_load(q, h + i);
        return n;
    }
}

bool runq_empty(RunQ *q) {
    /* Go's runqempty: a put that kicks runnext to the tail moves a G from
     * runnext to the ring; read tail, runnext, tail again so that the G is
     * not missed in flight. */
    for (;;) {
        uint32_t h = atomic_load_explicit(&q->head, memory_order_acquire);
        uint32_t t = atomic_load_explicit(&q->tail, memory_order_acquire);
        struct G *next = atomic_load_explicit(&q->runnext, memory_order_acquire);
        if (atomic_load_explicit(&q->tail, memory_order_acquire) == t)
            return h == t && next == NULL;
    }
}

uint32_t runq_len(RunQ *q) {
    uint32_t h = atomic_load_explicit(&q->head, memory_order_acquire);
    uint32_t t = atomic_load_explicit(&q->tail, memory_order_acquire);
    uint32_t n = t - h;
    if (n > RUNQ_SIZE) n = RUNQ_SIZE;   /* a torn snapshot */
    return n + (atomic_load_explicit(&q->runnext, memory_order_relaxed) != NULL);
}
