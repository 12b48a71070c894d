/* hashes.c — the block functions of crypto/sha256, crypto/sha1,
 * crypto/md5 and hash/crc32, from their specifications (FIPS 180-4,
 * RFC 1321, the reflected CRC-32).
 *
 * A digest's state is a []byte that the Go side holds (its hash words,
 * the partial block, the length so far), so the Go digest types stay
 * ordinary values: Write adds bytes (update_), Sum finishes a copy of the
 * state (sum_), so a digest can go on after a Sum, as in Go.
 */
#include <gc.h>
#include <string.h>
#include "natives.h"

typedef struct MdState {
    uint32_t h[8];
    uint8_t buf[64];
    uint64_t len;          /* bytes written */
    uint32_t nbuf;
    uint32_t kind;         /* which algorithm and size */
} MdState;

enum { K_SHA256, K_SHA224, K_SHA1, K_MD5 };

static GoSlice *new_state(uint32_t kind) {
    GoSlice *s = slice_new(1, sizeof(MdState), sizeof(MdState), false);
    MdState *st = s->data;
    memset(st, 0, sizeof *st);
    st->kind = kind;
    static const uint32_t h256[8] = { 0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a,
                                      0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19 };
    static const uint32_t h224[8] = { 0xc1059ed8, 0x367cd507, 0x3070dd17, 0xf70e5939,
                                      0xffc00b31, 0x68581511, 0x64f98fa7, 0xbefa4fa4 };
    static const uint32_t h1[5] = { 0x67452301, 0xefcdab89, 0x98badcfe, 0x10325476, 0xc3d2e1f0 };
    switch (kind) {
    case K_SHA256: memcpy(st->h, h256, sizeof h256); break;
    case K_SHA224: memcpy(st->h, h224, sizeof h224); break;
    default: memcpy(st->h, h1, sizeof h1); break;   /* SHA-1, and MD5's first four */
    }
    return s;
}

static uint32_t rotl(uint32_t x, int n) { return (x << n) | (x >> (32 - n)); }
static uint32_t rotr(uint32_t x, int n) { return (x >> n) | (x << (32 - n)); }
static uint32_t be32(const uint8_t *p) { return (uint32_t)p[0] << 24 | (uint32_t)p[1] << 16 | (uint32_t)p[2] << 8 | p[3]; }
static uint32_t le32(const uint8_t *p) { return (uint32_t)p[3] << 24 | (uint32_t)p[2] << 16 | (uint32_t)p[1] << 8 | p[0]; }

static void sha256_block(uint32_t *h, const uint8_t *p) {
    static const uint32_t k[64] = {
        0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5, 0x3956c25b, 0x59f111f1, 0x923f82a4, 0xab1c5ed5,
        0xd807aa98, 0x12835b01, 0x243185be, 0x550c7dc3, 0x72be5d74, 0x80deb1fe, 0x9bdc06a7, 0xc19bf174,
        0xe49b69c1, 0xefbe4786, 0x0fc19dc6, 0x240ca1cc, 0x2de92c6f, 0x4a7484aa, 0x5cb0a9dc, 0x76f988da,
        0x983e5152, 0xa831c66d, 0xb00327c8, 0xbf597fc7, 0xc6e00bf3, 0xd5a79147, 0x06ca6351, 0x14292967,
        0x27b70a85, 0x2e1b2138, 0x4d2c6dfc, 0x53380d13, 0x650a7354, 0x766a0abb, 0x81c2c92e, 0x92722c85,
        0xa2bfe8a1, 0xa81a664b, 0xc24b8b70, 0xc76c51a3, 0xd192e819, 0xd6990624, 0xf40e3585, 0x106aa070,
        0x19a4c116, 0x1e376c08, 0x2748774c, 0x34b0bcb5, 0x391c0cb3, 0x4ed8aa4a, 0x5b9cca4f, 0x682e6ff3,
        0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208, 0x90befffa, 0xa4506ceb, 0xbef9a3f7, 0xc67178f2,
    };
    uint32_t w[64];
    for (int i = 0; i < 16; i++) w[i] = be32(p + 4 * i);
    for (int i = 16; i < 64; i++) {
        uint32_t s0 = rotr(w[i - 15], 7) ^ rotr(w[i - 15], 18) ^ (w[i - 15] >> 3);
        uint32_t s1 = rotr(w[i - 2], 17) ^ rotr(w[i - 2], 19) ^ (w[i - 2] >> 10);
        w[i] = w[i - 16] + s0 + w[i - 7] + s1;
    }
    uint32_t a = h[0], b = h[1], c = h[2], d = h[3], e = h[4], f = h[5], g = h[6], hh = h[7];
    for (int i = 0; i < 64; i++) {
        uint32_t t1 = hh + (rotr(e, 6) ^ rotr(e, 11) ^ rotr(e, 25)) + ((e & f) ^ (~e & g)) + k[i] + w[i];
        uint32_t t2 = (rotr(a, 2) ^ rotr(a, 13) ^ rotr(a, 22)) + ((a & b) ^ (a & c) ^ (b & c));
        hh = g, g = f, f = e, e = d + t1, d = c, c = b, b = a, a = t1 + t2;
    }
    h[0] += a, h[1] += b, h[2] += c, h[3] += d, h[4] += e, h[5] += f, h[6] += g, h[7] += hh;
}

static void sha1_block(uint32_t *h, const uint8_t *p) {
    uint32_t w[80];
    for (int i = 0; i < 16; i++) w[i] = be32(p + 4 * i);
    for (int i = 16; i < 80; i++) w[i] = rotl(w[i - 3] ^ w[i - 8] ^ w[i - 14] ^ w[i - 16], 1);
    uint32_t a = h[0], b = h[1], c = h[2], d = h[3], e = h[4];
    for (int i = 0; i < 80; i++) {
        uint32_t f, k;
        if (i < 20) f = (b & c) | (~b & d), k = 0x5a827999;
        else if (i < 40) f = b ^ c ^ d, k = 0x6ed9eba1;
        else if (i < 60) f = (b & c) | (b & d) | (c & d), k = 0x8f1bbcdc;
        else f = b ^ c ^ d, k = 0xca62c1d6;
        uint32_t t = rotl(a, 5) + f + e + k + w[i];
        e = d, d = c, c = rotl(b, 30), b = a, a = t;
    }
    h[0] += a, h[1] += b, h[2] += c, h[3] += d, h[4] += e;
}

static void md5_block(uint32_t *h, const uint8_t *p) {
    static const int s[64] = {
        7, 12, 17, 22, 7, 12, 17, 22, 7, 12, 17, 22, 7, 12, 17, 22,
        5, 9, 14, 20, 5, 9, 14, 20, 5, 9, 14, 20, 5, 9, 14, 20,
        4, 11, 16, 23, 4, 11, 16, 23, 4, 11, 16, 23, 4, 11, 16, 23,
        6, 10, 15, 21, 6, 10, 15, 21, 6, 10, 15, 21, 6, 10, 15, 21,
    };
    /* floor(abs(sin(i + 1)) * 2^32) */
    static const uint32_t t[64] = {
        0xd76aa478, 0xe8c7b756, 0x242070db, 0xc1bdceee, 0xf57c0faf, 0x4787c62a, 0xa8304613, 0xfd469501,
        0x698098d8, 0x8b44f7af, 0xffff5bb1, 0x895cd7be, 0x6b901122, 0xfd987193, 0xa679438e, 0x49b40821,
        0xf61e2562, 0xc040b340, 0x265e5a51, 0xe9b6c7aa, 0xd62f105d, 0x02441453, 0xd8a1e681, 0xe7d3fbc8,
        0x21e1cde6, 0xc33707d6, 0xf4d50d87, 0x455a14ed, 0xa9e3e905, 0xfcefa3f8, 0x676f02d9, 0x8d2a4c8a,
        0xfffa3942, 0x8771f681, 0x6d9d6122, 0xfde5380c, 0xa4beea44, 0x4bdecfa9, 0xf6bb4b60, 0xbebfbc70,
        0x289b7ec6, 0xeaa127fa, 0xd4ef3085, 0x04881d05, 0xd9d4d039, 0xe6db99e5, 0x1fa27cf8, 0xc4ac5665,
        0xf4292244, 0x432aff97, 0xab9423a7, 0xfc93a039, 0x655b59c3, 0x8f0ccc92, 0xffeff47d, 0x85845dd1,
        0x6fa87e4f, 0xfe2ce6e0, 0xa3014314, 0x4e0811a1, 0xf7537e82, 0xbd3af235, 0x2ad7d2bb, 0xeb86d391,
    };
    uint32_t m[16];
    for (int i = 0; i < 16; i++) m[i] = le32(p + 4 * i);
    uint32_t a = h[0], b = h[1], c = h[2], d = h[3];
    for (int i = 0; i < 64; i++) {
        uint32_t f;
        int g;
        if (i < 16) f = (b & c) | (~b & d), g = i;
        else if (i < 32) f = (d & b) | (~d & c), g = (5 * i + 1) % 16;
        else if (i < 48) f = b ^ c ^ d, g = (3 * i + 5) % 16;
        else f = c ^ (b | ~d), g = (7 * i) % 16;
        uint32_t x = a + f + t[i] + m[g];
        a = d, d = c, c = b, b = b + rotl(x, s[i]);
    }
    h[0] += a, h[1] += b, h[2] += c, h[3] += d;
}

static void block(MdState *st, const uint8_t *p) {
    switch (st->kind) {
    case K_SHA256: case K_SHA224: sha256_block(st->h, p); break;
    case K_SHA1: sha1_block(st->h, p); break;
    default: md5_block(st->h, p); break;
    }
}

static void update(MdState *st, const uint8_t *p, size_t n) {
    st->len += n;
    if (st->nbuf) {
        size_t k = 64 - st->nbuf < n ? 64 - st->nbuf : n;
        memcpy(st->buf + st->nbuf, p, k);
        st->nbuf += (uint32_t)k;
        p += k, n -= k;
        if (st->nbuf < 64) return;
        block(st, st->buf);
        st->nbuf = 0;
    }
    for (; n >= 64; p += 64, n -= 64) block(st, p);
    memcpy(st->buf, p, n);
    st->nbuf = (uint32_t)n;
}

/* The digest of a copy of st: padding, the bit length (big-endian for
 * the SHAs, little-endian for MD5), the hash words. */
static GoSlice *finish(const MdState *in) {
    MdState st = *in;
    uint64_t bits = st.len * 8;
    uint8_t pad[72] = { 0x80 };
    size_t padlen = st.nbuf < 56 ? 56 - st.nbuf : 120 - st.nbuf;
    bool le = st.kind == K_MD5;
    for (int i = 0; i < 8; i++) pad[padlen + (size_t)i] = (uint8_t)(le ? bits >> (8 * i) : bits >> (56 - 8 * i));
    update(&st, pad, padlen + 8);
    int words = st.kind == K_SHA256 ? 8 : st.kind == K_SHA224 ? 7 : st.kind == K_SHA1 ? 5 : 4;
    GoSlice *out = slice_new(1, 4 * words, 4 * words, false);
    uint8_t *o = out->data;
    for (int i = 0; i < words; i++)
        for (int j = 0; j < 4; j++) o[4 * i + j] = (uint8_t)(le ? st.h[i] >> (8 * j) : st.h[i] >> (24 - 8 * j));
    return out;
}

static MdState *state_of(Value v) { return v.sl->data; }

/* func init_(kind int) []byte (the Go side passes its own kind) */
static NatStatus md_init_sha256(G *g, Value *a) { (void)g; a[0].sl = new_state(a[0].i ? K_SHA224 : K_SHA256); return NAT_OK; }
static NatStatus md_init_sha1(G *g, Value *a) { (void)g; a[0].sl = new_state(K_SHA1); return NAT_OK; }
static NatStatus md_init_md5(G *g, Value *a) { (void)g; a[0].sl = new_state(K_MD5); return NAT_OK; }

/* func update_(s []byte, p []byte) */
static NatStatus md_update(G *g, Value *a) {
    (void)g;
    GoSlice *p = a[1].sl;
    if (p && p->len) update(state_of(a[0]), p->data, (size_t)p->len);
    return NAT_OK;
}

/* func sum_(s []byte) []byte */
static NatStatus md_sum(G *g, Value *a) {
    (void)g;
    a[0].sl = finish(state_of(a[0]));
    return NAT_OK;
}

const NativeDesc sha256_natives[] = {
    { "sha256", "init_", md_init_sha256 },
    { "sha256", "update_", md_update },
    { "sha256", "sum_", md_sum },
    { NULL, NULL, NULL },
};

const NativeDesc sha1_natives[] = {
    { "sha1", "init_", md_init_sha1 },
    { "sha1", "update_", md_update },
    { "sha1", "sum_", md_sum },
    { NULL, NULL, NULL },
};

const NativeDesc md5_natives[] = {
    { "md5", "init_", md_init_md5 },
    { "md5", "update_", md_update },
    { "md5", "sum_", md_sum },
    { NULL, NULL, NULL },
};

/* ---- hash/crc32 ---- */

/* func update_(crc uint32, tab *Table, p []byte) uint32: the table is a
 * Go [256]uint32, one slot per element */
static NatStatus crc32_update(G *g, Value *a) {
    (void)g;
    uint32_t crc = ~(uint32_t)a[0].u;
    const Value *tab = a[1].p;
    GoSlice *p = a[2].sl;
    const uint8_t *b = p ? p->data : NULL;
    int64_t n = p ? p->len : 0;
    for (int64_t i = 0; i < n; i++) crc = (uint32_t)tab[(uint8_t)crc ^ b[i]].u ^ (crc >> 8);
    a[0].u = ~crc;
    return NAT_OK;
}

const NativeDesc crc32_natives[] = {
    { "crc32", "update_", crc32_update },
    { NULL, NULL, NULL },
};
