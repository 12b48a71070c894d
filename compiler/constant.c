/* constant.c — exact arithmetic on Go constants, after go/constant.
 *
 * Three layers, bottom up:
 *
 *   big_*   arbitrary-precision integers: a sign and a magnitude of 32-bit
 *           limbs, least significant first, with no leading zero limb (zero
 *           has n == 0 and is never negative). Values are immutable; every
 *           operation allocates its result (GC_MALLOC_ATOMIC limbs).
 *   bin_*   binary floats m * 2^e with a signed big m, and the one rounding
 *           routine (round_bits) that everything inexact goes through:
 *           to nearest, ties to even, to a given number of bits and not
 *           below a given last-bit exponent (which is how float64's
 *           subnormals come out right).
 *   const_* the Const values the checker sees.
 *
 * Representation of a Const (go/constant's, minus complex numbers):
 *
 *   CK_INT    num, any size (untyped results are held to 512 bits by the
 *             operations, as go/types does)
 *   CK_FLOAT  either a rational num/den (den > 0, gcd(num, den) == 1) while
 *             both stay under 4096 bits — so 0.1 + 0.2 == 0.3 and 1.0/3*3 ==
 *             1 exactly — or, past that (1e100000, or a fraction that grew
 *             too big), a binary float num * 2^exp with |num| < 2^512, odd.
 *             Like go/constant, a value never goes back from binary to
 *             rational. Zero is always the rational 0/1.
 *
 * Glossary: "bitlen" is the number of bits of a magnitude (0 for zero);
 * "lsb exponent" is the power of two of a binary float's last mantissa bit.
 */
#include "constant.h"
#include "utf8.h"

#include <gc.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* ======================================================================
 * Big integers
 * ====================================================================== */

typedef struct Big {
    const uint32_t *d; /* limbs, least significant first */
    int n;             /* number of limbs; 0 for zero */
    bool neg;
} Big;

static const Big big_zero = {NULL, 0, false};

/* n uninitialised limbs. */
static uint32_t *limbs(int n) {
    return n > 0 ? GC_MALLOC_ATOMIC((size_t)n * sizeof(uint32_t)) : NULL;
}

static uint32_t *limbs_zero(int n) {
    uint32_t *d = limbs(n);
    if (d) memset(d, 0, (size_t)n * sizeof(uint32_t));
    return d;
}

/* Wraps n limbs as a Big, dropping leading zero limbs. */
static Big big_make(const uint32_t *d, int n, bool neg) {
    while (n > 0 && d[n - 1] == 0) n--;
    Big b = {n ? d : NULL, n, n ? neg : false};
    return b;
}

static Big big_from_u64(uint64_t v, bool neg) {
    uint32_t *d = limbs(2);
    d[0] = (uint32_t)v;
    d[1] = (uint32_t)(v >> 32);
    return big_make(d, 2, neg);
}

static Big big_from_i64(int64_t v) {
    return v < 0 ? big_from_u64(-(uint64_t)v, true) : big_from_u64((uint64_t)v, false);
}

static Big big_abs(Big a) { a.neg = false; return a; }
static Big big_neg(Big a) { if (a.n) a.neg = !a.neg; return a; }

static int clz32(uint32_t x) {
    int n = 0;
    if (!x) return 32;
    while (!(x & 0x80000000u)) { x <<= 1; n++; }
    return n;
}

static int64_t big_bitlen(Big a) {
    return a.n ? (int64_t)a.n * 32 - clz32(a.d[a.n - 1]) : 0;
}

/* Bit i of the magnitude. */
static bool big_bit(Big a, int64_t i) {
    if (i < 0 || i >= (int64_t)a.n * 32) return false;
    return (a.d[i / 32] >> (i % 32)) & 1;
}

/* Is any bit of the magnitude below bit k set? */
static bool big_low_bits(Big a, int64_t k) {
    for (int i = 0; i < a.n && (int64_t)i * 32 < k; i++) {
        uint32_t w = a.d[i];
        int64_t left = k - (int64_t)i * 32;
        if (left < 32) w &= (1u << left) - 1;
        if (w) return true;
    }
    return false;
}

/* Number of trailing zero bits of a nonzero magnitude. */
static int64_t big_tz(Big a) {
    int64_t z = 0;
    for (int i = 0; i < a.n; i++) {
        uint32_t w = a.d[i];
        if (w) {
            while (!(w & 1)) { w >>= 1; z++; }
            return z;
        }
        z += 32;
    }
    return 0;
}

static int mag_cmp(Big a, Big b) {
    if (a.n != b.n) return a.n < b.n ? -1 : 1;
    for (int i = a.n - 1; i >= 0; i--)
        if (a.d[i] != b.d[i]) return a.d[i] < b.d[i] ? -1 : 1;
    return 0;
}

static int big_cmp(Big a, Big b) {
    if (a.neg != b.neg) return a.neg ? -1 : 1;
    int c = mag_cmp(a, b);
    return a.neg ? -c : c;
}

/* |a| + |b| with the given sign. */
static Big mag_add(Big a, Big b, bool neg) {
    if (a.n < b.n) { Big t = a; a = b; b = t; }
    uint32_t *d = limbs(a.n + 1);
    uint64_t carry = 0;
    for (int i = 0; i < a.n; i++) {
        uint64_t s = (uint64_t)a.d[i] + (i < b.n ? b.d[i] : 0) + carry;
        d[i] = (uint32_t)s;
        carry = s >> 32;
    }
    d[a.n] = (uint32_t)carry;
    return big_make(d, a.n + 1, neg);
}

/* |a| - |b| with the given sign; requires |a| >= |b|. */
static Big mag_sub(Big a, Big b, bool neg) {
    uint32_t *d = limbs(a.n);
    int64_t borrow = 0;
    for (int i = 0; i < a.n; i++) {
        int64_t s = (int64_t)a.d[i] - (i < b.n ? b.d[i] : 0) - borrow;
        borrow = s < 0;
        d[i] = (uint32_t)(s + (borrow ? (int64_t)1 << 32 : 0));
    }
    return big_make(d, a.n, neg);
}

static Big big_add(Big a, Big b) {
    if (a.neg == b.neg) return mag_add(a, b, a.neg);
    if (mag_cmp(a, b) >= 0) return mag_sub(a, b, a.neg);
    return mag_sub(b, a, b.neg);
}

static Big big_sub(Big a, Big b) { return big_add(a, big_neg(b)); }

static Big big_mul(Big a, Big b) {
    if (!a.n || !b.n) return big_zero;
    uint32_t *d = limbs_zero(a.n + b.n);
    for (int i = 0; i < a.n; i++) {
        uint64_t carry = 0;
        for (int j = 0; j < b.n; j++) {
            uint64_t t = (uint64_t)a.d[i] * b.d[j] + d[i + j] + carry;
            d[i + j] = (uint32_t)t;
            carry = t >> 32;
        }
        d[i + b.n] = (uint32_t)carry;
    }
    return big_make(d, a.n + b.n, a.neg != b.neg);
}

/* |a| << s (s >= 0), sign kept. */
static Big big_shl(Big a, int64_t s) {
    if (!a.n || s == 0) return a;
    int w = (int)(s / 32), b = (int)(s % 32);
    uint32_t *d = limbs_zero(a.n + w + 1);
    for (int i = 0; i < a.n; i++) {
        uint64_t t = (uint64_t)a.d[i] << b;
        d[i + w] |= (uint32_t)t;
        d[i + w + 1] |= (uint32_t)(t >> 32);
    }
    return big_make(d, a.n + w + 1, a.neg);
}

/* |a| >> s (s >= 0), truncating the magnitude, sign kept. */
static Big big_shr_mag(Big a, int64_t s) {
    if (!a.n || s == 0) return a;
    if (s >= (int64_t)a.n * 32) return big_zero;
    int w = (int)(s / 32), b = (int)(s % 32);
    int n = a.n - w;
    uint32_t *d = limbs(n);
    for (int i = 0; i < n; i++) {
        uint64_t t = a.d[i + w];
        if (i + w + 1 < a.n) t |= (uint64_t)a.d[i + w + 1] << 32;
        d[i] = (uint32_t)(t >> b);
    }
    return big_make(d, n, a.neg);
}

/* a / v and a % v for a single limb v != 0, on magnitudes. */
static Big mag_div_small(Big a, uint32_t v, uint32_t *rem) {
    uint32_t *d = limbs(a.n);
    uint64_t r = 0;
    for (int i = a.n - 1; i >= 0; i--) {
        uint64_t t = (r << 32) | a.d[i];
        d[i] = (uint32_t)(t / v);
        r = t % v;
    }
    *rem = (uint32_t)r;
    return big_make(d, a.n, false);
}

/* Quotient and remainder of magnitudes |a| / |b|, b != 0 (Knuth's
 * algorithm D, as in Hacker's Delight's divmnu). */
static void mag_divmod(Big a, Big b, Big *q, Big *r) {
    a = big_abs(a);
    b = big_abs(b);
    if (mag_cmp(a, b) < 0) { *q = big_zero; *r = a; return; }
    if (b.n == 1) {
        uint32_t rem;
        *q = mag_div_small(a, b.d[0], &rem);
        *r = big_from_u64(rem, false);
        return;
    }
    int n = b.n, m = a.n - b.n;
    int s = clz32(b.d[n - 1]);
    uint32_t *vn = limbs(n), *un = limbs(a.n + 1), *qd = limbs(m + 1);
    for (int i = n - 1; i > 0; i--)
        vn[i] = (b.d[i] << s) | (s ? (uint32_t)((uint64_t)b.d[i - 1] >> (32 - s)) : 0);
    vn[0] = b.d[0] << s;
    un[a.n] = s ? (uint32_t)((uint64_t)a.d[a.n - 1] >> (32 - s)) : 0;
    for (int i = a.n - 1; i > 0; i--)
        un[i] = (a.d[i] << s) | (s ? (uint32_t)((uint64_t)a.d[i - 1] >> (32 - s)) : 0);
    un[0] = a.d[0] << s;
    const uint64_t B = (uint64_t)1 << 32;
    for (int j = m; j >= 0; j--) {
        uint64_t num = ((uint64_t)un[j + n] << 32) | un[j + n - 1];
        uint64_t qhat = num / vn[n - 1], rhat = num % vn[n - 1];
        while (qhat >= B || qhat * vn[n - 2] > ((rhat << 32) | un[j + n - 2])) {
            qhat--;
            rhat += vn[n - 1];
            if (rhat >= B) break;
        }
        int64_t k = 0, t;
        for (int i = 0; i < n; i++) {
            uint64_t p = qhat * vn[i];
            t = (int64_t)un[i + j] - k - (int64_t)(p & 0xFFFFFFFFu);
            un[i + j] = (uint32_t)t;
            k = (int64_t)(p >> 32) - (t >> 32);
        }
        t = (int64_t)un[j + n] - k;
        un[j + n] = (uint32_t)t;
        qd[j] = (uint32_t)qhat;
        if (t < 0) { /* qhat was one too big: add back */
            qd[j]--;
            uint64_t c = 0;
            for (int i = 0; i < n; i++) {
                uint64_t u = (uint64_t)un[i + j] + vn[i] + c;
                un[i + j] = (uint32_t)u;
                c = u >> 32;
            }
            un[j + n] += (uint32_t)c;
        }
    }
    uint32_t *rd = limbs(n);
    for (int i = 0; i < n; i++)
        rd[i] = (un[i] >> s) | (s ? (uint32_t)((uint64_t)un[i + 1] << (32 - s)) : 0);
    *q = big_make(qd, m + 1, false);
    *r = big_make(rd, n, false);
}

/* Go's / and % on integers: the quotient truncated toward zero, the
 * remainder with the sign of a. */
static void big_quo_rem(Big a, Big b, Big *q, Big *r) {
    mag_divmod(a, b, q, r);
    if (q->n) q->neg = a.neg != b.neg;
    if (r->n) r->neg = a.neg;
}

/* a >> s rounding toward minus infinity (Go's >> on signed values). */
static Big big_shr(Big a, int64_t s) {
    if (!a.neg) return big_shr_mag(a, s);
    Big one = big_from_u64(1, false);
    Big m = big_shr_mag(big_sub(big_abs(a), one), s);  /* (|a|-1) >> s */
    return big_neg(big_add(m, one));
}

static Big big_gcd(Big a, Big b) {
    a = big_abs(a);
    b = big_abs(b);
    while (b.n) {
        Big q, r;
        mag_divmod(a, b, &q, &r);
        a = b;
        b = r;
    }
    return a;
}

/* base^e, exactly. */
static Big big_pow(uint32_t base, uint64_t e) {
    Big r = big_from_u64(1, false), b = big_from_u64(base, false);
    while (e) {
        if (e & 1) r = big_mul(r, b);
        e >>= 1;
        if (e) b = big_mul(b, b);
    }
    return r;
}

/* Two's complement of a in w limbs (w > a.n). */
static uint32_t *to_twos(Big a, int w) {
    uint32_t *d = limbs_zero(w);
    for (int i = 0; i < a.n; i++) d[i] = a.d[i];
    if (a.neg) {
        uint64_t c = 1;
        for (int i = 0; i < w; i++) {
            uint64_t t = (uint64_t)(uint32_t)~d[i] + c;
            d[i] = (uint32_t)t;
            c = t >> 32;
        }
    }
    return d;
}

static Big from_twos(uint32_t *d, int w) {
    bool neg = (d[w - 1] >> 31) & 1;
    if (neg) {
        uint64_t c = 1;
        for (int i = 0; i < w; i++) {
            uint64_t t = (uint64_t)(uint32_t)~d[i] + c;
            d[i] = (uint32_t)t;
            c = t >> 32;
        }
    }
    return big_make(d, w, neg);
}

/* & | ^ &^ on the infinite two's complement forms. */
static Big big_bitwise(TokKind op, Big a, Big b) {
    int w = (a.n > b.n ? a.n : b.n) + 1;
    uint32_t *x = to_twos(a, w), *y = to_twos(b, w);
    for (int i = 0; i < w; i++) {
        switch (op) {
        case T_AND: x[i] &= y[i]; break;
        case T_OR: x[i] |= y[i]; break;
        case T_XOR: x[i] ^= y[i]; break;
        default: x[i] &= ~y[i]; break; /* T_AND_NOT */
        }
    }
    return from_twos(x, w);
}

/* The decimal digits of a, with a '-' if negative. */
static char *big_to_dec(Big a) {
    size_t cap = (size_t)a.n * 10 + 3, o = cap - 1;
    char *s = GC_MALLOC_ATOMIC(cap);
    s[o] = 0;
    Big m = big_abs(a);
    do {
        uint32_t r;
        m = mag_div_small(m, 1000000000u, &r);
        for (int i = 0; i < 9 && (m.n || r); i++) {
            s[--o] = (char)('0' + r % 10);
            r /= 10;
        }
    } while (m.n);
    if (o == cap - 1) s[--o] = '0';
    if (a.neg) s[--o] = '-';
    return s + o;
}

/* The low 64 bits of a's two's complement. */
static uint64_t big_low64(Big a) {
    uint64_t v = 0;
    if (a.n > 0) v = a.d[0];
    if (a.n > 1) v |= (uint64_t)a.d[1] << 32;
    return a.neg ? -v : v;
}

/* ======================================================================
 * Binary floats and rounding
 * ====================================================================== */

/* A binary float m * 2^e; m signed. */
typedef struct Bin {
    Big m;
    int64_t e;
} Bin;

/* The mantissa size of go/constant's floats. */
#define BIN_PREC 512
/* big.Float's exponent range; beyond it a value is infinite (an error)
 * or zero. Exponents here are "top" exponents: |x| < 2^top. */
#define BIN_MAX_EXP ((int64_t)INT32_MAX)
#define BIN_MIN_EXP ((int64_t)INT32_MIN)
/* No lower limit for the last bit. */
#define NO_MIN_LSB ((int64_t)INT64_MIN / 4)

/* Rounds m * 2^e to prec bits (to nearest, ties to even) with its last bit
 * no lower than 2^min_lsb. sticky says the exact value is a little more (in
 * magnitude) than m * 2^e, by less than one unit of m's last bit; callers
 * that pass it keep at least two bits more than prec in m. The result has
 * m's sign, with trailing zeros moved into the exponent. */
static Bin round_bits(Big m, int64_t e, bool sticky, int prec, int64_t min_lsb) {
    Bin r = {m, e};
    if (!m.n) return r;
    int64_t bl = big_bitlen(m);
    int64_t drop = bl - prec;
    if (e + drop < min_lsb) drop = min_lsb - e;
    if (drop > 0) {
        bool half = big_bit(m, drop - 1);
        bool rest = sticky || big_low_bits(m, drop - 1);
        Big q = big_shr_mag(m, drop);
        if (half && (rest || big_bit(q, 0))) q = mag_add(q, big_from_u64(1, false), m.neg);
        q.neg = q.n ? m.neg : false;
        r.m = q;
        r.e = e + drop;
    }
    if (r.m.n) {
        int64_t tz = big_tz(r.m);
        r.m = big_shr_mag(r.m, tz);
        r.e += tz;
    } else {
        r.e = 0;
    }
    return r;
}

/* |x| < 2^bin_top(x) for a nonzero x. */
static int64_t bin_top(Bin x) { return x.e + big_bitlen(x.m); }

/* n / d * 2^shift rounded to prec bits with the last bit >= 2^min_lsb. */
static Bin div_round(Big n, Big d, int64_t shift, int prec, int64_t min_lsb) {
    Bin r = {big_zero, 0};
    if (!n.n) return r;
    int64_t s = prec + 3 - (big_bitlen(n) - big_bitlen(d));
    Big q, rem;
    if (s >= 0) mag_divmod(big_shl(big_abs(n), s), d, &q, &rem);
    else mag_divmod(big_abs(n), big_shl(big_abs(d), -s), &q, &rem);
    q.neg = q.n ? n.neg != d.neg : false;
    return round_bits(q, shift - s, rem.n != 0, prec, min_lsb);
}

/* x + y, rounded to BIN_PREC bits. */
static Bin bin_add(Bin x, Bin y) {
    if (!x.m.n) return y;
    if (!y.m.n) return x;
    int64_t tx = bin_top(x), ty = bin_top(y);
    /* an operand entirely below the result's rounding point only matters
     * as a sticky bit: stand it in by a tiny value of the same sign */
    if (tx - ty > BIN_PREC + 4) {
        Bin t = {big_from_u64(1, y.m.neg), (x.e < tx - BIN_PREC ? x.e : tx - BIN_PREC) - 4};
        y = t;
    } else if (ty - tx > BIN_PREC + 4) {
        Bin t = {big_from_u64(1, x.m.neg), (y.e < ty - BIN_PREC ? y.e : ty - BIN_PREC) - 4};
        x = t;
    }
    int64_t e = x.e < y.e ? x.e : y.e;
    Big s = big_add(big_shl(x.m, x.e - e), big_shl(y.m, y.e - e));
    return round_bits(s, e, false, BIN_PREC, NO_MIN_LSB);
}

static Bin bin_mul(Bin x, Bin y) {
    return round_bits(big_mul(x.m, y.m), x.e + y.e, false, BIN_PREC, NO_MIN_LSB);
}

static Bin bin_quo(Bin x, Bin y) {
    return div_round(x.m, y.m, x.e - y.e, BIN_PREC, NO_MIN_LSB);
}

static int bin_cmp(Bin x, Bin y) {
    int sx = x.m.n ? (x.m.neg ? -1 : 1) : 0, sy = y.m.n ? (y.m.neg ? -1 : 1) : 0;
    if (sx != sy || sx == 0) return sx < sy ? -1 : sx > sy;
    int64_t tx = bin_top(x), ty = bin_top(y);
    if (tx != ty) return (tx < ty ? -1 : 1) * sx;
    int64_t e = x.e < y.e ? x.e : y.e;
    return big_cmp(big_shl(x.m, x.e - e), big_shl(y.m, y.e - e));
}

/* 10^k rounded to prec bits, by squaring (a few ulps at most off). */
static Bin bin_pow10(uint64_t k, int prec) {
    Bin r = {big_from_u64(1, false), 0}, b = {big_from_u64(10, false), 0};
    while (k) {
        if (k & 1) r = round_bits(big_mul(r.m, b.m), r.e + b.e, false, prec, NO_MIN_LSB);
        k >>= 1;
        if (k) b = round_bits(big_mul(b.m, b.m), b.e + b.e, false, prec, NO_MIN_LSB);
    }
    return r;
}

/* ======================================================================
 * Const values
 * ====================================================================== */

struct Const {
    ConstKind kind;
    bool b;        /* CK_BOOL */
    bool is_bin;   /* CK_FLOAT: num * 2^exp rather than num / den */
    const char *s; /* CK_STRING, NUL-terminated */
    size_t len;
    Big num, den;  /* CK_INT: num; CK_FLOAT: see the top of the file */
    int64_t exp;
};

/* Fraction components from this size on switch a float to binary. */
#define RAT_MAX_BITS 4096

static Const *mk(ConstKind k) {
    Const *c = GC_MALLOC(sizeof *c);
    memset(c, 0, sizeof *c);
    c->kind = k;
    return c;
}

static Const *mk_int(Big v) {
    Const *c = mk(CK_INT);
    c->num = v;
    return c;
}

/* The binary float x, or NULL when it is beyond big.Float's range. A value
 * below the range is zero. */
static Const *mk_bin(Bin x) {
    Const *c = mk(CK_FLOAT);
    if (!x.m.n || bin_top(x) < BIN_MIN_EXP) {
        c->den = big_from_u64(1, false);
        return c;
    }
    if (bin_top(x) > BIN_MAX_EXP) return NULL;
    c->is_bin = true;
    c->num = x.m;
    c->exp = x.e;
    return c;
}

/* The exact fraction n/d (d != 0) reduced, kept as a fraction whatever its
 * size (literals do this: 1e1233 stays exact). */
static Const *mk_rat_exact(Big n, Big d) {
    bool neg = n.neg != d.neg;
    n = big_abs(n);
    d = big_abs(d);
    Const *c = mk(CK_FLOAT);
    if (!n.n) {
        c->den = big_from_u64(1, false);
        return c;
    }
    Big g = big_gcd(n, d), r;
    if (!(g.n == 1 && g.d[0] == 1)) {
        mag_divmod(n, g, &n, &r);
        mag_divmod(d, g, &d, &r);
    }
    n.neg = neg;
    c->num = n;
    c->den = d;
    return c;
}

/* The fraction n/d (d != 0), reduced; binary once a component reaches
 * RAT_MAX_BITS (go/constant's makeRat). */
static Const *mk_rat(Big n, Big d) {
    Const *c = mk_rat_exact(n, d);
    if (big_bitlen(c->num) >= RAT_MAX_BITS || big_bitlen(c->den) >= RAT_MAX_BITS)
        return mk_bin(div_round(c->num, c->den, 0, BIN_PREC, NO_MIN_LSB));
    return c;
}

/* A rounded binary value (odd mantissa) as an exact fraction. */
static Const *bin_to_rat(Bin b) {
    Const *c = mk(CK_FLOAT);
    if (!b.m.n) {
        c->den = big_from_u64(1, false);
    } else if (b.e >= 0) {
        c->num = big_shl(b.m, b.e);
        c->den = big_from_u64(1, false);
    } else {
        c->num = b.m;
        c->den = big_shl(big_from_u64(1, false), -b.e);
    }
    return c;
}

static Big big_one(void) { return big_from_u64(1, false); }

static bool is_num(const Const *c) { return c->kind == CK_INT || c->kind == CK_FLOAT; }

/* c (a number) rounded to prec bits with its last bit >= 2^min_lsb. */
static Bin round_to(const Const *c, int prec, int64_t min_lsb) {
    if (c->kind == CK_INT) return round_bits(c->num, 0, false, prec, min_lsb);
    if (c->is_bin) return round_bits(c->num, c->exp, false, prec, min_lsb);
    return div_round(c->num, c->den, 0, prec, min_lsb);
}

/* c as one of go/constant's 512-bit floats (its itof and rtof). */
static Bin as_bin(const Const *c) {
    if (c->is_bin) {
        Bin b = {c->num, c->exp};
        return b;
    }
    return round_to(c, BIN_PREC, NO_MIN_LSB);
}

/* The fraction of an int or a rational float. */
static void as_rat(const Const *c, Big *n, Big *d) {
    *n = c->num;
    *d = c->kind == CK_INT ? big_one() : c->den;
}

/* The IEEE formats: mantissa bits, lowest last-bit exponent, and the
 * exponent of the first power of two that is too large. */
typedef struct FloatFmt { int prec; int64_t min_lsb, max_top; } FloatFmt;
static const FloatFmt fmt64 = {53, -1074, 1024};
static const FloatFmt fmt32 = {24, -149, 128};

/* c rounded to the format; *inf set when that overflows. */
static Bin round_ieee(const Const *c, FloatFmt f, bool *inf) {
    Bin b = round_to(c, f.prec, f.min_lsb);
    *inf = b.m.n && bin_top(b) > f.max_top;
    return b;
}

/* A rounded IEEE value as a double (exact: at most 53 bits, in range). */
static double bin_to_double(Bin b) {
    if (!b.m.n) return 0;
    double m = (double)big_low64(big_abs(b.m));
    double v = ldexp(m, (int)b.e);
    return b.m.neg ? -v : v;
}

/* ======================================================================
 * Making constants
 * ====================================================================== */

Const *const_bool(bool b) {
    Const *c = mk(CK_BOOL);
    c->b = b;
    return c;
}

Const *const_string(const char *s, size_t len) {
    Const *c = mk(CK_STRING);
    char *p = GC_MALLOC_ATOMIC(len + 1);
    if (len) memcpy(p, s, len);
    p[len] = 0;
    c->s = p;
    c->len = len;
    return c;
}

Const *const_int64(int64_t v) { return mk_int(big_from_i64(v)); }
Const *const_uint64(uint64_t v) { return mk_int(big_from_u64(v, false)); }

Const *const_float64(double v) {
    if (!isfinite(v)) return NULL;
    if (v == 0) return bin_to_rat((Bin){big_zero, 0});
    int e;
    double f = frexp(fabs(v), &e);              /* |v| = f * 2^e, f in [0.5, 1) */
    uint64_t m = (uint64_t)ldexp(f, 53);
    Bin b = round_bits(big_from_u64(m, v < 0), (int64_t)e - 53, false, 53, NO_MIN_LSB);
    return bin_to_rat(b);
}

/* a * mul + add for small mul and add (a >= 0). */
static Big big_mul_add_small(Big a, uint32_t mul, uint32_t add) {
    uint32_t *d = limbs(a.n + 1);
    uint64_t carry = add;
    for (int i = 0; i < a.n; i++) {
        uint64_t t = (uint64_t)a.d[i] * mul + carry;
        d[i] = (uint32_t)t;
        carry = t >> 32;
    }
    d[a.n] = (uint32_t)carry;
    return big_make(d, a.n + 1, false);
}

static int digit_val(char c) {
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'f') return c - 'a' + 10;
    if (c >= 'A' && c <= 'F') return c - 'A' + 10;
    return -1;
}

/* Go's limit on the length of numeric literals (go/types). */
#define LIT_MAX_LEN 10000

Const *const_from_int_lit(const char *text, size_t len, const char **err) {
    if (len > LIT_MAX_LEN) {
        char *m = GC_MALLOC_ATOMIC(80);
        snprintf(m, 80, "excessively long constant: %.10s... (%zu chars)", text, len);
        *err = m;
        return NULL;
    }
    size_t i = 0;
    uint32_t base = 10;
    if (len > 1 && text[0] == '0') {
        char p = text[1];
        if (p == 'x' || p == 'X') { base = 16; i = 2; }
        else if (p == 'b' || p == 'B') { base = 2; i = 2; }
        else if (p == 'o' || p == 'O') { base = 8; i = 2; }
        else { base = 8; i = 1; }
    }
    Big v = big_zero;
    /* digits in chunks that fit a limb */
    uint32_t chunk = 0, mul = 1;
    for (; i < len; i++) {
        int d = digit_val(text[i]);
        if (d < 0 || (uint32_t)d >= base) continue; /* '_' */
        chunk = chunk * base + (uint32_t)d;
        mul *= base;
        if (mul > UINT32_MAX / 16 / base) {
            v = big_mul_add_small(v, mul, chunk);
            chunk = 0;
            mul = 1;
        }
    }
    if (mul > 1) v = big_mul_add_small(v, mul, chunk);
    if (big_bitlen(v) > CONST_PREC) {
        *err = "constant overflow";
        return NULL;
    }
    return mk_int(v);
}

/* Parses a decimal exponent "[+-]digits" at *p, saturating. */
static int64_t parse_exp(const char *p) {
    bool neg = false;
    if (*p == '+' || *p == '-') neg = *p++ == '-';
    int64_t e = 0;
    for (; *p >= '0' && *p <= '9'; p++)
        if (e < (int64_t)1 << 50) e = e * 10 + (*p - '0');
    return neg ? -e : e;
}

Const *const_from_float_lit(const char *text, size_t len, const char **err) {
    char *buf = GC_MALLOC_ATOMIC(len + 1);
    size_t n = 0;
    for (size_t i = 0; i < len; i++)
        if (text[i] != '_') buf[n++] = text[i];
    buf[n] = 0;
    bool hex = n > 1 && buf[0] == '0' && (buf[1] == 'x' || buf[1] == 'X');
    uint32_t base = hex ? 16 : 10;
    size_t i = hex ? 2 : 0;
    Big m = big_zero;
    int64_t frac = 0;
    bool dot = false;
    uint32_t chunk = 0, mul = 1;
    for (; i < n; i++) {
        if (buf[i] == '.') { dot = true; continue; }
        int d = digit_val(buf[i]);
        if (d < 0 || (uint32_t)d >= base || (!hex && (buf[i] == 'e' || buf[i] == 'E'))) break;
        chunk = chunk * base + (uint32_t)d;
        mul *= base;
        if (mul > UINT32_MAX / 16 / base) {
            m = big_mul_add_small(m, mul, chunk);
            chunk = 0;
            mul = 1;
        }
        if (dot) frac++;
    }
    if (mul > 1) m = big_mul_add_small(m, mul, chunk);
    int64_t ex = i < n ? parse_exp(buf + i + 1) : 0;
    if (!m.n) return bin_to_rat((Bin){big_zero, 0});
    /* value = m * base'^e: estimate its top binary exponent */
    int64_t e = hex ? ex - 4 * frac : ex - frac;
    double top = (double)big_bitlen(m) + (hex ? (double)e : (double)e * 3.321928094887362);
    if (top > (double)BIN_MAX_EXP) {
        char *msg = GC_MALLOC_ATOMIC(len + 32);
        snprintf(msg, len + 32, "malformed constant: %.*s", (int)len, text);
        *err = msg;
        return NULL;
    }
    if (top < (double)BIN_MIN_EXP) return bin_to_rat((Bin){big_zero, 0});
    if (top > -RAT_MAX_BITS && top < RAT_MAX_BITS) {
        /* exact */
        if (hex) return e >= 0 ? mk_rat_exact(big_shl(m, e), big_one()) : mk_rat_exact(m, big_shl(big_one(), -e));
        Big p = big_pow(10, (uint64_t)(e >= 0 ? e : -e));
        return e >= 0 ? mk_rat_exact(big_mul(m, p), big_one()) : mk_rat_exact(m, p);
    }
    Bin b;
    if (hex) {
        b = round_bits(m, e, false, BIN_PREC, NO_MIN_LSB);
    } else {
        Bin p = bin_pow10((uint64_t)(e >= 0 ? e : -e), BIN_PREC + 64);
        if (e >= 0) b = round_bits(big_mul(m, p.m), p.e, false, BIN_PREC, NO_MIN_LSB);
        else b = div_round(m, p.m, -p.e, BIN_PREC, NO_MIN_LSB);
    }
    Const *c = mk_bin(b);
    if (!c) {
        char *msg = GC_MALLOC_ATOMIC(len + 32);
        snprintf(msg, len + 32, "malformed constant: %.*s", (int)len, text);
        *err = msg;
    }
    return c;
}

/* ======================================================================
 * Looking inside
 * ====================================================================== */

ConstKind const_kind(const Const *c) { return c->kind; }
bool const_bool_val(const Const *c) { return c->b; }

const char *const_string_val(const Const *c, size_t *len) {
    *len = c->len;
    return c->s;
}

bool const_overflows_untyped(const Const *c) {
    return c->kind == CK_INT && big_bitlen(c->num) > CONST_PREC;
}

/* ======================================================================
 * Operations
 * ====================================================================== */

static Const *int_binary(TokKind op, Big a, Big b, const char **err) {
    Big r = big_zero, q;
    const char *overflow = NULL;
    switch (op) {
    case T_ADD: r = big_add(a, b); overflow = "constant addition overflow"; break;
    case T_SUB: r = big_sub(a, b); overflow = "constant subtraction overflow"; break;
    case T_MUL: r = big_mul(a, b); overflow = "constant multiplication overflow"; break;
    case T_QUO:
    case T_REM:
        if (!b.n) {
            *err = "division by zero";
            return NULL;
        }
        big_quo_rem(a, b, &q, &r);
        if (op == T_QUO) r = q;
        break;
    case T_AND: case T_OR: case T_XOR: case T_AND_NOT:
        r = big_bitwise(op, a, b);
        break;
    default:
        *err = "invalid constant operation";
        return NULL;
    }
    if (overflow && big_bitlen(r) > CONST_PREC) {
        *err = overflow;
        return NULL;
    }
    return mk_int(r);
}

Const *const_binary(TokKind op, const Const *x, const Const *y, bool int_div, const char **err) {
    if (x->kind == CK_STRING && y->kind == CK_STRING && op == T_ADD) {
        size_t n = x->len + y->len;
        char *p = GC_MALLOC_ATOMIC(n + 1);
        memcpy(p, x->s, x->len);
        memcpy(p + x->len, y->s, y->len);
        p[n] = 0;
        Const *c = mk(CK_STRING);
        c->s = p;
        c->len = n;
        return c;
    }
    if (x->kind == CK_BOOL && y->kind == CK_BOOL && (op == T_LAND || op == T_LOR))
        return const_bool(op == T_LAND ? x->b && y->b : x->b || y->b);
    if (!is_num(x) || !is_num(y)) {
        *err = "invalid constant operation";
        return NULL;
    }
    if (x->kind == CK_INT && y->kind == CK_INT && (op != T_QUO || int_div))
        return int_binary(op, x->num, y->num, err);
    if (op == T_QUO && !y->num.n) {
        *err = "division by zero";
        return NULL;
    }
    if (op != T_ADD && op != T_SUB && op != T_MUL && op != T_QUO) {
        *err = "invalid constant operation";
        return NULL;
    }
    if (!x->is_bin && !y->is_bin) {
        Big xn, xd, yn, yd;
        as_rat(x, &xn, &xd);
        as_rat(y, &yn, &yd);
        switch (op) {
        case T_ADD: return mk_rat(big_add(big_mul(xn, yd), big_mul(yn, xd)), big_mul(xd, yd));
        case T_SUB: return mk_rat(big_sub(big_mul(xn, yd), big_mul(yn, xd)), big_mul(xd, yd));
        case T_MUL: return mk_rat(big_mul(xn, yn), big_mul(xd, yd));
        default: return mk_rat(big_mul(xn, yd), big_mul(xd, yn));
        }
    }
    Bin a = as_bin(x), b = as_bin(y), r;
    switch (op) {
    case T_ADD: r = bin_add(a, b); break;
    case T_SUB: b.m = big_neg(b.m); r = bin_add(a, b); break;
    case T_MUL: r = bin_mul(a, b); break;
    default: r = bin_quo(a, b); break;
    }
    Const *c = mk_bin(r);
    if (!c) *err = "constant result is not representable";
    return c;
}

/* Go's bound on constant shift counts (so 1 >> 1074 can express the
 * smallest float64; go/types' shiftBound). */
#define SHIFT_BOUND 1074

Const *const_shift_exact(TokKind op, const Const *x, uint64_t s) {
    if (s > SHIFT_BOUND) return NULL;
    if (x->kind != CK_INT) x = const_to_int(x);
    if (!x) return NULL;
    return mk_int(op == T_SHL ? big_shl(x->num, (int64_t)s) : big_shr(x->num, (int64_t)s));
}

Const *const_shift(TokKind op, const Const *x, uint64_t s, const char **err) {
    if (s > SHIFT_BOUND) {
        *err = "invalid shift count";
        return NULL;
    }
    Const *r = const_shift_exact(op, x, s);
    if (!r) {
        *err = "shifted operand must be integer";
        return NULL;
    }
    if (big_bitlen(r->num) > CONST_PREC) {
        *err = "constant shift overflow";
        return NULL;
    }
    return r;
}

/* -1, 0 or 1 as x <, ==, > y, for two numbers. */
static int num_cmp(const Const *x, const Const *y) {
    if (x->kind == CK_INT && y->kind == CK_INT) return big_cmp(x->num, y->num);
    if (!x->is_bin && !y->is_bin) {
        Big xn, xd, yn, yd;
        as_rat(x, &xn, &xd);
        as_rat(y, &yn, &yd);
        return big_cmp(big_mul(xn, yd), big_mul(yn, xd));
    }
    return bin_cmp(as_bin(x), as_bin(y));
}

bool const_compare(TokKind op, const Const *x, const Const *y) {
    int cmp;
    if (x->kind == CK_STRING && y->kind == CK_STRING) {
        size_t n = x->len < y->len ? x->len : y->len;
        cmp = n ? memcmp(x->s, y->s, n) : 0;
        if (!cmp) cmp = x->len < y->len ? -1 : x->len > y->len;
        cmp = cmp < 0 ? -1 : cmp > 0;
    } else if (x->kind == CK_BOOL && y->kind == CK_BOOL) {
        cmp = x->b != y->b;
    } else if (is_num(x) && is_num(y)) {
        cmp = num_cmp(x, y);
    } else {
        return false;
    }
    switch (op) {
    case T_EQL: return cmp == 0;
    case T_NEQ: return cmp != 0;
    case T_LSS: return cmp < 0;
    case T_LEQ: return cmp <= 0;
    case T_GTR: return cmp > 0;
    case T_GEQ: return cmp >= 0;
    default: return false;
    }
}

Const *const_unary(TokKind op, const Const *x, int bits, bool is_unsigned) {
    switch (op) {
    case T_NOT:
        return const_bool(!x->b);
    case T_ADD:
        return (Const *)x;
    case T_SUB: {
        Const *c = mk(x->kind);
        *c = *x;
        c->num = big_neg(x->num);
        return c;
    }
    case T_XOR: {
        if (x->kind != CK_INT) x = const_to_int(x);
        if (!x) return NULL;
        Big z = big_sub(big_neg(x->num), big_one()); /* ^x == -x-1 */
        if (bits > 0 && is_unsigned) {
            Big mask = big_sub(big_shl(big_one(), bits), big_one());
            z = big_bitwise(T_AND, z, mask);
        }
        return mk_int(z);
    }
    default:
        return NULL;
    }
}

/* ======================================================================
 * Conversions
 * ====================================================================== */

/* Is m * 2^e (e < 0) an integer? Then *out is it. */
static bool bin_int(Big m, int64_t e, Big *out) {
    if (e >= 0) {
        *out = big_shl(m, e);
        return true;
    }
    if (m.n && big_tz(m) < -e) return false;
    *out = big_shr_mag(m, -e);
    return true;
}

Const *const_to_int(const Const *c) {
    if (c->kind == CK_INT) return (Const *)c;
    if (c->kind != CK_FLOAT) return NULL;
    if (!c->is_bin) return c->den.n == 1 && c->den.d[0] == 1 ? mk_int(c->num) : NULL;
    /* a 512-bit float: only if not huge (go/constant's smallFloat) */
    int64_t top = c->exp + big_bitlen(c->num);
    if (top <= -RAT_MAX_BITS || top >= RAT_MAX_BITS) return NULL;
    Big v;
    if (bin_int(c->num, c->exp, &v)) return mk_int(v);
    /* like go/constant, accept a value a few bits (delta 4) from an integer,
     * taken to be the rounding error of earlier operations */
    int64_t bl = big_bitlen(c->num);
    const int prec = BIN_PREC - 4;
    if (bl <= prec) return NULL;
    int64_t drop = bl - prec;
    Big down = big_shr_mag(c->num, drop);           /* toward zero */
    if (bin_int(down, c->exp + drop, &v)) return mk_int(v);
    Big up = mag_add(down, big_one(), c->num.neg);  /* away from zero */
    if (bin_int(up, c->exp + drop, &v)) return mk_int(v);
    return NULL;
}

Const *const_to_float(const Const *c) {
    if (c->kind == CK_FLOAT) return (Const *)c;
    if (c->kind != CK_INT) return NULL;
    Const *f = mk(CK_FLOAT);
    f->num = c->num;
    f->den = big_one();
    return f;
}

static Const *round_const(const Const *c, FloatFmt f) {
    if (!is_num(c)) return NULL;
    bool inf;
    Bin b = round_ieee(c, f, &inf);
    return inf ? NULL : bin_to_rat(b);
}

Const *const_round_float64(const Const *c) { return round_const(c, fmt64); }
Const *const_round_float32(const Const *c) { return round_const(c, fmt32); }

/* ======================================================================
 * Questions
 * ====================================================================== */

bool const_is_int_valued(const Const *c) { return const_to_int(c) != NULL; }

int const_sign(const Const *c) {
    if (!is_num(c) || !c->num.n) return 0;
    return c->num.neg ? -1 : 1;
}

bool const_fits_int(const Const *c, int bits, bool is_unsigned) {
    if (c->kind == CK_FLOAT) c = const_to_int(c);
    if (!c || c->kind != CK_INT) return false;
    Big v = c->num;
    int64_t bl = big_bitlen(v);
    if (is_unsigned) return !v.neg && bl <= bits;
    if (!v.neg) return bl <= bits - 1;
    return bl <= bits - 1 || (bl == bits && big_tz(v) == bits - 1); /* -2^(bits-1) */
}

bool const_fits_float64(const Const *c) { return const_round_float64(c) != NULL; }
bool const_fits_float32(const Const *c) { return const_round_float32(c) != NULL; }

int64_t const_int64_val(const Const *c) { return (int64_t)const_uint64_val(c); }

uint64_t const_uint64_val(const Const *c) {
    if (c->kind == CK_FLOAT) c = const_to_int(c);
    if (!c || c->kind != CK_INT) return 0;
    return big_low64(c->num);
}

double const_float64_val(const Const *c) {
    if (!is_num(c)) return 0;
    bool inf;
    Bin b = round_ieee(c, fmt64, &inf);
    if (inf) return b.m.neg ? -HUGE_VAL : HUGE_VAL;
    return bin_to_double(b);
}

/* ======================================================================
 * Printing, as go/constant's String()
 * ====================================================================== */

/* Go's %g with the shortest digits that read back as x (strconv 'g', -1). */
static void shortest_g(double x, char *out, size_t cap) {
    char buf[48];
    int p;
    for (p = 1; p < 17; p++) {
        snprintf(buf, sizeof buf, "%.*e", p - 1, x);
        if (strtod(buf, NULL) == x) break;
    }
    snprintf(buf, sizeof buf, "%.*e", p - 1, x);
    int X = atoi(strchr(buf, 'e') + 1);
    if (X < -4 || X >= 6) {  /* shortest %g decides with precision 6 */
        snprintf(out, cap, "%s", buf);
    } else {
        int dec = p - 1 - X;
        snprintf(out, cap, "%.*f", dec > 0 ? dec : 0, x);
    }
}

static bool float_is_int(const Const *c) {
    if (c->is_bin) return c->exp >= 0;
    return c->den.n == 1 && c->den.d[0] == 1;
}

static const char *float_repr(const Const *c) {
    char *out = GC_MALLOC_ATOMIC(64);
    bool inf;
    Bin b = round_ieee(c, fmt64, &inf);
    if (!inf && (const_sign(c) == 0) == (b.m.n == 0)) {
        double x = bin_to_double(b);
        snprintf(out, 64, "%.6g", x);
        if (!float_is_int(c) && !strchr(out, '.')) shortest_g(x, out, 64);
        return out;
    }
    /* beyond float64: |c| ~ mant * 2^exp with 0.5 <= mant < 1, then
     * approximately m * 10^e (go/constant does the same) */
    Bin h = round_to(c, 53, NO_MIN_LSB);
    int64_t bl = big_bitlen(h.m), exp = h.e + bl;
    double m = ldexp((double)big_low64(big_abs(h.m)), (int)-bl);
    if (h.m.neg) m = -m;
    double d = (double)exp * 0.30102999566398119521373889472449302676818988146211;
    int64_t e = (int64_t)d;
    m *= pow(10, d - (double)e);
    double am = fabs(m);
    if (am < 1 - 0.5e-6) {
        m *= 10;
        e--;
    } else if (am >= 10) {
        m /= 10;
        e++;
    }
    snprintf(out, 64, "%.6ge%+lld", m, (long long)e);
    return out;
}

/* An approximation of strconv.IsPrint for non-ASCII runes: the controls,
 * spaces and format characters it rejects, and private use. */
static bool rune_is_print(int32_t r) {
    if (r < 0xA1) return false; /* C1 controls and U+00A0 */
    if (r == 0xAD || r == 0x1680 || (r >= 0x2000 && r <= 0x200F) || (r >= 0x2028 && r <= 0x202F) ||
        (r >= 0x205F && r <= 0x206F) || r == 0x3000 || r == 0xFEFF || (r >= 0xFFF9 && r <= 0xFFFB) ||
        r == 0xFFFE || r == 0xFFFF || (r >= 0xE000 && r <= 0xF8FF) || r >= 0xF0000)
        return false;
    return true;
}

/* strconv.Quote, shortened past 72 runes as go/constant does. */
static const char *string_repr(const Const *c) {
    const unsigned char *s = (const unsigned char *)c->s;
    size_t n = c->len, cap = n * 10 + 8, o = 0;
    char *out = GC_MALLOC_ATOMIC(cap);
    out[o++] = '"';
    for (size_t i = 0; i < n;) {
        int32_t r;
        int sz = utf8_decode_valid((const char *)s + i, n - i, &r);
        if (!sz) {
            o += (size_t)snprintf(out + o, cap - o, "\\x%02x", s[i]);
            i++;
            continue;
        }
        i += (size_t)sz;
        if (r == '"' || r == '\\') {
            out[o++] = '\\';
            out[o++] = (char)r;
        } else if (r >= 0x20 && r < 0x7F) {
            out[o++] = (char)r;
        } else if (r < 0x80) {
            const char *esc = r == '\a' ? "\\a" : r == '\b' ? "\\b" : r == '\f' ? "\\f" : r == '\n' ? "\\n" :
                              r == '\r' ? "\\r" : r == '\t' ? "\\t" : r == '\v' ? "\\v" : NULL;
            if (esc) o += (size_t)snprintf(out + o, cap - o, "%s", esc);
            else o += (size_t)snprintf(out + o, cap - o, "\\x%02x", (unsigned)r);
        } else if (rune_is_print(r)) {
            memcpy(out + o, s + i - (size_t)sz, (size_t)sz);
            o += (size_t)sz;
        } else if (r < 0x10000) {
            o += (size_t)snprintf(out + o, cap - o, "\\u%04x", (unsigned)r);
        } else {
            o += (size_t)snprintf(out + o, cap - o, "\\U%08x", (unsigned)r);
        }
    }
    out[o++] = '"';
    out[o] = 0;
    /* more than 72 runes: keep 69 and add "..." */
    const size_t max_len = 72;
    size_t runes = 0, cut = 0;
    for (size_t i = 0; i < o; i++) {
        if (((unsigned char)out[i] & 0xC0) == 0x80) continue;
        if (runes == max_len - 3) cut = i;
        runes++;
    }
    if (runes > max_len) memcpy(out + cut, "...", 4);
    return out;
}

const char *const_string_repr(const Const *c) {
    switch (c->kind) {
    case CK_BOOL: return c->b ? "true" : "false";
    case CK_STRING: return string_repr(c);
    case CK_INT: return big_to_dec(c->num);
    default: return float_repr(c);
    }
}
