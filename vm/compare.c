/* compare.c — what the run time does with a value by its type: Go's ==
 * for every comparable type, whether a dynamic type is comparable, and
 * loading a value from a block or an array (the representation is
 * rt/value.h's). Uncomparable dynamic types in interfaces are reported
 * through the out-parameter `bad` (value.h's one convention). */
#include "types.h"
#include "vm.h"

Value value_load(const Type *t, const Value *p) {
    return type_is_aggregate(t->under) ? (Value){ .p = (void *)p } : *p;
}

Value array_elem(const Type *at, const Value *blk, int64_t i) {
    const Type *u = at->under;
    if (type_packed_array(u)) {
        uint8_t b = ((const uint8_t *)blk)[i];
        return (Value){ .i = u->elem->under->kind == TY_INT8 ? (int64_t)(int8_t)b : (int64_t)b };
    }
    return value_load(u->elem, blk + i * type_slots(u->elem));
}

bool value_comparable(const Type *t) {
    const Type *u = t->under;
    switch (u->kind) {
    case TY_SLICE: case TY_MAP: case TY_FUNC: return false;
    case TY_ARRAY: return value_comparable(u->elem);
    case TY_STRUCT:
        for (int i = 0; i < u->nfields; i++)
            if (!value_comparable(u->fields[i].type)) return false;
        return true;
    default: return true;
    }
}

static bool slots_equal(const Type *t, const Value *a, const Value *b, const Type **bad) {
    const Type *u = t->under;
    if (u->kind == TY_STRUCT) {
        int off = 0;
        for (int i = 0; i < u->nfields; i++) {
            const Type *ft = u->fields[i].type;
            if (type_is_aggregate(ft->under)) {
                if (!slots_equal(ft, a + off, b + off, bad)) return false;
            } else if (!value_equal(ft, a[off], b[off], bad)) {
                return false;
            }
            off += type_slots(ft);
        }
        return true;
    }
    /* array */
    for (int64_t i = 0; i < u->len; i++)
        if (!value_equal(u->elem, array_elem(u, a, i), array_elem(u, b, i), bad)) return false;
    return true;
}

bool value_equal(const struct Type *t, Value a, Value b, const struct Type **bad) {
    const Type *u = t->under;
    switch (u->kind) {
    case TY_FLOAT32: case TY_FLOAT64: return a.f == b.f;
    case TY_STRING: return str_equal(a.s, b.s);
    case TY_STRUCT: case TY_ARRAY: return slots_equal(t, a.p, b.p, bad);
    case TY_INTERFACE: {
        GoBox *x = a.ifc, *y = b.ifc;
        if (!x || !y) return x == y;
        if (x->type != y->type) return false;
        if (!value_comparable(x->type)) {
            if (bad) *bad = x->type;
            return false;
        }
        return value_equal(x->type, x->v, y->v, bad);
    }
    default: return a.u == b.u;
    }
}
