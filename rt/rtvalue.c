/* value.c — strings, slices and interface boxes (see value.h for the
 * representation; what needs a value's type is vm/compare.c's). Fresh string bytes are pointer-free (GC_MALLOC_ATOMIC,
 * header and bytes in one block); a substring header points into another
 * string's bytes and is scanned.
 */
#include <gc.h>
#include <string.h>
#include "rtvalue.h"
#include "utf8.h"   /* rt/: utf8_encode, utf8_decode, utf8_rune_count */

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
    size_t n = (size_t)(la < lb ? la : lb);
    int c = n ? memcmp(str_data(a), str_data(b), n) : 0;
    if (c) return c;
    return la < lb ? -1 : la > lb;
}

bool str_equal(const GoString *a, const GoString *b) {
    if (a == b) return true;
    int64_t la = str_len(a);
    if (la != str_len(b)) return false;
    return memcmp(a->data, b->data, (size_t)la) == 0;
}

/* ---- UTF-8: strings and runes ----
 * The encoding and decoding themselves are the shared ones (utf8_encode,
 * utf8_decode); these build Go's conversion results from them. */

/* An int64 rune as utf8_encode takes it: out of int32's range is invalid too. */
static int32_t rune_of(int64_t r) { return r < 0 || r > 0x10FFFF ? 0xFFFD : (int32_t)r; }

GoString *str_from_rune(int64_t r) {
    char buf[4];
    return str_new(buf, (size_t)utf8_encode(buf, rune_of(r)));
}

GoString *str_from_runes(const GoSlice *runes) {
    int64_t n = runes ? runes->len : 0;
    char *buf = GC_MALLOC_ATOMIC((size_t)n * 4 + 1);
    size_t len = 0;
    for (int64_t j = 0; j < n; j++) len += (size_t)utf8_encode(buf + len, rune_of(((Value *)runes->data)[j].i));
    return str_new(buf, len);
}

GoSlice *str_to_runes(const GoString *s) {
    const char *d = str_data(s);
    size_t n = (size_t)str_len(s);
    int64_t count = (int64_t)utf8_rune_count(d, n);
    GoSlice *sl = slice_new(8, count, count, false);
    int64_t j = 0;
    for (size_t off = 0; off < n; j++) {
        int32_t r;
        off += (size_t)utf8_decode(d + off, n - off, &r);
        ((Value *)sl->data)[j].i = r;
    }
    return sl;
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
    s->elemsize = (int64_t)elemsize;
    return s;
}

GoBox *box_new(const struct RType *t, Value v) {
    GoBox *b = GC_MALLOC(sizeof *b);
    b->type = t;
    b->v = v;
    return b;
}

/* Go's malloc size classes up to 32 KB: growslice rounds the new
 * capacity up to fill one, and programs can see that through cap(). */
static const uint16_t size_classes[] = {
    8, 16, 24, 32, 48, 64, 80, 96, 112, 128, 144, 160, 176, 192, 208, 224, 240, 256, 288, 320,
    352, 384, 416, 448, 480, 512, 576, 640, 704, 768, 896, 1024, 1152, 1280, 1408, 1536, 1792,
    2048, 2304, 2688, 3072, 3200, 3456, 4096, 4864, 5376, 6144, 6528, 6784, 6912, 8192, 9472,
    9728, 10240, 10880, 12288, 13568, 14336, 16384, 18432, 19072, 20480, 21760, 24576, 27264,
    28672, 32768,
};

/* Go's roundupsize: a small object takes its size class (one with
 * pointers over 512 bytes also an 8-byte malloc header), a large one
 * whole 8 KB pages. */
static size_t roundup_size(size_t bytes, bool noscan) {
    size_t req = bytes;
    if (req <= 32768 - 8) {
        if (!noscan && req > 512) req += 8;
        for (size_t i = 0; i < sizeof size_classes / sizeof size_classes[0]; i++)
            if (req <= size_classes[i]) return size_classes[i] - (req - bytes);
    }
    return (bytes + 8191) & ~(size_t)8191;
}

/* Go's growslice (nextslicecap): double small slices, grow large ones by
 * about 1.25x, at least to the needed length; then fill the size class
 * of the element size gosize (Go's, not minigo's storage). */
static int64_t grow_cap(int64_t old, int64_t need, size_t gosize, bool noscan) {
    int64_t cap = old;
    if (need > 2 * cap) cap = need;
    else if (cap < 256) cap = 2 * cap;
    else while (cap < need) cap += (cap + 3 * 256) / 4;
    if (gosize == 0) return need;   /* zero-size elements: cap == len */
    return (int64_t)(roundup_size((size_t)cap * gosize, noscan) / gosize);
}

static GoSlice *slice_reserve(GoSlice *s, size_t elemsize, uint32_t goelem, int64_t add) {
    int64_t len = s ? s->len : 0, cap = s ? s->cap : 0;
    GoSlice *r = GC_MALLOC(sizeof *r);
    r->elemsize = (int64_t)elemsize;
    if (len + add <= cap) {
        r->data = s->data;
        r->cap = cap;
    } else {
        size_t gosize = (goelem & GOELEM_SIZED) ? (goelem & GOELEM_SIZE) : elemsize;
        bool noscan = !(goelem & GOELEM_PTRS);
        int64_t ncap = grow_cap(cap, len + add, gosize, noscan);
        size_t bytes = elemsize * (size_t)ncap;
        r->data = elemsize >= 8 ? GC_MALLOC(bytes) : GC_MALLOC_ATOMIC(bytes);
        if (elemsize != 8) memset(r->data, 0, bytes);
        if (len) memcpy(r->data, s->data, elemsize * (size_t)len);
        r->cap = ncap;
    }
    r->len = len + add;
    return r;
}

GoSlice *slice_append_go(GoSlice *s, size_t elemsize, uint32_t goelem, const Value *vals, int64_t n) {
    if (n == 0 && s) return s;
    int64_t len = s ? s->len : 0;
    GoSlice *r = slice_reserve(s, elemsize, goelem, n);
    if (elemsize == 8) {
        memcpy((Value *)r->data + len, vals, sizeof(Value) * (size_t)n);
    } else {
        for (int64_t i = 0; i < n; i++) ((uint8_t *)r->data)[len + i] = (uint8_t)vals[i].u;
    }
    return r;
}

GoSlice *slice_append(GoSlice *s, size_t elemsize, const Value *vals, int64_t n) {
    return slice_append_go(s, elemsize, 0, vals, n);
}

GoSlice *slice_append_raw_go(GoSlice *s, size_t elemsize, uint32_t goelem, const void *data, int64_t n) {
    if (n == 0) return s;
    int64_t len = s ? s->len : 0;
    GoSlice *r = slice_reserve(s, elemsize, goelem, n);
    memmove((char *)r->data + elemsize * (size_t)len, data, elemsize * (size_t)n);
    return r;
}

GoSlice *slice_append_raw(GoSlice *s, size_t elemsize, const void *data, int64_t n) {
    return slice_append_raw_go(s, elemsize, 0, data, n);
}

GoSlice *slice_append_blocks(GoSlice *s, size_t elemsize, uint32_t goelem, const Value *ptrs, int64_t n) {
    if (n == 0) return s;
    int64_t len = s ? s->len : 0;
    GoSlice *r = slice_reserve(s, elemsize, goelem, n);
    for (int64_t i = 0; i < n; i++)
        memmove((char *)r->data + elemsize * (size_t)(len + i), ptrs[i].p, elemsize);
    return r;
}

int64_t slice_copy(GoSlice *dst, const void *src, int64_t n) {
    if (!dst) return 0;
    if (n > dst->len) n = dst->len;
    if (n > 0) memmove(dst->data, src, (size_t)dst->elemsize * (size_t)n);
    return n;
}
