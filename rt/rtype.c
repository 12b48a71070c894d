/* rtype.c — method lookup and itabs on run-time types (rtype.h).
 *
 * An itab is built the first time a dynamic type meets an interface (a
 * call, an assertion, a type switch case) and kept on the type's list,
 * which only grows: readers walk it without a lock, a new itab is pushed
 * with a compare-and-swap. A failed match is kept too, with the missing
 * method's name, as Go's itabTable keeps it.
 */
#include <gc.h>
#include <string.h>
#include "rtype.h"

const RType *rtype_error, *rtype_any, *rtype_string;

const RMethod *rtype_method(const RType *t, const char *name) {
    const RMethodSet *ms = __atomic_load_n(&t->methods, __ATOMIC_ACQUIRE);
    int lo = 0, hi = ms->n;
    while (lo < hi) {
        int mid = (lo + hi) / 2;
        int c = strcmp(ms->m[mid].name, name);
        if (c == 0) return &ms->m[mid];
        if (c < 0) lo = mid + 1;
        else hi = mid;
    }
    return NULL;
}

static Itab *itab_build(const RType *inter, const RType *t, const RMethodSet *from) {
    const RMethodSet *im = inter->methods;
    Itab *it = GC_MALLOC(sizeof *it + sizeof(RMethod *) * (size_t)im->n);
    it->inter = inter;
    it->type = t;
    it->from = from;
    /* both lists are sorted by name: one merge */
    int j = 0;
    for (int i = 0; i < im->n; i++) {
        const RMethod *want = &im->m[i];
        int c = 1;
        while (j < from->n && (c = strcmp(from->m[j].name, want->name)) < 0) j++;
        if (t->kind == TY_INTERFACE || j == from->n || c != 0 || from->m[j].type != want->type) {
            it->missing = want->name;
            return it;
        }
        it->fun[i] = &from->m[j];
    }
    return it;
}

const Itab *rtype_itab(const RType *inter, const RType *t) {
    const RMethodSet *from = __atomic_load_n(&t->methods, __ATOMIC_ACQUIRE);
    RType *mt = (RType *)t;   /* the cache is the one mutable part */
    Itab *head = __atomic_load_n(&mt->itabs, __ATOMIC_ACQUIRE);
    for (Itab *it = head; it; it = it->next)
        if (it->inter == inter && it->from == from) return it;
    Itab *it = itab_build(inter, t, from);
    it->next = head;
    while (!__atomic_compare_exchange_n(&mt->itabs, &it->next, it, false, __ATOMIC_RELEASE, __ATOMIC_ACQUIRE)) {
        /* another thread pushed first: it may have built this very itab */
        for (Itab *o = it->next; o && o != head; o = o->next)
            if (o->inter == inter && o->from == from) return o;
        head = it->next;
    }
    return it;
}

bool rtype_is(const RType *t, const RType *t2, const char **missing) {
    if (t2->kind != TY_INTERFACE) return t == t2;
    const Itab *it = rtype_itab(t2, t);
    if (missing) *missing = it->missing;
    return !it->missing;
}

void rtype_set_methods(RType *t, const RMethodSet *ms) {
    __atomic_store_n(&t->methods, ms, __ATOMIC_RELEASE);
    __atomic_store_n(&t->itabs, NULL, __ATOMIC_RELEASE);
}
