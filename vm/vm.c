/* vm.c — the dispatch loop, calls and returns on the goroutine's own
 * stack, stack growth, and run-time panics.
 *
 * Invariants (DESIGN.md 2 and 3):
 *  - A Go call pushes a Frame on g->frames and continues in this same C
 *    loop: vm_execute never calls itself.
 *  - The loop keeps `base` (a pointer into g->stack) only in a local; the
 *    Frames keep indexes. After anything that can move the stack (a call
 *    that grows it), `base` is recomputed from the current frame.
 *  - Before calling a native or raising a panic, the current pc is saved
 *    into the frame (Lua's "savepc"), so traces and resumption are exact.
 */
#include <gc.h>
#include <stdatomic.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "vm.h"
#include "types.h"
#include "map.h"
#include "scheduler.h"
#include "chan.h"

/* The dispatch loop uses computed goto (a GNU extension) where available. */
#if defined(__clang__)
#pragma clang diagnostic ignored "-Wgnu-label-as-value"
#elif defined(__GNUC__)
#pragma GCC diagnostic ignored "-Wpedantic"
#endif

#define STACK_LIMIT 1000000000ull   /* Go's maximum stack size on 64-bit */

#ifdef MINIGO_TINY_STACKS
#define STACK_START 8
#else
#define STACK_START VM_STACK_START
#endif
#define FRAMES_START 4
#define BIG_OLD_COPY (1 << 20)   /* bytes: grow_stack frees old copies this big itself */

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
    g->stack = ns;
    g->stack_cap = cap;
}

_Noreturn void vm_bug(const char *fmt, ...) {
    va_list ap;
    out_flush();
    fprintf(stderr, "minigo: internal error: ");
    va_start(ap, fmt);
    vfprintf(stderr, fmt, ap);
    va_end(ap);
    fprintf(stderr, "\n");
    exit(3);
}

/* ---- traces ---- */

int vm_frame_line(const Frame *f) {
    const Proto *p = f->proto;
    ptrdiff_t at = f->pc - p->code - 1;
    if (at < 0) at = 0;
    if (at >= p->ncode) at = p->ncode - 1;
    return p->ncode ? p->lines[at] : p->line;
}

void vm_print_trace(G *g, const char *reason) { vm_write_trace(stderr, g, reason); }

void vm_write_trace(FILE *out, G *g, const char *reason) {
    fprintf(out, "goroutine %lld [%s]:\n", (long long)g->id, reason);
    const char *path = g->prog->abspath ? g->prog->abspath : g->prog->filename;
    for (int i = g->nframes - 1; i >= 0; i--) {
        const Frame *f = &g->frames[i];
        if (strcmp(f->proto->name, "runtime.main") == 0) continue;
        bool is_main = strcmp(f->proto->name, "main.main") == 0;
        fprintf(out, "%s(%s)\n\t%s:%d\n", f->proto->name, is_main ? "" : "...",
                f->proto->file ? f->proto->file : path, vm_frame_line(f));
    }
    if (g->created_by)
        fprintf(out, "created by %s in goroutine %lld\n\t%s:%d\n", g->created_by->name,
                (long long)g->parent_id, g->created_by->file ? g->created_by->file : path, g->created_line);
}

/* Go's printpanicval: how the panic value is shown after "panic: ". */
void vm_format_panic_value(GoBox *v, char **out);

static Value unbox(const GoBox *b);

static bool same_panic_value(const GoBox *a, const GoBox *b) {
    if (a == b) return true;
    if (!a || !b || a->type != b->type) return false;
    TypeKind k = a->type->under->kind;
    if (k == TY_SLICE || k == TY_MAP || k == TY_FUNC) return false;
    return value_equal(a->type, a->v, b->v);
}

/* Go's printpanicval shows an error by its Error() and a Stringer by its
 * String() (runtime.preprintpanics). Those are Go methods: each runs to
 * completion on a goroutine of its own. Returns NULL when v has neither
 * or the method itself panics. */
static char *panic_method_text(Program *prog, GoBox *v) {
    if (!v) return NULL;
    static const char *names[2];
    if (!names[0]) { names[0] = intern_cstr("Error"); names[1] = intern_cstr("String"); }
    for (int j = 0; j < 2; j++) {
        bool via_ptr;
        const Method *m = vm_find_method(v->type, names[j], &via_ptr);
        if (!m || !m->func || m->type->nparams || m->type->nresults != 1 || m->type->results[0]->under != ty_string) continue;
        Value recv = v->v;
        if (!m->ptr_recv) {
            if (via_ptr) {
                if (!recv.p) return NULL;
                const Type *et = v->type->under->elem;
                recv = type_is_aggregate(et->under) ? unbox(&(GoBox){ et, recv }) : *(Value *)recv.p;
            } else {
                recv = unbox(v);
            }
        }
        G *mg = vm_new_g(prog, m->func->index, &recv, 1);
        mg->id = 0;
        if (vm_execute(mg) != VM_DONE) return NULL;
        GoString *s = mg->stack[0].s;
        char *text = GC_MALLOC_ATOMIC((size_t)str_len(s) + 1);
        memcpy(text, str_data(s), (size_t)str_len(s));
        text[str_len(s)] = 0;
        return text;
    }
    return NULL;
}

void vm_print_panic(G *g) {
    out_flush();
    /* Go's printpanics: the chain, oldest first */
    int n = 0;
    for (Panic *p = g->panic; p; p = p->link) n++;
    Panic **chain = GC_MALLOC(sizeof *chain * (size_t)(n ? n : 1));
    int j = n;
    for (Panic *p = g->panic; p; p = p->link) chain[--j] = p;
    for (j = 0; j < n; j++) {
        char *text = panic_method_text(g->prog, chain[j]->val);
        if (!text) vm_format_panic_value(chain[j]->val, &text);
        if (chain[j]->recovered && j + 1 < n && same_panic_value(chain[j]->val, chain[j + 1]->val)) {
            /* re-panicked with the recovered value: Go shows one line */
            fprintf(stderr, "%spanic: %s [recovered, repanicked]\n", j ? "\t" : "", text);
            j++;
            continue;
        }
        fprintf(stderr, "%spanic: %s%s\n", j ? "\t" : "", text, chain[j]->recovered ? " [recovered]" : "");
    }
    if (!n) {
        char *text = panic_method_text(g->prog, g->panic_val);
        if (!text) vm_format_panic_value(g->panic_val, &text);
        fprintf(stderr, "panic: %s\n", text);
    }
    fputc('\n', stderr);
    if (g->panic_trace) fputs(g->panic_trace, stderr);
    else vm_print_trace(g, "running");
}

_Noreturn void vm_fatal_error(G *g, const char *msg) {
    out_flush();
    fprintf(stderr, "fatal error: %s\n", msg);
    if (g) {
        fprintf(stderr, "\n");
        vm_print_trace(g, "running");
    }
    sched_exit(2);
}

/* ---- panics ---- */

/* The type that made the last map operation on this thread fail. */
static _Thread_local const Type *last_unhashable;
static const Type *value_equal_bad_type(void) { return last_unhashable; }

const Type *vm_rterr_types[VM_RTERR_COUNT];

NatStatus vm_panic_msg(G *g, const char *msg) {
    Value v = { .s = str_cstr(msg) };
    g->panic_val = box_new(ty_string, v);
    return NAT_PANIC;
}

/* Raises a run-time panic of kind k (VM_RTERR_*) with text msg, which
 * has no "runtime error: " prefix: the type's Error method adds it. */
static NatStatus rt_panic(G *g, int k, const char *msg) {
    const Type *t = vm_rterr_types[k];
    Value v;
    if (!t) {
        /* no package runtime (unit tests): the text itself */
        bool prefix = k == VM_RTERR_STRING || k == VM_RTERR_BOUNDS;
        char buf[600];
        snprintf(buf, sizeof buf, "%s%s", prefix ? "runtime error: " : "", msg);
        t = ty_string;
        v.s = str_cstr(buf);
    } else if (k == VM_RTERR_ASSERT || k == VM_RTERR_PANICNIL) {
        Value *blk = GC_MALLOC(sizeof(Value));
        blk[0].s = str_cstr(msg);
        v.p = blk;
    } else {
        v.s = str_cstr(msg);
    }
    g->panic_val = box_new(t, v);
    return NAT_PANIC;
}

/* A runtime.Error whose text has no "runtime error: " prefix (Go's plainError). */
NatStatus vm_runtime_error_plain(G *g, const char *msg) { return rt_panic(g, VM_RTERR_PLAIN, msg); }

static NatStatus rt_panicv(G *g, int k, const char *fmt, va_list ap) {
    char buf[512];
    vsnprintf(buf, sizeof buf, fmt, ap);
    return rt_panic(g, k, buf);
}

NatStatus vm_runtime_error(G *g, const char *fmt, ...) {
    va_list ap;
    va_start(ap, fmt);
    NatStatus st = rt_panicv(g, VM_RTERR_STRING, fmt, ap);
    va_end(ap);
    return st;
}

NatStatus vm_bounds_error(G *g, const char *fmt, ...) {
    va_list ap;
    va_start(ap, fmt);
    NatStatus st = rt_panicv(g, VM_RTERR_BOUNDS, fmt, ap);
    va_end(ap);
    return st;
}

/* Go's boundsError for slice expressions (runtime/error.go): which bound
 * failed picks the message; a negative bound is shown without the other
 * number. kind: the bound checked (SB_*); arr: the operand is an array
 * or string ("with length") rather than a slice ("with capacity"). */
enum { SB_ALEN, SB_B, SB_3ALEN, SB_3B, SB_3C };

static NatStatus slice_bounds_error(G *g, int kind, bool arr, int64_t x, int64_t y) {
    static const char *const pos[] = {
        [SB_ALEN] = "slice bounds out of range [:%lld] with %s %lld",
        [SB_B] = "slice bounds out of range [%lld:%lld]",
        [SB_3ALEN] = "slice bounds out of range [::%lld] with %s %lld",
        [SB_3B] = "slice bounds out of range [:%lld:%lld]",
        [SB_3C] = "slice bounds out of range [%lld:%lld:]",
    };
    static const char *const neg[] = {
        [SB_ALEN] = "slice bounds out of range [:%lld]",
        [SB_B] = "slice bounds out of range [%lld:]",
        [SB_3ALEN] = "slice bounds out of range [::%lld]",
        [SB_3B] = "slice bounds out of range [:%lld:]",
        [SB_3C] = "slice bounds out of range [%lld::]",
    };
    if (x < 0) return vm_bounds_error(g, neg[kind], (long long)x);
    if (kind == SB_ALEN || kind == SB_3ALEN)
        return vm_bounds_error(g, pos[kind], (long long)x, arr ? "length" : "capacity", (long long)y);
    return vm_bounds_error(g, pos[kind], (long long)x, (long long)y);
}

/* ---- stack growth ---- */

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
    sched_exit(2);
}

/* Makes room for `need` slots; moves the stack (nothing points into it).
 * Sizes double; the last step is clamped so that slots and frames together
 * stay within Go's 1 GB limit, and needing more than that is a stack
 * overflow. */
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

static void grow_stack(G *g, size_t need) {
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
    g->stack = ns;
    g->stack_cap = cap;
}

static void grow_frames(G *g) {
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

/* ---- the dispatch loop ---- */

static inline int64_t sext(uint64_t v, int bits) {
    int sh = 64 - bits;
    return (int64_t)(v << sh) >> sh;
}

static inline uint64_t zext(uint64_t v, int bits) {
    return bits >= 64 ? v : v & ((1ull << bits) - 1);
}

/* Go leaves out-of-range float-to-integer conversions implementation
 * defined; these give what amd64's CVTTSD2SQ/CVTTSD2SL give (MinInt64,
 * MinInt32), and the code generator picks them as Go's compiler does
 * (int8..int32, uint8, uint16 through int32; uint32 through int64). */
static int64_t f2i(double d) {
    if (!(d > -9223372036854775808.0 && d < 9223372036854775808.0)) return INT64_MIN;
    return (int64_t)d;
}

static uint64_t f2u(double d) {
    if (d < 0) return (uint64_t)f2i(d);
    if (!(d < 18446744073709551616.0)) return 0x8000000000000000ull;
    return (uint64_t)d;
}

static void utf8_append(char *buf, int *len, int32_t r) {
    if (r < 0 || r > 0x10FFFF || (r >= 0xD800 && r <= 0xDFFF)) r = 0xFFFD;
    if (r < 0x80) { buf[(*len)++] = (char)r; }
    else if (r < 0x800) { buf[(*len)++] = (char)(0xC0 | (r >> 6)); buf[(*len)++] = (char)(0x80 | (r & 0x3F)); }
    else if (r < 0x10000) {
        buf[(*len)++] = (char)(0xE0 | (r >> 12));
        buf[(*len)++] = (char)(0x80 | ((r >> 6) & 0x3F));
        buf[(*len)++] = (char)(0x80 | (r & 0x3F));
    } else {
        buf[(*len)++] = (char)(0xF0 | (r >> 18));
        buf[(*len)++] = (char)(0x80 | ((r >> 12) & 0x3F));
        buf[(*len)++] = (char)(0x80 | ((r >> 6) & 0x3F));
        buf[(*len)++] = (char)(0x80 | (r & 0x3F));
    }
}

/* Decodes one UTF-8 sequence at s[0..n); returns its length, *r = U+FFFD if invalid. */
static int utf8_next(const unsigned char *s, int64_t n, int32_t *r) {
    unsigned c = s[0];
    if (c < 0x80) { *r = (int32_t)c; return 1; }
    int len;
    int32_t min;
    uint32_t v;
    if (c >= 0xC2 && c <= 0xDF) { len = 2; v = c & 0x1F; min = 0x80; }
    else if (c >= 0xE0 && c <= 0xEF) { len = 3; v = c & 0x0F; min = 0x800; }
    else if (c >= 0xF0 && c <= 0xF4) { len = 4; v = c & 0x07; min = 0x10000; }
    else { *r = 0xFFFD; return 1; }
    if (n < len) { *r = 0xFFFD; return 1; }
    for (int i = 1; i < len; i++) {
        if ((s[i] & 0xC0) != 0x80) { *r = 0xFFFD; return 1; }
        v = (v << 6) | (s[i] & 0x3F);
    }
    if ((int32_t)v < min || v > 0x10FFFF || (v >= 0xD800 && v <= 0xDFFF)) { *r = 0xFFFD; return 1; }
    *r = (int32_t)v;
    return len;
}

/* Pushes the frame of a deferred Go call above the current frame's registers. */
static void push_deferred(G *g, DeferRec *d, uint32_t flags) {
    Frame *top = &g->frames[g->nframes - 1];
    size_t nb = top->base + (size_t)top->proto->nregs;
    const Proto *callee = g->prog->funcs[d->cl->fn];
    size_t need = nb + (size_t)(callee->nregs > d->nargs ? callee->nregs : d->nargs);
    if (need > g->stack_cap) grow_stack(g, need);
    if (g->nframes == g->frames_cap) grow_frames(g);
    memcpy(g->stack + nb, d->args, sizeof(Value) * (size_t)d->nargs);
    g->frames[g->nframes++] = (Frame){ callee, d->cl, flags, callee->code, nb };
}

static GoBox *do_recover(G *g, int fi);

static NatStatus deferred_recover_fn(G *g, Value *args) { (void)g; (void)args; return NAT_OK; }
const NativeDesc vm_deferred_recover = { "builtin", "recover", deferred_recover_fn, NULL };

/* Runs a deferred native (fmt.Println, panic, ...) right away; by_panic:
 * the unwinding of a panic runs it, not the frame's return. */
static NatStatus run_deferred_native(G *g, DeferRec *d, bool by_panic) {
    if (d->native == &vm_deferred_recover) {
        /* recover() as if called at the end of the frame that deferred it */
        if (!by_panic) do_recover(g, g->nframes - 1);
        return NAT_OK;
    }
    Frame *top = &g->frames[g->nframes - 1];
    size_t nb = top->base + (size_t)top->proto->nregs;
    size_t need = nb + (size_t)d->nargs + 8;
    if (need > g->stack_cap) grow_stack(g, need);
    memcpy(g->stack + nb, d->args, sizeof(Value) * (size_t)d->nargs);
    return d->native->fn(g, g->stack + nb);
}

/* ---- the panic chain (Go's g._panic) ----
 * A panic starts with g->panic_val and runs the deferred calls of the
 * frames from the top down. recover() stops it only when called by a
 * deferred call that this panic itself is running (p->frame); that call
 * returns normally, the panic is over, and the frame that deferred the
 * call returns normally from its epilogue. A deferred call that panics
 * starts a newer panic on top of the chain: if the newer one is recovered
 * inside that call, the older one goes on unwinding; if it unwinds past
 * the call, the older one is aborted. */

/* Starts a panic with g->panic_val, and keeps the stack where the oldest
 * active panic began (unwinding pops frames) for the report. */
static void start_panic(G *g) {
    Panic *p = GC_MALLOC(sizeof *p);
    *p = (Panic){ .link = g->panic, .val = g->panic_val, .frame = -1 };
    g->panic = p;
    g->panic_val = NULL;
    if (!p->link) {
        g->panic_trace = NULL;
        char *buf = NULL;
        size_t len = 0;
        FILE *mf = open_memstream(&buf, &len);
        if (mf) {
            vm_write_trace(mf, g, "running");
            fclose(mf);
            char *copy = GC_MALLOC_ATOMIC(len + 1);
            memcpy(copy, buf, len);
            copy[len] = 0;
            free(buf);
            g->panic_trace = copy;
        }
    }
}

/* recover() called in the frame at index fi. */
static GoBox *do_recover(G *g, int fi) {
    Panic *p = g->panic;
    if (!p || p->recovered || p->frame != fi || !(g->frames[fi].flags & FRAME_DEFERRED_PANIC)) return NULL;
    p->recovered = true;
    return p->val;
}

/* The deferred call that recovered the newest panic returned: that panic
 * is over, and so are the older ones it had aborted. */
static void end_recovered_panic(G *g) {
    Panic *p = g->panic->link;
    while (p && p->aborted) p = p->link;
    g->panic = p;
    if (!p) g->panic_trace = NULL;
}

/* Unwinding pops frame fi: an older panic that was running it is aborted. */
static void pop_frame_of_panics(G *g, int fi) {
    for (Panic *p = g->panic ? g->panic->link : NULL; p; p = p->link)
        if (p->frame == fi) p->aborted = true;
}

/* The method `name` in the method set of dynamic type dt, or NULL. */
const Method *vm_find_method(const Type *dt, const char *name, bool *via_ptr) {
    *via_ptr = dt->under->kind == TY_POINTER && !dt->name;
    const Type *base = *via_ptr ? dt->under->elem : dt;
    if (base->under->kind == TY_INTERFACE) return NULL;   /* an interface's methods have no bodies */
    for (int j = 0; j < base->nmethods; j++) {
        const Method *m = &base->methods[j];
        if (m->name != name) continue;
        if (m->ptr_recv && !*via_ptr) return NULL;
        return m;
    }
    return NULL;
}

/* Finds method `name` of dynamic type dt, looking through embedded fields
 * (promoted methods) breadth first, as the spec's selector rule does.
 * With a value (has_v), *rt and *rv get the receiver the method is called on:
 * the embedded field's value, or for an embedded interface its dynamic
 * value. Without a value it only answers whether the method exists, and
 * gives its type in *ftype. Returns NULL if absent; *nil_recv is set when the walk
 * meets a nil pointer or nil interface. */
const Method *vm_resolve_method(const Type *dt, Value v, bool has_v, const char *name,
                                const Type **rt, Value *rv, const Type **ftype, bool *nil_recv) {
    /* addr: the candidate is reached through a pointer, so its pointer
     * methods are promoted too (the spec's method set of *S); at is then
     * where it is stored */
    typedef struct { const Type *t; Value v; bool addr; Value *at; } Cand;
    Cand cur[32], next[32];
    int ncur = 1;
    cur[0] = (Cand){ dt, v, false, NULL };
    for (int depth = 0; depth < 8 && ncur; depth++) {
        int nnext = 0;
        for (int c = 0; c < ncur; c++) {
            const Type *t = cur[c].t;
            bool via_ptr;
            const Method *m = vm_find_method(t, name, &via_ptr);
            if (!m && cur[c].addr && !via_ptr) {
                /* a pointer method of an addressable embedded field */
                for (int j = 0; j < t->nmethods; j++)
                    if (t->methods[j].name == name && t->methods[j].ptr_recv) m = &t->methods[j];
                if (m) {
                    if (rt) *rt = t;
                    if (rv) *rv = type_is_aggregate(t->under) ? cur[c].v : (Value){ .p = cur[c].at };
                    if (ftype) *ftype = m->type;
                    return m;
                }
            }
            if (m) {
                if (rt) *rt = t;
                if (rv) *rv = cur[c].v;
                if (ftype) *ftype = m->type;
                return m;
            }
            bool is_ptr = t->under->kind == TY_POINTER && !t->name;
            const Type *base = is_ptr ? t->under->elem : t;
            const Type *u = base->under;
            if (depth > 0 && u->kind == TY_INTERFACE) {
                for (int j = 0; j < u->nmethods; j++) {
                    if (u->methods[j].name != name) continue;
                    if (ftype) *ftype = u->methods[j].type;
                    if (!has_v) return &u->methods[j];
                    GoBox *b = cur[c].v.ifc;
                    if (!b) { *nil_recv = true; return NULL; }
                    return vm_resolve_method(b->type, b->v, true, name, rt, rv, ftype, nil_recv);
                }
                continue;
            }
            if (u->kind != TY_STRUCT) continue;
            bool addr = is_ptr || cur[c].addr;
            const Value *blk = has_v ? cur[c].v.p : NULL;
            for (int f = 0; f < u->nfields && nnext < 32; f++) {
                if (!u->fields[f].embedded) continue;
                const Type *ft = u->fields[f].type;
                Value fv = { .u = 0 };
                Value *at = NULL;
                if (has_v) {
                    if (!blk) { *nil_recv = true; return NULL; }
                    int off = type_field_offset(u, f);
                    fv = value_load(ft, blk + off);
                    at = (Value *)blk + off;
                }
                next[nnext++] = (Cand){ ft, fv, addr, at };
            }
        }
        memcpy(cur, next, sizeof(Cand) * (size_t)nnext);
        ncur = nnext;
    }
    return NULL;
}

/* Whether dynamic type dt is t (identical) or implements interface t;
 * *missing gets the first missing method. */
bool vm_dyn_is(const Type *dt, const Type *t, const char **missing) {
    if (t->under->kind != TY_INTERFACE) return dt == t || type_identical(dt, t);
    const Type *iu = t->under;
    for (int j = 0; j < iu->nmethods; j++) {
        const Type *ft = NULL;
        bool nil_recv = false;
        const Method *m = vm_resolve_method(dt, (Value){ .u = 0 }, false, iu->methods[j].name, NULL, NULL, &ft, &nil_recv);
        if (!m || !type_identical(ft, iu->methods[j].type)) {
            if (missing) *missing = iu->methods[j].name;
            return false;
        }
    }
    return true;
}

/* The value inside a box, as a value of its dynamic type (aggregates copied). */
static Value unbox(const GoBox *b) {
    Value v = b->v;
    if (type_is_aggregate(b->type->under)) {
        size_t n = (size_t)type_slots(b->type);
        Value *blk = GC_MALLOC(sizeof(Value) * n);
        memcpy(blk, v.p, sizeof(Value) * n);
        v.p = blk;
    }
    return v;
}

static Value zero_of(const Type *t) {
    Value v = { .u = 0 };
    if (type_is_aggregate(t->under)) v.p = GC_MALLOC(sizeof(Value) * (size_t)type_slots(t));
    return v;
}

VmStatus vm_execute(G *g) {
#if defined(__GNUC__)
#define USE_COMPUTED_GOTO 1
#endif
    Program *prog = g->prog;
    int entry_depth = 1;
    Frame *f = &g->frames[g->nframes - 1];
    const Proto *p = f->proto;
    const Instr *pc = f->pc;
    Value *base = g->stack + f->base;
    const Value *k = p->k;
    Closure *cl = f->cl;
    Instr i;

#define RELOAD() do { f = &g->frames[g->nframes - 1]; p = f->proto; k = p->k; cl = f->cl; \
                         pc = f->pc; base = g->stack + f->base; } while (0)
#define RA (base[i.a])
#define RB (base[i.b])
#define RC (base[i.c])
#define SAVEPC() (f->pc = pc)
/* sysmon asked this goroutine to stop (at a back-edge or a call) */
#define PREEMPT_CHECK() do { \
        if (__builtin_expect(atomic_load_explicit(&g->preempt, memory_order_relaxed), 0)) { \
            SAVEPC(); return VM_PREEMPT; } } while (0)
/* a taken jump; a backward one is a preemption point */
#define JUMP(off) do { int off_ = (off); pc += off_; if (off_ < 0) PREEMPT_CHECK(); } while (0)
#define JUMP_IF(cond) do { if (cond) JUMP(instr_sc(i)); } while (0)
#define PANIC_RT(...) do { SAVEPC(); vm_runtime_error(g, __VA_ARGS__); goto panic; } while (0)
#define PANIC_BOUNDS(...) do { SAVEPC(); vm_bounds_error(g, __VA_ARGS__); goto panic; } while (0)
#define SLICE_PANIC(kind, arr, x, y) do { SAVEPC(); slice_bounds_error(g, kind, arr, x, y); goto panic; } while (0)
    int slice_form;
/* Go's boundsError: a negative index is shown without the length */
#define INDEX_PANIC(idx, len) do { \
        if ((idx) < 0) PANIC_BOUNDS("index out of range [%lld]", (long long)(idx)); \
        PANIC_BOUNDS("index out of range [%lld] with length %lld", (long long)(idx), (long long)(len)); \
    } while (0)

    /* a goroutine woken from a channel operation finishes it first */
    if (g->waiting && chan_resume(g) == NAT_PANIC) goto panic;

#ifdef USE_COMPUTED_GOTO
    static const void *const labels[OP_COUNT] = {
#define OP(name, fmt, doc) &&L_##name,
        OPCODE_LIST(OP)
#undef OP
    };
#define CASE(name) L_##name:
#define NEXT() do { i = *pc++; goto *labels[i.op]; } while (0)
    NEXT();
#else
#define CASE(name) case OP_##name:
#define NEXT() goto dispatch
dispatch:
    i = *pc++;
    switch ((Opcode)i.op) {
#endif

    CASE(GOSIZE) NEXT();
    CASE(NOP) NEXT();
    CASE(MOVE) RA = RB; NEXT();
    CASE(LOADI) RA.i = instr_sbx(i); NEXT();
    CASE(LOADK) RA = k[instr_bx(i)]; NEXT();
    CASE(LOADZ) RA.u = 0; NEXT();
    CASE(GETG) RA = prog->globals[instr_bx(i)]; NEXT();
    CASE(SETG) prog->globals[instr_bx(i)] = RA; NEXT();

    CASE(ADD) RA.u = RB.u + RC.u; NEXT();
    CASE(SUB) RA.u = RB.u - RC.u; NEXT();
    CASE(MUL) RA.u = RB.u * RC.u; NEXT();
    CASE(DIV) {
        int64_t d = RC.i;
        if (d == 0) PANIC_RT("integer divide by zero");
        RA.i = d == -1 ? (int64_t)(0 - RB.u) : RB.i / d;
        NEXT();
    }
    CASE(DIVU) {
        if (RC.u == 0) PANIC_RT("integer divide by zero");
        RA.u = RB.u / RC.u;
        NEXT();
    }
    CASE(REM) {
        int64_t d = RC.i;
        if (d == 0) PANIC_RT("integer divide by zero");
        RA.i = d == -1 ? 0 : RB.i % d;
        NEXT();
    }
    CASE(REMU) {
        if (RC.u == 0) PANIC_RT("integer divide by zero");
        RA.u = RB.u % RC.u;
        NEXT();
    }
    CASE(AND) RA.u = RB.u & RC.u; NEXT();
    CASE(OR) RA.u = RB.u | RC.u; NEXT();
    CASE(XOR) RA.u = RB.u ^ RC.u; NEXT();
    CASE(ANDNOT) RA.u = RB.u & ~RC.u; NEXT();
    CASE(SHL) RA.u = RC.u >= 64 ? 0 : RB.u << RC.u; NEXT();
    CASE(SHLS) {
        if (RC.i < 0) PANIC_RT("negative shift amount");
        RA.u = RC.u >= 64 ? 0 : RB.u << RC.u;
        NEXT();
    }
    CASE(SHR) RA.i = RC.u >= 64 ? (RB.i < 0 ? -1 : 0) : RB.i >> RC.u; NEXT();
    CASE(SHRS) {
        if (RC.i < 0) PANIC_RT("negative shift amount");
        RA.i = RC.u >= 64 ? (RB.i < 0 ? -1 : 0) : RB.i >> RC.u;
        NEXT();
    }
    CASE(SHRU) RA.u = RC.u >= 64 ? 0 : RB.u >> RC.u; NEXT();
    CASE(SHRUS) {
        if (RC.i < 0) PANIC_RT("negative shift amount");
        RA.u = RC.u >= 64 ? 0 : RB.u >> RC.u;
        NEXT();
    }
    CASE(NEG) RA.u = 0 - RB.u; NEXT();
    CASE(BNOT) RA.u = ~RB.u; NEXT();
    CASE(ADDI) RA.u = RB.u + (uint64_t)(int64_t)instr_sc(i); NEXT();
    CASE(MULI) RA.u = RB.u * (uint64_t)(int64_t)instr_sc(i); NEXT();
    CASE(DIVI) RA.i = RB.i / (int64_t)instr_sc(i); NEXT();
    CASE(REMI) RA.i = RB.i % (int64_t)instr_sc(i); NEXT();
    CASE(SEXT) RA.i = sext(RB.u, i.c); NEXT();
    CASE(ZEXT) RA.u = zext(RB.u, i.c); NEXT();

    CASE(ADDF) RA.f = RB.f + RC.f; NEXT();
    CASE(SUBF) RA.f = RB.f - RC.f; NEXT();
    CASE(MULF) RA.f = RB.f * RC.f; NEXT();
    CASE(DIVF) RA.f = RB.f / RC.f; NEXT();
    CASE(NEGF) RA.f = -RB.f; NEXT();
    CASE(F32) RA.f = (double)(float)RB.f; NEXT();
    CASE(I2F) RA.f = (double)RB.i; NEXT();
    CASE(U2F) RA.f = (double)RB.u; NEXT();
    CASE(F2I) RA.i = f2i(RB.f); NEXT();
    CASE(F2U) RA.u = f2u(RB.f); NEXT();
    CASE(F2I32) RA.i = RB.f > -2147483649.0 && RB.f < 2147483648.0 ? (int32_t)RB.f : INT32_MIN; NEXT();

    CASE(EQ) RA.i = RB.u == RC.u; NEXT();
    CASE(NE) RA.i = RB.u != RC.u; NEXT();
    CASE(LT) RA.i = RB.i < RC.i; NEXT();
    CASE(LE) RA.i = RB.i <= RC.i; NEXT();
    CASE(LTU) RA.i = RB.u < RC.u; NEXT();
    CASE(LEU) RA.i = RB.u <= RC.u; NEXT();
    CASE(EQF) RA.i = RB.f == RC.f; NEXT();
    CASE(NEF) RA.i = RB.f != RC.f; NEXT();
    CASE(LTF) RA.i = RB.f < RC.f; NEXT();
    CASE(LEF) RA.i = RB.f <= RC.f; NEXT();
    CASE(EQS) RA.i = str_equal(RB.s, RC.s); NEXT();
    CASE(NES) RA.i = !str_equal(RB.s, RC.s); NEXT();
    CASE(LTS) RA.i = str_compare(RB.s, RC.s) < 0; NEXT();
    CASE(LES) RA.i = str_compare(RB.s, RC.s) <= 0; NEXT();
    CASE(NOT) RA.i = !RB.i; NEXT();

    CASE(JMP) pc += instr_sbx(i); NEXT();
    CASE(LOOP) pc += instr_sbx(i); PREEMPT_CHECK(); NEXT();
    CASE(JT) if (RA.i) JUMP(instr_sbx(i)); NEXT();
    CASE(JF) if (!RA.i) JUMP(instr_sbx(i)); NEXT();
    CASE(JLT) JUMP_IF(RA.i < RB.i); NEXT();
    CASE(JLE) JUMP_IF(RA.i <= RB.i); NEXT();
    CASE(JGE) JUMP_IF(RA.i >= RB.i); NEXT();
    CASE(JGT) JUMP_IF(RA.i > RB.i); NEXT();
    CASE(JEQ) JUMP_IF(RA.u == RB.u); NEXT();
    CASE(JNE) JUMP_IF(RA.u != RB.u); NEXT();
    CASE(JLTI) JUMP_IF(RA.i < instr_sb(i)); NEXT();
    CASE(JGEI) JUMP_IF(RA.i >= instr_sb(i)); NEXT();
    CASE(JEQI) JUMP_IF(RA.i == instr_sb(i)); NEXT();
    CASE(JNEI) JUMP_IF(RA.i != instr_sb(i)); NEXT();

    CASE(CONCAT) RA.s = str_concat(RB.s, RC.s); NEXT();
    CASE(LENS) RA.i = str_len(RB.s); NEXT();
    CASE(INDEXS) {
        int64_t n = str_len(RB.s);
        if (RC.u >= (uint64_t)n) INDEX_PANIC(RC.i, n);
        RA.i = (unsigned char)RB.s->data[RC.i];
        NEXT();
    }
    CASE(SLICES) {
        GoString *str = RB.s;
        int64_t n = str_len(str), lo = RC.i, hi = base[i.c + 1].i;
        if ((uint64_t)hi > (uint64_t)n) SLICE_PANIC(SB_ALEN, true, hi, n);
        if ((uint64_t)lo > (uint64_t)hi) SLICE_PANIC(SB_B, true, lo, hi);
        if (lo == hi) { RA.s = NULL; NEXT(); }
        if (lo == 0 && hi == n) { RA.s = str; NEXT(); }
        GoString *r = GC_MALLOC(sizeof *r);
        r->len = hi - lo;
        r->data = str->data + lo;
        RA.s = r;
        NEXT();
    }
    CASE(RUNESTR) {
        char buf[4];
        int len = 0;
        int64_t r = RB.i;
        utf8_append(buf, &len, (r < 0 || r > 0x10FFFF || (r >= 0xD800 && r < 0xE000)) ? 0xFFFD : (int32_t)r);
        RA.s = str_new(buf, (size_t)len);
        NEXT();
    }
    CASE(BYTES2STR) {
        GoSlice *sl = RB.sl;
        RA.s = sl ? str_new(sl->data, (size_t)sl->len) : NULL;
        NEXT();
    }
    CASE(RUNES2STR) {
        GoSlice *sl = RB.sl;
        int64_t n = sl ? sl->len : 0;
        char *buf = GC_MALLOC_ATOMIC((size_t)n * 4 + 1);
        int len = 0;
        for (int64_t j = 0; j < n; j++) {
            int64_t r = ((Value *)sl->data)[j].i;
            utf8_append(buf, &len, (r < 0 || r > 0x10FFFF || (r >= 0xD800 && r < 0xE000)) ? 0xFFFD : (int32_t)r);
        }
        RA.s = str_new(buf, (size_t)len);
        NEXT();
    }
    CASE(STR2BYTES) {
        GoString *str = RB.s;
        int64_t n = str_len(str);
        GoSlice *sl = slice_new(1, n, n, false);
        if (n) memcpy(sl->data, str->data, (size_t)n);
        RA.sl = sl;
        NEXT();
    }
    CASE(STR2RUNES) {
        GoString *str = RB.s;
        int64_t n = str_len(str), count = 0;
        for (int64_t off = 0; off < n; count++) {
            int32_t r;
            off += utf8_next((const unsigned char *)str->data + off, n - off, &r);
        }
        GoSlice *sl = slice_new(8, count, count, false);
        int64_t j = 0;
        for (int64_t off = 0; off < n; j++) {
            int32_t r;
            off += utf8_next((const unsigned char *)str->data + off, n - off, &r);
            ((Value *)sl->data)[j].i = r;
        }
        RA.sl = sl;
        NEXT();
    }
    CASE(RANGES) {
        GoString *s = RB.s;
        int64_t off = RC.i;
        int32_t r;
        int len = utf8_next((const unsigned char *)s->data + off, s->len - off, &r);
        RA.i = r;
        base[i.a + 1].i = off + len;
        NEXT();
    }

    CASE(MKSLICE) {
        int64_t n = RB.i, c = base[i.b + 1].i;
        if (n < 0 || (uint64_t)n * i.c > (1ull << 40)) PANIC_RT("makeslice: len out of range");
        if (c < n || (uint64_t)c * i.c > (1ull << 40)) PANIC_RT("makeslice: cap out of range");
        RA.sl = slice_new(i.c, n, c, i.c >= 8);
        NEXT();
    }
    /* the four forms differ only in the panic message (Go's check order:
     * max against cap, then hi against max, then lo against hi) */
    CASE(SLICE3A) slice_form = 3; goto do_slice;
    CASE(SLICEA) slice_form = 2; goto do_slice;
    CASE(SLICE3) slice_form = 1; goto do_slice;
    CASE(SLICE) slice_form = 0;
    do_slice: {
        GoSlice *sl = RB.sl;
        int64_t cap = sl ? sl->cap : 0, lo = RC.i, hi = base[i.c + 1].i, max = base[i.c + 2].i;
        bool three = slice_form & 1, arr = slice_form & 2;
        if ((uint64_t)max > (uint64_t)cap) SLICE_PANIC(SB_3ALEN, arr, max, cap);
        if ((uint64_t)hi > (uint64_t)max) {
            if (three) SLICE_PANIC(SB_3B, arr, hi, max);
            SLICE_PANIC(SB_ALEN, arr, hi, cap);
        }
        if ((uint64_t)lo > (uint64_t)hi) SLICE_PANIC(three ? SB_3C : SB_B, arr, lo, hi);
        if (!sl) { RA.sl = NULL; NEXT(); }
        GoSlice *r = GC_MALLOC(sizeof *r);
        r->elemsize = sl->elemsize;
        r->data = max - lo > 0 ? (char *)sl->data + lo * sl->elemsize : sl->data;
        r->len = hi - lo;
        r->cap = max - lo;
        RA.sl = r;
        NEXT();
    }
    /* each append is followed by a GOSIZE with Go's element size */
#define GOELEM() (pc++, (uint32_t)pc[-1].a | (uint32_t)pc[-1].b << 16)
    CASE(APPEND) {
        int n = i.c & 0x7fff;
        RA.sl = slice_append_go(RA.sl, (i.c & 0x8000) ? 1 : 8, GOELEM(), &RB, n);
        NEXT();
    }
    CASE(APPENDAGG) { uint32_t ge = GOELEM(); RA.sl = slice_append_blocks(RA.sl, pc[-1].c, ge, &RB, i.c); NEXT(); }
    CASE(APPENDSL) {
        GoSlice *t = RB.sl;
        uint32_t ge = GOELEM();
        if (t) RA.sl = slice_append_raw_go(RA.sl, i.c, ge, t->data, t->len);
        else if (!RA.sl) RA.sl = NULL;
        NEXT();
    }
    CASE(APPENDSTR) {
        GoString *t = RB.s;
        pc++;   /* its GOSIZE: bytes */
        if (t) RA.sl = slice_append_raw(RA.sl, 1, t->data, t->len);
        NEXT();
    }
    CASE(COPYSL) {
        GoSlice *src = RC.sl;
        RA.i = src ? slice_copy(RB.sl, src->data, src->len) : 0;
        NEXT();
    }
    CASE(COPYSTR) {
        GoString *src = RC.s;
        RA.i = src ? slice_copy(RB.sl, src->data, src->len) : 0;
        NEXT();
    }
    CASE(ARR2SL) {
        if (!RB.p) PANIC_RT("invalid memory address or nil pointer dereference");
        uint64_t kv = k[i.c].u;
        int64_t n = (int64_t)(kv >> 20), es = (int64_t)(kv & 0xFFFFF);
        GoSlice *sl = GC_MALLOC(sizeof *sl);
        sl->data = RB.p;
        sl->len = sl->cap = n;
        sl->elemsize = es ? es * 8 : 1;   /* 0: a packed array of 1-byte elements */
        RA.sl = sl;
        NEXT();
    }
    CASE(CLEARSL) {
        GoSlice *sl = RA.sl;
        if (sl) memset(sl->data, 0, (size_t)(sl->len * sl->elemsize));
        NEXT();
    }
    CASE(LENSL) RA.i = RB.sl ? RB.sl->len : 0; NEXT();
    CASE(CAPSL) RA.i = RB.sl ? RB.sl->cap : 0; NEXT();
    CASE(GETSL) {
        GoSlice *s = RB.sl;
        int64_t n = s ? s->len : 0;
        if (RC.u >= (uint64_t)n) INDEX_PANIC(RC.i, n);
        RA = ((Value *)s->data)[RC.i];
        NEXT();
    }
    CASE(SETSL) {
        GoSlice *s = RA.sl;
        int64_t n = s ? s->len : 0;
        if (RB.u >= (uint64_t)n) INDEX_PANIC(RB.i, n);
        ((Value *)s->data)[RB.i] = RC;
        NEXT();
    }
    CASE(GETSL1) {
        GoSlice *s = RB.sl;
        int64_t n = s ? s->len : 0;
        if (RC.u >= (uint64_t)n) INDEX_PANIC(RC.i, n);
        RA.u = ((uint8_t *)s->data)[RC.i];
        NEXT();
    }
    CASE(GETSL1S) {
        GoSlice *s = RB.sl;
        int64_t n = s ? s->len : 0;
        if (RC.u >= (uint64_t)n) INDEX_PANIC(RC.i, n);
        RA.i = ((int8_t *)s->data)[RC.i];
        NEXT();
    }
    CASE(SETSL1) {
        GoSlice *s = RA.sl;
        int64_t n = s ? s->len : 0;
        if (RB.u >= (uint64_t)n) INDEX_PANIC(RB.i, n);
        ((uint8_t *)s->data)[RB.i] = (uint8_t)RC.u;
        NEXT();
    }

    CASE(MKMAP) {
        int64_t hint = i.b == 0xFFFF ? 0 : RB.i;
        RA.p = map_new(prog->types[i.c], hint);
        NEXT();
    }
    CASE(MAPGET) CASE(MAPGETOK) {
        /* the key is in R[A]; T[C] is the map type (its zero element, for a nil map too) */
        const Type *bad = NULL;
        Value *v = map_find(RB.p, RA, &bad);
        if (bad) { last_unhashable = bad; goto unhashable; }
        if (!v && !map_len(RB.p) && (bad = map_key_unhashable(prog->types[i.c]->under->key, RA))) {
            last_unhashable = bad;
            goto unhashable_empty;
        }
        RA = v ? *v : zero_of(prog->types[i.c]->under->elem);
        if (i.op == OP_MAPGETOK) base[i.a + 1].i = v != NULL;
        NEXT();
    }
    CASE(MAPSET) {
        GoMap *m = RA.p;
        if (!m) { SAVEPC(); vm_runtime_error_plain(g, "assignment to entry in nil map"); goto panic; }
        const Type *bad = NULL;
        Value *v = map_insert(m, RB, &bad);
        if (bad) { last_unhashable = bad; goto unhashable; }
        *v = RC;
        NEXT();
    }
    CASE(MAPDEL) {
        const Type *bad = NULL;
        map_delete(RA.p, RB, &bad);
        if (bad) { last_unhashable = bad; goto unhashable; }
        if (!map_len(RA.p) && (bad = map_key_unhashable(prog->types[i.c]->under->key, RB))) {
            last_unhashable = bad;
            goto unhashable_empty;
        }
        NEXT();
    }
    CASE(MAPCLEAR) map_clear(RA.p); NEXT();
    CASE(LENMAP) RA.i = map_len(RB.p); NEXT();
    CASE(MAPITER) {
        MapIter *it = GC_MALLOC(sizeof *it);
        map_iter_init(it, RB.p);
        RA.p = it;
        NEXT();
    }
    CASE(MAPNEXT) {
        MapEntry e;
        if (!map_iter_next(RB.p, &e)) { pc += instr_sc(i); NEXT(); }
        RA = e.key;
        base[i.a + 1] = e.val;
        NEXT();
    }
    CASE(MKCHAN) {
        const Type *et = prog->types[i.c]->under->elem;
        int64_t size = i.b == 0xFFFF ? 0 : RB.i;
        Hchan *c = chan_make(size, type_is_aggregate(et->under) ? type_slots(et) : -1, type_has_pointers(et));
        if (!c) { SAVEPC(); vm_runtime_error_plain(g, "makechan: size out of range"); goto panic; }
        RA.p = c;
        NEXT();
    }
    CASE(SEND) {
        SAVEPC();
        NatStatus st = chan_send(g, RA.p, RB);
        if (st == NAT_OK) NEXT();
        if (st == NAT_PANIC) goto panic;
        return VM_PARK;
    }
    CASE(RECV) {
        SAVEPC();
        size_t slot = f->base + i.a;
        NatStatus st = chan_recv(g, RB.p, slot, i.c ? slot + 1 : CHAN_NO_SLOT);
        if (st == NAT_OK) NEXT();
        return VM_PARK;
    }
    CASE(CLOSE) {
        SAVEPC();
        if (chan_close(g, RA.p) == NAT_PANIC) goto panic;
        NEXT();
    }
    CASE(LENCH) RA.i = chan_len(RB.p); NEXT();
    CASE(CAPCH) RA.i = chan_cap(RB.p); NEXT();
    CASE(SELECT) {
        int n = i.b, nsends = i.c >> 1;
        SelCase small[8];
        SelCase *cs = n <= 8 ? small : GC_MALLOC(sizeof(SelCase) * (size_t)n);
        size_t slot = f->base + i.a;
        for (int j = 0; j < n; j++) {
            const Value *r = base + i.a + 1 + 3 * j;
            cs[j] = (SelCase){ r[0].p, j < nsends, r[1], slot + 2 + 3 * (size_t)j, slot + 3 + 3 * (size_t)j };
        }
        SAVEPC();
        NatStatus st = chan_select(g, cs, n, !(i.c & 1), slot);
        if (st == NAT_OK) NEXT();
        if (st == NAT_PANIC) goto panic;
        return VM_PARK;
    }
    CASE(BOX) RA.ifc = box_new(prog->types[instr_bx(i)], RA); NEXT();
    CASE(ASSERT) {
        GoBox *b = RB.ifc;
        const Type *t = prog->types[i.c], *st = prog->types[i.c + 1];
        const char *missing = NULL;
        if (!b) {
            SAVEPC();
            char msg[512];
            if (t->under->kind == TY_INTERFACE)
                snprintf(msg, sizeof msg, "interface conversion: interface is nil, not %s", type_string_rt(t));
            else
                snprintf(msg, sizeof msg, "interface conversion: %s is nil, not %s", type_string_rt(st), type_string_rt(t));
            rt_panic(g, VM_RTERR_ASSERT, msg);
            goto panic;
        }
        if (!vm_dyn_is(b->type, t, &missing)) {
            SAVEPC();
            char msg[512];
            if (t->under->kind == TY_INTERFACE)
                snprintf(msg, sizeof msg, "interface conversion: %s is not %s: missing method %s", type_string_rt(b->type),
                         type_string_rt(t), missing ? missing : "?");
            else
                snprintf(msg, sizeof msg, "interface conversion: %s is %s, not %s", type_string_rt(st), type_string_rt(b->type),
                         type_string_rt(t));
            rt_panic(g, VM_RTERR_ASSERT, msg);
            goto panic;
        }
        RA = t->under->kind == TY_INTERFACE ? RB : unbox(b);
        NEXT();
    }
    CASE(ASSERTOK) {
        GoBox *b = RB.ifc;
        const Type *t = prog->types[i.c];
        bool ok = b && vm_dyn_is(b->type, t, NULL);
        if (t->under->kind == TY_INTERFACE) RA.ifc = ok ? b : NULL;
        else RA = ok ? unbox(b) : zero_of(t);
        base[i.a + 1].i = ok;
        NEXT();
    }
    CASE(TYPEIS) {
        GoBox *b = RB.ifc;
        RA.i = i.c == 0xFFFF ? b == NULL : (b && vm_dyn_is(b->type, prog->types[i.c], NULL));
        NEXT();
    }
    CASE(ICALL) {
        GoBox *b = RB.ifc;
        if (!b) PANIC_RT("invalid memory address or nil pointer dereference");
        bool via_ptr;
        const Method *m = vm_find_method(b->type, prog->names[i.c], &via_ptr);
        GoBox promoted;
        if (!m) {
            /* a promoted method: call it on the embedded receiver */
            bool nil_recv = false;
            const Type *rt;
            Value rv;
            m = vm_resolve_method(b->type, b->v, true, prog->names[i.c], &rt, &rv, NULL, &nil_recv);
            if (nil_recv) PANIC_RT("invalid memory address or nil pointer dereference");
            if (!m) vm_bug("method %s not found on %s", prog->names[i.c], type_string_rt(b->type));
            promoted = (GoBox){ rt, rv };
            b = &promoted;
            vm_find_method(rt, prog->names[i.c], &via_ptr);
        }
        Value recv = b->v;
        if (!m->ptr_recv) {
            if (via_ptr) {
                if (!recv.p) PANIC_RT("invalid memory address or nil pointer dereference");
                const Type *et = b->type->under->elem;
                if (type_is_aggregate(et->under)) {
                    size_t n = (size_t)type_slots(et);
                    Value *blk = GC_MALLOC(sizeof(Value) * n);
                    memcpy(blk, recv.p, sizeof(Value) * n);
                    recv.p = blk;
                } else {
                    recv = *(Value *)recv.p;
                }
            } else {
                recv = unbox(b);
            }
        }
        RA = recv;
        const Proto *callee = prog->funcs[m->func->index];
        size_t nb = (size_t)(base - g->stack) + i.a;
        SAVEPC();
        if (nb + (size_t)callee->nregs > g->stack_cap) grow_stack(g, nb + (size_t)callee->nregs);
        if (g->nframes == g->frames_cap) grow_frames(g);
        f = &g->frames[g->nframes++];
        *f = (Frame){ callee, NULL, 0, callee->code, nb };
        p = callee;
        k = p->k;
        cl = NULL;
        base = g->stack + nb;
        pc = p->code;
        PREEMPT_CHECK();
        NEXT();
    }

    CASE(NEWAGG) RA.p = GC_MALLOC(sizeof(Value) * instr_bx(i)); NEXT();
    CASE(COPYAGG) {
        size_t n = (size_t)k[i.c].i;
        Value *blk = GC_MALLOC(sizeof(Value) * n);
        memcpy(blk, RB.p, sizeof(Value) * n);
        RA.p = blk;
        NEXT();
    }
    CASE(STOREAGG) {
        if (!RA.p) PANIC_RT("invalid memory address or nil pointer dereference");
        memmove(RA.p, RB.p, sizeof(Value) * (size_t)k[i.c].i);
        NEXT();
    }
    CASE(GETF) {
        Value *blk = RB.p;
        if (!blk) PANIC_RT("invalid memory address or nil pointer dereference");
        RA = blk[i.c];
        NEXT();
    }
    CASE(SETF) {
        Value *blk = RA.p;
        if (!blk) PANIC_RT("invalid memory address or nil pointer dereference");
        blk[i.b] = RC;
        NEXT();
    }
    CASE(FIELDPTR) {
        Value *blk = RB.p;
        if (!blk) PANIC_RT("invalid memory address or nil pointer dereference");
        RA.p = blk + i.c;
        NEXT();
    }
    CASE(LOADP) {
        Value *ptr = RB.p;
        if (!ptr) PANIC_RT("invalid memory address or nil pointer dereference");
        RA = *ptr;
        NEXT();
    }
    CASE(STOREP) {
        Value *ptr = RA.p;
        if (!ptr) PANIC_RT("invalid memory address or nil pointer dereference");
        *ptr = RB;
        NEXT();
    }
    CASE(NILCHK) if (!RA.p) PANIC_RT("invalid memory address or nil pointer dereference"); NEXT();
    CASE(UPCELL) RA.cell = cl->cells[i.b]; NEXT();
    CASE(ADDRG) RA.p = &prog->globals[instr_bx(i)]; NEXT();
    CASE(ADDRSL) {
        GoSlice *sl = RB.sl;
        int64_t n = sl ? sl->len : 0;
        if (RC.u >= (uint64_t)n) INDEX_PANIC(RC.i, n);
        RA.p = (char *)sl->data + RC.i * sl->elemsize;
        NEXT();
    }
    CASE(ADDRARR) {
        if (!RB.p) PANIC_RT("invalid memory address or nil pointer dereference");
        int64_t n = (int64_t)(base[i.c + 1].u >> 20), es = (int64_t)(base[i.c + 1].u & 0xFFFFF);
        if (RC.u >= (uint64_t)n) INDEX_PANIC(RC.i, n);
        RA.p = (Value *)RB.p + RC.i * es;
        NEXT();
    }
    CASE(GETB) {
        if (!RB.p) PANIC_RT("invalid memory address or nil pointer dereference");
        RA.u = ((uint8_t *)RB.p)[i.c];
        NEXT();
    }
    CASE(SETB) {
        if (!RA.p) PANIC_RT("invalid memory address or nil pointer dereference");
        ((uint8_t *)RA.p)[i.b] = (uint8_t)RC.u;
        NEXT();
    }
    CASE(GETAB) {
        if (!RB.p) PANIC_RT("invalid memory address or nil pointer dereference");
        int64_t n = (int64_t)(base[i.c + 1].u >> 20);
        if (RC.u >= (uint64_t)n) INDEX_PANIC(RC.i, n);
        RA.u = ((uint8_t *)RB.p)[RC.i];
        NEXT();
    }
    CASE(SETAB) {
        if (!RA.p) PANIC_RT("invalid memory address or nil pointer dereference");
        int64_t n = (int64_t)(base[i.b + 1].u >> 20);
        if (RB.u >= (uint64_t)n) INDEX_PANIC(RB.i, n);
        ((uint8_t *)RA.p)[RB.i] = (uint8_t)RC.u;
        NEXT();
    }
    CASE(EQAGG) {
        value_equal_bad = NULL;
        RA.i = value_equal(prog->types[i.c], RA, RB);
        if (value_equal_bad) PANIC_RT("comparing uncomparable type %s", type_string_rt(value_equal_bad));
        NEXT();
    }

    CASE(NEWCELL) {
        GoCell *c = GC_MALLOC(sizeof *c);
        c->v = RB;
        RA.cell = c;
        NEXT();
    }
    CASE(GETCELL) RA = RB.cell->v; NEXT();
    CASE(SETCELL) RA.cell->v = RB; NEXT();
    CASE(FRESHCELL) {
        GoCell *c = GC_MALLOC(sizeof *c);
        c->v = RA.cell->v;
        RA.cell = c;
        NEXT();
    }
    CASE(GETUP) RA = cl->cells[i.b]->v; NEXT();
    CASE(SETUP) cl->cells[i.a]->v = RB; NEXT();
    CASE(CLOSURE) {
        const Proto *fp = prog->funcs[instr_bx(i)];
        Closure *c = GC_MALLOC(sizeof(Closure) + sizeof(GoCell *) * (size_t)fp->nupvals);
        c->fn = (int)instr_bx(i);
        c->ncells = fp->nupvals;
        for (int u = 0; u < fp->nupvals; u++) {
            uint16_t d = fp->upvals[u];
            c->cells[u] = (d & UPVAL_OUTER) ? cl->cells[d & ~UPVAL_OUTER] : base[d].cell;
        }
        RA.cl = c;
        NEXT();
    }
    CASE(BIND) {
        Closure *c = GC_MALLOC(sizeof(Closure) + sizeof(GoCell *));
        c->fn = (int)instr_bx(i);
        c->ncells = 1;
        c->cells[0] = GC_MALLOC(sizeof(GoCell));
        c->cells[0]->v = RA;
        RA.cl = c;
        NEXT();
    }
    CASE(FUNCVAL) {
        Closure *c = GC_MALLOC(sizeof(Closure));
        c->fn = (int)instr_bx(i);
        c->ncells = 0;
        RA.cl = c;
        NEXT();
    }
    CASE(CALLV) {
        Closure *c = RB.cl;
        if (!c) PANIC_RT("invalid memory address or nil pointer dereference");
        const Proto *callee = prog->funcs[c->fn];
        size_t nb = (size_t)(base - g->stack) + i.a;
        SAVEPC();
        if (nb + (size_t)callee->nregs > g->stack_cap) grow_stack(g, nb + (size_t)callee->nregs);
        if (g->nframes == g->frames_cap) grow_frames(g);
        f = &g->frames[g->nframes++];
        *f = (Frame){ callee, c, 0, callee->code, nb };
        p = callee;
        k = p->k;
        cl = c;
        base = g->stack + nb;
        pc = p->code;
        PREEMPT_CHECK();
        NEXT();
    }
    CASE(CALL) {
        const Proto *callee = prog->funcs[instr_bx(i)];
        size_t nb = (size_t)(base - g->stack) + i.a;
        SAVEPC();
        if (nb + (size_t)callee->nregs > g->stack_cap) {
            grow_stack(g, nb + (size_t)callee->nregs);
        }
        if (g->nframes == g->frames_cap) grow_frames(g);
        f = &g->frames[g->nframes++];
        *f = (Frame){ callee, NULL, 0, callee->code, nb };
        p = callee;
        k = p->k;
        cl = NULL;
        base = g->stack + nb;
        pc = p->code;
        PREEMPT_CHECK();
        NEXT();
    }
    CASE(CALLN) {
        const NativeDesc *nd = prog->natives[instr_bx(i)];
        SAVEPC();
        NatStatus st = nd->fn(g, base + i.a);
        if (st != NAT_OK) {
            if (st == NAT_PANIC) goto panic;
            if (st == NAT_PARK) return VM_PARK;
            if (st == NAT_YIELD) return VM_YIELD;
            g->goexiting = true;   /* NAT_GOEXIT */
            goto unwind;
        }
        /* a native may have grown the stack */
        base = g->stack + f->base;
        NEXT();
    }
    CASE(RET) {
        int n = i.b;
        if (i.a != 0) memmove(base, base + i.a, sizeof(Value) * (size_t)n);
        goto do_return;
    }
    CASE(RETD) {
        DeferRec *d = g->defers;
        if (d && d->frame == g->nframes - 1) {
            /* run one deferred call, then come back to this RETD */
            g->defers = d->next;
            pc--;
            SAVEPC();
            if (d->native) {
                if (run_deferred_native(g, d, false) == NAT_PANIC) goto panic;
                base = g->stack + f->base;
                NEXT();
            }
            if (!d->cl) PANIC_RT("invalid memory address or nil pointer dereference");
            push_deferred(g, d, FRAME_DEFERRED);
            RELOAD();
            NEXT();
        }
        int n = i.b;
        if (i.c) {
            for (int j = 0; j < n; j++) base[j] = base[i.a + j].cell->v;
        } else if (i.a != 0) {
            memmove(base, base + i.a, sizeof(Value) * (size_t)n);
        }
        goto do_return;
    }
    CASE(DEFER) {
        int n = i.b;
        DeferRec *d = GC_MALLOC(sizeof(DeferRec) + sizeof(Value) * (size_t)n);
        d->frame = g->nframes - 1;
        d->cl = RA.cl;
        d->nargs = n;
        memcpy(d->args, &base[i.a + 1], sizeof(Value) * (size_t)n);
        d->next = g->defers;
        g->defers = d;
        NEXT();
    }
    CASE(GO) {
        Closure *c = RA.cl;
        SAVEPC();
        if (!c) vm_fatal_error(g, "go of nil func value");
        sched_go(g, c, &base[i.a + 1], i.b);
        NEXT();
    }
    CASE(DEFERN) {
        int n = i.b;
        DeferRec *d = GC_MALLOC(sizeof(DeferRec) + sizeof(Value) * (size_t)n);
        d->frame = g->nframes - 1;
        d->native = prog->natives[i.c];
        d->nargs = n;
        memcpy(d->args, &base[i.a], sizeof(Value) * (size_t)n);
        d->next = g->defers;
        g->defers = d;
        NEXT();
    }
    CASE(RECOVER) {
        /* only a deferred call run by a panic, calling recover directly, stops it */
        RA.ifc = do_recover(g, g->nframes - 1);
        NEXT();
    }
    CASE(PANIC) {
        SAVEPC();
        GoBox *v = RA.ifc;
        if (!v) {
            /* Go 1.21+: panic(nil) becomes a *runtime.PanicNilError */
            rt_panic(g, VM_RTERR_PANICNIL, "");
        } else {
            g->panic_val = v;
        }
        goto panic;
    }
    CASE(UNREACH) {
        SAVEPC();
        vm_bug("missing return in %s", p->name);
    }

#ifndef USE_COMPUTED_GOTO
    default:
        vm_bug("bad opcode %d", i.op);
    }
#endif

do_return: {
        /* the results are in base[0..]; pop the frame */
        uint32_t flags = f->flags;
        g->nframes--;
        if (g->nframes < entry_depth) {
            g->status = G_DEAD;
            return VM_DONE;
        }
        RELOAD();
        if (flags & FRAME_DEFERRED_PANIC) {
            Panic *pn = g->panic;
            if (pn && pn->frame == g->nframes) {
                /* a deferred call that pn ran returned */
                pn->frame = -1;
                if (!pn->recovered) goto unwind;
                /* recovered: the deferring frame returns normally from its epilogue */
                end_recovered_panic(g);
            } else if (g->goexiting) {
                goto unwind;
            }
        }
        NEXT();
    }

unhashable_empty:
    /* Go 1.24+: a nil or empty map says it in another form */
    SAVEPC();
    {
        char msg[300];
        snprintf(msg, sizeof msg, "hash of unhashable type: %s", type_string_rt(value_equal_bad_type()));
        vm_runtime_error_plain(g, msg);
    }
    goto panic;
unhashable:
    SAVEPC();
    vm_runtime_error(g, "hash of unhashable type %s", type_string_rt(value_equal_bad_type()));
panic:
    /* g->panic_val is set: start a panic, then run deferred calls frame by frame */
    start_panic(g);
unwind:
    for (;;) {
        int top = g->nframes - 1;
        f = &g->frames[top];
        DeferRec *d = g->defers;
        if (d && d->frame == top) {
            g->defers = d->next;
            /* if a deferred call recovers, this frame returns from its epilogue */
            if (f->proto->defer_ret >= 0) f->pc = f->proto->code + f->proto->defer_ret;
            if (d->native) {
                if (run_deferred_native(g, d, true) == NAT_PANIC) goto panic;
                continue;
            }
            if (!d->cl) {
                vm_runtime_error(g, "invalid memory address or nil pointer dereference");
                goto panic;
            }
            if (g->panic) g->panic->frame = g->nframes;
            push_deferred(g, d, FRAME_DEFERRED_PANIC);
            RELOAD();
            NEXT();
        }
        if (top < entry_depth) {
            if (g->goexiting) { g->nframes = 0; return VM_DONE; }
            return VM_PANIC;
        }
        pop_frame_of_panics(g, top);
        g->nframes--;
    }
}
