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

#if defined(__GNUC__)
#pragma GCC diagnostic ignored "-Woverlength-strings"
#endif

#define SEQ __ATOMIC_SEQ_CST

/* Go dereferences the nil address and faults: a runtime error panic. */
#define ADDR(v)                                                                  \
    Value *v = args[0].p;                                                        \
    if (!v) return vm_runtime_error(g, "invalid memory address or nil pointer dereference")

/* func AddInt64(addr *int64, delta int64) (new int64), and Uint64, Uintptr */
static NatStatus atomic_add64(G *g, Value *args) {
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
static NatStatus atomic_load(G *g, Value *args) {
    ADDR(p);
    args[0].u = __atomic_load_n(&p->u, SEQ);
    return NAT_OK;
}

/* func StoreInt32(addr *int32, val int32), every width */
static NatStatus atomic_store(G *g, Value *args) {
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
static NatStatus atomic_cas(G *g, Value *args) {
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
    value_equal_bad = NULL;
    bool eq = value_equal(ty_any, (Value){ .ifc = cur }, (Value){ .ifc = old });
    if (value_equal_bad)
        return vm_runtime_error(g, "comparing uncomparable type %s", type_string_rt(value_equal_bad));
    args[0].u = eq && __atomic_compare_exchange_n(&p->ifc, &cur, val, false, SEQ, SEQ);
    return NAT_OK;
}

#define FOR_WIDTHS(OP, fn) \
    { "sync/atomic", #OP "Int32", fn, NULL }, { "sync/atomic", #OP "Int64", fn, NULL }, \
    { "sync/atomic", #OP "Uint32", fn, NULL }, { "sync/atomic", #OP "Uint64", fn, NULL }, \
    { "sync/atomic", #OP "Uintptr", fn, NULL }

const NativeDesc atomic_natives[] = {
    { "sync/atomic", "AddInt32", atomic_add_int32, NULL },
    { "sync/atomic", "AddUint32", atomic_add_uint32, NULL },
    { "sync/atomic", "AddInt64", atomic_add64, NULL },
    { "sync/atomic", "AddUint64", atomic_add64, NULL },
    { "sync/atomic", "AddUintptr", atomic_add64, NULL },
    FOR_WIDTHS(And, atomic_and),
    FOR_WIDTHS(Or, atomic_or),
    FOR_WIDTHS(Load, atomic_load),
    FOR_WIDTHS(Store, atomic_store),
    FOR_WIDTHS(Swap, atomic_swap),
    FOR_WIDTHS(CompareAndSwap, atomic_cas),
    { "sync/atomic", "valueLoad_", atomic_value_load, NULL },
    { "sync/atomic", "valueStore_", atomic_value_store, NULL },
    { "sync/atomic", "valueSwap_", atomic_value_swap, NULL },
    { "sync/atomic", "valueCompareAndSwap_", atomic_value_cas, NULL },
    { NULL, NULL, NULL, NULL },
};

/* The functions and methods of one integer type T (Int32, ...) over
 * Go type t (int32, ...): the source of a package is built from these. */
#define FUNCS(T, t)                                                              \
    "func Add" #T "(addr *" #t ", delta " #t ") (new " #t ")\n"                  \
    "func And" #T "(addr *" #t ", mask " #t ") (old " #t ")\n"                   \
    "func Or" #T "(addr *" #t ", mask " #t ") (old " #t ")\n"                    \
    "func Load" #T "(addr *" #t ") (val " #t ")\n"                               \
    "func Store" #T "(addr *" #t ", val " #t ")\n"                               \
    "func Swap" #T "(addr *" #t ", new " #t ") (old " #t ")\n"                   \
    "func CompareAndSwap" #T "(addr *" #t ", old, new " #t ") (swapped bool)\n"

#define METHODS(T, t)                                                                      \
    "func (x *" #T ") Load() " #t " { return Load" #T "(&x.v) }\n"                         \
    "func (x *" #T ") Store(val " #t ") { Store" #T "(&x.v, val) }\n"                      \
    "func (x *" #T ") Swap(new " #t ") (old " #t ") { return Swap" #T "(&x.v, new) }\n"    \
    "func (x *" #T ") CompareAndSwap(old, new " #t ") (swapped bool) {\n"                  \
    "\treturn CompareAndSwap" #T "(&x.v, old, new)\n"                                      \
    "}\n"                                                                                  \
    "func (x *" #T ") Add(delta " #t ") (new " #t ") { return Add" #T "(&x.v, delta) }\n"  \
    "func (x *" #T ") And(mask " #t ") (old " #t ") { return And" #T "(&x.v, mask) }\n"    \
    "func (x *" #T ") Or(mask " #t ") (old " #t ") { return Or" #T "(&x.v, mask) }\n"

const char atomic_src[] =
    "package atomic\n"
    "\n"
    FUNCS(Int32, int32)
    FUNCS(Int64, int64)
    FUNCS(Uint32, uint32)
    FUNCS(Uint64, uint64)
    FUNCS(Uintptr, uintptr)
    "\n"
    "type noCopy struct{}\n"
    "\n"
    "// align64 marks Go's 64-bit types as 8-byte aligned on 32-bit machines.\n"
    "type align64 struct{}\n"
    "\n"
    "type Int32 struct {\n"
    "\t_ noCopy\n"
    "\tv int32\n"
    "}\n"
    METHODS(Int32, int32)
    "\n"
    "type Int64 struct {\n"
    "\t_ noCopy\n"
    "\t_ align64\n"
    "\tv int64\n"
    "}\n"
    METHODS(Int64, int64)
    "\n"
    "type Uint32 struct {\n"
    "\t_ noCopy\n"
    "\tv uint32\n"
    "}\n"
    METHODS(Uint32, uint32)
    "\n"
    "type Uint64 struct {\n"
    "\t_ noCopy\n"
    "\t_ align64\n"
    "\tv uint64\n"
    "}\n"
    METHODS(Uint64, uint64)
    "\n"
    "type Uintptr struct {\n"
    "\t_ noCopy\n"
    "\tv uintptr\n"
    "}\n"
    METHODS(Uintptr, uintptr)
    "\n"
    "// Bool is a uint32: 0 false, 1 true.\n"
    "type Bool struct {\n"
    "\t_ noCopy\n"
    "\tv uint32\n"
    "}\n"
    "\n"
    "func b32(b bool) uint32 {\n"
    "\tif b {\n"
    "\t\treturn 1\n"
    "\t}\n"
    "\treturn 0\n"
    "}\n"
    "\n"
    "func (x *Bool) Load() bool { return LoadUint32(&x.v) != 0 }\n"
    "func (x *Bool) Store(val bool) { StoreUint32(&x.v, b32(val)) }\n"
    "func (x *Bool) Swap(new bool) (old bool) { return SwapUint32(&x.v, b32(new)) != 0 }\n"
    "func (x *Bool) CompareAndSwap(old, new bool) (swapped bool) {\n"
    "\treturn CompareAndSwapUint32(&x.v, b32(old), b32(new))\n"
    "}\n"
    "\n"
    "func valueLoad_(p *any) any\n"
    "func valueStore_(p *any, val any)\n"
    "func valueSwap_(p *any, new any) (old any)\n"
    "func valueCompareAndSwap_(p *any, old, new any) (swapped bool)\n"
    "\n"
    "// A Value holds values of one dynamic type; the zero Value holds nil.\n"
    "type Value struct {\n"
    "\tv any\n"
    "}\n"
    "\n"
    "func (v *Value) Load() (val any) { return valueLoad_(&v.v) }\n"
    "func (v *Value) Store(val any) { valueStore_(&v.v, val) }\n"
    "func (v *Value) Swap(new any) (old any) { return valueSwap_(&v.v, new) }\n"
    "func (v *Value) CompareAndSwap(old, new any) (swapped bool) {\n"
    "\treturn valueCompareAndSwap_(&v.v, old, new)\n"
    "}\n";
