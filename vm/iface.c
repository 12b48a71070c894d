/* iface.c — what interface values need at run time: method lookup on a
 * dynamic type (its own methods, and those promoted from embedded fields),
 * the receiver a method called through an interface gets, Go's x.(T)
 * test, and unboxing.
 *
 * Invariant (DESIGN.md 1): this is the one place besides type switches and
 * assertions where the VM looks at a type at run time, and it looks only
 * at the dynamic type an interface value carries.
 *
 * Glossary: via_ptr — the dynamic type is an unnamed pointer *T and the
 * method was found on T; a promoted method — one of an embedded field,
 * called on that field's value.
 */
#include <gc.h>
#include <string.h>
#include "vm_int.h"
#include "types.h"

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

bool vm_method_recv(const GoBox *b, const Method *m, bool via_ptr, Value *recv) {
    *recv = b->v;
    if (m->ptr_recv) return true;
    if (!via_ptr) {
        *recv = vm_unbox(b);
        return true;
    }
    /* a value method called through a pointer: a copy of what it points to */
    if (!recv->p) return false;
    const Type *et = b->type->under->elem;
    *recv = type_is_aggregate(et->under) ? vm_unbox(&(GoBox){ et, *recv }) : *(Value *)recv->p;
    return true;
}

const Method *vm_icall_method(const GoBox *b, const char *name, Value *recv) {
    bool via_ptr;
    const Method *m = vm_find_method(b->type, name, &via_ptr);
    GoBox promoted;
    if (!m) {
        /* a promoted method: call it on the embedded receiver */
        bool nil_recv = false;
        const Type *rt;
        Value rv;
        m = vm_resolve_method(b->type, b->v, true, name, &rt, &rv, NULL, &nil_recv);
        if (nil_recv) return NULL;
        if (!m) vm_bug("method %s not found on %s", name, type_string_rt(b->type));
        promoted = (GoBox){ rt, rv };
        b = &promoted;
        vm_find_method(rt, name, &via_ptr);
    }
    return vm_method_recv(b, m, via_ptr, recv) ? m : NULL;
}

Value vm_unbox(const GoBox *b) {
    Value v = b->v;
    if (type_is_aggregate(b->type->under)) {
        size_t n = (size_t)type_slots(b->type);
        Value *blk = GC_MALLOC(sizeof(Value) * n);
        memcpy(blk, v.p, sizeof(Value) * n);
        v.p = blk;
    }
    return v;
}

Value vm_zero_of(const Type *t) {
    Value v = { .u = 0 };
    if (type_is_aggregate(t->under)) v.p = GC_MALLOC(sizeof(Value) * (size_t)type_slots(t));
    return v;
}
