/* utf8.c — package unicode/utf8: Go's UTF-8 rules over strings and
 * []byte. Decoding and encoding reuse fmtcore's utf8_* (which follow Go:
 * an invalid or truncated sequence decodes as RuneError with width 1,
 * surrogates and runes above MaxRune are invalid). Small helpers whose
 * Go source is clearer than a native (RuneLen, ValidRune) are in Go.
 */
#include <string.h>
#include "natives.h"

static const char *bytes_data(const GoSlice *s) { return s ? (const char *)s->data : ""; }
static int64_t bytes_len(const GoSlice *s) { return s ? s->len : 0; }

static NatStatus utf8_RuneCountInString(G *g, Value *a) {
    (void)g;
    a[0].i = (int64_t)utf8_rune_count(str_data(a[0].s), (size_t)str_len(a[0].s));
    return NAT_OK;
}

static NatStatus utf8_RuneCount(G *g, Value *a) {
    (void)g;
    a[0].i = (int64_t)utf8_rune_count(bytes_data(a[0].sl), (size_t)bytes_len(a[0].sl));
    return NAT_OK;
}

static void decode(Value *a, const char *s, int64_t n) {
    int32_t r;
    int size = utf8_decode(s, (size_t)n, &r);
    a[0].i = r;
    a[1].i = size;
}

static NatStatus utf8_DecodeRuneInString(G *g, Value *a) {
    (void)g;
    decode(a, str_data(a[0].s), str_len(a[0].s));
    return NAT_OK;
}

static NatStatus utf8_DecodeRune(G *g, Value *a) {
    (void)g;
    decode(a, bytes_data(a[0].sl), bytes_len(a[0].sl));
    return NAT_OK;
}

/* Go's DecodeLastRune: back up over at most UTFMax bytes to a start byte;
 * the rune there must end exactly at the end, else RuneError width 1. */
static void decode_last(Value *a, const char *s, int64_t end) {
    if (end == 0) {
        a[0].i = 0xFFFD;
        a[1].i = 0;
        return;
    }
    int64_t start = end - 1;
    if ((unsigned char)s[start] < 0x80) {
        a[0].i = (unsigned char)s[start];
        a[1].i = 1;
        return;
    }
    int64_t lim = end - 4 < 0 ? 0 : end - 4;
    for (start--; start >= lim; start--)
        if (((unsigned char)s[start] & 0xC0) != 0x80) break;
    if (start < 0) start = 0;
    int32_t r;
    int size = utf8_decode(s + start, (size_t)(end - start), &r);
    if (start + size != end) {
        a[0].i = 0xFFFD;
        a[1].i = 1;
        return;
    }
    a[0].i = r;
    a[1].i = size;
}

static NatStatus utf8_DecodeLastRuneInString(G *g, Value *a) {
    (void)g;
    decode_last(a, str_data(a[0].s), str_len(a[0].s));
    return NAT_OK;
}

static NatStatus utf8_DecodeLastRune(G *g, Value *a) {
    (void)g;
    decode_last(a, bytes_data(a[0].sl), bytes_len(a[0].sl));
    return NAT_OK;
}

static NatStatus utf8_EncodeRune(G *g, Value *a) {
    char buf[4];
    int n = utf8_encode(buf, (int32_t)a[1].i);
    int64_t have = bytes_len(a[0].sl);
    if (have < n)   /* Go's bounds check on the last byte written */
        return vm_bounds_error(g, "index out of range [%d] with length %lld", n - 1, (long long)have);
    memcpy(a[0].sl->data, buf, (size_t)n);
    a[0].i = n;
    return NAT_OK;
}

static NatStatus utf8_AppendRune(G *g, Value *a) {
    (void)g;
    char buf[4];
    int n = utf8_encode(buf, (int32_t)a[1].i);
    a[0].sl = slice_append_raw(a[0].sl, 1, buf, n);
    return NAT_OK;
}

static bool valid(const char *s, int64_t n) {
    for (int64_t i = 0; i < n;) {
        if ((unsigned char)s[i] < 0x80) { i++; continue; }
        int32_t r;
        int size = utf8_decode(s + i, (size_t)(n - i), &r);
        if (r == 0xFFFD && size == 1) return false;
        i += size;
    }
    return true;
}

static NatStatus utf8_ValidString(G *g, Value *a) {
    (void)g;
    a[0].i = valid(str_data(a[0].s), str_len(a[0].s));
    return NAT_OK;
}

static NatStatus utf8_Valid(G *g, Value *a) {
    (void)g;
    a[0].i = valid(bytes_data(a[0].sl), bytes_len(a[0].sl));
    return NAT_OK;
}

/* Go's FullRune: does s begin with a complete encoding (an invalid one
 * counts as complete: it decodes as a width-1 error)? */
static bool full_rune(const unsigned char *s, int64_t n) {
    if (n == 0) return false;
    unsigned char c = s[0];
    if (c < 0x80 || c < 0xC2 || c > 0xF4) return true;
    int need = c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4;
    if (n >= need) return true;
    /* a prefix that is already invalid is "full" */
    unsigned char lo = 0x80, hi = 0xBF;
    if (c == 0xE0) lo = 0xA0;
    else if (c == 0xED) hi = 0x9F;
    else if (c == 0xF0) lo = 0x90;
    else if (c == 0xF4) hi = 0x8F;
    if (n > 1 && (s[1] < lo || s[1] > hi)) return true;
    if (n > 2 && (s[2] < 0x80 || s[2] > 0xBF)) return true;
    return false;
}

static NatStatus utf8_FullRune(G *g, Value *a) {
    (void)g;
    a[0].i = full_rune((const unsigned char *)bytes_data(a[0].sl), bytes_len(a[0].sl));
    return NAT_OK;
}

static NatStatus utf8_FullRuneInString(G *g, Value *a) {
    (void)g;
    a[0].i = full_rune((const unsigned char *)str_data(a[0].s), str_len(a[0].s));
    return NAT_OK;
}

#define N(NAME) { "utf8", #NAME, utf8_##NAME }
const NativeDesc utf8_natives[] = {
    N(RuneCountInString), N(RuneCount), N(DecodeRuneInString), N(DecodeRune),
    N(DecodeLastRuneInString), N(DecodeLastRune), N(EncodeRune), N(AppendRune),
    N(ValidString), N(Valid), N(FullRune), N(FullRuneInString),
    { NULL, NULL, NULL },
};
