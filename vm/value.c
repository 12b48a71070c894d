/* value.c — strings, slices and interface boxes (see value.h for the
 * representation). Fresh string bytes are pointer-free (GC_MALLOC_ATOMIC,
 * header and bytes in one block); a substring header points into another
 * string's bytes and is scanned.
 */
#include <gc.h>
#include <string.h>
#include "value.h"

GoString *str_new(const char *data, size_t len) {
    if (len == 0) return NULL;
    GoString *s = GC_MALLOC_ATOMIC(sizeof(GoString) + len + 1);
    char *bytes = (char *)(s + 1);
    memcpy(bytes, data, len);
    bytes[len] = 0;
    s->len = (int64_t)len;
    s->data = bytes;
    return s;
}

GoString *str_cstr(const char *cstr) { return str_new(cstr, strlen(cstr)); }

GoString *str_concat(const GoString *a, const GoString *b) {
    int64_t la = str_len(a), lb = str_len(b);
    if (la == 0) return (GoString *)b;
    if (lb == 0) return (GoString *)a;
    GoString *s = GC_MALLOC_ATOMIC(sizeof(GoString) + (size_t)(la + lb) + 1);
    char *bytes = (char *)(s + 1);
    memcpy(bytes, a->data, (size_t)la);
    memcpy(bytes + la, b->data, (size_t)lb);
    bytes[la + lb] = 0;
    s->len = la + lb;
    s->data = bytes;
    return s;
}

int str_compare(const GoString *a, const GoString *b) {
    int64_t la = str_len(a), lb = str_len(b);
    int64_t n = la < lb ? la : lb;
    int c = n ? memcmp(str_data(a), str_data(b), (size_t)n) : 0;
    if (c) return c;
    return la < lb ? -1 : la > lb;
}

bool str_equal(const GoString *a, const GoString *b) {
    if (a == b) return true;
    int64_t la = str_len(a);
    if (la != str_len(b)) return false;
    return memcmp(a->data, b->data, (size_t)la) == 0;
}

GoSlice *slice_new(size_t elemsize, int64_t len, int64_t cap, bool has_pointers) {
    GoSlice *s = GC_MALLOC(sizeof *s);
    size_t bytes = elemsize * (size_t)cap;
    if (bytes) {
        s->data = has_pointers ? GC_MALLOC(bytes) : GC_MALLOC_ATOMIC(bytes);
        if (!has_pointers) memset(s->data, 0, bytes);
    }
    s->len = len;
    s->cap = cap;
    return s;
}

GoBox *box_new(const struct Type *t, Value v) {
    GoBox *b = GC_MALLOC(sizeof *b);
    b->type = t;
    b->v = v;
    return b;
}
