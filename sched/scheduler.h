/* scheduler.h — the G/M/P scheduler and its park/ready layer.
 *
 * Modelled on Go's runtime/proc.go. A G (vm.h) is a goroutine: all of its
 * state is data, so any M (an OS thread) holding a P (a processor: a run
 * queue and a timer heap) can run it with vm_execute and drop it again
 * when it blocks, yields or is preempted.
 *
 * The park/ready layer is what semaphores, sync, channels, select and
 * timers are built on:
 *
 *   - A native that must block puts g on some wait queue under that queue's
 *     lock, calls sched_park(g, reason, unlock, arg) and returns NAT_PARK.
 *     The VM saves g's state and returns to the scheduler, which marks g
 *     waiting and only then calls unlock(g, arg) (Go's gopark unlockf): so a
 *     waker that takes the lock next cannot ready g before g has stopped
 *     running. If unlock returns false, g does not park but runs on.
 *   - Whoever wakes g (with the queue's lock released or held) calls
 *     sched_ready(g): g goes into the runnext slot of the P of the calling
 *     thread (Go's goready), so a hand-off runs the woken goroutine next.
 *   - g resumes at the instruction after the native's call. Results the
 *     waker hands over are written into g's stack by index (a Sudog keeps
 *     the slot index, never a pointer into the stack: DESIGN.md invariant 3).
 */
#ifndef MINIGO_SCHED_H
#define MINIGO_SCHED_H

#include <signal.h>
#include <stdint.h>
#include <stdio.h>
#include "timer.h"
#include "vm.h"

/* ---- starting the program ---- */

typedef enum SchedMode { SMODE_PREEMPT, SMODE_COOP, SMODE_FIFO } SchedMode;

typedef struct SchedOptions {
    SchedMode mode;           /* -sched=preempt|coop|fifo */
    uint64_t seed;            /* -sched-seed=N: randomized, reproducible choices; 0 = off */
} SchedOptions;

/* After GC_INIT: the collector's warnings are silenced, and running out
 * of memory ends the program as Go's "fatal error: runtime: out of memory"
 * (status 2) instead of returning NULL or aborting. */
void sched_gc_init(void);

/* Runs the program's initializer and main.main on goroutine 1 with
 * GOMAXPROCS Ps; returns the process exit status (0, or 2 after a panic or
 * a deadlock). Goroutines still running when main returns are dropped. */
int sched_run_main(Program *prog, const SchedOptions *opt);

/* Gives the VM the scheduler's services (vm.h's vm_host: go, channels,
 * select, exit). sched_run_main and sched_start do it first. */
void sched_install_vm_host(void);

/* ---- the REPL: the scheduler in the background ---- */

/* Starts the scheduler without taking over the calling thread (which
 * runs no Go code): Ms start as goroutines need them. */
void sched_start(Program *prog, const SchedOptions *opt);

typedef enum InputEnd { INPUT_DONE, INPUT_PANIC, INPUT_DEADLOCK, INPUT_INTERRUPTED } InputEnd;
/* Runs prog->funcs[fn] on a new goroutine and waits until it returns, or
 * panics (the panic is printed and the goroutine dropped), or it and
 * every other goroutine are blocked (Go's deadlock report is printed), or
 * *interrupt becomes true (Ctrl-C: the goroutine stops at its next
 * preemption point; if it is blocked, it is given up, and dropped when it
 * runs again). Other goroutines run on. */
InputEnd sched_run_input(int fn, volatile sig_atomic_t *interrupt);
/* Each live goroutine, as a traceback shows it (:goroutines). */
void sched_print_live(FILE *out);
void sched_set_mode(SchedMode mode);
/* The program new goroutines of the REPL run (:reset makes a new one). */
void sched_set_program(Program *prog);
SchedMode sched_mode(void);
/* Called just before the process exits (os.Exit, a fatal error). */
void sched_set_exit_hook(void (*hook)(void));

/* ---- goroutines ---- */

/* The go statement: a new goroutine runs the closure cl with args (Go's
 * newproc); `creator` is the goroutine that ran the go statement. */
void sched_go(G *creator, Closure *cl, const Value *args, int nargs);

/* The goroutine running on the calling thread, or NULL. */
G *sched_curg(void);

/* ---- coroutines (Go's runtime/coro.go; stdlib/coro.c) ----
 * A coroutine is a goroutine that runs only when another switches to it,
 * on the switching goroutine's M and P, which waits meanwhile: control
 * passes directly, never through a run queue. */

/* A new goroutine that will run cl(args) when first switched to; it
 * waits ("coroutine") until then and counts as a goroutine. */
G *sched_newcoro(G *creator, Closure *cl, const Value *args, int nargs);
/* Called by a native of g (running) that returns NAT_PARK next: g waits
 * ("coroutine") and `next`, a goroutine waiting to be switched to, runs
 * at once on this M. With g_exits, g is ending instead (the native returns
 * NAT_OK and g's last frame returns): next runs when it has. */
void sched_coroswitch(G *g, G *next, bool g_exits);

/* ---- the park/ready layer ---- */

typedef bool (*ParkUnlockFn)(G *g, void *arg);

/* Called by a native just before it returns NAT_PARK (see above). reason
 * is Go's wait reason as shown in traces: "chan receive", "sleep",
 * "sync.Mutex.Lock", "select (no cases)", ... unlock may be NULL. */
void sched_park(G *g, const char *reason, ParkUnlockFn unlock, void *arg);

/* Makes a parked g runnable on the calling thread's P, in runnext. Call it
 * from a native of a running goroutine or from a timer callback. */
void sched_ready(G *g);

/* ---- goroutines readied from outside the scheduler ----
 *
 * A goroutine may park until a thread that runs no Go code and holds no P
 * readies it: stdlib/ioblock.c's worker threads, which do the read(2) or
 * write(2) that would block, so that the goroutine waits and its P runs
 * others. While such a wait is out, every P may be idle with nothing
 * runnable and yet nothing is deadlocked (Go's checkdead does not count a
 * goroutine in a system call as asleep), so the waits are counted:
 *
 *   - the native calls sched_external_begin() before it parks (from its
 *     unlock function, or before returning NAT_PARK);
 *   - the outside thread calls sched_external_ready(g) when g may run: g
 *     goes on the global run queue, the count goes down, and an idle P's
 *     M is woken (which, finding nothing, runs checkdead again).
 *
 * checkdead reports nothing while the count is above zero. */
void sched_external_begin(void);
void sched_external_ready(G *g);

/* A waiter on a wait queue (Go's sudog): channels, select and semaphores
 * link these. `slot` is the index in g->stack where a hand-over value is
 * written (or read, for a blocked sender), never a pointer into the stack. */
typedef struct Sudog {
    G *g;
    struct Sudog *next, *prev;
    size_t slot;              /* g->stack[slot]: the value to send or the place to receive into */
    void *obj;                /* what it waits on: the channel, the semaphore's address */
    int64_t ticket;           /* semaphores: FIFO hand-off ticket; select: the case index */
    bool success;             /* channels: woken by a value (true) or by close (false) */
    bool is_select;
    struct Sudog *waitlink;   /* select: the G's other sudogs */
    _Atomic uint32_t *selectdone; /* select: the first to CAS this 0->1 wins the G */
} Sudog;

/* ---- time ---- */

/* time.Sleep(ns): parks g with reason "sleep" until ns have passed (a
 * non-positive ns returns at once). Returns the native's status. */
NatStatus sched_sleep(G *g, int64_t ns);

/* Puts t into the timer heap of the calling thread's P, to fire at when
 * (ns of sched_nanotime), then every period ns if period > 0. The callback
 * runs on a thread holding a P, so it may call sched_ready. */
void sched_timer_add(Timer *t, int64_t when, int64_t period);
/* Timer.Reset: timer_reset on the calling thread's P. */
bool sched_timer_reset(Timer *t, int64_t when, int64_t period);

/* A random number from the calling M's generator: seeded from
 * -sched-seed when given, so choices (select's poll order) repeat. */
uint64_t sched_rand(void);

/* ---- the runtime package ---- */

NatStatus sched_gosched(G *g);         /* runtime.Gosched */
/* Go's goyield: like Gosched, but g waits at the tail of its own P's run
 * queue (behind a G it has just readied into runnext), not on the global
 * queue. Return its result from the native. */
NatStatus sched_goyield(G *g);
int sched_gomaxprocs(int64_t n);       /* runtime.GOMAXPROCS: sets when n > 0 (at most 1024), returns the previous */
/* Go's sync_runtime_canSpin: a contended Mutex may spin (round iter) only
 * for a few rounds, on a multicore machine, with GOMAXPROCS > 1 and some
 * other P running, and nothing waiting in this P's run queue. Lock-free. */
bool sched_can_spin(int64_t iter);
int sched_numcpu(void);                /* runtime.NumCPU */
int64_t sched_numgoroutine(void);      /* runtime.NumGoroutine */
int64_t sched_stack_inuse(void);       /* bytes of goroutine stacks (MemStats.StackInuse) */
void sched_stack_account(int64_t delta); /* a stack was allocated (+) or freed (-) */

/* Ends the program at once with status code (os.Exit, main returning):
 * flushes standard output; other goroutines are dropped. */
_Noreturn void sched_exit(int code);
/* Stops every goroutine (as far as they reach a preemption point soon),
 * prints header and every goroutine's trace, as Go's crash dump, and exits
 * with status 2. self: the calling goroutine, or NULL from another thread. */
_Noreturn void sched_dump_and_exit(G *self, const char *header);

#endif
