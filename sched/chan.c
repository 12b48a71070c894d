/* chan.c — channels and select (see chan.h for the interface).
 *
 * Follows Go's runtime/chan.go and runtime/select.go. Glossary:
 *
 *   Hchan     a channel: a ring buffer of dataqsiz Values (none when
 *             unbuffered), the queues of blocked receivers (recvq) and
 *             senders (sendq), the closed flag, and a lock.
 *   waiter    a ChanWaiter: the Sudog of scheduler.h plus the value it
 *             hands over. One per blocked operation; a select queues one
 *             per case, chained through Sudog.waitlink.
 *   SelState  what the waiters of one blocked select share: the flag the
 *             first waker CASes 0 -> 1 to win the goroutine, the winner,
 *             and the channels in lock order.
 *
 * Invariants, each holding while c's lock is held:
 *   - At most one of c->sendq and c->recvq is non-empty, except for waiters
 *     of selects that a waker has already won (they are skipped and dropped
 *     by dequeue) and for one select waiting to send and receive on c.
 *   - qcount > 0 only if no receiver waits; qcount < dataqsiz only if no
 *     sender waits. Values leave the buffer in the order they entered.
 *   - A closed channel has no waiting senders, and receivers wait only
 *     while it is open.
 *   - A waiter is in a queue iff w->queued; only the holder of the
 *     channel's lock changes that.
 *
 * Lock order: several channel locks are only ever taken by a select, in
 * increasing address order, each once; every other operation takes one.
 * No channel lock is held while another kind of lock is taken, except the
 * scheduler's own inside sched_park (which releases the channel locks
 * through its unlock callback once the goroutine is marked waiting).
 *
 * A waker never writes into the parked goroutine's stack: it stores the
 * value in the waiter and readies the goroutine, which copies it into its
 * registers in chan_resume. So a parked goroutine's stack may be moved or
 * shrunk at any time.
 */
#include "chan.h"

#include <gc.h>
#include <stdatomic.h>
#include "park.h"
#include "scheduler.h"

typedef struct ChanWaiter ChanWaiter;

typedef struct WaitQ {
    ChanWaiter *first, *last;
} WaitQ;

struct Hchan {
    FutexLock lock;
    _Atomic int64_t qcount;    /* values in the buffer; written under lock, read by len() without it */
    int64_t dataqsiz;          /* the buffer's size: cap(c) */
    Value *buf;
    int64_t sendx, recvx;      /* where the next send writes and the next receive reads */
    bool closed;
    bool timer;                /* a time.Timer's or Ticker's C: len and cap are 0, as in Go 1.23+ */
    int32_t agg_slots;         /* an aggregate element's size in slots, or -1 */
    WaitQ recvq, sendq;
};

typedef struct SelState {
    _Atomic uint32_t done;     /* Sudog.selectdone points here */
    ChanWaiter *winner;        /* set by the waker that won done */
    Hchan **locks;             /* the distinct channels, in lock order */
    int nlocks;
    size_t index_slot;
    ChanWaiter *waiters;       /* one per case on a channel, in lock order */
} SelState;

struct ChanWaiter {
    Sudog sg;                  /* first: g->waiting points at it. obj: the channel;
                                * ticket: the case index in a select; slot: where a
                                * received value goes (CHAN_NO_SLOT: nowhere) */
    Value elem;                /* the value being sent, or handed to a receiver */
    size_t ok_slot;            /* receive: where ok goes, or CHAN_NO_SLOT */
    bool send;
    bool queued;
    SelState *sel;             /* NULL unless the waiter belongs to a select */
};

static inline ChanWaiter *waiter_of(Sudog *s) { return (ChanWaiter *)(void *)s; }

/* the channel lock: a FutexLock (park.h, Go's lock_futex.go) */
static void chan_lock(Hchan *c) { futex_lock(&c->lock); }
static void chan_unlock(Hchan *c) { futex_unlock(&c->lock); }

/* sched_park's unlock callback for a single channel. */
static bool park_unlock_chan(G *g, void *arg) {
    (void)g;
    chan_unlock(arg);
    return true;
}

/* ---- select's poll order: the scheduler's random numbers (reproducible
 * under -sched-seed) ---- */

static uint32_t cheaprandn(uint32_t n) {
    uint32_t r = (uint32_t)(sched_rand() >> 32);
    return (uint32_t)(((uint64_t)r * n) >> 32);  /* Lemire's reduction, as Go's cheaprandn */
}

/* ---- wait queues (c locked) ---- */

static void waitq_enqueue(WaitQ *q, ChanWaiter *w) {
    w->sg.next = NULL;
    w->sg.prev = q->last ? &q->last->sg : NULL;
    if (q->last) q->last->sg.next = &w->sg;
    else q->first = w;
    q->last = w;
    w->queued = true;
}

static void waitq_remove(WaitQ *q, ChanWaiter *w) {
    if (!w->queued) return;
    ChanWaiter *prev = w->sg.prev ? waiter_of(w->sg.prev) : NULL;
    ChanWaiter *next = w->sg.next ? waiter_of(w->sg.next) : NULL;
    if (prev) prev->sg.next = w->sg.next;
    else q->first = next;
    if (next) next->sg.prev = w->sg.prev;
    else q->last = prev;
    w->sg.next = w->sg.prev = NULL;
    w->queued = false;
}

/* Takes the first waiter that can still be woken: a select's waiter whose
 * goroutine another case has already won is dropped (Go's waitq.dequeue).
 * For a select's waiter, records it as the winner. */
static ChanWaiter *waitq_dequeue(WaitQ *q) {
    for (;;) {
        ChanWaiter *w = q->first;
        if (!w) return NULL;
        waitq_remove(q, w);
        if (w->sel) {
            uint32_t expect = 0;
            if (!atomic_compare_exchange_strong_explicit(&w->sel->done, &expect, 1,
                                                         memory_order_acq_rel, memory_order_relaxed))
                continue;
            w->sel->winner = w;
        }
        return w;
    }
}

/* ---- channels ---- */

Hchan *chan_make(int64_t size, int32_t agg_slots, bool has_pointers) {
    if (size < 0 || size > CHAN_MAX_SIZE) return NULL;
    Hchan *c = GC_MALLOC(sizeof *c);
    if (!c) return NULL;
    if (size > 0) {
        size_t bytes = sizeof(Value) * (size_t)size;
        c->buf = has_pointers ? GC_MALLOC(bytes) : GC_MALLOC_ATOMIC(bytes);
        if (!c->buf) return NULL;
    }
    c->dataqsiz = size;
    c->agg_slots = agg_slots;
    return c;
}

int64_t chan_len(const Hchan *c) {
    return c && !c->timer ? atomic_load_explicit(&((Hchan *)c)->qcount, memory_order_relaxed) : 0;
}

int64_t chan_cap(const Hchan *c) { return c && !c->timer ? c->dataqsiz : 0; }

void chan_mark_timer(Hchan *c) { c->timer = true; }

/* The zero value of c's element type: a fresh block for an aggregate. */
static Value chan_zero(const Hchan *c) {
    Value v = { 0 };
    if (c->agg_slots >= 0) v.p = GC_MALLOC(sizeof(Value) * (size_t)(c->agg_slots ? c->agg_slots : 1));
    return v;
}

static inline void qcount_add(Hchan *c, int64_t d) {
    atomic_store_explicit(&c->qcount, atomic_load_explicit(&c->qcount, memory_order_relaxed) + d,
                          memory_order_relaxed);
}

/* Buffer operations (c locked; room or a value there). */
static void buf_put(Hchan *c, Value v) {
    c->buf[c->sendx] = v;
    if (++c->sendx == c->dataqsiz) c->sendx = 0;
    qcount_add(c, 1);
}

static Value buf_take(Hchan *c) {
    Value v = c->buf[c->recvx];
    c->buf[c->recvx] = (Value){ 0 };   /* let the collector have it */
    if (++c->recvx == c->dataqsiz) c->recvx = 0;
    qcount_add(c, -1);
    return v;
}

/* Go's send(): hands v to the dequeued receiver r (c locked). The caller
 * unlocks c, then readies r->sg.g. */
static void send_to(ChanWaiter *r, Value v) {
    r->elem = v;
    r->sg.success = true;
}

/* Go's recv(): takes a value from the dequeued sender s (c locked): its own
 * value when c is unbuffered, else the buffer's head, the sender's value
 * going to the tail (the buffer is full, so that is the same place). The
 * caller unlocks c, then readies s->sg.g. */
static Value recv_from(Hchan *c, ChanWaiter *s) {
    Value v;
    if (c->dataqsiz == 0) {
        v = s->elem;
    } else {
        v = c->buf[c->recvx];
        c->buf[c->recvx] = s->elem;
        if (++c->recvx == c->dataqsiz) c->recvx = 0;
        c->sendx = c->recvx;
    }
    s->elem = (Value){ 0 };
    s->sg.success = true;
    return v;
}

static void waiter_init(ChanWaiter *w, G *g, Hchan *c, bool send) {
    w->sg.g = g;
    w->sg.obj = c;
    w->sg.slot = CHAN_NO_SLOT;
    w->ok_slot = CHAN_NO_SLOT;
    w->send = send;
}

static ChanWaiter *waiter_new(G *g, Hchan *c, bool send) {
    ChanWaiter *w = GC_MALLOC(sizeof *w);
    waiter_init(w, g, c, send);
    return w;
}

static inline void store_slot(G *g, size_t slot, Value v) {
    if (slot != CHAN_NO_SLOT) g->stack[slot] = v;
}

static inline void store_ok(G *g, size_t slot, bool ok) {
    if (slot != CHAN_NO_SLOT) g->stack[slot].i = ok;
}

/* chansend: c <- v */
NatStatus chan_send(G *g, Hchan *c, Value v) {
    if (!c) {
        sched_park(g, "chan send (nil chan)", NULL, NULL);
        return NAT_PARK;
    }
    chan_lock(c);
    if (c->closed) {
        chan_unlock(c);
        return vm_runtime_error_plain(g, "send on closed channel");
    }
    ChanWaiter *r = waitq_dequeue(&c->recvq);
    if (r) {
        /* A receiver waits: hand v over directly, bypassing the buffer. */
        send_to(r, v);
        chan_unlock(c);
        sched_ready(r->sg.g);
        return NAT_OK;
    }
    if (atomic_load_explicit(&c->qcount, memory_order_relaxed) < c->dataqsiz) {
        buf_put(c, v);
        chan_unlock(c);
        return NAT_OK;
    }
    ChanWaiter *w = waiter_new(g, c, true);
    w->elem = v;
    waitq_enqueue(&c->sendq, w);
    g->waiting = &w->sg;
    sched_park(g, "chan send", park_unlock_chan, c);
    return NAT_PARK;
}

/* chanrecv: v, ok := <-c */
NatStatus chan_recv(G *g, Hchan *c, size_t slot, size_t ok_slot) {
    if (!c) {
        sched_park(g, "chan receive (nil chan)", NULL, NULL);
        return NAT_PARK;
    }
    chan_lock(c);
    ChanWaiter *s = waitq_dequeue(&c->sendq);
    if (s) {
        Value v = recv_from(c, s);
        chan_unlock(c);
        sched_ready(s->sg.g);
        store_slot(g, slot, v);
        store_ok(g, ok_slot, true);
        return NAT_OK;
    }
    if (atomic_load_explicit(&c->qcount, memory_order_relaxed) > 0) {
        Value v = buf_take(c);
        chan_unlock(c);
        store_slot(g, slot, v);
        store_ok(g, ok_slot, true);
        return NAT_OK;
    }
    if (c->closed) {
        chan_unlock(c);
        store_slot(g, slot, chan_zero(c));
        store_ok(g, ok_slot, false);
        return NAT_OK;
    }
    ChanWaiter *w = waiter_new(g, c, false);
    w->sg.slot = slot;
    w->ok_slot = ok_slot;
    waitq_enqueue(&c->recvq, w);
    g->waiting = &w->sg;
    sched_park(g, "chan receive", park_unlock_chan, c);
    return NAT_PARK;
}

/* closechan: wakes every waiting receiver (they get the zero value and
 * ok == false) and every waiting sender (they panic). Returns the list of
 * goroutines to ready, linked through Sudog.next (c locked). */
static ChanWaiter *close_locked(Hchan *c) {
    ChanWaiter *list = NULL;
    c->closed = true;
    ChanWaiter *w;
    while ((w = waitq_dequeue(&c->recvq))) {
        w->elem = (Value){ 0 };
        w->sg.success = false;
        w->sg.next = list ? &list->sg : NULL;
        list = w;
    }
    while ((w = waitq_dequeue(&c->sendq))) {
        w->elem = (Value){ 0 };
        w->sg.success = false;
        w->sg.next = list ? &list->sg : NULL;
        list = w;
    }
    return list;
}

static void ready_list(ChanWaiter *list) {
    while (list) {
        ChanWaiter *next = list->sg.next ? waiter_of(list->sg.next) : NULL;
        list->sg.next = NULL;
        sched_ready(list->sg.g);
        list = next;
    }
}

NatStatus chan_close(G *g, Hchan *c) {
    if (!c) return vm_runtime_error_plain(g, "close of nil channel");
    chan_lock(c);
    if (c->closed) {
        chan_unlock(c);
        return vm_runtime_error_plain(g, "close of closed channel");
    }
    ChanWaiter *list = close_locked(c);
    chan_unlock(c);
    ready_list(list);
    return NAT_OK;
}

static NatStatus builtin_close_fn(G *g, Value *args) { return chan_close(g, args[0].p); }

const NativeDesc builtin_close = { "builtin", "close", builtin_close_fn };

int chan_close_raw(Hchan *c) {
    if (!c) return 2;
    chan_lock(c);
    if (c->closed) {
        chan_unlock(c);
        return 1;
    }
    ChanWaiter *list = close_locked(c);
    chan_unlock(c);
    ready_list(list);
    return 0;
}

bool chan_try_send(Hchan *c, Value v) {
    if (!c) return false;
    chan_lock(c);
    if (c->closed) {
        chan_unlock(c);
        return false;
    }
    ChanWaiter *r = waitq_dequeue(&c->recvq);
    if (r) {
        send_to(r, v);
        chan_unlock(c);
        sched_ready(r->sg.g);
        return true;
    }
    bool room = atomic_load_explicit(&c->qcount, memory_order_relaxed) < c->dataqsiz;
    if (room) buf_put(c, v);
    chan_unlock(c);
    return room;
}

bool chan_try_recv(Hchan *c, Value *v, bool *ok) {
    if (!c) return false;
    bool got = true, received = true;
    chan_lock(c);
    ChanWaiter *s = waitq_dequeue(&c->sendq);
    if (s) {
        *v = recv_from(c, s);
        chan_unlock(c);
        sched_ready(s->sg.g);
    } else if (atomic_load_explicit(&c->qcount, memory_order_relaxed) > 0) {
        *v = buf_take(c);
        chan_unlock(c);
    } else {
        if (c->closed) {
            received = false;
            *v = chan_zero(c);
        } else {
            got = false;
        }
        chan_unlock(c);
    }
    if (got && ok) *ok = received;
    return got;
}

/* ---- select ---- */

/* Sorts idx[0..n) by the address of cases[idx[i]].c: an insertion sort for
 * a few cases, else a heap sort, n log n without recursion (Go's lockorder). */
static inline uintptr_t case_key(const SelCase *cases, int i) { return (uintptr_t)cases[i].c; }

static void sift_down(const SelCase *cases, int *idx, int root, int n) {
    for (;;) {
        int child = 2 * root + 1;
        if (child >= n) return;
        if (child + 1 < n && case_key(cases, idx[child + 1]) > case_key(cases, idx[child])) child++;
        if (case_key(cases, idx[child]) <= case_key(cases, idx[root])) return;
        int t = idx[root];
        idx[root] = idx[child];
        idx[child] = t;
        root = child;
    }
}

static void sort_lockorder(const SelCase *cases, int *idx, int n) {
    if (n <= 16) {
        /* the common small select: insertion sort */
        for (int i = 1; i < n; i++) {
            int x = idx[i], j = i;
            uintptr_t key = case_key(cases, x);
            for (; j > 0 && case_key(cases, idx[j - 1]) > key; j--) idx[j] = idx[j - 1];
            idx[j] = x;
        }
        return;
    }
    for (int i = n / 2 - 1; i >= 0; i--) sift_down(cases, idx, i, n);
    for (int end = n - 1; end > 0; end--) {
        int t = idx[0];
        idx[0] = idx[end];
        idx[end] = t;
        sift_down(cases, idx, 0, end);
    }
}

static void sellock(const SelCase *cases, const int *lockorder, int n) {
    Hchan *prev = NULL;
    for (int i = 0; i < n; i++) {
        Hchan *c = cases[lockorder[i]].c;
        if (c != prev) chan_lock(c);
        prev = c;
    }
}

static void selunlock(const SelCase *cases, const int *lockorder, int n) {
    for (int i = n - 1; i >= 0; i--) {
        Hchan *c = cases[lockorder[i]].c;
        if (i > 0 && c == cases[lockorder[i - 1]].c) continue;  /* unlocked on the next round */
        chan_unlock(c);
    }
}

/* The SelState's channels are distinct and in lock order. */
static void selstate_lock(SelState *st) {
    for (int i = 0; i < st->nlocks; i++) chan_lock(st->locks[i]);
}

static void selstate_unlock(SelState *st) {
    for (int i = st->nlocks - 1; i >= 0; i--) chan_unlock(st->locks[i]);
}

/* sched_park's unlock callback for a select. The goroutine may be readied
 * (and run, and reuse st) as soon as the last lock is released, so st is
 * read before that. */
static bool park_unlock_select(G *g, void *arg) {
    (void)g;
    SelState *st = arg;
    Hchan **locks = st->locks;
    for (int i = st->nlocks - 1; i >= 0; i--) chan_unlock(locks[i]);
    return true;
}

enum { SEL_SMALL = 32 };

NatStatus chan_select(G *g, SelCase *cases, int ncases, bool block, size_t index_slot) {
    int small[2 * SEL_SMALL];
    int *pollorder = small, *lockorder = small + SEL_SMALL;
    if (ncases > SEL_SMALL) {
        pollorder = GC_MALLOC_ATOMIC(sizeof(int) * 2 * (size_t)ncases);
        lockorder = pollorder + ncases;
    }

    /* A random permutation of the cases on non-nil channels (insertion
     * Fisher-Yates, as selectgo builds pollorder). */
    int norder = 0;
    for (int i = 0; i < ncases; i++) {
        if (!cases[i].c) continue;
        uint32_t j = cheaprandn((uint32_t)norder + 1);
        pollorder[norder] = pollorder[j];
        pollorder[j] = i;
        norder++;
    }
    if (norder == 0) {
        if (!block) {
            g->stack[index_slot].i = -1;
            return NAT_OK;
        }
        /* select {} or a select whose channels are all nil: never ready */
        sched_park(g, ncases == 0 ? "select (no cases)" : "select", NULL, NULL);
        return NAT_PARK;
    }
    for (int k = 0; k < norder; k++) lockorder[k] = pollorder[k];
    sort_lockorder(cases, lockorder, norder);
    sellock(cases, lockorder, norder);

    /* pass 1: the first ready case in poll order */
    for (int k = 0; k < norder; k++) {
        int i = pollorder[k];
        SelCase *cs = &cases[i];
        Hchan *c = cs->c;
        if (!cs->send) {
            ChanWaiter *s = waitq_dequeue(&c->sendq);
            Value v;
            bool ok = true;
            if (s) {
                v = recv_from(c, s);
                selunlock(cases, lockorder, norder);
                sched_ready(s->sg.g);
            } else if (atomic_load_explicit(&c->qcount, memory_order_relaxed) > 0) {
                v = buf_take(c);
                selunlock(cases, lockorder, norder);
            } else if (c->closed) {
                selunlock(cases, lockorder, norder);
                v = chan_zero(c);
                ok = false;
            } else {
                continue;
            }
            store_slot(g, cs->slot, v);
            store_ok(g, cs->ok_slot, ok);
            g->stack[index_slot].i = i;
            return NAT_OK;
        }
        if (c->closed) {
            selunlock(cases, lockorder, norder);
            return vm_runtime_error_plain(g, "send on closed channel");
        }
        ChanWaiter *r = waitq_dequeue(&c->recvq);
        if (r) {
            send_to(r, cs->val);
            selunlock(cases, lockorder, norder);
            sched_ready(r->sg.g);
        } else if (atomic_load_explicit(&c->qcount, memory_order_relaxed) < c->dataqsiz) {
            buf_put(c, cs->val);
            selunlock(cases, lockorder, norder);
        } else {
            continue;
        }
        g->stack[index_slot].i = i;
        return NAT_OK;
    }

    if (!block) {
        selunlock(cases, lockorder, norder);
        g->stack[index_slot].i = -1;
        return NAT_OK;
    }

    /* pass 2: a waiter on every channel, in lock order; the state, the
     * waiters and the lock list are one allocation */
    size_t n = (size_t)norder;
    SelState *st = GC_MALLOC(sizeof *st + n * sizeof(ChanWaiter) + n * sizeof(Hchan *));
    st->index_slot = index_slot;
    st->waiters = (ChanWaiter *)(void *)(st + 1);
    st->locks = (Hchan **)(void *)(st->waiters + n);
    for (int k = 0; k < norder; k++) {
        Hchan *c = cases[lockorder[k]].c;
        if (st->nlocks == 0 || st->locks[st->nlocks - 1] != c) st->locks[st->nlocks++] = c;
    }
    Sudog **link = &g->waiting;
    for (int k = 0; k < norder; k++) {
        int i = lockorder[k];
        SelCase *cs = &cases[i];
        ChanWaiter *w = &st->waiters[k];
        waiter_init(w, g, cs->c, cs->send);
        w->sel = st;
        w->sg.is_select = true;
        w->sg.selectdone = &st->done;
        w->sg.ticket = i;
        if (cs->send) {
            w->elem = cs->val;
            waitq_enqueue(&cs->c->sendq, w);
        } else {
            w->sg.slot = cs->slot;
            w->ok_slot = cs->ok_slot;
            waitq_enqueue(&cs->c->recvq, w);
        }
        *link = &w->sg;
        link = &w->sg.waitlink;
    }
    *link = NULL;
    sched_park(g, "select", park_unlock_select, st);
    return NAT_PARK;
}

/* ---- after the park ---- */

NatStatus chan_resume(G *g) {
    ChanWaiter *w = waiter_of(g->waiting);
    g->waiting = NULL;
    if (!w->sel) {
        if (w->send) {
            if (!w->sg.success) return vm_runtime_error_plain(g, "send on closed channel");
            return NAT_OK;
        }
        Value v = w->sg.success ? w->elem : chan_zero(w->sg.obj);
        store_slot(g, w->sg.slot, v);
        store_ok(g, w->ok_slot, w->sg.success);
        return NAT_OK;
    }

    /* pass 3 of selectgo: off every other channel's queue */
    SelState *st = w->sel;
    selstate_lock(st);
    ChanWaiter *win = st->winner;
    for (Sudog *s = &w->sg; s; s = s->waitlink) {
        ChanWaiter *x = waiter_of(s);
        if (x == win) continue;
        Hchan *c = x->sg.obj;
        waitq_remove(x->send ? &c->sendq : &c->recvq, x);
    }
    selstate_unlock(st);
    if (!win) vm_bug("select woken without a winning case");
    g->stack[st->index_slot].i = win->sg.ticket;
    if (win->send) {
        if (!win->sg.success) return vm_runtime_error_plain(g, "send on closed channel");
        return NAT_OK;
    }
    Value v = win->sg.success ? win->elem : chan_zero(win->sg.obj);
    store_slot(g, win->sg.slot, v);
    store_ok(g, win->ok_slot, win->sg.success);
    return NAT_OK;
}
