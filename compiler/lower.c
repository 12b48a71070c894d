/* lower.c — the program's run-time types: each checker Type the code
 * refers to is lowered to an RType (rt/rtype.h), as Go's reflectdata
 * lowers types.Type to runtime._type, and given an index in
 * Program.types; method sets get their wrapper functions here, and
 * interface calls their sites (Program.icalls).
 *
 * Invariants:
 *  - Identical types share one index and one RType: a pointer hash finds a
 *    Type seen before; unnamed func, struct and interface types, the kinds
 *    types_*_of does not intern, are also compared with the first of each
 *    identity class (type_identical). Linear in the number of those.
 *  - An RType is registered before its parts are lowered, so recursive
 *    types (type L struct{ next *L }) lower to a cycle of RTypes.
 *  - A method set holds, for each method of the type's set, the function
 *    of the method expression T.M: the method itself, or a wrapper that
 *    reaches the receiver (gen_expr.c's method_expr_func). So an interface
 *    call passes the boxed value as the receiver and never searches.
 *  - In the REPL an input that fails takes back the types, sites and
 *    wrappers it added (lower_mark / lower_rollback); one that declares
 *    methods refreshes the method sets of every type lowered so far.
 */
#include <stdlib.h>
#include "gen_int.h"
#include "hash.h"

static size_t type_hash(const Type *t, int cap) { return (size_t)hash_ptr(t) & (size_t)(cap - 1); }

static int type_index_get(Compiler *c, const Type *t) {
    if (!c->type_index.cap) return -1;
    for (size_t h = type_hash(t, c->type_index.cap);; h = (h + 1) & (size_t)(c->type_index.cap - 1)) {
        if (!c->type_index.keys[h]) return -1;
        if (c->type_index.keys[h] == t) return c->type_index.vals[h];
    }
}

static void type_index_put(Compiler *c, const Type *t, int idx) {
    if (2 * (c->type_index.len + 1) > c->type_index.cap) {
        int ncap = c->type_index.cap ? 2 * c->type_index.cap : 64;
        const Type **ok = c->type_index.keys;
        int *ov = c->type_index.vals, ocap = c->type_index.cap;
        c->type_index.keys = GC_MALLOC(sizeof(Type *) * (size_t)ncap);
        c->type_index.vals = GC_MALLOC_ATOMIC(sizeof(int) * (size_t)ncap);
        c->type_index.cap = ncap;
        c->type_index.len = 0;
        for (int i = 0; i < ocap; i++) if (ok[i]) type_index_put(c, ok[i], ov[i]);
    }
    size_t h = type_hash(t, c->type_index.cap);
    while (c->type_index.keys[h] && c->type_index.keys[h] != t) h = (h + 1) & (size_t)(c->type_index.cap - 1);
    if (!c->type_index.keys[h]) c->type_index.len++;
    c->type_index.keys[h] = t;
    c->type_index.vals[h] = idx;
}

static bool type_interned(const Type *t) {
    return t->name || (t->kind != TY_FUNC && t->kind != TY_STRUCT && t->kind != TY_INTERFACE && t->kind != TY_TUPLE);
}

/* The index of the first type identical to t registered so far, or -1. */
static int type_canonical(Compiler *c, const Type *t) {
    int idx = type_index_get(c, t);
    if (idx >= 0 || type_interned(t)) return idx;
    for (int i = 0; i < c->nuninterned; i++)
        if (type_identical(c->types[c->uninterned[i]], t)) return c->uninterned[i];
    return -1;
}

/* Appends an entry (t, rt) to the table; returns its index. */
static int table_append(Compiler *c, const Type *t, const RType *rt) {
    if (c->ntypes == c->types_cap) {
        c->types_cap = c->types_cap ? c->types_cap * 2 : 32;
        const Type **nt = GC_MALLOC(sizeof(Type *) * (size_t)c->types_cap);
        const RType **nr = GC_MALLOC(sizeof(RType *) * (size_t)c->types_cap);
        if (c->ntypes) {
            memcpy(nt, c->types, sizeof(Type *) * (size_t)c->ntypes);
            memcpy(nr, c->rtypes, sizeof(RType *) * (size_t)c->ntypes);
        }
        c->types = nt;
        c->rtypes = nr;
    }
    c->types[c->ntypes] = t;
    c->rtypes[c->ntypes] = rt;
    return c->ntypes++;
}

/* ---- lowering ---- */

static const RMethodSet no_methods = { 0 };

static int method_cmp(const void *a, const void *b) {
    return strcmp(((const RMethod *)a)->name, ((const RMethod *)b)->name);
}

/* Whether t can have methods: a named type, or a struct (or pointer to
 * one) with embedded fields. */
static bool may_have_methods(const Type *t) {
    if (t->kind == TY_INTERFACE) return false;
    const Type *base = t->under->kind == TY_POINTER && !t->name ? t->under->elem : t;
    if (base->nmethods) return true;
    const Type *u = base->under;
    if (u->kind != TY_STRUCT) return false;
    for (int i = 0; i < u->nfields; i++) if (u->fields[i].embedded) return true;
    return false;
}

/* Adds to names the method names a value of type t may reach: its own and
 * its embedded fields', to the depth the selector rule looks. */
static void collect_names(const Type *t, const char ***names, int *n, int *cap, int depth) {
    if (depth > 8) return;
    const Type *base = t->under->kind == TY_POINTER && !t->name ? t->under->elem : t;
    const Type *holder = base->under->kind == TY_INTERFACE ? base->under : base;
    if (holder->kind == TY_INTERFACE && depth == 0) return;
    for (int i = 0; i < holder->nmethods; i++) {
        const char *nm = holder->methods[i].name;
        bool seen = false;
        for (int j = 0; j < *n && !seen; j++) seen = (*names)[j] == nm;
        if (seen) continue;
        if (*n == *cap) {
            *cap = *cap ? 2 * *cap : 8;
            const char **nn = GC_MALLOC(sizeof(char *) * (size_t)*cap);
            if (*n) memcpy(nn, *names, sizeof(char *) * (size_t)*n);
            *names = nn;
        }
        (*names)[(*n)++] = nm;
    }
    const Type *u = base->under;
    if (u->kind != TY_STRUCT) return;
    for (int i = 0; i < u->nfields; i++)
        if (u->fields[i].embedded) collect_names(u->fields[i].type, names, n, cap, depth + 1);
}

/* The method set of concrete type t, each method as the function of T.M. */
static const RMethodSet *lower_method_set(Compiler *c, const Type *t) {
    if (!may_have_methods(t)) return &no_methods;
    const char **names = NULL;
    int n = 0, cap = 0;
    collect_names(t, &names, &n, &cap, 0);
    RMethodSet *ms = GC_MALLOC(sizeof *ms + sizeof(RMethod) * (size_t)(n ? n : 1));
    for (int i = 0; i < n; i++) {
        Selection *sl;
        const Method *m = method_set_lookup((Type *)t, names[i], &sl);
        if (!m) continue;
        Type *sig = method_expr_type((Type *)t, m->type, 0);
        ms->m[ms->n++] = (RMethod){ m->name, lower_type(c, m->type),
                                    method_expr_func(c, (Type *)t, sl, sig, (Pos){ 1, 1, 0 }, true) };
    }
    qsort(ms->m, (size_t)ms->n, sizeof(RMethod), method_cmp);
    return ms;
}

/* An interface's methods, sorted by name. */
static const RMethodSet *lower_iface_methods(Compiler *c, const Type *u) {
    RMethodSet *ms = GC_MALLOC(sizeof *ms + sizeof(RMethod) * (size_t)(u->nmethods ? u->nmethods : 1));
    for (int i = 0; i < u->nmethods; i++)
        ms->m[ms->n++] = (RMethod){ u->methods[i].name, lower_type(c, u->methods[i].type), -1 };
    qsort(ms->m, (size_t)ms->n, sizeof(RMethod), method_cmp);
    return ms;
}

/* Fills rt, already registered for t, from t's parts (lowered in turn). */
static void lower_parts(Compiler *c, RType *rt, const Type *t) {
    const Type *u = t->under;
    rt->kind = u->kind;
    rt->name = t->name;
    rt->str = type_string_rt(t);
    rt->slots = type_slots(t);
    rt->flags = (type_comparable(t) ? RT_COMPARABLE : 0) | (type_has_pointers(t) ? RT_POINTERS : 0) |
                (u->kind == TY_ARRAY && type_packed_array(u) ? RT_PACKED : 0);
    rt->methods = &no_methods;
    const RType *ru = u == t ? rt : lower_type(c, u);
    rt->under = ru;
    if (u != t) {
        /* a named type carries its underlying type's parts too */
        rt->elem = ru->elem, rt->key = ru->key, rt->len = ru->len, rt->chan_dir = ru->chan_dir;
        rt->fields = ru->fields, rt->nfields = ru->nfields;
        if (u->kind == TY_INTERFACE) rt->methods = ru->methods;
    } else {
        if (u->elem) rt->elem = lower_type(c, u->elem);
        if (u->key) rt->key = lower_type(c, u->key);
        rt->len = u->len;
        rt->chan_dir = u->chan_dir;
        if (u->kind == TY_STRUCT && u->nfields) {
            RField *f = GC_MALLOC(sizeof(RField) * (size_t)u->nfields);
            for (int i = 0; i < u->nfields; i++)
                f[i] = (RField){ u->fields[i].name, lower_type(c, u->fields[i].type), type_field_offset(u, i),
                                 u->fields[i].embedded };
            rt->fields = f;
            rt->nfields = u->nfields;
        }
        if (u->kind == TY_INTERFACE) rt->methods = lower_iface_methods(c, u);
    }
    if (u->kind != TY_INTERFACE) rt->methods = lower_method_set(c, t);
}

int compiler_add_type(Compiler *c, const Type *t) {
    int idx = type_canonical(c, t);
    if (idx >= 0) {
        type_index_put(c, t, idx);
        return idx;
    }
    RType *rt = GC_MALLOC(sizeof *rt);
    idx = table_append(c, t, rt);
    rt->id = idx;
    type_index_put(c, t, idx);
    if (!type_interned(t)) {
        if (c->nuninterned == c->uninterned_cap) {
            c->uninterned_cap = c->uninterned_cap ? 2 * c->uninterned_cap : 16;
            int *n = GC_MALLOC_ATOMIC(sizeof(int) * (size_t)c->uninterned_cap);
            if (c->nuninterned) memcpy(n, c->uninterned, sizeof(int) * (size_t)c->nuninterned);
            c->uninterned = n;
        }
        c->uninterned[c->nuninterned++] = idx;
    }
    lower_parts(c, rt, t);
    return idx;
}

const RType *lower_type(Compiler *c, const Type *t) {
    int i = compiler_add_type(c, t);   /* may move c->rtypes */
    return c->rtypes[i];
}

int compiler_add_type_pair(Compiler *c, const Type *a, const Type *b) {
    const RType *ra = lower_type(c, a), *rb = lower_type(c, b);
    int i = table_append(c, a, ra);
    table_append(c, b, rb);
    return i;
}

int compiler_add_icall(Compiler *c, const Type *iface, const char *name) {
    const RType *inter = lower_type(c, iface);
    int k = 0;
    while (k < inter->methods->n && inter->methods->m[k].name != name) k++;
    if (k == inter->methods->n) {
        fprintf(stderr, "minigo: internal error: %s has no method %s\n", inter->str, name);
        abort();
    }
    if (c->nicalls == c->icalls_cap) {
        c->icalls_cap = c->icalls_cap ? 2 * c->icalls_cap : 32;
        IcallSite *n = GC_MALLOC(sizeof(IcallSite) * (size_t)c->icalls_cap);
        if (c->nicalls) memcpy(n, c->icalls, sizeof(IcallSite) * (size_t)c->nicalls);
        c->icalls = n;
    }
    c->icalls[c->nicalls] = (IcallSite){ inter, k, NULL };
    return c->nicalls++;
}

void lower_runtime_types(Compiler *c) {
    for (int i = 0; i < VM_RTERR_COUNT; i++)
        vm_rterr_types[i] = c->rterr_types[i] ? lower_type(c, c->rterr_types[i]) : NULL;
    rtype_error = lower_type(c, ty_error);
    rtype_any = lower_type(c, ty_any);
    rtype_string = lower_type(c, ty_string);
}

/* ---- the REPL ---- */

LowerMark lower_mark(Compiler *c) { return (LowerMark){ c->ntypes, c->nicalls, c->nthunks }; }

void lower_rollback(Compiler *c, LowerMark m) {
    c->ntypes = m.ntypes;
    c->nicalls = m.nicalls;
    c->nthunks = m.nthunks;
    /* the index forgets the types added since (its entries may point at them) */
    const Type **keys = c->type_index.keys;
    int *vals = c->type_index.vals, cap = c->type_index.cap;
    c->type_index.keys = NULL;
    c->type_index.vals = NULL;
    c->type_index.cap = c->type_index.len = 0;
    for (int i = 0; i < cap; i++)
        if (keys[i] && vals[i] < m.ntypes) type_index_put(c, keys[i], vals[i]);
    int n = 0;
    for (int i = 0; i < c->nuninterned; i++)
        if (c->uninterned[i] < m.ntypes) c->uninterned[n++] = c->uninterned[i];
    c->nuninterned = n;
}

void lower_refresh_methods(Compiler *c) {
    int n = c->ntypes;   /* lowering a method set may add types: those are new, and complete */
    for (int i = 0; i < n; i++) {
        RType *rt = (RType *)c->rtypes[i];
        if (rt->id != i || rt->kind == TY_INTERFACE) continue;
        const RMethodSet *ms = lower_method_set(c, c->types[i]);
        const RMethodSet *old = rt->methods;
        bool same = ms->n == old->n;
        for (int j = 0; same && j < ms->n; j++) same = ms->m[j].name == old->m[j].name && ms->m[j].func == old->m[j].func;
        if (!same) rtype_set_methods(rt, ms);
    }
    for (int i = 0; i < c->nicalls; i++) __atomic_store_n(&c->icalls[i].cache, NULL, __ATOMIC_RELEASE);
}
