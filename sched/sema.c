/* sema.c — semaphores and notify lists: Go's runtime/sema.go on the
 * park/ready layer.
 *
 * Glossary (Go's names in brackets):
 *   semaphore   a Go uint32 variable, one Value slot, zero-extended. Its
 *               count is changed only with atomic instructions.
 *   root        [semaRoot] one of SEMTAB_SIZE buckets; an address maps to
 *               root (addr >> 3) % SEMTAB_SIZE. A root has a lock, nwait
 *               (how many goroutines wait in it on a semaphore, read
 *               without the lock by the fast path of semrelease) and one SemaQueue per address
 *               that has waiters (Go keeps these in a treap; a short list
 *               does here, since few distinct addresses share a root).
 *   queue       the waiters on one address, a FIFO of Sudogs linked by
 *               next/prev; a mutex waiter that lost the race after being
 *               woken re-queues at the front (lifo).
 *   notify list [notifyList] sync.Cond's tickets: wait (tickets handed
 *               out) and notify (the next ticket to notify), two uint32
 *               slots of the Cond; its waiters are queued in the table,
 *               keyed by the list's address, each with its ticket.
 *
 * Invariants:
 *   - A goroutine is queued only with its root locked, and the root is
 *     unlocked by the park's unlock function once the goroutine has
 *     stopped (Go's goparkunlock): whoever dequeues it may ready it.
 *   - nwait is raised before a waiter re-checks the count and lowered
 *     when one is dequeued; semrelease adds to the count before it reads
 *     nwait (both sequentially consistent), so a wakeup is never missed.
 *   - All memory the table points to is GC_MALLOC'd, and the table is a
 *     static array the collector scans: a queued Sudog keeps its G and the
 *     object holding the semaphore alive.
 */
#include "sema.h"

#include <gc.h>
#include <stdatomic.h>
#include "park.h"
#include "scheduler.h"

#define SEMTAB_SIZE 251          /* a prime, as Go's semTabSize */

typedef struct SemaQueue {
    Value *addr;
    Sudog *head, *tail;
    struct SemaQueue *next;
} SemaQueue;

typedef struct SemaRoot {
    _Alignas(64) FutexLock lock;
    _Atomic uint32_t nwait;
    SemaQueue *queues;                    /* guarded by lock */
} SemaRoot;

static SemaRoot semtable[SEMTAB_SIZE];

static SemaRoot *root_for(const Value *addr) {
    return &semtable[((uintptr_t)addr >> 3) % SEMTAB_SIZE];
}

static void root_lock(SemaRoot *r) { futex_lock(&r->lock); }
static void root_unlock(SemaRoot *r) { futex_unlock(&r->lock); }

/* The park's unlock function: g has stopped, its root may be unlocked. */
static bool root_unlock_parked(G *g, void *arg) {
    (void)g;
    root_unlock(arg);
    return true;
}

/* ---- queues (root locked) ---- */

static SemaQueue *queue_find(SemaRoot *r, const Value *addr) {
    for (SemaQueue *q = r->queues; q; q = q->next)
        if (q->addr == addr) return q;
    return NULL;
}

static void queue_drop(SemaRoot *r, SemaQueue *q) {
    for (SemaQueue **pp = &r->queues; *pp; pp = &(*pp)->next) {
        if (*pp == q) {
            *pp = q->next;
            return;
        }
    }
}

/* Adds s to the waiters on addr: at the front when lifo, else at the end.
 * nwait counts semaphore waiters only; their callers keep it. */
static void root_queue(SemaRoot *r, Value *addr, Sudog *s, bool lifo) {
    SemaQueue *q = queue_find(r, addr);
    if (!q) {
        q = GC_MALLOC(sizeof *q);
        q->addr = addr;
        q->next = r->queues;
        r->queues = q;
    }
    s->next = s->prev = NULL;
    if (!q->head) {
        q->head = q->tail = s;
    } else if (lifo) {
        s->next = q->head;
        q->head->prev = s;
        q->head = s;
    } else {
        s->prev = q->tail;
        q->tail->next = s;
        q->tail = s;
    }
}

/* Takes s out of q (dropping q when it empties). */
static void root_unqueue(SemaRoot *r, SemaQueue *q, Sudog *s) {
    if (s->prev) s->prev->next = s->next;
    else q->head = s->next;
    if (s->next) s->next->prev = s->prev;
    else q->tail = s->prev;
    s->next = s->prev = NULL;
    if (!q->head) queue_drop(r, q);
}

/* ---- semaphores ---- */

/* Go's cansemacquire: takes one from a non-zero count. */
static bool cansemacquire(Value *addr) {
    uint64_t v = __atomic_load_n(&addr->u, __ATOMIC_SEQ_CST);
    while (v != 0) {
        if (__atomic_compare_exchange_n(&addr->u, &v, v - 1, true, __ATOMIC_SEQ_CST, __ATOMIC_SEQ_CST))
            return true;
    }
    return false;
}

bool semacquire(G *g, Value *addr, bool lifo, const char *reason, size_t slot) {
    if (cansemacquire(addr)) return true;
    SemaRoot *r = root_for(addr);
    Sudog *s = GC_MALLOC(sizeof *s);
    s->g = g;
    s->obj = addr;
    s->slot = slot;
    g->stack[slot].i = 0;
    root_lock(r);
    /* Count ourselves as a waiter before the last look, so that a release
     * adding to the count after it sees us (Go's comment in semacquire1). */
    atomic_fetch_add(&r->nwait, 1);
    if (cansemacquire(addr)) {
        atomic_fetch_sub(&r->nwait, 1);
        root_unlock(r);
        return true;
    }
    root_queue(r, addr, s, lifo);
    sched_park(g, reason, root_unlock_parked, r);
    return false;
}

bool semrelease(Value *addr, bool handoff) {
    SemaRoot *r = root_for(addr);
    uint64_t v = __atomic_load_n(&addr->u, __ATOMIC_RELAXED);
    while (!__atomic_compare_exchange_n(&addr->u, &v, (uint32_t)(v + 1), true, __ATOMIC_SEQ_CST,
                                        __ATOMIC_RELAXED)) {
    }
    /* Nobody waits: done. This look must come after the add, so that a
     * waiter that counted itself in nwait sees the new count. */
    if (atomic_load(&r->nwait) == 0) return false;
    root_lock(r);
    if (atomic_load(&r->nwait) == 0) {
        root_unlock(r);
        return false;
    }
    SemaQueue *q = queue_find(r, addr);
    Sudog *s = q ? q->head : NULL;
    if (s) {
        root_unqueue(r, q, s);
        atomic_fetch_sub(&r->nwait, 1);
    }
    root_unlock(r);
    if (!s) return false;
    bool handed = handoff && cansemacquire(addr);
    if (handed) s->g->stack[s->slot].i = 1;
    sched_ready(s->g);
    return handed;
}

/* ---- notify lists (sync.Cond) ---- */

/* Go's notifyList.less: a < b for tickets that wrap around. */
static bool ticket_less(uint32_t a, uint32_t b) { return (int32_t)(a - b) < 0; }

static uint32_t load32(Value *p) { return (uint32_t)__atomic_load_n(&p->u, __ATOMIC_SEQ_CST); }

uint32_t notifylist_add(Value *l) {
    uint64_t v = __atomic_load_n(&l[0].u, __ATOMIC_RELAXED);
    while (!__atomic_compare_exchange_n(&l[0].u, &v, (uint32_t)(v + 1), true, __ATOMIC_SEQ_CST,
                                        __ATOMIC_RELAXED)) {
    }
    return (uint32_t)v;
}

bool notifylist_wait(G *g, Value *l, uint32_t t) {
    SemaRoot *r = root_for(l);
    root_lock(r);
    if (ticket_less(t, load32(&l[1]))) {     /* already notified */
        root_unlock(r);
        return true;
    }
    Sudog *s = GC_MALLOC(sizeof *s);
    s->g = g;
    s->obj = l;
    s->ticket = t;
    root_queue(r, l, s, false);
    sched_park(g, "sync.Cond.Wait", root_unlock_parked, r);
    return false;
}

void notifylist_notify_one(Value *l) {
    if (load32(&l[0]) == load32(&l[1])) return;   /* no new waiters */
    SemaRoot *r = root_for(l);
    root_lock(r);
    uint32_t t = load32(&l[1]);
    if (t == load32(&l[0])) {
        root_unlock(r);
        return;
    }
    __atomic_store_n(&l[1].u, (uint32_t)(t + 1), __ATOMIC_SEQ_CST);
    /* The goroutine with ticket t may not have queued itself yet; then it
     * will see that it was notified and not park. */
    SemaQueue *q = queue_find(r, l);
    for (Sudog *s = q ? q->head : NULL; s; s = s->next) {
        if ((uint32_t)s->ticket == t) {
            root_unqueue(r, q, s);
            root_unlock(r);
            sched_ready(s->g);
            return;
        }
    }
    root_unlock(r);
}

void notifylist_notify_all(Value *l) {
    if (load32(&l[0]) == load32(&l[1])) return;
    SemaRoot *r = root_for(l);
    root_lock(r);
    SemaQueue *q = queue_find(r, l);
    Sudog *s = NULL;
    if (q) {
        s = q->head;
        queue_drop(r, q);
    }
    __atomic_store_n(&l[1].u, load32(&l[0]), __ATOMIC_SEQ_CST);
    root_unlock(r);
    while (s) {
        Sudog *next = s->next;
        s->next = s->prev = NULL;
        sched_ready(s->g);
        s = next;
    }
}
