/* panic.c — Go panics: raising them (run-time errors in Go's words),
 * deferred calls, recover, the chain of active panics (Go's g._panic),
 * and the reports: "panic: ..." with the goroutine's trace, fatal errors.
 *
 * The dispatch loop (vm.c) does the unwinding itself, frame by frame; this
 * file keeps the bookkeeping it calls. A panic starts with g->panic_val
 * and runs the deferred calls of the frames from the top down. recover()
 * stops it only when called by a deferred call that this panic itself is
 * running (p->frame); that call returns normally, the panic is over, and
 * the frame that deferred the call returns normally from its epilogue. A
 * deferred call that panics starts a newer panic on top of the chain: if
 * the newer one is recovered inside that call, the older one goes on
 * unwinding; if it unwinds past the call, the older one is aborted.
 *
 * Glossary: a DeferRec is one deferred call, tagged with the index of the
 * frame that deferred it; FRAME_DEFERRED_PANIC marks the frame of a
 * deferred call that a panic's unwinding (not a return) runs.
 */
#include <gc.h>
#include <stdarg.h>
#include <stdio.h>
#include <unistd.h>
#include <stdlib.h>
#include <string.h>
#include "vm_int.h"
#include "intern.h"

/* ---- raising panics ---- */

const RType *vm_rterr_types[VM_RTERR_COUNT];

NatStatus vm_panic_msg(G *g, const char *msg) {
    Value v = { .s = str_cstr(msg) };
    g->panic_val = box_new(rtype_string, v);
    return NAT_PANIC;
}

NatStatus vm_rt_panic(G *g, int k, const char *msg) {
    const RType *t = vm_rterr_types[k];
    Value v;
    if (!t) {
        /* no package runtime (unit tests): the text itself */
        bool prefix = k == VM_RTERR_STRING || k == VM_RTERR_BOUNDS;
        char buf[600];
        snprintf(buf, sizeof buf, "%s%s", prefix ? "runtime error: " : "", msg);
        t = rtype_string;
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
NatStatus vm_unhashable_error(G *g, const RType *t, bool empty_map) {
    if (!empty_map) return vm_runtime_error(g, "hash of unhashable type %s", t->str);
    /* Go 1.24+: a nil or empty map says it in another form */
    char msg[300];
    snprintf(msg, sizeof msg, "hash of unhashable type: %s", t->str);
    return vm_runtime_error_plain(g, msg);
}

NatStatus vm_runtime_error_plain(G *g, const char *msg) { return vm_rt_panic(g, VM_RTERR_PLAIN, msg); }

static NatStatus rt_panicv(G *g, int k, const char *fmt, va_list ap) {
    char buf[512];
    vsnprintf(buf, sizeof buf, fmt, ap);
    return vm_rt_panic(g, k, buf);
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
NatStatus vm_slice_bounds_error(G *g, int kind, bool arr, int64_t x, int64_t y) {
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

/* ---- deferred calls ---- */

void vm_push_deferred(G *g, DeferRec *d, uint32_t flags) {
    Frame *top = &g->frames[g->nframes - 1];
    size_t nb = top->base + (size_t)top->proto->nregs;
    const Proto *callee = g->prog->funcs[d->cl->fn];
    if (nb + (size_t)d->nargs > g->stack_cap) vm_grow_stack(g, nb + (size_t)d->nargs);
    push_frame(g, callee, d->cl, flags, nb);
    memcpy(g->stack + nb, d->args, sizeof(Value) * (size_t)d->nargs);
}

static NatStatus deferred_recover_fn(G *g, Value *args) { (void)g; (void)args; return NAT_OK; }
const NativeDesc vm_deferred_recover = { "builtin", "recover", deferred_recover_fn };
const NativeDesc vm_rangefunc_anchor = { "runtime", "deferrangefunc", deferred_recover_fn };

NatStatus vm_run_deferred_native(G *g, DeferRec *d, bool by_panic) {
    if (d->native == &vm_deferred_recover) {
        /* recover() as if called at the end of the frame that deferred it */
        if (!by_panic) vm_do_recover(g, g->nframes - 1);
        return NAT_OK;
    }
    Frame *top = &g->frames[g->nframes - 1];
    size_t nb = top->base + (size_t)top->proto->nregs;
    size_t need = nb + (size_t)d->nargs + 8;
    if (need > g->stack_cap) vm_grow_stack(g, need);
    memcpy(g->stack + nb, d->args, sizeof(Value) * (size_t)d->nargs);
    return d->native->fn(g, g->stack + nb);
}

/* ---- the panic chain (Go's g._panic) ---- */

void vm_start_panic(G *g) {
    Panic *p = GC_MALLOC(sizeof *p);
    *p = (Panic){ .link = g->panic, .val = g->panic_val, .frame = -1 };
    g->panic = p;
    g->panic_val = NULL;
    if (!p->link) {
        /* unwinding pops frames: keep the stack as it was for the report */
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

GoBox *vm_do_recover(G *g, int fi) {
    Panic *p = g->panic;
    if (!p || p->recovered || p->frame != fi || !(g->frames[fi].flags & FRAME_DEFERRED_PANIC)) return NULL;
    p->recovered = true;
    return p->val;
}

void vm_end_recovered_panic(G *g) {
    Panic *p = g->panic->link;
    while (p && p->aborted) p = p->link;
    g->panic = p;
    if (!p) g->panic_trace = NULL;
}

void vm_pop_frame_of_panics(G *g, int fi) {
    if (g->frames[fi].flags & FRAME_PANIC_TEXT) vm_panic_text_panicked(g);
    for (Panic *p = g->panic ? g->panic->link : NULL; p; p = p->link)
        if (p->frame == fi) p->aborted = true;
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

/* A function's name as Go's traces print it: an instance of a generic
 * function or method shows its type arguments as [...] (main.Map[...]). */
static void write_func_name(FILE *out, const char *name) {
    int depth = 0;
    for (const char *p = name; *p; p++) {
        if (*p == '[') { if (depth++ == 0) fputs("[...", out); continue; }
        if (*p == ']') { if (--depth == 0) fputc(']', out); continue; }
        if (depth == 0) fputc(*p, out);
    }
}

void vm_write_trace(FILE *out, G *g, const char *reason) {
    fprintf(out, "goroutine %lld [%s]:\n", (long long)g->id, reason);
    const char *path = g->prog->abspath ? g->prog->abspath : g->prog->filename;
    for (int i = g->nframes - 1; i >= 0; i--) {
        const Frame *f = &g->frames[i];
        if (strcmp(f->proto->name, "runtime.main") == 0) continue;
        if (f->proto->wrapper && i != g->nframes - 1) continue;
        /* Go shows the arguments' words; "..." stands for them (Go's own
         * mark for an inlined call), and a function without any has () */
        write_func_name(out, f->proto->name);
        fprintf(out, "(%s)\n\t%s:%d\n", f->proto->nparams ? "..." : "",
                f->proto->file ? f->proto->file : path, vm_frame_line(f));
    }
    if (g->created_by) {
        fputs("created by ", out);
        write_func_name(out, g->created_by->name);
        fprintf(out, " in goroutine %lld\n\t%s:%d\n",
                (long long)g->parent_id, g->created_by->file ? g->created_by->file : path, g->created_line);
    }
}

/* ---- the panic report ---- */

/* Go's printpanicval: how the panic value is shown after "panic: " (stdlib/print.c). */
void vm_format_panic_value(GoBox *v, char **out);

static bool same_panic_value(const GoBox *a, const GoBox *b) {
    if (a == b) return true;
    if (!a || !b || a->type != b->type) return false;
    if (!value_comparable(a->type)) return false;
    return value_equal(a->type, a->v, b->v, NULL);
}

/* ---- the report's text (Go's preprintpanics) ----
 * Go's printpanicval shows an error by its Error() and a Stringer by its
 * String(). Those are Go methods, which may park (take a Mutex, receive
 * from a channel): before the report, the dispatch loop runs each as an
 * ordinary Go call on the panicking goroutine, in a frame marked
 * FRAME_PANIC_TEXT, and stores what it returns in the Panic. A panic that
 * unwinds out of that frame is Go's fatal error "panic while printing
 * panic value". */

/* The Error() or String() method of v's dynamic type, or NULL. A value
 * method through a nil pointer is there too: it panics, as in Go. */
static const RMethod *text_method(const GoBox *v) {
    static const char *names[2];
    if (!names[0]) { names[0] = intern_cstr("Error"); names[1] = intern_cstr("String"); }
    if (!v) return NULL;
    for (int j = 0; j < 2; j++) {
        const RMethod *m = rtype_method(v->type, names[j]);
        if (m && strcmp(m->type->str, "func() string") == 0) return m;
    }
    return NULL;
}

bool vm_push_panic_text(G *g) {
    for (Panic *p = g->panic; p; p = p->link) {
        if (p->text_asked) continue;
        p->text_asked = true;
        const RMethod *m = text_method(p->val);
        if (!m) continue;
        const Frame *top = &g->frames[g->nframes - 1];
        size_t nb = top->base + (size_t)top->proto->nregs;
        /* FRAME_DEFERRED_PANIC too: the dispatch loop's return looks at one bit for both */
        push_frame(g, g->prog->funcs[m->func], NULL, FRAME_DEFERRED_PANIC | FRAME_PANIC_TEXT, nb);
        g->stack[nb] = vm_unbox(p->val);
        return true;
    }
    return false;
}

void vm_set_panic_text(G *g) {
    const GoString *s = g->stack[g->frames[g->nframes].base].s;   /* the popped frame's R[0] */
    Panic *p = g->panic;
    while (p && !(p->text_asked && !p->text)) p = p->link;
    if (!p) vm_bug("a panic's text returned, but no panic asked for it");
    char *text = GC_MALLOC_ATOMIC((size_t)str_len(s) + 1);
    memcpy(text, str_data(s), (size_t)str_len(s));
    text[str_len(s)] = 0;
    p->text = text;
}

_Noreturn void vm_panic_text_panicked(G *g) {
    const GoBox *v = g->panic->val;
    char msg[600];
    if (v && v->type == rtype_string)
        snprintf(msg, sizeof msg, "panic while printing panic value: %.*s", (int)str_len(v->v.s), str_data(v->v.s));
    else
        snprintf(msg, sizeof msg, "panic while printing panic value: type %s", v ? v->type->str : "nil");
    vm_fatal_error(g, msg);
}

void vm_print_panic(G *g) { vm_write_panic(stderr, g); }

void vm_write_panic(FILE *out, G *g) {
    out_flush();
    /* Go's printpanics: the chain, oldest first */
    int n = 0;
    for (Panic *p = g->panic; p; p = p->link) n++;
    Panic **chain = GC_MALLOC(sizeof *chain * (size_t)(n ? n : 1));
    int j = n;
    for (Panic *p = g->panic; p; p = p->link) chain[--j] = p;
    for (j = 0; j < n; j++) {
        char *text = (char *)chain[j]->text;
        if (!text) vm_format_panic_value(chain[j]->val, &text);
        if (chain[j]->recovered && j + 1 < n && same_panic_value(chain[j]->val, chain[j + 1]->val)) {
            /* re-panicked with the recovered value: Go shows one line */
            fprintf(out, "%spanic: %s [recovered, repanicked]\n", j ? "\t" : "", text);
            j++;
            continue;
        }
        fprintf(out, "%spanic: %s%s\n", j ? "\t" : "", text, chain[j]->recovered ? " [recovered]" : "");
    }
    if (!n) {
        char *text;
        vm_format_panic_value(g->panic_val, &text);
        fprintf(out, "panic: %s\n", text);
    }
    fputc('\n', out);
    if (g->panic_trace) fputs(g->panic_trace, out);
    else vm_write_trace(out, g, "running");
}

/* ---- fatal errors ---- */

_Noreturn void vm_fatal_error(G *g, const char *msg) {
    out_flush();
    fprintf(stderr, "fatal error: %s\n", msg);
    if (g) {
        fprintf(stderr, "\n");
        vm_print_trace(g, "running");
    }
    if (vm_host.exit) vm_host.exit(2);
    _exit(2);
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
