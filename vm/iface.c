/* iface.c — what interface values need at run time: the method an
 * interface call runs (through the call site's one-entry itab cache),
 * unboxing, and zero values.
 *
 * Invariant (DESIGN.md 1): this is the one place besides type switches and
 * assertions where the VM looks at a type at run time, and it looks only
 * at the dynamic type an interface value carries. Method sets and itabs
 * are rt/rtype.c's: the code generator has already turned promoted methods
 * and value methods through pointers into functions of the method set, so
 * there is nothing to search here.
 */
#include <gc.h>
#include <string.h>
#include "vm_int.h"

const RMethod *vm_icall_method(IcallSite *s, const GoBox *b) {
    const Itab *it = __atomic_load_n(&s->cache, __ATOMIC_ACQUIRE);
    if (!it || it->type != b->type) {
        it = rtype_itab(s->inter, b->type);
        if (it->missing) vm_bug("method %s not found on %s", it->missing, b->type->str);
        __atomic_store_n(&s->cache, it, __ATOMIC_RELEASE);
    }
    return it->fun[s->method];
}

Value vm_unbox(const GoBox *b) {
    Value v = b->v;
    if (rtype_is_aggregate(b->type)) {
        size_t n = (size_t)b->type->slots;
        Value *blk = GC_MALLOC(sizeof(Value) * n);
        memcpy(blk, v.p, sizeof(Value) * n);
        v.p = blk;
    }
    return v;
}

Value vm_zero_of(const RType *t) {
    Value v = { .u = 0 };
    if (rtype_is_aggregate(t)) v.p = GC_MALLOC(sizeof(Value) * (size_t)t->slots);
    return v;
}
