/* compare.c — what the run time does with a value by its type: Go's ==
 * for every comparable type, whether a dynamic type is comparable, and
 * loading a value from a block or an array (the representation is
 * rt/rtvalue.h's). Uncomparable dynamic types in interfaces are reported
 * through the out-parameter `bad` (value.h's one convention). */
#include "vm.h"

Value value_load(const RType *t, const Value *p) {
    return rtype_is_aggregate(t) ? (Value){ .p = (void *)p } : *p;
}

Value array_elem(const RType *at, const Value *blk, int64_t i) {
    const RType *u = at->under;
    if ((u->flags & RT_PACKED)) {
        uint8_t b = ((const uint8_t *)blk)[i];
        return (Value){ .i = u->elem->kind == TY_INT8 ? (int64_t)(int8_t)b : (int64_t)b };
    }
    return value_load(u->elem, blk + i * u->elem->slots);
}

static bool slots_equal(const RType *t, const Value *a, const Value *b, const RType **bad) {
    const RType *u = t->under;
    if (u->kind == TY_STRUCT) {
        int off = 0;
        for (int i = 0; i < u->nfields; i++) {
            const RType *ft = u->fields[i].type;
            if (rtype_is_aggregate(ft)) {
                if (!slots_equal(ft, a + off, b + off, bad)) return false;
            } else if (!value_equal(ft, a[off], b[off], bad)) {
                return false;
            }
            off += ft->slots;
        }
        return true;
    }
    /* array */
    for (int64_t i = 0; i < u->len; i++)
        if (!value_equal(u->elem, array_elem(u, a, i), array_elem(u, b, i), bad)) return false;
    return true;
}

bool value_equal(const struct RType *t, Value a, Value b, const struct RType **bad) {
    const RType *u = t->under;
    switch (u->kind) {
    case TY_FLOAT32: case TY_FLOAT64: return a.f == b.f;
    case TY_STRING: return str_equal(a.s, b.s);
    case TY_STRUCT: case TY_ARRAY: return slots_equal(t, a.p, b.p, bad);
    case TY_INTERFACE: {
        GoBox *x = a.ifc, *y = b.ifc;
        if (!x || !y) return x == y;
        if (x->type != y->type) return false;
        if (!(x->type->flags & RT_COMPARABLE)) {
            if (bad) *bad = x->type;
            return false;
        }
        return value_equal(x->type, x->v, y->v, bad);
    }
    default: return a.u == b.u;
    }
}
