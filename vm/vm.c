/* vm.c — the dispatch loop: one C function that runs a goroutine's Go
 * code, calls and returns on the goroutine's own stack, and unwinds it
 * when a panic or runtime.Goexit runs its deferred calls.
 *
 * Invariants (DESIGN.md 2 and 3):
 *  - A Go call pushes a Frame on g->frames (push_frame, vm_int.h) and
 *    continues in this same C loop: vm_execute never calls itself.
 *  - The loop keeps `base` (a pointer into g->stack) only in a local; the
 *    Frames keep indexes. After anything that can move the stack (a call
 *    that grows it), `base` is recomputed from the current frame.
 *  - Before calling a native or raising a panic, the current pc is saved
 *    into the frame (Lua's "savepc"), so traces and resumption are exact.
 *
 * The rest of the VM is around it: stack.c (goroutine stacks and their
 * growth), panic.c (raising panics, defer, recover, reports), iface.c
 * (method calls on dynamic types), value.c (strings, slices, boxes).
 */
#include <gc.h>
#include <math.h>
#include <stdatomic.h>
#include <stdio.h>
#include <string.h>
#include "vm_int.h"
#include "map.h"
#include "utf8.h"     /* rt/: utf8_decode */

/* The dispatch loop uses computed goto (a GNU extension) where available. */
#if defined(__clang__)
#pragma clang diagnostic ignored "-Wgnu-label-as-value"
#elif defined(__GNUC__)
#pragma GCC diagnostic ignored "-Wpedantic"
#endif

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


/* The type that made the last map operation on this thread fail. */

VmStatus vm_execute(G *g) {
#if defined(__GNUC__)
#define USE_COMPUTED_GOTO 1
#endif
    Program *prog = g->prog;
    Frame *f = &g->frames[g->nframes - 1];
    const Instr *pc = f->pc;
    Value *base = g->stack + f->base;
    Instr i;

#define RELOAD() do { f = &g->frames[g->nframes - 1]; pc = f->pc; base = g->stack + f->base; } while (0)
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
#define UNHASHABLE(t, empty_map) do { SAVEPC(); vm_unhashable_error(g, t, empty_map); goto panic; } while (0)
#define PANIC_BOUNDS(...) do { SAVEPC(); vm_bounds_error(g, __VA_ARGS__); goto panic; } while (0)
#define SLICE_PANIC(kind, arr, x, y) do { SAVEPC(); vm_slice_bounds_error(g, kind, arr, x, y); goto panic; } while (0)
    int slice_form;
/* a Go call of callee (running closure c_) whose R[0] is R[A] */
#define CALL_GO(callee_, c_) do { \
        const Proto *callee = (callee_); \
        Closure *ccl = (c_); \
        size_t nb = f->base + i.a; \
        SAVEPC(); \
        f = push_frame(g, callee, ccl, 0, nb); \
        base = g->stack + nb; \
        pc = callee->code; \
        PREEMPT_CHECK(); \
        NEXT(); \
    } while (0)
/* Go's boundsError: a negative index is shown without the length */
#define INDEX_PANIC(idx, len) do { \
        if ((idx) < 0) PANIC_BOUNDS("index out of range [%lld]", (long long)(idx)); \
        PANIC_BOUNDS("index out of range [%lld] with length %lld", (long long)(idx), (long long)(len)); \
    } while (0)

    /* a goroutine woken from a channel operation finishes it first */
    if (g->waiting && vm_host.chan_resume(g) == NAT_PANIC) goto panic;

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
    CASE(LOADK) RA = f->proto->k[instr_bx(i)]; NEXT();
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
    CASE(SQRTF) RA.f = sqrt(RB.f); NEXT();
    CASE(MULADDF) { double t = RB.f * RC.f; RA.f = RA.f + t; NEXT(); }
    CASE(MULSUBF) { double t = RB.f * RC.f; RA.f = RA.f - t; NEXT(); }
#define FLD_OPERAND(name, op) \
    CASE(name) { \
        Value *blk = base[i.c & 255].p; \
        if (!blk) PANIC_RT("invalid memory address or nil pointer dereference"); \
        RA.f = RB.f op blk[i.c >> 8].f; \
        NEXT(); \
    }
    FLD_OPERAND(ADDFLD, +)
    FLD_OPERAND(SUBFLD, -)
    FLD_OPERAND(MULFLD, *)
    FLD_OPERAND(DIVFLD, /)
#define FLD_UPDATE(name, op) \
    CASE(name) { \
        Value *blk = RA.p; \
        if (!blk) PANIC_RT("invalid memory address or nil pointer dereference"); \
        double t = base[i.c & 255].f * base[i.c >> 8].f; \
        blk[i.b].f = blk[i.b].f op t; \
        NEXT(); \
    }
    FLD_UPDATE(FLDMULADDF, +)
    FLD_UPDATE(FLDMULSUBF, -)
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
    CASE(RUNESTR) RA.s = str_from_rune(RB.i); NEXT();
    CASE(BYTES2STR) {
        GoSlice *sl = RB.sl;
        RA.s = sl ? str_new(sl->data, (size_t)sl->len) : NULL;
        NEXT();
    }
    CASE(RUNES2STR) RA.s = str_from_runes(RB.sl); NEXT();
    CASE(STR2BYTES) {
        GoString *str = RB.s;
        int64_t n = str_len(str);
        GoSlice *sl = slice_new(1, n, n, false);
        if (n) memcpy(sl->data, str->data, (size_t)n);
        RA.sl = sl;
        NEXT();
    }
    CASE(STR2RUNES) RA.sl = str_to_runes(RB.s); NEXT();
    CASE(RANGES) {
        GoString *s = RB.s;
        int64_t off = RC.i;
        int32_t r;
        int len = utf8_decode(s->data + off, (size_t)(s->len - off), &r);
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
        uint64_t kv = f->proto->k[i.c].u;
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
        const RType *bad = NULL;
        Value *v = map_find(RB.p, RA, &bad);
        if (bad) UNHASHABLE(bad, false);
        if (!v && !map_len(RB.p) && (bad = map_key_unhashable(prog->types[i.c]->under->key, RA))) {
            UNHASHABLE(bad, true);
        }
        RA = v ? *v : vm_zero_of(prog->types[i.c]->under->elem);
        if (i.op == OP_MAPGETOK) base[i.a + 1].i = v != NULL;
        NEXT();
    }
    CASE(MAPSET) {
        GoMap *m = RA.p;
        if (!m) { SAVEPC(); vm_runtime_error_plain(g, "assignment to entry in nil map"); goto panic; }
        const RType *bad = NULL;
        Value *v = map_insert(m, RB, RC, &bad);
        if (bad) UNHASHABLE(bad, false);
        *v = RC;
        NEXT();
    }
    CASE(MAPDEL) {
        const RType *bad = NULL;
        map_delete(RA.p, RB, &bad);
        if (bad) UNHASHABLE(bad, false);
        if (!map_len(RA.p) && (bad = map_key_unhashable(prog->types[i.c]->under->key, RB))) {
            UNHASHABLE(bad, true);
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
        const RType *et = prog->types[i.c]->under->elem;
        int64_t size = i.b == 0xFFFF ? 0 : RB.i;
        Hchan *c = vm_host.chan_make(size, rtype_is_aggregate(et) ? et->slots : -1, (et->flags & RT_POINTERS));
        if (!c) { SAVEPC(); vm_runtime_error_plain(g, "makechan: size out of range"); goto panic; }
        RA.p = c;
        NEXT();
    }
    CASE(SEND) {
        SAVEPC();
        NatStatus st = vm_host.chan_send(g, RA.p, RB);
        if (st == NAT_OK) NEXT();
        if (st == NAT_PANIC) goto panic;
        return VM_PARK;
    }
    CASE(RECV) {
        SAVEPC();
        size_t slot = f->base + i.a;
        NatStatus st = vm_host.chan_recv(g, RB.p, slot, i.c ? slot + 1 : CHAN_NO_SLOT);
        if (st == NAT_OK) NEXT();
        return VM_PARK;
    }
    CASE(CLOSE) {
        SAVEPC();
        if (vm_host.chan_close(g, RA.p) == NAT_PANIC) goto panic;
        NEXT();
    }
    CASE(LENCH) RA.i = vm_host.chan_len(RB.p); NEXT();
    CASE(CAPCH) RA.i = vm_host.chan_cap(RB.p); NEXT();
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
        NatStatus st = vm_host.chan_select(g, cs, n, !(i.c & 1), slot);
        if (st == NAT_OK) NEXT();
        if (st == NAT_PANIC) goto panic;
        return VM_PARK;
    }
    CASE(BOX) RA.ifc = box_new(prog->types[instr_bx(i)], RA); NEXT();
    CASE(ASSERT) {
        GoBox *b = RB.ifc;
        const RType *t = prog->types[i.c], *st = prog->types[i.c + 1];
        const char *missing = NULL;
        if (!b) {
            SAVEPC();
            char msg[512];
            if (t->under->kind == TY_INTERFACE)
                snprintf(msg, sizeof msg, "interface conversion: interface is nil, not %s", t->str);
            else
                snprintf(msg, sizeof msg, "interface conversion: %s is nil, not %s", st->str, t->str);
            vm_rt_panic(g, VM_RTERR_ASSERT, msg);
            goto panic;
        }
        if (!rtype_is(b->type, t, &missing)) {
            SAVEPC();
            char msg[512];
            if (t->under->kind == TY_INTERFACE)
                snprintf(msg, sizeof msg, "interface conversion: %s is not %s: missing method %s", b->type->str,
                         t->str, missing ? missing : "?");
            else
                snprintf(msg, sizeof msg, "interface conversion: %s is %s, not %s", st->str, b->type->str,
                         t->str);
            vm_rt_panic(g, VM_RTERR_ASSERT, msg);
            goto panic;
        }
        RA = t->under->kind == TY_INTERFACE ? RB : vm_unbox(b);
        NEXT();
    }
    CASE(ASSERTOK) {
        GoBox *b = RB.ifc;
        const RType *t = prog->types[i.c];
        bool ok = b && rtype_is(b->type, t, NULL);
        if (t->under->kind == TY_INTERFACE) RA.ifc = ok ? b : NULL;
        else RA = ok ? vm_unbox(b) : vm_zero_of(t);
        base[i.a + 1].i = ok;
        NEXT();
    }
    CASE(TYPEIS) {
        GoBox *b = RB.ifc;
        RA.i = i.c == 0xFFFF ? b == NULL : (b && rtype_is(b->type, prog->types[i.c], NULL));
        NEXT();
    }
    CASE(ICALL) {
        GoBox *b = RB.ifc;
        if (!b) PANIC_RT("invalid memory address or nil pointer dereference");
        IcallSite *s = &prog->icalls[i.c];
        const Itab *it = __atomic_load_n(&s->cache, __ATOMIC_ACQUIRE);
        const RMethod *m = it && it->type == b->type ? it->fun[s->method] : vm_icall_method(s, b);
        /* the receiver is the boxed value, passed as any argument is (an aggregate copied) */
        RA = rtype_is_aggregate(b->type) ? vm_unbox(b) : b->v;
        CALL_GO(prog->funcs[m->func], NULL);
    }

    CASE(NEWAGG) RA.p = GC_MALLOC(sizeof(Value) * instr_bx(i)); NEXT();
    CASE(COPYAGG) {
        size_t n = (size_t)f->proto->k[i.c].i;
        Value *blk = GC_MALLOC(sizeof(Value) * n);
        memcpy(blk, RB.p, sizeof(Value) * n);
        RA.p = blk;
        NEXT();
    }
    CASE(STOREAGG) {
        if (!RA.p) PANIC_RT("invalid memory address or nil pointer dereference");
        memmove(RA.p, RB.p, sizeof(Value) * (size_t)f->proto->k[i.c].i);
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
    CASE(UPCELL) RA.cell = f->cl->cells[i.b]; NEXT();
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
        const RType *bad = NULL;
        RA.i = value_equal(prog->types[i.c], RA, RB, &bad);
        if (bad) PANIC_RT("comparing uncomparable type %s", bad->str);
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
    CASE(GETUP) RA = f->cl->cells[i.b]->v; NEXT();
    CASE(SETUP) f->cl->cells[i.a]->v = RB; NEXT();
    CASE(CLOSURE) {
        const Proto *fp = prog->funcs[instr_bx(i)];
        Closure *c = GC_MALLOC(sizeof(Closure) + sizeof(GoCell *) * (size_t)fp->nupvals);
        c->fn = (int)instr_bx(i);
        c->ncells = fp->nupvals;
        for (int u = 0; u < fp->nupvals; u++) {
            uint16_t d = fp->upvals[u];
            c->cells[u] = (d & UPVAL_OUTER) ? f->cl->cells[d & ~UPVAL_OUTER] : base[d].cell;
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
        CALL_GO(prog->funcs[c->fn], c);
    }
    CASE(CALL) CALL_GO(prog->funcs[instr_bx(i)], NULL);
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
        if (n == 1) base[0] = RA;   /* the usual case: one result, no call of memmove */
        else if (i.a != 0) memmove(base, base + i.a, sizeof(Value) * (size_t)n);
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
                if (vm_run_deferred_native(g, d, false) == NAT_PANIC) goto panic;
                base = g->stack + f->base;
                NEXT();
            }
            if (!d->cl) PANIC_RT("invalid memory address or nil pointer dereference");
            vm_push_deferred(g, d, FRAME_DEFERRED);
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
        vm_host.go(g, c, &base[i.a + 1], i.b);
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
        RA.ifc = vm_do_recover(g, g->nframes - 1);
        NEXT();
    }
    CASE(RANGEPANIC) {
        static const char *const why[] = {
            [RF_DONE] = "range function continued iteration after function for loop body returned false",
            [RF_PANIC] = "range function continued iteration after loop body panic",
            [RF_EXHAUSTED] = "range function continued iteration after whole loop exit",
            [RF_MISSING_PANIC] = "range function recovered a loop body panic and did not resume panicking",
        };
        int64_t st = RA.i;
        if (st < 0 || st > RF_MISSING_PANIC || st == RF_READY) {
            SAVEPC();
            vm_bug("range-over-func body state %lld", (long long)st);
        }
        PANIC_RT("%s", why[st]);
    }
    CASE(DEFERANCHOR) {
        DeferRec *d = GC_MALLOC(sizeof(DeferRec));
        d->frame = g->nframes - 1;
        d->native = &vm_rangefunc_anchor;
        d->next = g->defers;
        g->defers = d;
        RA.p = d;
        NEXT();
    }
    CASE(DEFERAT) {
        /* the body may run on another goroutine than the anchor's (an
         * iterator calling yield from one): the anchor's link is changed
         * atomically, as Go's deferprocat does */
        DeferRec *a = RA.p, *d = g->defers;
        g->defers = d->next;
        d->frame = a->frame;
        DeferRec *nx = __atomic_load_n(&a->next, __ATOMIC_ACQUIRE);
        do d->next = nx;
        while (!__atomic_compare_exchange_n(&a->next, &nx, d, false, __ATOMIC_ACQ_REL, __ATOMIC_ACQUIRE));
        NEXT();
    }
    CASE(PANIC) {
        SAVEPC();
        GoBox *v = RA.ifc;
        if (!v) {
            /* Go 1.21+: panic(nil) becomes a *runtime.PanicNilError */
            vm_rt_panic(g, VM_RTERR_PANICNIL, "");
        } else {
            g->panic_val = v;
        }
        goto panic;
    }
    CASE(UNREACH) {
        SAVEPC();
        vm_bug("missing return in %s", f->proto->name);
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
        if (g->nframes == 0) {
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
                vm_end_recovered_panic(g);
            } else if (flags & FRAME_PANIC_TEXT) {
                /* the report's Error()/String() returned (its frame, just popped, holds the result) */
                vm_set_panic_text(g);
                goto unwind;
            } else if (g->goexiting) {
                goto unwind;
            }
        }
        NEXT();
    }

panic:
    /* g->panic_val is set: start a panic, then run deferred calls frame by frame */
    vm_start_panic(g);
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
                if (vm_run_deferred_native(g, d, true) == NAT_PANIC) goto panic;
                continue;
            }
            if (!d->cl) {
                vm_runtime_error(g, "invalid memory address or nil pointer dereference");
                goto panic;
            }
            if (g->panic) g->panic->frame = g->nframes;
            vm_push_deferred(g, d, FRAME_DEFERRED_PANIC);
            break;
        }
        if (top < 1) {
            if (g->goexiting) { g->nframes = 0; return VM_DONE; }
            /* unrecovered: first the report's texts, by Go calls on this G (Go's preprintpanics) */
            if (!vm_push_panic_text(g)) return VM_PANIC;
            break;
        }
        vm_pop_frame_of_panics(g, top);
        g->nframes--;
    }
    /* run the frame just pushed */
    RELOAD();
    NEXT();
}
