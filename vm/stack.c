/* stack.c — goroutine stacks: setting a G up, releasing and shrinking its
 * stack, growing it when a call needs room, and Go's 1 GB stack limit.
 *
 * Invariants (DESIGN.md 3):
 *  - Nothing points into a stack and Frames keep indexes, so a stack or a
 *    frame array is moved by copying; whoever grows it reloads its base.
 *  - vm_stack_inuse counts the bytes of all stacks and frame arrays
 *    (MemStats.StackInuse): every allocation and drop goes through account.
 *  - Sizes double; the last step is clamped so that slots and frames stay
 *    within STACK_LIMIT, counting what each frame stands for in Go
 *    (vm_frame_bytes); needing more is Go's fatal "stack overflow".
 */
#include <gc.h>
#include <stdatomic.h>
#include <stdio.h>
#include <unistd.h>
#include <string.h>
#include "vm_int.h"

VmHost vm_host;

#ifdef MINIGO_TINY_STACKS
#define STACK_START 8
#else
#define STACK_START VM_STACK_START
#endif
#define FRAMES_START 4
#define BIG_OLD_COPY (1 << 20)   /* bytes: growing frees old copies this big itself */

/* Bytes of all goroutine stacks (slots and frames): MemStats.StackInuse */
_Atomic int64_t vm_stack_inuse;

static void account(int64_t delta) { atomic_fetch_add_explicit(&vm_stack_inuse, delta, memory_order_relaxed); }

void vm_init_g(G *g, Program *prog, Closure *cl, const Value *args, int nargs) {
    g->prog = prog;
    const Proto *p = prog->funcs[cl->fn];
    size_t need = (size_t)p->nregs > (size_t)nargs ? (size_t)p->nregs : (size_t)nargs;
    if (!g->stack || g->stack_cap < need) {
        size_t cap = need > STACK_START ? need : STACK_START;
        account((int64_t)(cap - g->stack_cap) * (int64_t)sizeof(Value));
        g->stack = GC_MALLOC(sizeof(Value) * cap);
        g->stack_cap = cap;
    }   /* a reused stack was cleared by vm_release_g */
    for (int i = 0; i < nargs; i++) g->stack[i] = args[i];
    if (!g->frames) {
        g->frames_cap = FRAMES_START;
        g->frames = GC_MALLOC(sizeof(Frame) * (size_t)g->frames_cap);
        account((int64_t)sizeof(Frame) * FRAMES_START);
    }
    g->frames[0] = (Frame){ p, cl->ncells ? cl : NULL, 0, p->code, 0 };
    g->nframes = 1;
    g->panic_val = NULL;
    g->defers = NULL;
    g->panic = NULL;
    g->panic_trace = NULL;
    g->goexiting = false;
    g->preempt = false;
    g->interrupted = false;
    g->waitreason = NULL;
    g->status = G_RUNNABLE;
}

G *vm_new_g(Program *prog, int fn, const Value *args, int nargs) {
    static _Atomic int64_t next_id = 1;
    G *g = GC_MALLOC(sizeof *g);
    g->id = atomic_fetch_add_explicit(&next_id, 1, memory_order_relaxed);
    Closure c = { .fn = fn, .ncells = 0 };
    vm_init_g(g, prog, &c, args, nargs);
    return g;
}

/* A dead goroutine keeps its G and stack for reuse (Go's gfput), but a big
 * stack is dropped, and nothing it referenced stays reachable. */
void vm_release_g(G *g) {
    g->status = G_DEAD;
    if (g->stack_cap > 16 * STACK_START) {
        account(-(int64_t)(g->stack_cap * sizeof(Value)));
        g->stack = NULL;
        g->stack_cap = 0;
    } else {
        memset(g->stack, 0, sizeof(Value) * g->stack_cap);
    }
    if (g->frames_cap > 16 * FRAMES_START) {
        account(-(int64_t)((size_t)g->frames_cap * sizeof(Frame)));
        g->frames = NULL;
        g->frames_cap = 0;
    }
    g->nframes = 0;
    g->defers = NULL;
    g->panic_val = NULL;
    g->panic = NULL;
    g->waiting = NULL;
    g->park_arg = NULL;
}

/* Go's shrinkstack: a parked goroutine using under a quarter of its stack
 * (slots, and frames) gets one half the size (never below the start). */
void vm_shrink_stack(G *g) {
    if (g->frames_cap > FRAMES_START && g->nframes < g->frames_cap / 4) {
        int cap = g->frames_cap / 2;
        Frame *nf = GC_MALLOC(sizeof(Frame) * (size_t)cap);
        memcpy(nf, g->frames, sizeof(Frame) * (size_t)g->nframes);
        account(-(int64_t)((size_t)(g->frames_cap - cap) * sizeof(Frame)));
        g->frames = nf;
        g->frames_cap = cap;
    }
    if (g->stack_cap <= STACK_START || g->nframes == 0) return;
    const Frame *top = &g->frames[g->nframes - 1];
    size_t used = top->base + (size_t)top->proto->nregs;
    if (used >= g->stack_cap / 4) return;
    size_t cap = g->stack_cap / 2;
    Value *ns = GC_MALLOC(sizeof(Value) * cap);
    memcpy(ns, g->stack, sizeof(Value) * used);
    account(-(int64_t)((g->stack_cap - cap) * sizeof(Value)));
    if (vm_host.trace_stack) vm_host.trace_stack(g, (int64_t)(g->stack_cap * sizeof(Value)), (int64_t)(cap * sizeof(Value)));
    g->stack = ns;
    g->stack_cap = cap;
}

/* ---- the stack limit ---- */

static _Noreturn void stack_overflow(G *g) {
    out_flush();
    fprintf(stderr, "runtime: goroutine stack exceeds %llu-byte limit\n", STACK_LIMIT);
    fprintf(stderr, "fatal error: stack overflow\n\n");
    fprintf(stderr, "runtime stack:\n");
    /* print only the innermost frames, as Go elides the middle of deep traces */
    int n = g->nframes;
    if (n > 100) {
        Frame *keep = g->frames;
        g->frames = keep + n - 50;
        g->nframes = 50;
        vm_print_trace(g, "running");
        fprintf(stderr, "...additional frames elided...\n");
        g->frames = keep;
    } else {
        vm_print_trace(g, "running");
    }
    if (vm_host.exit) vm_host.exit(2);
    _exit(2);
}

int vm_frame_bytes(const Proto *p) {
    int64_t b = (int64_t)p->nregs * (int64_t)sizeof(Value);
    for (int j = 0; j < p->ncode; j++)
        if (p->code[j].op == OP_NEWAGG) b += (int64_t)instr_bx(p->code[j]) * (int64_t)sizeof(Value);
    return b > INT32_MAX ? INT32_MAX : (int)b;
}

/* Past Go's limit, counting what the frames stand for (vm_frame_bytes):
 * checked when the stack or the frame array doubles, so the walk over the
 * frames costs O(1) per call, amortized. */
static void check_stack_limit(G *g, size_t slots, size_t frames) {
    uint64_t bytes = (uint64_t)slots * sizeof(Value) + (uint64_t)frames * sizeof(Frame);
    if (bytes > STACK_LIMIT) stack_overflow(g);
    for (int j = 0; j < g->nframes; j++) {
        const Proto *p = g->frames[j].proto;
        bytes += (uint64_t)(p->frame_bytes - p->nregs * (int)sizeof(Value));
    }
    if (bytes > STACK_LIMIT) stack_overflow(g);
}

/* ---- growth ---- */

void vm_grow_stack(G *g, size_t need) {
    size_t frames_bytes = (size_t)g->frames_cap * sizeof(Frame);
    check_stack_limit(g, need, (size_t)g->frames_cap);
    size_t cap = g->stack_cap;
    while (cap < need) cap *= 2;
    if (cap * sizeof(Value) + frames_bytes > STACK_LIMIT) cap = (STACK_LIMIT - frames_bytes) / sizeof(Value);
    Value *ns = cap * sizeof(Value) > 100000 ? GC_MALLOC_IGNORE_OFF_PAGE(sizeof(Value) * cap)
                                             : GC_MALLOC(sizeof(Value) * cap);
    memcpy(ns, g->stack, sizeof(Value) * g->stack_cap);
    account((int64_t)((cap - g->stack_cap) * sizeof(Value)));
    /* nothing points into a stack (invariant 3) and every caller reloads
     * its base after growing: a big old copy goes back at once instead of
     * waiting for a collection while the deep recursion goes on */
    if (g->stack_cap * sizeof(Value) >= BIG_OLD_COPY) GC_FREE(g->stack);
    if (vm_host.trace_stack) vm_host.trace_stack(g, (int64_t)(g->stack_cap * sizeof(Value)), (int64_t)(cap * sizeof(Value)));
    g->stack = ns;
    g->stack_cap = cap;
}

void vm_grow_frames(G *g) {
    size_t stack_bytes_now = g->stack_cap * sizeof(Value);
    size_t need = (size_t)g->nframes + 1;
    check_stack_limit(g, g->stack_cap, need);
    size_t cap = (size_t)g->frames_cap * 2;
    if (cap * sizeof(Frame) + stack_bytes_now > STACK_LIMIT) cap = (STACK_LIMIT - stack_bytes_now) / sizeof(Frame);
    Frame *nf = cap * sizeof(Frame) > 100000 ? GC_MALLOC_IGNORE_OFF_PAGE(sizeof(Frame) * cap)
                                             : GC_MALLOC(sizeof(Frame) * cap);
    memcpy(nf, g->frames, sizeof(Frame) * (size_t)g->nframes);
    account((int64_t)((cap - (size_t)g->frames_cap) * sizeof(Frame)));
    if ((size_t)g->frames_cap * sizeof(Frame) >= BIG_OLD_COPY) GC_FREE(g->frames);
    g->frames = nf;
    g->frames_cap = (int)cap;
}
