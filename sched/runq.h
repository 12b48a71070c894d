/* runq.h — run queues: each P's lock-free local queue and the global queue.
 *
 * Follows Go's runtime/runtime2.go (p.runq, p.runnext, schedt.runq) and the
 * queue functions of runtime/proc.go (runqput, runqputslow, runqget,
 * runqgrab, runqsteal, globrunqput, globrunqget, runqempty). See runq.c for
 * the memory-ordering argument.
 *
 * Ownership:
 *   - A RunQ belongs to one P. Only the thread currently holding that P may
 *     call runq_put, runq_get, runq_steal (as the thief: dst is its own
 *     queue) and globrunq_get on it. Any thread may call runq_steal with
 *     the RunQ as the victim (src), and runq_empty / runq_len on it.
 *   - The GlobRunQ is shared; every function on it takes its own lock.
 *
 * The queues never look inside a G: `struct G` is opaque here, so this code
 * does not depend on the VM. A G must be in at most one queue at a time.
 *
 * Memory: a G that sits only in a queue must stay visible to the collector.
 * The global queue's buffer is allocated uncollectable-but-scanned
 * (GC_MALLOC_UNCOLLECTABLE); a RunQ must itself live in scanned memory (a P
 * allocated with GC_MALLOC_UNCOLLECTABLE, or static storage).
 */
#ifndef MINIGO_RUNQ_H
#define MINIGO_RUNQ_H

#include <pthread.h>
#include <stdalign.h>
#include <stdatomic.h>
#include <stdbool.h>
#include <stdint.h>

struct G;

/* The local ring's size: Go's len(p.runq) (runtime2.go). A power of two, so
 * that `i % RUNQ_SIZE` stays right when the uint32 indexes wrap. */
#define RUNQ_SIZE 256u

/* The global run queue (Go's sched.runq + sched.runqsize, under sched.lock):
 * an unbounded FIFO ring of G*, grown by doubling, behind its own mutex. */
typedef struct GlobRunQ {
    pthread_mutex_t lock;
    struct G **buf;            /* ring of cap slots; guarded by lock */
    uint32_t cap, head;        /* guarded by lock */
    _Atomic uint32_t size;     /* written under lock; may be read without it as a hint */
    _Atomic int32_t nprocs;    /* GOMAXPROCS, used to share the queue out (globrunq_get) */
} GlobRunQ;

/* One P's local run queue (Go's p.runqhead, p.runqtail, p.runq, p.runnext).
 *
 *   head  advanced by any consumer, by CAS (owner's get, thieves' grab)
 *   tail  advanced only by the owner, with a release store
 *   the G's in the queue are slots[head % RUNQ_SIZE .. tail % RUNQ_SIZE)
 *   runnext  set non-NULL only by the owner; any consumer may CAS it to NULL
 */
typedef struct RunQ {
    alignas(64) _Atomic uint32_t head;
    _Atomic uint32_t tail;
    _Atomic(struct G *) runnext;
    /* True while the owning P runs a G (Go's pp.status == _Prunning): a thief
     * about to take runnext backs off 3 µs first (runqgrab). Set by the
     * scheduler; false by default. */
    _Atomic bool owner_running;
    GlobRunQ *global;          /* where an overflowing put sends half the ring */
    _Atomic(struct G *) slots[RUNQ_SIZE];
} RunQ;

/* Global queue. */
void globrunq_init(GlobRunQ *gq, int nprocs);
void globrunq_destroy(GlobRunQ *gq);                  /* the queue must be empty or abandoned */
void globrunq_set_nprocs(GlobRunQ *gq, int nprocs);   /* GOMAXPROCS changed */
void globrunq_put(GlobRunQ *gq, struct G *g);         /* at the tail (Go's globrunqput) */
void globrunq_put_head(GlobRunQ *gq, struct G *g);    /* at the head (globrunqputhead) */
void globrunq_put_batch(GlobRunQ *gq, struct G **gs, uint32_t n); /* in order, at the tail */
/* Takes one G off the global queue and, as Go's globrunqget, moves a share
 * of the rest into q: n = min(size/nprocs + 1, size, max if > 0, 128); one
 * is returned, n-1 go into q with runq_put. NULL when the queue is empty.
 * Caller: q's owner. */
struct G *globrunq_get(RunQ *q, int max);
static inline uint32_t globrunq_size(GlobRunQ *gq) {
    return atomic_load_explicit(&gq->size, memory_order_relaxed);
}

/* Local queue. */
void runq_init(RunQ *q, GlobRunQ *global);            /* an empty queue */
/* Puts g on q (Go's runqput). With next, g goes into runnext and the G it
 * displaces, if any, to the tail. A full ring sends half of itself plus the
 * G being put to the global queue (runqputslow). Caller: q's owner. */
void runq_put(RunQ *q, struct G *g, bool next);
/* Takes the next G: runnext first, then the head (Go's runqget). Sets
 * *inherit_time (if not NULL) when the G came from runnext, which inherits
 * the rest of the current time slice. NULL when empty. Caller: q's owner. */
struct G *runq_get(RunQ *q, bool *inherit_time);
/* Steals half (rounded up) of src's ring into dst's, and returns one of the
 * stolen G's to run now (Go's runqsteal/runqgrab). With steal_runnext, an
 * empty ring's runnext may be taken instead. NULL when nothing was taken.
 * Caller: dst's owner; dst must hold fewer than RUNQ_SIZE/2 G's (findRunnable
 * steals only with an empty queue). */
struct G *runq_steal(RunQ *dst, RunQ *src, bool steal_runnext);
/* Moves every G of q (runnext included) into out[], which has room for
 * RUNQ_SIZE + 1; returns how many (Go's runqdrain, for procresize).
 * Caller: q's owner. */
uint32_t runq_drain(RunQ *q, struct G **out);
/* Whether q has no G, read consistently (Go's runqempty). Any thread. */
bool runq_empty(RunQ *q);
/* The number of G's in q, runnext included; a snapshot. Any thread. */
uint32_t runq_len(RunQ *q);

#endif
