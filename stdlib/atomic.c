/* atomic.c — package sync/atomic.
 *
 * Every Go integer lives in one 64-bit slot, kept sign-extended (int32) or
 * zero-extended (uint32) from its width (vm/value.h), and an interface is
 * one pointer. So Load, Store, Swap and CompareAndSwap are the same 64-bit
 * atomic instruction for every width (the operands arrive extended), as
 * are And and Or (bitwise results of extended values stay extended); only
 * Add must wrap a 32-bit result and extend it again, with a CAS loop.
 * All operations are sequentially consistent, as Go's.
 *
 * The types (Int32, Int64, Uint32, Uint64, Uintptr, Bool, Value) are Go
 * source over the functions, with Go's fields so that %v prints them as Go
 * does. Value's operations are natives: an interface is one slot, so a
 * store is a pointer CAS, with Go's checks (no nil, one dynamic type).
 */
#include "natives.h"

#define SEQ __ATOMIC_SEQ_CST

/* Go dereferences the nil address and faults: a runtime error panic. */
#define ADDR(v)                                                                  \
    Value *v = args[0].p;                                                        \
    if (!v) return vm_runtime_error(g, "invalid memory address or nil pointer dereference")

/* func AddInt64(addr *int64, delta int64) (new int64), and Uint64, Uintptr */
NatStatus nat_atomic_add64(G *g, Value *args) {
    ADDR(p);
    args[0].u = __atomic_add_fetch(&p->u, args[1].u, SEQ);
    return NAT_OK;
}

/* func AddInt32(addr *int32, delta int32) (new int32) */
static NatStatus atomic_add_int32(G *g, Value *args) {
    ADDR(p);
    uint64_t old = __atomic_load_n(&p->u, __ATOMIC_RELAXED), next;
    do {
        next = (uint64_t)(int64_t)(int32_t)(uint32_t)(old + args[1].u);
    } while (!__atomic_compare_exchange_n(&p->u, &old, next, true, SEQ, __ATOMIC_RELAXED));
    args[0].u = next;
    return NAT_OK;
}

/* func AddUint32(addr *uint32, delta uint32) (new uint32) */
static NatStatus atomic_add_uint32(G *g, Value *args) {
    ADDR(p);
    uint64_t old = __atomic_load_n(&p->u, __ATOMIC_RELAXED), next;
    do {
        next = (uint32_t)(old + args[1].u);
    } while (!__atomic_compare_exchange_n(&p->u, &old, next, true, SEQ, __ATOMIC_RELAXED));
    args[0].u = next;
    return NAT_OK;
}

/* func AndInt32(addr *int32, mask int32) (old int32), every width */
static NatStatus atomic_and(G *g, Value *args) {
    ADDR(p);
    args[0].u = __atomic_fetch_and(&p->u, args[1].u, SEQ);
    return NAT_OK;
}

/* func OrInt32(addr *int32, mask int32) (old int32), every width */
static NatStatus atomic_or(G *g, Value *args) {
    ADDR(p);
    args[0].u = __atomic_fetch_or(&p->u, args[1].u, SEQ);
    return NAT_OK;
}

/* func LoadInt32(addr *int32) (val int32), every width */
NatStatus nat_atomic_load(G *g, Value *args) {
    ADDR(p);
    args[0].u = __atomic_load_n(&p->u, SEQ);
    return NAT_OK;
}

/* func StoreInt32(addr *int32, val int32), every width */
NatStatus nat_atomic_store(G *g, Value *args) {
    ADDR(p);
    __atomic_store_n(&p->u, args[1].u, SEQ);
    return NAT_OK;
}

/* func SwapInt32(addr *int32, new int32) (old int32), every width */
static NatStatus atomic_swap(G *g, Value *args) {
    ADDR(p);
    args[0].u = __atomic_exchange_n(&p->u, args[1].u, SEQ);
    return NAT_OK;
}

/* func CompareAndSwapInt32(addr *int32, old, new int32) (swapped bool), every width */
NatStatus nat_atomic_cas(G *g, Value *args) {
    ADDR(p);
    uint64_t old = args[1].u;
    args[0].u = __atomic_compare_exchange_n(&p->u, &old, args[2].u, false, SEQ, SEQ);
    return NAT_OK;
}

/* ---- Value ---- */

/* func valueLoad_(p *any) any */
static NatStatus atomic_value_load(G *g, Value *args) {
    ADDR(p);
    args[0].ifc = __atomic_load_n(&p->ifc, SEQ);
    return NAT_OK;
}

/* func valueStore_(p *any, val any) */
static NatStatus atomic_value_store(G *g, Value *args) {
    ADDR(p);
    GoBox *val = args[1].ifc;
    if (!val) return vm_panic_msg(g, "sync/atomic: store of nil value into Value");
    GoBox *cur = __atomic_load_n(&p->ifc, SEQ);
    do {
        if (cur && cur->type != val->type)
            return vm_panic_msg(g, "sync/atomic: store of inconsistently typed value into Value");
    } while (!__atomic_compare_exchange_n(&p->ifc, &cur, val, true, SEQ, SEQ));
    return NAT_OK;
}

/* func valueSwap_(p *any, new any) (old any) */
static NatStatus atomic_value_swap(G *g, Value *args) {
    ADDR(p);
    GoBox *val = args[1].ifc;
    if (!val) return vm_panic_msg(g, "sync/atomic: swap of nil value into Value");
    GoBox *cur = __atomic_load_n(&p->ifc, SEQ);
    do {
        if (cur && cur->type != val->type)
            return vm_panic_msg(g, "sync/atomic: swap of inconsistently typed value into Value");
    } while (!__atomic_compare_exchange_n(&p->ifc, &cur, val, true, SEQ, SEQ));
    args[0].ifc = cur;
    return NAT_OK;
}

/* func valueCompareAndSwap_(p *any, old, new any) (swapped bool) */
static NatStatus atomic_value_cas(G *g, Value *args) {
    ADDR(p);
    GoBox *old = args[1].ifc, *val = args[2].ifc;
    if (!val) return vm_panic_msg(g, "sync/atomic: compare and swap of nil value into Value");
    if (old && old->type != val->type)
        return vm_panic_msg(g, "sync/atomic: compare and swap of inconsistently typed values");
    GoBox *cur = __atomic_load_n(&p->ifc, SEQ);
    if (!cur) {
        /* The first store: only when old is nil, and only if nobody
         * stored first (then look again at what they stored). */
        if (old) {
            args[0].u = 0;
            return NAT_OK;
        }
        if (__atomic_compare_exchange_n(&p->ifc, &cur, val, false, SEQ, SEQ)) {
            args[0].u = 1;
            return NAT_OK;
        }
    }
    if (cur->type != val->type)
        return vm_panic_msg(g, "sync/atomic: compare and swap of inconsistently typed value into Value");
    /* Go compares the stored value with old by ==, which panics for an
     * uncomparable dynamic type. */
    const RType *bad = NULL;
    bool eq = value_equal(rtype_any, (Value){ .ifc = cur }, (Value){ .ifc = old }, &bad);
    if (bad)
        return vm_runtime_error(g, "comparing uncomparable type %s", bad->str);
    args[0].u = eq && __atomic_compare_exchange_n(&p->ifc, &cur, val, false, SEQ, SEQ);
    return NAT_OK;
}

#define FOR_WIDTHS(OP, fn) \
    { "sync/atomic", #OP "Int32", fn }, { "sync/atomic", #OP "Int64", fn }, \
    { "sync/atomic", #OP "Uint32", fn }, { "sync/atomic", #OP "Uint64", fn }, \
    { "sync/atomic", #OP "Uintptr", fn }

const NativeDesc atomic_natives[] = {
    { "sync/atomic", "AddInt32", atomic_add_int32 },
    { "sync/atomic", "AddUint32", atomic_add_uint32 },
    { "sync/atomic", "AddInt64", nat_atomic_add64 },
    { "sync/atomic", "AddUint64", nat_atomic_add64 },
    { "sync/atomic", "AddUintptr", nat_atomic_add64 },
    FOR_WIDTHS(And, atomic_and),
    FOR_WIDTHS(Or, atomic_or),
    FOR_WIDTHS(Load, nat_atomic_load),
    FOR_WIDTHS(Store, nat_atomic_store),
    FOR_WIDTHS(Swap, atomic_swap),
    FOR_WIDTHS(CompareAndSwap, nat_atomic_cas),
    { "sync/atomic", "valueLoad_", atomic_value_load },
    { "sync/atomic", "valueStore_", atomic_value_store },
    { "sync/atomic", "valueSwap_", atomic_value_swap },
    { "sync/atomic", "valueCompareAndSwap_", atomic_value_cas },
    { NULL, NULL, NULL },
};
