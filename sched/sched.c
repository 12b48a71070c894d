/* sched.c — the G/M/P scheduler: Go's runtime/proc.go in miniature.
 *
 *   G  a goroutine (vm.h): all its state is data, so any M can run it.
 *   M  an OS thread (made through Boehm's GC_pthread_create) running
 *      schedule(): find a runnable G, vm_execute it until it returns,
 *      parks, yields or is preempted, and again.
 *   P  what an M needs to run Go code: a local run queue with runnext
 *      (runq.c) and a timer heap (timer.c). GOMAXPROCS of them are active.
 *
 * Finding work (find_runnable, Go's findRunnable): due timers of the own P;
 * the global queue once every 61 ticks; the local queue; the global
 * queue; then, as a spinning M, four rounds of stealing half a random
 * victim's queue (the last round also runs the victims' due timers and
 * may take their runnext). An M that finds nothing gives its P back and
 * sleeps on its note; one of the sleeping Ms sleeps only until the
 * earliest timer. A readied G goes into runnext and, when there is an idle
 * P and no spinning M, wakep starts an M to steal it (so work spreads
 * without busy-waiting).
 *
 * Preemption: sysmon, a thread of its own, looks at every P every few
 * milliseconds; a P that has run the same G (same schedtick) for 10 ms gets
 * that G's preempt flag set, and the VM stops at the next back-edge or
 * call. A preempted G goes to the global queue, as in Go.
 *
 * -Dstress_sched=true (MINIGO_STRESS_SCHED) shakes out ordering bugs: in
 * the preemptive mode every G starts its turn with the preempt flag set,
 * so it stops at its first back-edge or call; and a readied or new G goes
 * into runnext or to the tail of the queue at random (as -sched-seed does,
 * but seeded from the clock). -sched=coop and -sched=fifo keep their
 * meaning: coop never preempts, fifo never picks at random.
 *
 * Locks: sched.lock guards the idle P and M lists, P status changes and
 * GOMAXPROCS; run queues and timer heaps synchronize themselves. What
 * holds pointers to G's (P's, M's, allg) is allocated uncollectable, so
 * Boehm sees it (RUNTIME_FACTS C3: thread-locals and malloc memory are not
 * roots).
 */
#include <gc.h>
#include <poll.h>
#include <pthread.h>
#include <signal.h>
#include <stdatomic.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>
#include "chan.h"
#include "park.h"
#include "runq.h"
#include "gctrace.h"
#include "scheduler.h"
#include "trace.h"

#define MAX_PROCS 1024
#define FORCE_PREEMPT_NS 10000000   /* Go's forcePreemptNS: 10 ms */
#define GFREE_LOCAL_MAX 64

enum { P_IDLE, P_RUNNING, P_RETIRED };

typedef struct P {
    RunQ runq;                  /* first: it is cache-line aligned */
    Timers timers;
    int32_t id;
    int status;                 /* P_*, under sched.lock */
    _Atomic uint32_t schedtick; /* G's scheduled on it: sysmon and the 61-tick rule */
    struct M *_Atomic m;        /* the M holding it */
    struct P *link;             /* idle list */
    G *gfree;                   /* dead G's to reuse (Go's p.gFree) */
    int32_t ngfree;
    /* sysmon's view */
    uint32_t seen_tick;
    int64_t seen_when;
} P;

typedef struct M {
    int32_t id;
    Note park;
    P *p;                       /* the P it holds */
    P *nextp;                   /* handed over by startm */
    G *_Atomic curg;
    bool spinning;
    bool timer_sleeper;
    struct M *link;             /* idle list */
    uint64_t rng;
} M;

static struct {
    pthread_mutex_t lock;
    P *pidle;                   /* idle active P's */
    int32_t npidle;
    M *midle;                   /* idle M's */
    int32_t mcount;
    _Atomic int32_t nmspinning;
    _Atomic int32_t gomaxprocs;
    _Atomic int32_t nallp;      /* P's allocated (active and retired): stored after allp[i] is, read
                                   without the lock (timers, stealing, sysmon) */
    P **allp;
    M **allm;
    GlobRunQ runq;
    Program *prog;
    SchedMode mode;
    uint64_t seed;
    /* all G's ever made, for the deadlock report; dead ones are reused */
    pthread_mutex_t glock;
    G **allg;
    int64_t nallg, allg_cap;
    G *gfree;                   /* the global free list, under glock (stored with
                                   __atomic_store_n: gget peeks at it unlocked) */
    _Atomic int64_t goid;
    _Atomic int64_t ngoroutines;
    /* goroutines parked until a thread outside the scheduler readies them
     * (sched_external_begin): checkdead waits while there are any */
    _Atomic int64_t nexternal;
    /* the M sleeping until the earliest timer (under lock) */
    M *sleeper;
    _Atomic int64_t sleep_until;
    pthread_mutex_t exitlock;
    bool main_goexit;           /* goroutine 1 ended by runtime.Goexit */
    /* the REPL (sched_start): no M on the caller's thread; the goroutine
     * running the current input, and how it ended (under lock) */
    bool host;
    G *input;
    InputEnd input_end;
    Note input_done;
    void (*exit_hook)(void);
} sched = { .lock = PTHREAD_MUTEX_INITIALIZER, .glock = PTHREAD_MUTEX_INITIALIZER,
            .exitlock = PTHREAD_MUTEX_INITIALIZER };

static _Thread_local M *cur_m;

#ifdef MINIGO_STRESS_SCHED
#define STRESS_SCHED true
#else
#define STRESS_SCHED false
#endif

/* Debug counters, printed at exit with MINIGO_SCHEDSTATS=1 (how stealing
 * and preemption can be seen to happen). */
static struct {
    _Atomic uint64_t steals, stolen_timers, preempt_requests, preemptions, yields, parks, readies, spawns;
} stats;
static bool stats_on;
static int64_t start_time;

static void print_stats(void) {
    if (!stats_on) return;
    fprintf(stderr, "schedstats: spawns=%llu parks=%llu readies=%llu steals=%llu timer-steals=%llu "
            "preempt-requests=%llu preemptions=%llu yields=%llu threads=%d\n",
            (unsigned long long)stats.spawns, (unsigned long long)stats.parks, (unsigned long long)stats.readies,
            (unsigned long long)stats.steals, (unsigned long long)stats.stolen_timers,
            (unsigned long long)stats.preempt_requests, (unsigned long long)stats.preemptions,
            (unsigned long long)stats.yields, sched.mcount);
}
#define COUNT(c) atomic_fetch_add_explicit(&stats.c, 1, memory_order_relaxed)

extern _Atomic int64_t vm_stack_inuse;

static void wakep(void);

/* ---- small helpers ---- */

static uint64_t rng_next(uint64_t *s) {
    /* splitmix64 */
    uint64_t z = (*s += 0x9e3779b97f4a7c15ull);
    z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ull;
    z = (z ^ (z >> 27)) * 0x94d049bb133111ebull;
    return z ^ (z >> 31);
}

static _Thread_local uint64_t thread_rng;

uint64_t sched_rand(void) {
    M *m = cur_m;
    if (m) return rng_next(&m->rng);
    if (!thread_rng) thread_rng = (uint64_t)sched_nanotime() | 1;
    return rng_next(&thread_rng);
}

G *sched_curg(void) {
    M *m = cur_m;
    return m ? atomic_load(&m->curg) : NULL;
}

static int32_t procs(void) { return atomic_load_explicit(&sched.gomaxprocs, memory_order_relaxed); }

/* Ending the process: the exit lock is never released, so the first exit
 * (main returning, a panic, a deadlock, os.Exit) wins and the others wait
 * for the process to go. */
static void begin_exit(void) {
    pthread_mutex_lock(&sched.exitlock);
    out_flush();
}

static bool gctrace;

static _Noreturn void end_exit(int code) {
    if (gctrace) gctrace_flush();
    trace_finish();
    if (sched.exit_hook) sched.exit_hook();
    print_stats();
    fflush(stderr);
    _exit(code);
}

_Noreturn void sched_exit(int code) {
    begin_exit();
    end_exit(code);
}

/* ---- the collector's failures ---- */

/* Boehm's warnings (large blocks, and so on) are not the program's output. */
static void gc_quiet(char *msg, GC_word arg) { (void)msg; (void)arg; }

/* An allocation the collector cannot satisfy: Go's throw, never a NULL
 * for the VM to dereference. */
static void *gc_out_of_memory(size_t bytes) {
    (void)bytes;
    begin_exit();
    fprintf(stderr, "fatal error: runtime: out of memory\n");
    G *g = sched_curg();
    if (g) {
        fprintf(stderr, "\n");
        vm_print_trace(g, "running");
    }
    end_exit(2);
}

/* The collector gives up (most often it could not map more heap). */
static void gc_abort(const char *msg) {
    bool mem = msg && (strstr(msg, "emory") || strstr(msg, "heap") || strstr(msg, "mmap") || strstr(msg, "sections"));
    if (mem) gc_out_of_memory(0);
    begin_exit();
    fprintf(stderr, "fatal error: %s\n", msg ? msg : "garbage collector");
    end_exit(2);
}

void sched_gc_init(void) {
    /* Go's first heap goal is 4 MB (its minimum heap): a heap that size
     * from the start lets start-up (the compiler's trees, the library
     * code) run without collections, as Go's does */
    if (!getenv("GC_INITIAL_HEAP_SIZE")) GC_expand_hp(4u << 20);
    GC_set_warn_proc(gc_quiet);
    GC_set_oom_fn(gc_out_of_memory);
    GC_set_abort_func(gc_abort);
}

/* ---- P's and the idle lists (sched.lock held) ---- */

static P *new_p(int32_t id) {
    P *p = GC_MALLOC_UNCOLLECTABLE(sizeof *p);
    p->id = id;
    runq_init(&p->runq, &sched.runq);
    timers_init(&p->timers);
    p->status = P_RETIRED;
    return p;
}

/* Puts p on the idle list. Needs sched.lock. */
static void pidleput(P *p) {
    p->status = P_IDLE;
    atomic_store(&p->m, NULL);
    atomic_store(&p->runq.owner_running, false);
    p->link = sched.pidle;
    sched.pidle = p;
    __atomic_add_fetch(&sched.npidle, 1, __ATOMIC_RELAXED);
}

/* Takes an idle P (NULL: none) and marks it running. Needs sched.lock. */
static P *pidleget(void) {
    P *p = sched.pidle;
    if (!p) return NULL;
    sched.pidle = p->link;
    __atomic_sub_fetch(&sched.npidle, 1, __ATOMIC_RELAXED);
    p->status = P_RUNNING;
    return p;
}

/* m holds p from now on. No lock: p is m's (just taken from the idle
 * list, or handed over by startm). */
static void acquirep(M *m, P *p) {
    m->p = p;
    atomic_store(&p->m, m);
    atomic_store(&p->runq.owner_running, true);
}

/* Puts m on the idle M list. Needs sched.lock. */
static void mput(M *m) {
    m->link = sched.midle;
    sched.midle = m;
}

/* Takes an idle M, or NULL. Needs sched.lock. */
static M *mget(void) {
    M *m = sched.midle;
    if (m) sched.midle = m->link;
    return m;
}

/* Takes m off the idle M list; false if someone else already did. Needs sched.lock. */
static bool mremove(M *m) {
    for (M **pp = &sched.midle; *pp; pp = &(*pp)->link)
        if (*pp == m) { *pp = m->link; return true; }
    return false;
}

/* ---- goroutines ---- */

static void allg_add(G *g) {
    pthread_mutex_lock(&sched.glock);
    if (sched.nallg == sched.allg_cap) {
        int64_t cap = sched.allg_cap ? 2 * sched.allg_cap : 1024;
        G **n = GC_MALLOC_UNCOLLECTABLE(sizeof *n * (size_t)cap);
        if (sched.nallg) memcpy(n, sched.allg, sizeof *n * (size_t)sched.nallg);
        G **old = sched.allg;
        sched.allg = n;
        sched.allg_cap = cap;
        if (old) GC_FREE(old);
    }
    sched.allg[sched.nallg++] = g;
    pthread_mutex_unlock(&sched.glock);
}

/* A G to run a new goroutine on: a dead one of this P (refilled from the
 * global free list in a batch), or a new one (Go's gfget / malg). */
static G *gget(P *p) {
    if (p && !p->gfree && __atomic_load_n(&sched.gfree, __ATOMIC_RELAXED)) {
        /* refill from the global list, a batch under one lock (Go's gfget) */
        pthread_mutex_lock(&sched.glock);
        while (p->ngfree < GFREE_LOCAL_MAX / 2 && sched.gfree) {
            G *h = sched.gfree;
            __atomic_store_n(&sched.gfree, h->schedlink, __ATOMIC_RELAXED);
            h->schedlink = p->gfree;
            p->gfree = h;
            p->ngfree++;
        }
        pthread_mutex_unlock(&sched.glock);
    }
    G *g = p ? p->gfree : NULL;
    if (g) {
        p->gfree = g->schedlink;
        p->ngfree--;
        return g;
    }
    if (!p) {
        pthread_mutex_lock(&sched.glock);
        g = sched.gfree;
        if (g) __atomic_store_n(&sched.gfree, g->schedlink, __ATOMIC_RELAXED);
        pthread_mutex_unlock(&sched.glock);
        if (g) return g;
    }
    g = GC_MALLOC(sizeof *g);
    g->status = G_DEAD;
    allg_add(g);
    return g;
}

/* Frees dead g for reuse: on p's list; half of a full list goes to the
 * global one, taking glock once. */
static void gput(P *p, G *g) {
    vm_release_g(g);
    if (!p) {
        pthread_mutex_lock(&sched.glock);
        g->schedlink = sched.gfree;
        __atomic_store_n(&sched.gfree, g, __ATOMIC_RELAXED);
        pthread_mutex_unlock(&sched.glock);
        return;
    }
    g->schedlink = p->gfree;
    p->gfree = g;
    p->ngfree++;
    if (p->ngfree < GFREE_LOCAL_MAX) return;
    /* a full local list gives half to the global one, under one lock (Go's gfput) */
    pthread_mutex_lock(&sched.glock);
    while (p->ngfree > GFREE_LOCAL_MAX / 2) {
        G *h = p->gfree;
        p->gfree = h->schedlink;
        p->ngfree--;
        h->schedlink = sched.gfree;
        __atomic_store_n(&sched.gfree, h, __ATOMIC_RELAXED);
    }
    pthread_mutex_unlock(&sched.glock);
}

/* Puts a runnable g on the calling M's P: into runnext (Go), at the tail
 * with -sched=fifo, either at random with -sched-seed (or -Dstress_sched);
 * then wakep. */
static void put_runnable(G *g) {
    M *m = cur_m;
    if (m && m->p) {
        bool next = sched.mode != SMODE_FIFO;
        if (sched.seed || (STRESS_SCHED && next)) next = rng_next(&m->rng) & 1;
        runq_put(&m->p->runq, g, next);
    } else {
        globrunq_put(&sched.runq, g);
    }
    wakep();
}

/* A new goroutine running cl(args), not yet queued (Go's newproc1). No
 * lock of its own: gget and allg_add take glock when they need it. */
static G *newproc(G *creator, Closure *cl, const Value *args, int nargs) {
    M *m = cur_m;
    G *g = gget(m ? m->p : NULL);
    vm_init_g(g, sched.prog, cl, args, nargs);
    g->id = atomic_fetch_add(&sched.goid, 1);
    g->schedlink = NULL;
    if (creator && creator->nframes) {
        const Frame *f = &creator->frames[creator->nframes - 1];
        g->created_by = f->proto;
        g->created_line = vm_frame_line(f);
        g->parent_id = creator->id;
    } else {
        g->created_by = NULL;
    }
    atomic_fetch_add(&sched.ngoroutines, 1);
    if (trace_on) trace_create(g, creator, m && m->p ? m->p->id : -1, m ? m->id : -1);
    return g;
}

void sched_go(G *creator, Closure *cl, const Value *args, int nargs) {
    COUNT(spawns);
    /* Go's newproc: the new G goes into runnext (the creator carries on;
     * whoever finishes first runs it), then wakep lets an idle P steal it */
    put_runnable(newproc(creator, cl, args, nargs));
}

/* ---- coroutines ---- */

G *sched_newcoro(G *creator, Closure *cl, const Value *args, int nargs) {
    G *g = newproc(creator, cl, args, nargs);
    g->waitreason = "coroutine";
    atomic_store(&g->status, G_WAITING);
    return g;
}

void sched_coroswitch(G *g, G *next, bool g_exits) {
    M *m = cur_m;
    if (!g_exits) sched_park(g, "coroutine", NULL, NULL);
    if (trace_on) trace_unpark(next, g, m && m->p ? m->p->id : -1, m ? m->id : -1, false);
    g->coro_next = next;
}

/* The G a coroutine switch hands the M over to, once the switching G has
 * stopped (parked, or ended); it may still be finishing its own stop on
 * another M (a switch racing with another: Go's casgstatus waits for
 * _Gwaiting too). */
static G *take_coro_next(G *next) {
    while (atomic_load(&next->status) != G_WAITING) cpu_relax();
    return next;
}

/* ---- the park/ready layer ---- */

void sched_park(G *g, const char *reason, ParkUnlockFn unlock, void *arg) {
    g->waitreason = reason;
    g->park_unlock = unlock;
    g->park_arg = arg;
}

/* Set by sched_goyield for the VM_YIELD that follows on this M. */
static _Thread_local bool yield_local;

NatStatus sched_goyield(G *g) {
    (void)g;
    yield_local = true;
    return NAT_YIELD;
}

/* Set while a thread runs timers' callbacks: what they ready, a timer readied. */
static _Thread_local bool in_timers;

void sched_ready(G *g) {
    COUNT(readies);
    if (trace_on) {
        M *m = cur_m;
        trace_unpark(g, sched_curg(), m && m->p ? m->p->id : -1, m ? m->id : -1, in_timers);
    }
    atomic_store(&g->status, G_RUNNABLE);
    put_runnable(g);
}

/* Goroutines readied by threads outside the scheduler (scheduler.h):
 * the count covers the wait until the G is on the global queue, and the
 * wakep after the decrement makes some M look again (and run checkdead
 * if the G has already run and blocked for good). */
void sched_external_begin(void) { atomic_fetch_add(&sched.nexternal, 1); }

void sched_external_ready(G *g) {
    COUNT(readies);
    if (trace_on) trace_unpark(g, NULL, -1, -1, false);
    atomic_store(&g->status, G_RUNNABLE);
    globrunq_put(&sched.runq, g);
    atomic_fetch_sub(&sched.nexternal, 1);
    wakep();
}

/* ---- M's ---- */

static void *mstart(void *arg);

/* Starts an M (a woken idle one or a new thread) to run P p. */
static void startm(P *p, bool spinning) {
    pthread_mutex_lock(&sched.lock);
    if (!p) {
        p = pidleget();
        if (!p) {
            pthread_mutex_unlock(&sched.lock);
            if (spinning) atomic_fetch_sub(&sched.nmspinning, 1);
            return;
        }
    }
    M *m = mget();
    if (m && m == sched.sleeper) {
        sched.sleeper = NULL;
        atomic_store(&sched.sleep_until, INT64_MAX);
    }
    if (!m) {
        m = GC_MALLOC_UNCOLLECTABLE(sizeof *m);
        m->id = sched.mcount++;
        m->rng = sched.seed ? sched.seed + (uint64_t)m->id * 7919u : (uint64_t)sched_nanotime() ^ ((uint64_t)m->id << 32);
        M **am = GC_MALLOC_UNCOLLECTABLE(sizeof *am * (size_t)sched.mcount);
        if (sched.allm) memcpy(am, sched.allm, sizeof *am * (size_t)(sched.mcount - 1));
        am[sched.mcount - 1] = m;
        sched.allm = am;    /* the old array leaks: M's are few */
        m->nextp = p;
        m->spinning = spinning;
        pthread_mutex_unlock(&sched.lock);
        pthread_t t;
        pthread_attr_t attr;
        pthread_attr_init(&attr);
        pthread_attr_setdetachstate(&attr, PTHREAD_CREATE_DETACHED);
        pthread_attr_setstacksize(&attr, 256 * 1024);
        if (GC_pthread_create(&t, &attr, mstart, m) != 0) {
            fprintf(stderr, "runtime: failed to create new OS thread\n");
            sched_exit(2);
        }
        pthread_attr_destroy(&attr);
        return;
    }
    m->nextp = p;
    m->spinning = spinning;
    pthread_mutex_unlock(&sched.lock);
    note_wakeup(&m->park);
}

/* Go's wakep: one more M to steal work, when a P is idle and nobody is
 * already spinning. */
static void wakep(void) {
    if (atomic_load_explicit(&sched.nmspinning, memory_order_relaxed) != 0) return;
    if (__atomic_load_n(&sched.npidle, __ATOMIC_RELAXED) == 0) return;
    int32_t zero = 0;
    if (!atomic_compare_exchange_strong(&sched.nmspinning, &zero, 1)) return;
    startm(NULL, true);
}

/* A spinning M found work: stop spinning, and if it was the last spinner,
 * wake another to look for more (Go's resetspinning). */
static void resetspinning(M *m) {
    if (!m->spinning) return;
    m->spinning = false;
    if (atomic_fetch_sub(&sched.nmspinning, 1) == 1) wakep();
}

/* ---- timers ---- */

/* Runs the due timers of every P (retired ones too): a timer must not wait
 * because the M of its P is busy with a long-running goroutine. Readied
 * G's go to the caller's P. Returns how many ran on other P's. */
static int run_due_timers(P *own) {
    int64_t now = 0;   /* read the clock only when some P has a timer */
    int others = 0;
    for (int32_t i = 0; i < sched.nallp; i++) {
        P *p = sched.allp[i];
        int64_t next = timers_next(&p->timers);
        if (next == INT64_MAX) continue;
        if (!now) now = sched_nanotime();
        if (next <= now) {
            if (trace_on) trace_timer(own ? own->id : -1, cur_m ? cur_m->id : -1);
            in_timers = true;
            int n = timers_run(&p->timers, now);
            in_timers = false;
            if (p != own) others += n;
        }
    }
    return others;
}

/* The earliest pending timer of all P's. Lock-free (each heap's own). */
static int64_t earliest_timer(void) {
    int64_t next = INT64_MAX;
    for (int32_t i = 0; i < sched.nallp; i++) {
        int64_t w = timers_next(&sched.allp[i]->timers);
        if (w < next) next = w;
    }
    return next;
}

/* A new timer fires at when: make sure some M will be awake for it. */
static void timer_added(int64_t when) {
    if (when >= atomic_load(&sched.sleep_until)) {
        if (atomic_load(&sched.sleep_until) == INT64_MAX) wakep();
        return;
    }
    pthread_mutex_lock(&sched.lock);
    M *m = sched.sleeper;
    if (m && mremove(m)) {
        sched.sleeper = NULL;
        atomic_store(&sched.sleep_until, INT64_MAX);
        m->nextp = NULL;
        pthread_mutex_unlock(&sched.lock);
        note_wakeup(&m->park);
        return;
    }
    pthread_mutex_unlock(&sched.lock);
}

/* The timer heap of the calling thread's P. */
static Timers *my_timers(void) {
    M *m = cur_m;
    return &(m && m->p ? m->p : sched.allp[0])->timers;
}

void sched_timer_add(Timer *t, int64_t when, int64_t period) {
    timers_add(my_timers(), t, when, period);
    timer_added(when);
}

bool sched_timer_reset(Timer *t, int64_t when, int64_t period) {
    bool was = timer_reset(my_timers(), t, when, period);
    timer_added(when);
    return was;
}

static void sleep_fire(void *arg, uint64_t seq) {
    (void)seq;
    sched_ready(arg);
}

/* The timer is added only once g has stopped running (Go's resetForSleep
 * as gopark's unlockf), so it cannot fire and ready g too early. */
static bool sleep_unlock(G *g, void *arg) {
    sched_timer_add(g->sleep_timer, (int64_t)(intptr_t)arg, 0);
    return true;
}

NatStatus sched_sleep(G *g, int64_t ns) {
    if (ns <= 0) return NAT_OK;
    if (!g->sleep_timer) {
        Timer *t = GC_MALLOC(sizeof *t);
        timer_init(t, sleep_fire, g, 0);
        g->sleep_timer = t;
    }
    int64_t when = sched_nanotime() + ns;
    if (when < 0) when = INT64_MAX;
    sched_park(g, "sleep", sleep_unlock, (void *)(intptr_t)when);
    return NAT_PARK;
}

/* ---- deadlock ---- */

static bool g_waiting(const G *g) { return atomic_load(&g->status) == G_WAITING; }

static int by_goid(const void *a, const void *b) {
    int64_t x = (*(G *const *)a)->id, y = (*(G *const *)b)->id;
    return x < y ? -1 : x > y;
}

static const char *g_state(const G *g) {
    switch (atomic_load(&g->status)) {
    case G_RUNNING: return "running";
    case G_RUNNABLE: return "runnable";
    case G_WAITING: return g->waitreason ? g->waitreason : "waiting";
    default: return NULL;
    }
}

/* Prints every live goroutine (only the waiting ones: the deadlock report)
 * with its state, in the order they were made (G's are reused, so allg's
 * order is not that). Takes glock, and keeps it when the process is
 * ending (not in the REPL's host mode). */
/* The live goroutines (only the waiting ones), by id: a malloc'd array of
 * *n. Needs glock. */
static G **live_gs(bool only_waiting, size_t *n) {
    G **gs = malloc(sizeof *gs * (size_t)(sched.nallg + 1));
    *n = 0;
    for (int64_t i = 0; i < sched.nallg; i++) {
        G *g = sched.allg[i];
        if (only_waiting ? g_waiting(g) : g_state(g) != NULL) gs[(*n)++] = g;
    }
    qsort(gs, *n, sizeof *gs, by_goid);
    return gs;
}

static void print_goroutines(FILE *out, bool only_waiting) {
    pthread_mutex_lock(&sched.glock);
    size_t n;
    G **gs = live_gs(only_waiting, &n);
    for (size_t i = 0; i < n; i++) {
        fprintf(out, "\n");
        vm_write_trace(out, gs[i], g_state(gs[i]));
    }
    if (sched.host) {
        /* the REPL goes on */
        free(gs);
        pthread_mutex_unlock(&sched.glock);
    }
}

/* The REPL's reports (a panic, a deadlock) go out through out_write, as
 * the program's output does: at the prompt, lineedit shows them above it. */
typedef struct Report { FILE *f; char *buf; size_t len; } Report;

static void report_begin(Report *r) {
    r->buf = NULL;
    r->len = 0;
    r->f = open_memstream(&r->buf, &r->len);
    if (!r->f) r->f = stderr;
}

static void report_end(Report *r) {
    if (r->f == stderr) { fflush(stderr); return; }
    fclose(r->f);
    out_write(2, r->buf, r->len);
    free(r->buf);
}

/* Go's checkdead, with sched.lock held by an M about to sleep without a P:
 * if no P runs, no G is runnable and no timer is pending, nothing can ever
 * wake anything. */
static void checkdead(void) {
    for (int32_t i = 0; i < sched.nallp; i++) {
        P *p = sched.allp[i];
        if (p->status == P_RUNNING || !runq_empty(&p->runq) || timers_len(&p->timers) > 0) return;
    }
    if (globrunq_size(&sched.runq) > 0) return;
    if (atomic_load(&sched.nexternal) > 0) return;   /* a blocking read or write is out */
    if (sched.host) {
        /* the REPL: the input waits for what can never come; report it
         * and give the prompt back (the goroutines stay, blocked) */
        if (!sched.input) return;
        Report r;
        report_begin(&r);
        fprintf(r.f, "fatal error: all goroutines are asleep - deadlock!\n");
        print_goroutines(r.f, true);
        report_end(&r);
        sched.input = NULL;
        sched.input_end = INPUT_DEADLOCK;
        note_wakeup(&sched.input_done);
        return;
    }
    begin_exit();
    if (sched.main_goexit && atomic_load(&sched.ngoroutines) == 0) {
        fprintf(stderr, "fatal error: no goroutines (main called runtime.Goexit) - deadlock!\n");
        end_exit(2);
    }
    fprintf(stderr, "fatal error: all goroutines are asleep - deadlock!\n");
    print_goroutines(stderr, true);
    end_exit(2);
}

/* A thread of the runtime's own (sysmon, the SIGQUIT watcher), known to
 * the collector, that nobody joins. */
static void start_detached(void *(*fn)(void *)) {
    pthread_t t;
    pthread_attr_t attr;
    pthread_attr_init(&attr);
    pthread_attr_setdetachstate(&attr, PTHREAD_CREATE_DETACHED);
    GC_pthread_create(&t, &attr, fn, NULL);
    pthread_attr_destroy(&attr);
}

/* ---- stopping everything for a dump: SIGQUIT, runtime.Breakpoint ---- */

/* Set while a dump stops the world: an M whose G stopped waits for the
 * process to end (on the exit lock, which the dumper holds). */
static _Atomic bool freezing;

static void freeze_point(void) {
    if (atomic_load_explicit(&freezing, memory_order_relaxed)) pthread_mutex_lock(&sched.exitlock);
}

_Noreturn void sched_dump_and_exit(G *self, const char *header) {
    begin_exit();
    atomic_store(&freezing, true);
    /* preempt every other running G (at its next back-edge or call) and
     * wait a little for their Ms to reach the freeze point; a G stuck in
     * C is shown as it is */
    for (int round = 0; round < 200; round++) {
        int running = 0;
        for (int32_t i = 0; i < sched.nallp; i++) {
            M *m = atomic_load(&sched.allp[i]->m);
            G *g = m ? atomic_load(&m->curg) : NULL;
            if (!g || g == self) continue;
            atomic_store_explicit(&g->preempt, true, memory_order_relaxed);
            running++;
        }
        if (!running) break;
        struct timespec ts = { 0, 1000000 };
        nanosleep(&ts, NULL);
    }
    fprintf(stderr, "%s\n", header);
    print_goroutines(stderr, false);
    end_exit(2);
}

/* SIGQUIT (Ctrl-\\): the handler only writes to a pipe; a thread of its
 * own reads it and dumps every goroutine, as Go does. */
static int quit_pipe[2] = { -1, -1 };

static void on_sigquit(int sig) {
    (void)sig;
    char c = 1;
    if (write(quit_pipe[1], &c, 1) < 0) _exit(2);
}

static void quit_now(void) {
    sched_dump_and_exit(NULL, "SIGQUIT: quit\nPC=0x0 m=0 sigcode=0");
}

static void *quit_watcher(void *arg) {
    (void)arg;
    char c;
    while (read(quit_pipe[0], &c, 1) != 1) {}
    quit_now();
    return NULL;
}

/* With sysmon running, sysmon watches the pipe between its ticks (one
 * thread fewer to start); without it, a thread of its own does. */
static void watch_sigquit(bool by_sysmon) {
    if (pipe(quit_pipe) != 0) return;
    if (!by_sysmon) start_detached(quit_watcher);
    struct sigaction sa;
    memset(&sa, 0, sizeof sa);
    sa.sa_handler = on_sigquit;
    sigemptyset(&sa.sa_mask);
    sa.sa_flags = SA_RESTART;
    sigaction(SIGQUIT, &sa, NULL);
}

/* ---- finding work ---- */

/* Sleeps until handed a P (or until the earliest timer, for one M). */
static void stopm(M *m, int64_t next_timer) {
    out_flush();   /* nothing to run: what was printed shows now */
    pthread_mutex_lock(&sched.lock);
    note_clear(&m->park);
    m->nextp = NULL;
    mput(m);
    int64_t timeout = -1;
    if (next_timer != INT64_MAX && (!sched.sleeper || next_timer < atomic_load(&sched.sleep_until))) {
        if (sched.sleeper) {
            /* take over: the old sleeper goes on sleeping without a limit */
            sched.sleeper->timer_sleeper = false;
        }
        sched.sleeper = m;
        m->timer_sleeper = true;
        atomic_store(&sched.sleep_until, next_timer);
        timeout = next_timer - sched_nanotime();
        if (timeout < 0) timeout = 0;
    }
    pthread_mutex_unlock(&sched.lock);
    bool woken = note_tsleep(&m->park, timeout);
    if (!woken) {
        pthread_mutex_lock(&sched.lock);
        if (!mremove(m)) {
            /* someone took us off the list and is about to wake us */
            pthread_mutex_unlock(&sched.lock);
            note_sleep(&m->park);
        } else {
            if (sched.sleeper == m) {
                sched.sleeper = NULL;
                atomic_store(&sched.sleep_until, INT64_MAX);
            }
            pthread_mutex_unlock(&sched.lock);
        }
    }
    m->timer_sleeper = false;
}

/* Four rounds of stealing half a random victim's queue (runq_steal is
 * lock-free). */
static G *steal_work(M *m) {
    P *p = m->p;
    int32_t n = sched.nallp < procs() ? sched.nallp : procs();
    for (int round = 0; round < 4; round++) {
        bool last = round == 3;
        int32_t start = (int32_t)(rng_next(&m->rng) % (uint64_t)n);
        for (int32_t k = 0; k < n; k++) {
            P *v = sched.allp[(start + k) % n];
            if (v == p) continue;
            uint32_t before = trace_on ? runq_len(&p->runq) : 0;
            G *g = runq_steal(&p->runq, &v->runq, last);
            if (g) {
                COUNT(steals);
                if (trace_on) trace_steal(p->id, v->id, (int)(runq_len(&p->runq) - before) + 1, m->id);
                return g;
            }
        }
    }
    return NULL;
}

/* This M's P was retired by GOMAXPROCS: hand its G's to the global queue. */
static void retire_p(M *m) {
    P *p = m->p;
    G *buf[RUNQ_SIZE + 1];
    uint32_t n = runq_drain(&p->runq, buf);
    if (n) globrunq_put_batch(&sched.runq, buf, n);
    pthread_mutex_lock(&sched.lock);
    p->status = P_RETIRED;
    atomic_store(&p->m, NULL);
    atomic_store(&p->runq.owner_running, false);
    m->p = NULL;
    pthread_mutex_unlock(&sched.lock);
    if (n) wakep();
}

/* Takes an idle P for m; false if there is none. */
static bool take_idle_p(M *m) {
    pthread_mutex_lock(&sched.lock);
    P *p = pidleget();
    pthread_mutex_unlock(&sched.lock);
    if (p) acquirep(m, p);
    return p != NULL;
}

/* Go's findRunnable (see the top comment): blocks until there is a G for
 * m. Takes sched.lock only to give its P back and around checkdead. */
static G *find_runnable(M *m) {
    G *g;
top:
    if (!m->p) goto stop;
    {
        P *p = m->p;
        if (p->id >= procs()) {
            retire_p(m);
            goto stop;
        }
        if (run_due_timers(p) > 0) COUNT(stolen_timers);
        if (atomic_load_explicit(&p->schedtick, memory_order_relaxed) % 61 == 0 && globrunq_size(&sched.runq) > 0) {
            g = globrunq_get(&p->runq, 1);
            if (g) return g;
        }
        g = runq_get(&p->runq, NULL);
        if (g) return g;
        if (globrunq_size(&sched.runq) > 0) {
            g = globrunq_get(&p->runq, 0);
            if (g) return g;
        }
        /* spin: limit spinning M's to half the busy P's, as Go does */
        if (sched.mode != SMODE_FIFO && procs() > 1) {
            if (!m->spinning) {
                int32_t busy = procs() - __atomic_load_n(&sched.npidle, __ATOMIC_RELAXED);
                if (2 * atomic_load(&sched.nmspinning) < busy) {
                    m->spinning = true;
                    atomic_fetch_add(&sched.nmspinning, 1);
                }
            }
            if (m->spinning) {
                g = steal_work(m);
                if (g) return g;
            }
        }
        /* nothing: give the P back */
        pthread_mutex_lock(&sched.lock);
        if (globrunq_size(&sched.runq) > 0) {
            pthread_mutex_unlock(&sched.lock);
            g = globrunq_get(&p->runq, 0);
            if (g) return g;
            goto top;
        }
        pidleput(p);
        m->p = NULL;
        pthread_mutex_unlock(&sched.lock);
        if (m->spinning) {
            m->spinning = false;
            atomic_fetch_sub(&sched.nmspinning, 1);
            /* Go's re-check after dropping spinning: work may have come in
             * between the last look and giving up the P */
            for (int32_t i = 0; i < sched.nallp && i < procs(); i++) {
                if (!runq_empty(&sched.allp[i]->runq)) {
                    if (take_idle_p(m)) {
                        m->spinning = true;
                        atomic_fetch_add(&sched.nmspinning, 1);
                        goto top;
                    }
                    break;
                }
            }
        }
    }
stop:
    if (m->spinning) {
        /* its P was retired (GOMAXPROCS went down) while it looked for
         * work: it stops spinning, or wakep would never start an M again */
        m->spinning = false;
        atomic_fetch_sub(&sched.nmspinning, 1);
    }
    for (;;) {
        int64_t next = earliest_timer();
        if (next != INT64_MAX && next <= sched_nanotime()) {
            if (take_idle_p(m)) goto top;
            /* every P is busy: their M's run the due timer when they next
             * schedule (within 10 ms, by preemption) */
            next = INT64_MAX;
        } else if (globrunq_size(&sched.runq) > 0 && take_idle_p(m)) {
            goto top;
        } else {
            pthread_mutex_lock(&sched.lock);
            checkdead();
            pthread_mutex_unlock(&sched.lock);
        }
        stopm(m, next);
        if (m->nextp) {
            P *np = m->nextp;
            m->nextp = NULL;
            acquirep(m, np);
            goto top;
        }
        /* a timer is due (or a new one was added): take a P if one is idle */
        if (take_idle_p(m)) goto top;
    }
}

/* ---- running G's ---- */

static _Noreturn void die_panic(G *g) {
    begin_exit();
    vm_print_panic(g);
    end_exit(2);
}

/* The REPL: the input's goroutine g ended (or was given up); wakes the
 * prompt. */
static void end_input(G *g, InputEnd how) {
    pthread_mutex_lock(&sched.lock);
    if (sched.input == g && g) {
        out_flush();
        sched.input = NULL;
        sched.input_end = how;
        note_wakeup(&sched.input_done);
    }
    pthread_mutex_unlock(&sched.lock);
}

/* The REPL: a goroutine that panicked or was interrupted is dropped (in a
 * program, either ends the process). */
static void drop_g(P *p, G *g, InputEnd how) {
    atomic_store(&g->status, G_DEAD);
    atomic_fetch_sub(&sched.ngoroutines, 1);
    end_input(g, how);
    gput(p, g);
}

/* Runs g on m's P until it stops, and deals with why (Go's execute and the
 * tail of schedule). No lock held; end_input takes sched.lock. Returns the
 * G that a coroutine switch hands m over to, to run next, or NULL. */
static G *execute(M *m, G *g) {
    P *p = m->p;
    atomic_store(&g->status, G_RUNNING);
    /* -Dstress_sched: stop at the first preemption point (and an
     * interrupted REPL input at its next one) */
    atomic_store(&g->preempt, (STRESS_SCHED && sched.mode == SMODE_PREEMPT) || atomic_load(&g->interrupted));
    atomic_fetch_add_explicit(&p->schedtick, 1, memory_order_relaxed);
    atomic_store(&m->curg, g);
    if (trace_on) trace_run(g, p->id, m->id);
    VmStatus st = vm_execute(g);
    G *coro_next = g->coro_next;
    g->coro_next = NULL;
    if (trace_on) {
        static const TraceStop why[] = { [VM_DONE] = TSTOP_EXITED, [VM_PANIC] = TSTOP_PANIC, [VM_PARK] = TSTOP_PARKED,
                                         [VM_PREEMPT] = TSTOP_PREEMPTED, [VM_YIELD] = TSTOP_YIELD };
        trace_stop(g, p->id, m->id, why[st]);
    }
    p = m->p;
    switch (st) {
    case VM_DONE:
        if (g->id == 1 && !sched.host) {
            if (!g->goexiting) sched_exit(0);   /* main returned: the program ends */
            sched.main_goexit = true;
        }
        atomic_fetch_sub(&sched.ngoroutines, 1);
        end_input(g, INPUT_DONE);
        gput(p, g);
        break;
    case VM_PANIC:
        if (!sched.host) die_panic(g);
        {
            Report r;
        report_begin(&r);
            vm_write_panic(r.f, g);
            report_end(&r);
        }
        drop_g(p, g, INPUT_PANIC);
        break;
    case VM_PARK:
        COUNT(parks);
        vm_shrink_stack(g);
        atomic_store(&g->status, G_WAITING);
        if (g->park_unlock && !g->park_unlock(g, g->park_arg)) {
            atomic_store(&g->status, G_RUNNABLE);
            runq_put(&p->runq, g, true);
        }
        break;
    case VM_PREEMPT:
    case VM_YIELD: {
        /* Go's goyield (a semaphore handoff) queues g on its own P, behind
         * the G it readied into runnext; Gosched and preemption use the
         * global queue */
        bool local = st == VM_YIELD && yield_local;
        yield_local = false;
        if (atomic_load(&g->interrupted)) {
            drop_g(p, g, INPUT_INTERRUPTED);
            break;
        }
        if (st == VM_PREEMPT) COUNT(preemptions);
        else COUNT(yields);
        atomic_store(&g->status, G_RUNNABLE);
        if (local || sched.mode == SMODE_FIFO) runq_put(&p->runq, g, false);
        else globrunq_put(&sched.runq, g);
        break;
    }
    }
    /* only now: a dump (sched_dump_and_exit) waits for Ms with a curg, and
     * the stack of a G that parks is shrunk above */
    atomic_store(&m->curg, NULL);
    return coro_next && (st == VM_PARK || st == VM_DONE) ? take_coro_next(coro_next) : NULL;
}

static _Noreturn void schedule(M *m) {
    for (;;) {
        G *g = find_runnable(m);
        resetspinning(m);
        while (g) g = execute(m, g);
        freeze_point();
    }
}

/* An M's thread: take the P handed over, then schedule forever. */
static void *mstart(void *arg) {
    M *m = arg;
    cur_m = m;
    P *p = m->nextp;
    m->nextp = NULL;
    if (p) acquirep(m, p);
    schedule(m);
}

/* ---- sysmon: preemption ---- */

/* GODEBUG=schedtrace=MS: Go's SCHED line every MS milliseconds; with
 * scheddetail=1 also a line per P, per M and per G, as Go's schedtrace(true). */
static int64_t schedtrace_ms;
static bool scheddetail;
static int64_t last_trace;

/* Writes the report into o (built whole, then written at once: an exit on
 * another thread cannot cut a line). */
static void schedtrace_to(FILE *o, int64_t now) {
    int32_t n = procs();
    int idle = 0;
    for (M *m = sched.midle; m; m = m->link) idle++;
    fprintf(o, "SCHED %lldms: gomaxprocs=%d idleprocs=%d threads=%d spinningthreads=%d needspinning=0 "
            "idlethreads=%d runqueue=%u", (long long)((now - start_time) / 1000000), n,
            __atomic_load_n(&sched.npidle, __ATOMIC_RELAXED), sched.mcount + 1,
            atomic_load(&sched.nmspinning), idle, globrunq_size(&sched.runq));
    if (!scheddetail) {
        fprintf(o, " [");
        for (int32_t i = 0; i < n && i < sched.nallp; i++)
            fprintf(o, "%s%u", i ? " " : "", runq_len(&sched.allp[i]->runq));
        fprintf(o, "]\n");
        return;
    }
    fprintf(o, " gcwaiting=false nmidlelocked=0 stopwait=0 sysmonwait=false\n");
    /* Go's P statuses: 0 idle, 1 running, 4 dead (a P above GOMAXPROCS) */
    for (int32_t i = 0; i < sched.nallp; i++) {
        P *p = sched.allp[i];
        M *m = atomic_load(&p->m);
        int st = i >= n ? 4 : m ? 1 : 0;
        fprintf(o, "  P%d: status=%d schedtick=%u syscalltick=0 m=", i, st, atomic_load(&p->schedtick));
        if (m) fprintf(o, "%d", m->id);
        else fprintf(o, "nil");
        fprintf(o, " runqsize=%u gfreecnt=%d timerslen=%d\n", runq_len(&p->runq), p->ngfree,
                atomic_load(&p->timers.count));
    }
    for (int32_t i = sched.mcount - 1; i >= 0; i--) {   /* newest first, as Go's allm list */
        M *m = sched.allm[i];
        P *p = m->p;
        G *g = atomic_load(&m->curg);
        fprintf(o, "  M%d: p=", m->id);
        if (p) fprintf(o, "%d", p->id);
        else fprintf(o, "nil");
        fprintf(o, " curg=");
        if (g) fprintf(o, "%lld", (long long)g->id);
        else fprintf(o, "nil");
        fprintf(o, " mallocing=0 throwing=0 preemptoff= locks=0 dying=0 spinning=%s blocked=%s lockedg=nil\n",
                m->spinning ? "true" : "false", !p && !g ? "true" : "false");
    }
    /* Go's G statuses: 1 runnable, 2 running, 4 waiting, 6 dead */
    pthread_mutex_lock(&sched.glock);
    for (int64_t i = 0; i < sched.nallg; i++) {
        G *g = sched.allg[i];
        int st = atomic_load(&g->status);
        int gost = st == G_RUNNABLE ? 1 : st == G_RUNNING ? 2 : st == G_WAITING ? 4 : 6;
        M *on = NULL;
        for (int32_t k = 0; k < sched.mcount && !on; k++)
            if (atomic_load(&sched.allm[k]->curg) == g) on = sched.allm[k];
        fprintf(o, "  G%lld: status=%d(%s) m=", (long long)g->id, gost,
                st == G_WAITING && g->waitreason ? g->waitreason : "");
        if (on) fprintf(o, "%d", on->id);
        else fprintf(o, "nil");
        fprintf(o, " lockedm=nil\n");
    }
    pthread_mutex_unlock(&sched.glock);
}

static void schedtrace(int64_t now) {
    if (now - last_trace < schedtrace_ms * 1000000) return;
    last_trace = now;
    char *text = NULL;
    size_t len = 0;
    FILE *o = open_memstream(&text, &len);
    if (!o) return;
    schedtrace_to(o, now);
    fclose(o);
    fwrite(text, 1, len, stderr);
    free(text);
}

/* The value of key in GODEBUG (comma-separated key=value), or def. */
static int64_t godebug(const char *key, int64_t def) {
    const char *gd = getenv("GODEBUG");
    size_t kl = strlen(key);
    for (const char *s = gd; s && *s;) {
        const char *end = strchr(s, ',');
        if (!end) end = s + strlen(s);
        if ((size_t)(end - s) > kl && strncmp(s, key, kl) == 0 && s[kl] == '=') return strtoll(s + kl + 1, NULL, 10);
        s = *end ? end + 1 : end;
    }
    return def;
}

/* Go's sysmon: every 2 ms, preempt a G that has run 10 ms on its P (and
 * print the schedtrace). Lock-free: reads P's and M's atomically. */
static void *sysmon(void *arg) {
    (void)arg;
    for (;;) {
        /* 2 ms, or until SIGQUIT's handler writes to the pipe */
        struct pollfd quit = { .fd = quit_pipe[0], .events = POLLIN };
        if (poll(&quit, quit_pipe[0] >= 0 ? 1 : 0, 2) > 0) {
            char c;
            if (read(quit_pipe[0], &c, 1) == 1) quit_now();
        }
        int64_t now = sched_nanotime();
        if (schedtrace_ms > 0) schedtrace(now);
        if (gctrace) gctrace_flush();
        if (sched.mode != SMODE_PREEMPT) continue;
        for (int32_t i = 0; i < sched.nallp; i++) {
            P *p = sched.allp[i];
            uint32_t tick = atomic_load_explicit(&p->schedtick, memory_order_relaxed);
            M *m = atomic_load(&p->m);
            G *g = m ? atomic_load(&m->curg) : NULL;
            if (!g || tick != p->seen_tick) {
                p->seen_tick = tick;
                p->seen_when = now;
                continue;
            }
            if (now - p->seen_when >= FORCE_PREEMPT_NS) {
                atomic_store_explicit(&g->preempt, true, memory_order_relaxed);
                COUNT(preempt_requests);
                p->seen_when = now;
            }
        }
    }
    return NULL;
}

/* ---- the runtime package ---- */

NatStatus sched_gosched(G *g) {
    (void)g;
    return NAT_YIELD;
}

int sched_numcpu(void) {
    long n = sysconf(_SC_NPROCESSORS_ONLN);
    return n < 1 ? 1 : (int)n;
}

int64_t sched_numgoroutine(void) { return atomic_load(&sched.ngoroutines); }
int64_t sched_stack_inuse(void) { return atomic_load(&vm_stack_inuse); }

/* Go's procresize, without stopping the world: P's past n retire when their
 * M next schedules; P's below n become idle (or stay running). Needs
 * sched.lock (sched_gomaxprocs and sched_init take it). */
static void procresize(int32_t n) {
    int32_t old = procs();
    for (int32_t i = sched.nallp; i < n; i++) {
        sched.allp[i] = new_p(i);
        atomic_store(&sched.nallp, i + 1);   /* publishes allp[i] */
    }
    atomic_store(&sched.gomaxprocs, n);
    if (trace_on && old) trace_procs(n);
    globrunq_set_nprocs(&sched.runq, n);
    for (int32_t i = 0; i < sched.nallp; i++) {
        P *p = sched.allp[i];
        if (i < n && p->status == P_RETIRED && !atomic_load(&p->m)) pidleput(p);
        if (i >= n && p->status == P_IDLE) {
            /* take it off the idle list */
            for (P **pp = &sched.pidle; *pp; pp = &(*pp)->link)
                if (*pp == p) { *pp = p->link; __atomic_sub_fetch(&sched.npidle, 1, __ATOMIC_RELAXED); break; }
            p->status = P_RETIRED;
        }
    }
    (void)old;
}

int sched_gomaxprocs(int64_t n) {
    if (n <= 0) return procs();
    if (n > MAX_PROCS) n = MAX_PROCS;
    pthread_mutex_lock(&sched.lock);
    int old = procs();
    if (n != old) procresize((int32_t)n);
    pthread_mutex_unlock(&sched.lock);
    if (n > old) wakep();
    return old;
}

bool sched_can_spin(int64_t iter) {
    static int ncpu;
    if (!ncpu) ncpu = sched_numcpu();
    if (iter >= 4 || ncpu <= 1) return false;
    int32_t idle = __atomic_load_n(&sched.npidle, __ATOMIC_RELAXED);
    if (procs() <= idle + atomic_load_explicit(&sched.nmspinning, memory_order_relaxed) + 1) return false;
    M *m = cur_m;
    return !(m && m->p && !runq_empty(&m->p->runq));
}

/* ---- starting ---- */

static int env_procs(void) {
    const char *s = getenv("GOMAXPROCS");
    if (s && *s) {
        char *end;
        long n = strtol(s, &end, 10);
        if (*end == 0 && n > 0) return n > MAX_PROCS ? MAX_PROCS : (int)n;
    }
    return sched_numcpu();
}

/* GOGC: "off" turns the collector off; otherwise a bigger GOGC lets the
 * heap grow more between collections. Boehm collects once it has
 * allocated (2 x traced + untraced bytes) / divisor since the last
 * collection, so divisor 2 lets the heap reach about twice the live heap
 * before the next one: Go's GOGC=100. GOGC=n is divisor 200/n (at least
 * 1). (Boehm's own default, 3, collects half again as often as Go:
 * binarytrees made 65 collections against Go's 35.) */
static void apply_gogc(void) {
    const char *s = getenv("GOGC");
    long n = 100;
    if (s && *s) {
        if (strcmp(s, "off") == 0) { GC_disable(); return; }
        char *end;
        n = strtol(s, &end, 10);
        if (*end || n <= 0) n = 100;
    }
    long d = 200 / n;
    GC_set_free_space_divisor((GC_word)(d < 1 ? 1 : d));
}

/* What sched_run_main and sched_start share: the Ps, GOGC, GODEBUG,
 * SIGQUIT, sysmon. Returns an M for the calling thread, holding a P (NULL
 * for the REPL's thread, which runs no Go code). */
void sched_install_vm_host(void) {
    vm_host = (VmHost){
        .go = sched_go, .curg = sched_curg, .exit = sched_exit,
        .chan_make = chan_make, .chan_len = chan_len, .chan_cap = chan_cap,
        .chan_send = chan_send, .chan_recv = chan_recv, .chan_close = chan_close,
        .chan_select = chan_select, .chan_resume = chan_resume,
        .trace_stack = trace_on ? trace_stack : NULL,
    };
}

static M *sched_init(Program *prog, const SchedOptions *opt, bool host) {
    sched_install_vm_host();
    apply_gogc();
    sched.host = host;
    sched.prog = prog;
    sched.mode = opt ? opt->mode : SMODE_PREEMPT;
    sched.seed = opt ? opt->seed : 0;
    atomic_store(&sched.goid, 1);
    atomic_store(&sched.sleep_until, INT64_MAX);
    globrunq_init(&sched.runq, 1);
    sched.allp = GC_MALLOC_UNCOLLECTABLE(sizeof(P *) * MAX_PROCS);
    GC_allow_register_threads();

    M *m = NULL;
    if (!host) {
        m = GC_MALLOC_UNCOLLECTABLE(sizeof *m);
        m->id = sched.mcount++;
        m->rng = sched.seed ? sched.seed : (uint64_t)sched_nanotime();
        sched.allm = GC_MALLOC_UNCOLLECTABLE(sizeof(M *));
        sched.allm[0] = m;
        cur_m = m;
    }
    pthread_mutex_lock(&sched.lock);
    procresize(env_procs());
    trace_set_gomaxprocs(procs());
    if (m) acquirep(m, pidleget());
    pthread_mutex_unlock(&sched.lock);

    bool run_sysmon = host || sched.mode == SMODE_PREEMPT || godebug("schedtrace", 0) > 0 ||
                      godebug("gctrace", 0) > 0;
    watch_sigquit(run_sysmon);
    stats_on = getenv("MINIGO_SCHEDSTATS") && strcmp(getenv("MINIGO_SCHEDSTATS"), "0") != 0;
    start_time = sched_nanotime();
    schedtrace_ms = godebug("schedtrace", 0);
    scheddetail = godebug("scheddetail", 0) > 0;
    gctrace = godebug("gctrace", 0) > 0;
    if (gctrace) gctrace_start();
    /* the REPL can switch to the preemptive mode later */
    if (run_sysmon) start_detached(sysmon);
    return m;
}

int sched_run_main(Program *prog, const SchedOptions *opt) {
    M *m = sched_init(prog, opt, false);
    /* goroutine 1: runtime.main, the package initializer that calls main.main */
    Closure *c = GC_MALLOC(sizeof(Closure));
    c->fn = prog->init_index;
    G *g = newproc(NULL, c, NULL, 0);
    runq_put(&m->p->runq, g, false);
    schedule(m);
}

/* ---- the REPL ---- */

void sched_start(Program *prog, const SchedOptions *opt) { sched_init(prog, opt, true); }

void sched_set_mode(SchedMode mode) { sched.mode = mode; }
void sched_set_program(Program *prog) { sched.prog = prog; }
SchedMode sched_mode(void) { return sched.mode; }
void sched_set_exit_hook(void (*hook)(void)) { sched.exit_hook = hook; }

InputEnd sched_run_input(int fn, volatile sig_atomic_t *interrupt) {
    Closure *c = GC_MALLOC(sizeof(Closure));
    c->fn = fn;
    G *g = newproc(NULL, c, NULL, 0);
    pthread_mutex_lock(&sched.lock);
    note_clear(&sched.input_done);
    sched.input = g;
    pthread_mutex_unlock(&sched.lock);
    atomic_store(&g->status, G_RUNNABLE);
    globrunq_put(&sched.runq, g);
    wakep();
    int64_t asked = 0;
    while (!note_tsleep(&sched.input_done, 20 * 1000000)) {
        if (!*interrupt) continue;
        if (!asked) {
            /* stop it at its next back-edge or call: the VM's preemption check */
            asked = sched_nanotime();
            atomic_store(&g->interrupted, true);
            atomic_store_explicit(&g->preempt, true, memory_order_relaxed);
        } else if (sched_nanotime() - asked > 200 * 1000000) {
            /* blocked (or in a long native): give it up, it stops when it runs */
            pthread_mutex_lock(&sched.lock);
            if (sched.input == g) {
                sched.input = NULL;
                sched.input_end = INPUT_INTERRUPTED;
                note_wakeup(&sched.input_done);
            }
            pthread_mutex_unlock(&sched.lock);
        }
    }
    out_flush();
    pthread_mutex_lock(&sched.lock);
    InputEnd how = sched.input_end;
    pthread_mutex_unlock(&sched.lock);
    return how;
}

/* Go's traceback of a goroutine running elsewhere: its stack is moving. */
void sched_print_live(FILE *out) {
    pthread_mutex_lock(&sched.glock);
    size_t n;
    G **gs = live_gs(false, &n);
    for (size_t i = 0; i < n; i++) {
        if (i) fprintf(out, "\n");
        if (atomic_load(&gs[i]->status) == G_RUNNING)
            fprintf(out, "goroutine %lld [running]:\n\tgoroutine running on other thread; stack unavailable\n",
                    (long long)gs[i]->id);
        else
            vm_write_trace(out, gs[i], g_state(gs[i]));
    }
    if (!n) fprintf(out, "no goroutines\n");
    free(gs);
    pthread_mutex_unlock(&sched.glock);
}
