/* sort.c — package sort.
 *
 * Almost all of it is Go source: Go's own pdqsort (zsortinterface.go for
 * Sort on an Interface, zsortfunc.go for Slice), its insertion-sort +
 * SymMerge Stable, Search/Find, and the IntSlice/StringSlice/Float64Slice
 * types, taken from the Go toolchain with comments stripped. Running Go's
 * algorithm (with its fixed xorshift seed) means an unstable sort leaves
 * equal elements in the same order as `go run` does. Less and Swap are
 * called as ordinary Go calls on the goroutine's stack.
 *
 * Changes from Go's text: no imports (bits.Len is bitsLen; reflectlite's
 * Swapper and Len are the natives swapAny and lenAny); reverse spells out
 * its three methods instead of embedding Interface; Ints, Float64s and
 * Strings (slices.Sort in Go) are natives: their elements have no
 * identity beyond their value, so any correct sort gives Go's result.
 */
#include <stdlib.h>
#include <string.h>
#include "natives.h"

/* The slice inside x (reflectlite's Len and Swapper); false with Go's
 * panic set when x holds no slice. */
static bool slice_in(G *g, const GoBox *b, GoSlice **s) {
    if (!b) {
        vm_panic_msg(g, "reflect: call of Swapper on zero Value");
        return false;
    }
    const RType *t = b->type->under;
    if (t->kind != TY_SLICE) {
        char msg[200];
        snprintf(msg, sizeof msg, "reflect: call of Swapper on %s Value", t->str);
        vm_panic_msg(g, msg);
        return false;
    }
    *s = b->v.sl;
    return true;
}

static NatStatus sort_lenAny(G *g, Value *a) {
    GoSlice *s;
    if (!slice_in(g, a[0].ifc, &s)) return NAT_PANIC;
    a[0].i = s ? s->len : 0;
    return NAT_OK;
}

/* Swaps two elements: bytes, slots, or a struct's or array's inline slots. */
static NatStatus sort_swapAny(G *g, Value *a) {
    GoSlice *s;
    if (!slice_in(g, a[0].ifc, &s)) return NAT_PANIC;
    int64_t i = a[1].i, j = a[2].i, n = s ? s->len : 0;
    if ((uint64_t)i >= (uint64_t)n || (uint64_t)j >= (uint64_t)n)
        return vm_panic_msg(g, "reflect: slice index out of range");
    if (s->elemsize == 1) {
        char *d = s->data, t = d[i];
        d[i] = d[j];
        d[j] = t;
    } else if (s->elemsize == 8) {
        Value *d = s->data, t = d[i];
        d[i] = d[j];
        d[j] = t;
    } else {
        /* a struct or array element: its slots are inline */
        int64_t es = s->elemsize / 8;
        Value *x = (Value *)s->data + i * es, *y = (Value *)s->data + j * es;
        for (int64_t k = 0; k < es; k++) {
            Value t = x[k];
            x[k] = y[k];
            y[k] = t;
        }
    }
    return NAT_OK;
}

static int cmp_int(const void *x, const void *y) {
    int64_t a = *(const int64_t *)x, b = *(const int64_t *)y;
    return (a > b) - (a < b);
}

/* NaNs first, as slices.Sort orders them */
static int cmp_float(const void *x, const void *y) {
    double a = *(const double *)x, b = *(const double *)y;
    bool na = a != a, nb = b != b;
    if (na || nb) return nb - na;
    return (a > b) - (a < b);
}

static int cmp_string(const void *x, const void *y) {
    return str_compare(*(GoString *const *)x, *(GoString *const *)y);
}

static NatStatus sort_with(Value *a, int (*cmp)(const void *, const void *)) {
    GoSlice *s = a[0].sl;
    if (s && s->len > 1) qsort(s->data, (size_t)s->len, 8, cmp);
    return NAT_OK;
}

static NatStatus sort_Ints(G *g, Value *a) { (void)g; return sort_with(a, cmp_int); }
static NatStatus sort_Float64s(G *g, Value *a) { (void)g; return sort_with(a, cmp_float); }
static NatStatus sort_Strings(G *g, Value *a) { (void)g; return sort_with(a, cmp_string); }

#define N(NAME) { "sort", #NAME, sort_##NAME }
const NativeDesc sort_natives[] = {
    N(lenAny), N(swapAny), N(Ints), N(Float64s), N(Strings),
    { NULL, NULL, NULL },
};
