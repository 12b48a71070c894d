/* g.h — a goroutine's state: the G, its frames, its deferred calls and
 * its panics. All of it is data (DESIGN.md invariant 2): any M can run a
 * G with vm_execute and drop it again. The VM (vm/) runs Gs, the scheduler
 * (sched/) moves them between Ps and wait queues; both see this one
 * definition. Frames hold the base as a stack index, never a pointer, and
 * nothing else points into the stack (invariant 3), so a stack can move
 * when it grows.
 *
 * The compiled program a G runs (struct Program, struct Proto, struct
 * Instr, struct NativeDesc) is vm.h's; a sudog (struct Sudog) is the
 * scheduler's; here they are only pointed at.
 */
#ifndef MINIGO_RT_G_H
#define MINIGO_RT_G_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include "rtvalue.h"

struct Proto;
struct Program;
struct Instr;
struct NativeDesc;
struct Sudog;

/* FRAME_PANIC_TEXT: the Error() or String() call that gives an unrecovered
 * panic's report its text (Go's preprintpanics), run on the panicking G */
enum { FRAME_DEFERRED = 1, FRAME_DEFERRED_PANIC = 2, FRAME_PANIC_TEXT = 4 };

typedef struct Frame {
    const struct Proto *proto;
    Closure *cl;             /* the running closure (NULL for a static call) */
    uint32_t flags;          /* FRAME_DEFERRED*: a deferred call run by a return or a panic; FRAME_PANIC_TEXT */
    const struct Instr *pc;  /* saved pc: the next instruction to run */
    size_t base;             /* index of R[0] in the G's stack */
} Frame;

typedef enum GStatus { G_IDLE, G_RUNNABLE, G_RUNNING, G_WAITING, G_DEAD } GStatus;

typedef struct G {
    int64_t id;
    _Atomic int status;      /* a GStatus */
    struct Program *prog;
    Value *stack;            /* registers of all frames */
    size_t stack_cap;        /* in slots */
    Frame *frames;
    int nframes, frames_cap;
    /* the value a native or the VM is raising: set with NAT_PANIC, taken
     * by the dispatch loop, which starts a Panic with it */
    GoBox *panic_val;
    /* deferred calls, innermost first; each belongs to a frame index */
    struct DeferRec *defers;
    /* the active panics, newest first (Go's g._panic); see panic.c */
    struct Panic *panic;
    char *panic_trace;       /* the stack where the oldest active panic began */
    bool goexiting;          /* runtime.Goexit: unwinding through deferred calls */

    /* ---- scheduler state (sched/) ---- */
    _Atomic bool preempt;    /* set by sysmon: stop at the next back-edge or call */
    _Atomic bool interrupted;/* the REPL's Ctrl-C: dropped at its next preemption point */
    const char *waitreason;  /* why it is waiting: "chan receive", "sleep", ... */
    bool (*park_unlock)(struct G *, void *);  /* see sched_park */
    void *park_arg;
    struct G *schedlink;     /* free lists */
    struct G *coro_next;     /* a coroutine switch (sched_coroswitch): the G this one hands its M to */
    struct Sudog *waiting;   /* select: the sudogs it is queued on */
    void *sleep_timer;       /* time.Sleep's timer, reused */
    const struct Proto *created_by; /* the function and line of the go statement */
    int created_line;
    int64_t parent_id;
} G;

/* A panic in progress. A deferred call that panics starts a newer one,
 * linked to this; when the newer one unwinds past the frame this one was
 * running, this one is aborted (it stays in the chain, for the report,
 * until a recovery below it). */
typedef struct Panic {
    struct Panic *link;      /* the older panic it interrupted */
    GoBox *val;
    int frame;               /* G.frames index of the deferred call it runs, or -1 */
    bool recovered;          /* recover() returned it; done when that call returns */
    bool aborted;            /* a newer panic unwound past its deferred call */
    bool text_asked;         /* the report has asked for its value's Error()/String() */
    const char *text;        /* what that returned (NULL: not called, or not yet returned) */
} Panic;

typedef struct DeferRec {
    struct DeferRec *next;
    int frame;               /* index in G.frames of the frame that deferred */
    Closure *cl;             /* the function, or */
    const struct NativeDesc *native; /* a native */
    int nargs;
    Value args[];
} DeferRec;

#endif
