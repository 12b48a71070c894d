/* errors.c — package errors: Go source, with two natives for what needs
 * the run-time types (comparability of a dynamic type, and As's store
 * through a pointer of any type). */
#include <string.h>
#include "natives.h"

/* func comparable_(x any) bool: whether == on x's dynamic type cannot panic */
static NatStatus errors_comparable(G *g, Value *args) {
    (void)g;
    GoBox *b = args[0].ifc;
    args[0].i = !b || value_comparable(b->type);
    return NAT_OK;
}

/* func checkTarget_(target any): As's argument checks */
static NatStatus errors_check_target(G *g, Value *args) {
    GoBox *b = args[0].ifc;
    if (!b || b->type->under->kind != TY_POINTER || !b->v.p)
        return vm_panic_msg(g, "errors: target must be a non-nil pointer");
    const RType *t = b->type->under->elem;
    if (t->under->kind != TY_INTERFACE && !rtype_is(t, rtype_error, NULL))
        return vm_panic_msg(g, "errors: *target must be interface or implement error");
    return NAT_OK;
}

/* func assignTo_(err error, target any) bool: if err's dynamic type is
 * assignable to *target's type, stores it there. */
static NatStatus errors_assign_to(G *g, Value *args) {
    (void)g;
    GoBox *err = args[0].ifc, *tb = args[1].ifc;
    const RType *t = tb->type->under->elem;
    Value *dst = tb->v.p;
    args[0].i = 0;
    if (!err || !rtype_is(err->type, t, NULL)) return NAT_OK;
    if (t->kind == TY_INTERFACE) {
        dst->ifc = err;
    } else {
        if (rtype_is_aggregate(t)) memcpy(dst, err->v.p, sizeof(Value) * (size_t)t->slots);
        else *dst = err->v;
    }
    args[0].i = 1;
    return NAT_OK;
}

const NativeDesc errors_natives[] = {
    { "errors", "comparable_", errors_comparable },
    { "errors", "checkTarget_", errors_check_target },
    { "errors", "assignTo_", errors_assign_to },
    { NULL, NULL, NULL },
};
