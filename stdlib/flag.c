/* flag.c — package flag's one native: a zero value of a flag Value's
 * dynamic type (for *T, a pointer to a new zero T), which PrintDefaults
 * asks for its String() to decide whether to show "(default ...)", as Go
 * does with reflect.New / reflect.Zero. */
#include <gc.h>
#include "natives.h"

/* A zeroed value of type t, as one slot: a scalar's zero, or a new zeroed
 * block for an aggregate. */
static Value zero_value(const RType *t) {
    Value v;
    v.i = 0;
    if (rtype_is_aggregate(t->under)) v.p = GC_MALLOC(sizeof(Value) * (size_t)(t->slots > 0 ? t->slots : 1));
    return v;
}

/* func zeroOf_(v Value) any */
static NatStatus flag_zeroOf(G *g, Value *args) {
    (void)g;
    GoBox *b = args[0].ifc;
    if (!b) {
        args[0].ifc = NULL;
        return NAT_OK;
    }
    const RType *t = b->type;
    Value z;
    if (t->under->kind == TY_POINTER) {
        const RType *e = t->under->elem;
        if (rtype_is_aggregate(e->under)) {
            z = zero_value(e);
        } else {
            GoCell *c = GC_MALLOC(sizeof *c);
            c->v.i = 0;
            z.cell = c;
        }
    } else {
        z = zero_value(t);
    }
    args[0].ifc = box_new(t, z);
    return NAT_OK;
}

const NativeDesc flag_natives[] = {
    { "flag", "zeroOf_", flag_zeroOf },
    { NULL, NULL, NULL },
};
