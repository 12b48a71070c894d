/* utf8.c — see utf8.h. Follows Go's unicode/utf8 (DecodeRune's
 * acceptRanges: overlong forms, surrogates and runes past U+10FFFF are
 * invalid). */
#include "utf8.h"

bool utf8_valid_rune(int32_t r) {
    return (r >= 0 && r < 0xD800) || (r > 0xDFFF && r <= 0x10FFFF);
}

int utf8_decode(const char *str, size_t n, int32_t *r) {
    const unsigned char *s = (const unsigned char *)str;
    *r = 0xFFFD;
    if (n == 0)
        return 0;
    unsigned c0 = s[0];
    if (c0 < 0x80) {
        *r = (int32_t)c0;
        return 1;
    }
    /* Length and the allowed range of the second byte (Go's acceptRanges). */
    int len;
    unsigned lo = 0x80, hi = 0xBF;
    int32_t v;
    if (c0 >= 0xC2 && c0 <= 0xDF) {
        len = 2; v = (int32_t)(c0 & 0x1F);
    } else if (c0 >= 0xE0 && c0 <= 0xEF) {
        len = 3; v = (int32_t)(c0 & 0x0F);
        if (c0 == 0xE0) lo = 0xA0;
        if (c0 == 0xED) hi = 0x9F;
    } else if (c0 >= 0xF0 && c0 <= 0xF4) {
        len = 4; v = (int32_t)(c0 & 0x07);
        if (c0 == 0xF0) lo = 0x90;
        if (c0 == 0xF4) hi = 0x8F;
    } else {
        return 1;
    }
    if (n < (size_t)len)
        return 1;
    if (s[1] < lo || s[1] > hi)
        return 1;
    v = (v << 6) | (s[1] & 0x3F);
    for (int i = 2; i < len; i++) {
        if (s[i] < 0x80 || s[i] > 0xBF)
            return 1;
        v = (v << 6) | (s[i] & 0x3F);
    }
    *r = v;
    return len;
}

int utf8_decode_valid(const char *s, size_t n, int32_t *r) {
    int len = utf8_decode(s, n, r);
    /* U+FFFD itself is three bytes long: length 1 with it means invalid */
    return *r == 0xFFFD && len == 1 ? 0 : len;
}

int utf8_encode(char *dst, int32_t r) {
    unsigned char *d = (unsigned char *)dst;
    if (!utf8_valid_rune(r))
        r = 0xFFFD;
    uint32_t u = (uint32_t)r;
    if (u < 0x80) {
        d[0] = (unsigned char)u;
        return 1;
    }
    if (u < 0x800) {
        d[0] = (unsigned char)(0xC0 | (u >> 6));
        d[1] = (unsigned char)(0x80 | (u & 0x3F));
        return 2;
    }
    if (u < 0x10000) {
        d[0] = (unsigned char)(0xE0 | (u >> 12));
        d[1] = (unsigned char)(0x80 | ((u >> 6) & 0x3F));
        d[2] = (unsigned char)(0x80 | (u & 0x3F));
        return 3;
    }
    d[0] = (unsigned char)(0xF0 | (u >> 18));
    d[1] = (unsigned char)(0x80 | ((u >> 12) & 0x3F));
    d[2] = (unsigned char)(0x80 | ((u >> 6) & 0x3F));
    d[3] = (unsigned char)(0x80 | (u & 0x3F));
    return 4;
}

size_t utf8_rune_count(const char *s, size_t n) {
    size_t count = 0;
    int32_t r;
    for (size_t i = 0; i < n; count++)
        i += (size_t)utf8_decode(s + i, n - i, &r);
    return count;
}
