/* math.c — package math: the constants, and natives over libm.
 *
 * Where Go's math package uses its own pure-Go algorithm on amd64 (Pow,
 * Sin/Cos/Tan, Asin/Acos/Atan/Atan2, Sinh/Cosh/Tanh, Cbrt, Log2/Log10,
 * Hypot), the algorithm is ported here so results agree with `go run` to
 * the last bit; libm (correctly rounded in practice) serves the rest
 * (Sqrt, Exp, Log, Log1p, Expm1, ...). Special cases (NaN, ±Inf, ±0)
 * follow Go's documentation, which sometimes differs from C99 (Max/Min
 * with NaN and signed zeros, Modf of infinities).
 *
 * Every native takes float64 slots in args[0..] (.f) and writes its
 * results back to args[0..], as all minigo natives do.
 */
#include <math.h>
#if defined(__x86_64__)
#include <cpuid.h>
#endif
#include <string.h>
#include "natives.h"

/* ---- Go's own algorithms (src/math), for bit-exact results ---- */

static const double PI = 3.14159265358979323846264338327950288419716939937510582097494459;

static double go_exp(double x);
static double go_log(double x);

static bool is_odd_int(double x) {
    if (fabs(x) >= 9007199254740992.0) return false;   /* 1<<53 */
    double xi;
    double xf = modf(x, &xi);
    return xf == 0 && ((int64_t)xi & 1) == 1;
}

/* Go's pow.go: repeated squaring for the integer part of y. */
static double go_pow(double x, double y) {
    if (y == 0 || x == 1) return 1;
    if (y == 1) return x;
    if (isnan(x) || isnan(y)) return NAN;
    if (x == 0) {
        if (y < 0) return signbit(x) && is_odd_int(y) ? -INFINITY : INFINITY;
        return signbit(x) && is_odd_int(y) ? x : 0;
    }
    if (isinf(y)) {
        if (x == -1) return 1;
        if ((fabs(x) < 1) == (y > 0)) return 0;
        return INFINITY;
    }
    if (isinf(x)) {
        if (x < 0) return go_pow(1 / x, -y);
        return y < 0 ? 0 : INFINITY;
    }
    if (y == 0.5) return sqrt(x);
    if (y == -0.5) return 1 / sqrt(x);
    double yi;
    double yf = modf(fabs(y), &yi);
    if (yf != 0 && x < 0) return NAN;
    if (yi >= 9223372036854775808.0) {
        if (x == -1) return 1;
        if ((fabs(x) < 1) == (y > 0)) return 0;
        return INFINITY;
    }
    double a1 = 1.0;
    int ae = 0;
    if (yf != 0) {
        if (yf > 0.5) { yf--; yi++; }
        a1 = go_exp(yf * go_log(x));
    }
    int xe;
    double x1 = frexp(x, &xe);
    for (int64_t i = (int64_t)yi; i != 0; i >>= 1) {
        if (xe < -(1 << 12) || (1 << 12) < xe) {
            ae += xe;
            break;
        }
        if ((i & 1) == 1) { a1 *= x1; ae += xe; }
        x1 *= x1;
        xe <<= 1;
        if (x1 < .5) { x1 += x1; xe--; }
    }
    if (y < 0) { a1 = 1 / a1; ae = -ae; }
    return ldexp(a1, ae);
}

static const double sin_k[] = {
    1.58962301576546568060e-10, -2.50507477628578072866e-8, 2.75573136213857245213e-6,
    -1.98412698295895385996e-4, 8.33333333332211858878e-3, -1.66666666666666307295e-1,
};
static const double cos_k[] = {
    -1.13585365213876817300e-11, 2.08757008419747316778e-9, -2.75573141792967388112e-7,
    2.48015872888517045348e-5, -1.38888888888730564116e-3, 4.16666666666665929218e-2,
};
#define PI4A 7.85398125648498535156e-1
#define PI4B 3.77489470793079817668e-8
#define PI4C 2.69515142907905952645e-15
#define REDUCE_THRESHOLD (1 << 29)

/* Cody-Waite reduction of x >= 0 (below REDUCE_THRESHOLD) to the octant j
 * and the remainder z, as Go's sin.go. */
static void trig_reduce(double x, uint64_t *j, double *z, bool mod8) {
    *j = (uint64_t)(x * (4 / PI));
    double y = (double)*j;
    if (*j & 1) { (*j)++; y++; }
    if (mod8) *j &= 7;
    *z = ((x - y * PI4A) - y * PI4B) - y * PI4C;
}

static double sin_poly(double z, double zz) {
    return z + z * zz * ((((((sin_k[0] * zz) + sin_k[1]) * zz + sin_k[2]) * zz + sin_k[3]) * zz + sin_k[4]) * zz + sin_k[5]);
}
static double cos_poly(double zz) {
    return 1.0 - 0.5 * zz + zz * zz * ((((((cos_k[0] * zz) + cos_k[1]) * zz + cos_k[2]) * zz + cos_k[3]) * zz + cos_k[4]) * zz + cos_k[5]);
}

static double go_sin(double x) {
    if (x == 0 || isnan(x)) return x;
    if (isinf(x)) return NAN;
    bool sign = false;
    if (x < 0) { x = -x; sign = true; }
    if (x >= REDUCE_THRESHOLD) return sign ? -sin(x) : sin(x);
    uint64_t j;
    double z;
    trig_reduce(x, &j, &z, true);
    if (j > 3) { sign = !sign; j -= 4; }
    double zz = z * z;
    double y = (j == 1 || j == 2) ? cos_poly(zz) : sin_poly(z, zz);
    return sign ? -y : y;
}

static double go_cos(double x) {
    if (isnan(x) || isinf(x)) return NAN;
    x = fabs(x);
    if (x >= REDUCE_THRESHOLD) return cos(x);
    bool sign = false;
    uint64_t j;
    double z;
    trig_reduce(x, &j, &z, true);
    if (j > 3) { j -= 4; sign = !sign; }
    if (j > 1) sign = !sign;
    double zz = z * z;
    double y = (j == 1 || j == 2) ? sin_poly(z, zz) : cos_poly(zz);
    return sign ? -y : y;
}

static double go_tan(double x) {
    static const double P[] = { -1.30936939181383777646e4, 1.15351664838587416140e6, -1.79565251976484877988e7 };
    static const double Q[] = { 1.0, 1.36812963470692954678e4, -1.32089234440210967447e6,
                                2.50083801823357915839e7, -5.38695755929454629881e7 };
    if (x == 0 || isnan(x)) return x;
    if (isinf(x)) return NAN;
    bool sign = false;
    if (x < 0) { x = -x; sign = true; }
    if (x >= REDUCE_THRESHOLD) return sign ? -tan(x) : tan(x);
    uint64_t j;
    double z, y;
    trig_reduce(x, &j, &z, false);
    double zz = z * z;
    if (zz > 1e-14)
        y = z + z * (zz * (((P[0] * zz) + P[1]) * zz + P[2]) / ((((zz + Q[1]) * zz + Q[2]) * zz + Q[3]) * zz + Q[4]));
    else
        y = z;
    if ((j & 2) == 2) y = -1 / y;
    return sign ? -y : y;
}

static double xatan(double x) {
    const double P0 = -8.750608600031904122785e-01, P1 = -1.615753718733365076637e+01,
                 P2 = -7.500855792314704667340e+01, P3 = -1.228866684490136173410e+02,
                 P4 = -6.485021904942025371773e+01, Q0 = +2.485846490142306297962e+01,
                 Q1 = +1.650270098316988542046e+02, Q2 = +4.328810604912902668951e+02,
                 Q3 = +4.853903996359136964868e+02, Q4 = +1.945506571482613964425e+02;
    double z = x * x;
    z = z * ((((P0 * z + P1) * z + P2) * z + P3) * z + P4) / (((((z + Q0) * z + Q1) * z + Q2) * z + Q3) * z + Q4);
    return x * z + x;
}

static double satan(double x) {
    const double Morebits = 6.123233995736765886130e-17, Tan3pio8 = 2.41421356237309504880;
    if (x <= 0.66) return xatan(x);
    if (x > Tan3pio8) return PI / 2 - xatan(1 / x) + Morebits;
    return PI / 4 + xatan((x - 1) / (x + 1)) + 0.5 * Morebits;
}

static double go_atan(double x) {
    if (x == 0) return x;
    return x > 0 ? satan(x) : -satan(-x);
}

static double go_asin(double x) {
    if (x == 0) return x;
    bool sign = false;
    if (x < 0) { x = -x; sign = true; }
    if (x > 1) return NAN;
    double temp = sqrt(1 - x * x);
    if (x > 0.7) temp = PI / 2 - satan(temp / x);
    else temp = satan(x / temp);
    return sign ? -temp : temp;
}

static double go_atan2(double y, double x) {
    if (isnan(y) || isnan(x)) return NAN;
    if (y == 0) return (x >= 0 && !signbit(x)) ? copysign(0, y) : copysign(PI, y);
    if (x == 0) return copysign(PI / 2, y);
    if (isinf(x)) {
        if (x > 0) return isinf(y) ? copysign(PI / 4, y) : copysign(0, y);
        return isinf(y) ? copysign(3 * PI / 4, y) : copysign(PI, y);
    }
    if (isinf(y)) return copysign(PI / 2, y);
    double q = go_atan(y / x);
    if (x < 0) return q <= 0 ? q + PI : q - PI;
    return q;
}

static double go_sinh(double x) {
    const double P0 = -0.6307673640497716991184787251e+6, P1 = -0.8991272022039509355398013511e+5,
                 P2 = -0.2894211355989563807284660366e+4, P3 = -0.2630563213397497062819489e+2,
                 Q0 = -0.6307673640497716991212077277e+6, Q1 = 0.1521517378790019070696485176e+5,
                 Q2 = -0.173678953558233699533450911e+3;
    bool sign = false;
    if (x < 0) { x = -x; sign = true; }
    double temp;
    if (x > 21) {
        temp = go_exp(x) * 0.5;
    } else if (x > 0.5) {
        double ex = go_exp(x);
        temp = (ex - 1 / ex) * 0.5;
    } else {
        double sq = x * x;
        temp = (((P3 * sq + P2) * sq + P1) * sq + P0) * x;
        temp = temp / (((sq + Q2) * sq + Q1) * sq + Q0);
    }
    return sign ? -temp : temp;
}

static double go_cosh(double x) {
    x = fabs(x);
    if (x > 21) return go_exp(x) * 0.5;
    double ex = go_exp(x);
    return (ex + 1 / ex) * 0.5;
}

static double go_tanh(double x) {
    static const double P[] = { -9.64399179425052238628e-1, -9.92877231001918586564e1, -1.61468768441708447952e3 };
    static const double Q[] = { 1.12811678491632931402e2, 2.23548839060100448583e3, 4.84406305325125486048e3 };
    const double MAXLOG = 8.8029691931113054295988e+01;
    double z = fabs(x);
    if (z > 0.5 * MAXLOG) return x < 0 ? -1 : 1;
    if (z >= 0.625) {
        double s = go_exp(2 * z);
        z = 1 - 2 / (s + 1);
        return x < 0 ? -z : z;
    }
    if (x == 0) return x;
    double s = x * x;
    return x + x * s * ((P[0] * s + P[1]) * s + P[2]) / (((s + Q[0]) * s + Q[1]) * s + Q[2]);
}

static uint64_t f64bits(double f) { uint64_t u; memcpy(&u, &f, 8); return u; }
static double f64frombits(uint64_t u) { double f; memcpy(&f, &u, 8); return f; }

/* Go's log_amd64.s (FreeBSD's algorithm, in SSE2 arithmetic). */
static double go_log(double x) {
    const double HSqrt2 = 7.07106781186547524401e-01, Ln2Hi = 6.93147180369123816490e-01,
                 Ln2Lo = 1.90821492927058770002e-10, L1 = 6.666666666666735130e-01,
                 L2 = 3.999999999940941908e-01, L3 = 2.857142874366239149e-01,
                 L4 = 2.222219843214978396e-01, L5 = 1.818357216161805012e-01,
                 L6 = 1.531383769920937332e-01, L7 = 1.479819860511658591e-01;
    uint64_t bits = f64bits(x);
    if ((bits & ~(1ULL << 63)) == 0) return -INFINITY;
    if ((int64_t)bits < 0) return NAN;
    if (bits >= 0x7FF0000000000000ULL) return x;
    double f1 = f64frombits((bits & 0x000FFFFFFFFFFFFFULL) | 0x3FE0000000000000ULL);
    double k = (double)((int)((bits >> 52) & 0x7FF) - 0x3FE);
    if (f1 < HSqrt2) { k -= 1; f1 *= 2; }
    double f = f1 - 1;
    double s = f / (2 + f);
    double s2 = s * s;
    double s4 = s2 * s2;
    double t1 = s2 * (L1 + s4 * (L3 + s4 * (L5 + s4 * L7)));
    double t2 = s4 * (L2 + s4 * (L4 + s4 * L6));
    double R = t1 + t2;
    double hfsq = 0.5 * f * f;
    return k * Ln2Hi - ((hfsq - (s * (hfsq + R) + k * Ln2Lo)) - f);
}

/* Whether the CPU has AVX and FMA (and the OS saves the AVX state), as
 * Go's internal/cpu decides for exp_amd64.s. Asked with cpuid on the
 * first call: __builtin_cpu_supports would bring libgcc's constructor,
 * which runs cpuid at every start-up (slow in a virtual machine). */
static int cpu_has_avx_fma(void) {
#if defined(__x86_64__)
    unsigned a, b, c, d;
    if (!__get_cpuid(1, &a, &b, &c, &d)) return 0;
    bool fma = c & (1u << 12), avx = c & (1u << 28), osxsave = c & (1u << 27);
    if (!fma || !avx || !osxsave) return 0;
    unsigned lo, hi;
    __asm__ volatile("xgetbv" : "=a"(lo), "=d"(hi) : "c"(0));
    (void)hi;
    return (lo & 6) == 6;   /* XMM and YMM state enabled */
#else
    return 0;
#endif
}

/* Go's exp_amd64.s: Taylor series on x/16 after reduction by ln 2, then
 * squared four times; the FMA variant runs where Go would choose it. */
static double go_exp(double x) {
    const double LOG2E = 1.4426950408889634073599246810018920,
                 LN2U = 0.69314718055966295651160180568695068359375,
                 LN2L = 0.28235290563031577122588448175013436025525412068e-12,
                 Overflow = 7.09782712893384e+02;
    static const double c[] = { 0.5, 1.0, 2.0, 1.6666666666666666667e-1, 4.1666666666666666667e-2,
                                8.3333333333333333333e-3, 1.3888888888888888889e-3,
                                1.9841269841269841270e-4, 2.4801587301587301587e-5 };
    static int use_fma = -1;
    if (use_fma < 0) use_fma = cpu_has_avx_fma();
    if (isnan(x) || isinf(x)) return x < 0 ? 0 : x;
    if (x > Overflow) return INFINITY;
    double t = LOG2E * x;
    int32_t e = (t >= 2147483648.0 || t < -2147483648.0) ? INT32_MIN : (int32_t)nearbyint(t);
    double k = (double)e;
    double p;
    if (use_fma) {
        x = fma(-LN2U, k, x);
        x = fma(-LN2L, k, x);
        x *= 0.0625;
        p = c[8];
        p = fma(p, x, c[7]);
        p = fma(p, x, c[6]);
        p = fma(p, x, c[5]);
        p = fma(p, x, c[4]);
        p = fma(p, x, c[3]);
        p = fma(p, x, c[0]);
        p = fma(p, x, c[1]);
        x *= p;
        p = x + c[2]; x *= p;
        p = x + c[2]; x *= p;
        p = x + c[2]; x *= p;
        p = x + c[2];
        x = fma(x, p, c[1]);
    } else {
        x -= LN2U * k;
        x -= LN2L * k;
        x *= 0.0625;
        p = ((((((((c[8] * x + c[7]) * x + c[6]) * x + c[5]) * x + c[4]) * x + c[3]) * x + c[0]) * x) + c[1]);
        x *= p;
        p = x + c[2]; x *= p;
        p = x + c[2]; x *= p;
        p = x + c[2]; x *= p;
        p = x + c[2]; x *= p;
        x += c[1];
    }
    int64_t be = (int64_t)e + 0x3FF;
    if (be <= 0) {
        if (be < -52) return 0;
        x *= f64frombits((uint64_t)(be + 0x3FE) << 52);
        be = 1;
    } else if (be >= 0x7FF) {
        return INFINITY;
    }
    return x * f64frombits((uint64_t)be << 52);
}

/* Go's exp.go exp2 and expmulti. */
static double go_exp2(double x) {
    const double Ln2Hi = 6.93147180369123816490e-01, Ln2Lo = 1.90821492927058770002e-10,
                 P1 = 1.66666666666666657415e-01, P2 = -2.77777777770155933842e-03,
                 P3 = 6.61375632143793436117e-05, P4 = -1.65339022054652515390e-06,
                 P5 = 4.13813679705723846039e-08;
    if (isnan(x)) return x;
    if (x > 1.0239999999999999e+03) return INFINITY;
    if (x < -1.0740e+03) return 0;
    int k = 0;
    if (x > 0) k = (int)(x + 0.5);
    else if (x < 0) k = (int)(x - 0.5);
    double t = x - (double)k;
    double hi = t * Ln2Hi, lo = -t * Ln2Lo;
    double r = hi - lo;
    t = r * r;
    double cc = r - t * (P1 + t * (P2 + t * (P3 + t * (P4 + t * P5))));
    double y = 1 - ((lo - (r * cc) / (2 - cc)) - hi);
    return ldexp(y, k);
}

static double go_cbrt(double x) {
    const uint64_t B1 = 715094163, B2 = 696219795;
    const double C = 5.42857142857142815906e-01, D = -7.05306122448979611050e-01,
                 E = 1.41428571428571436819e+00, F = 1.60714285714285720630e+00,
                 G = 3.57142857142857150787e-01, SmallestNormal = 2.22507385850720138309e-308;
    if (x == 0 || isnan(x) || isinf(x)) return x;
    bool sign = false;
    if (x < 0) { x = -x; sign = true; }
    double t = f64frombits(f64bits(x) / 3 + (B1 << 32));
    if (x < SmallestNormal) {
        t = (double)(1ULL << 54);
        t *= x;
        t = f64frombits(f64bits(t) / 3 + (B2 << 32));
    }
    double r = t * t / x;
    double s = C + r * t;
    t *= G + F / (s + E + D / s);
    t = f64frombits((f64bits(t) & (0xFFFFFFFFCULL << 28)) + (1ULL << 30));
    s = t * t;
    r = x / s;
    double w = t + t;
    r = (r - t) / (w + r);
    t = t + t * r;
    return sign ? -t : t;
}

/* 1/Ln2 and 1/Ln10 rounded once, as Go's constant expressions are */
static const double LOG2E = 1.44269504088896340735992468100189213742664595415298593413544940;
static const double LOG10E = 0.434294481903251827651128918916605082294397005803666566114453783;

static double go_log2(double x) {
    int e;
    double frac = frexp(x, &e);
    if (frac == 0.5) return (double)(e - 1);
    return go_log(frac) * LOG2E + (double)e;
}

static double go_hypot(double p, double q) {
    p = fabs(p);
    q = fabs(q);
    if (isinf(p) || isinf(q)) return INFINITY;
    if (isnan(p) || isnan(q)) return NAN;
    if (p < q) { double t = p; p = q; q = t; }
    if (p == 0) return 0;
    q = q / p;
    return p * sqrt(1 + q * q);
}

static double go_max(double x, double y) {
    if (isinf(x) && x > 0) return x;
    if (isinf(y) && y > 0) return y;
    if (isnan(x) || isnan(y)) return NAN;
    if (x == 0 && x == y) return signbit(x) ? y : x;
    return x > y ? x : y;
}

static double go_min(double x, double y) {
    if (isinf(x) && x < 0) return x;
    if (isinf(y) && y < 0) return y;
    if (isnan(x) || isnan(y)) return NAN;
    if (x == 0 && x == y) return signbit(x) ? x : y;
    return x < y ? x : y;
}

/* ---- the natives ---- */

#define F1(NAME, EXPR) \
    static NatStatus math_##NAME(G *g, Value *a) { (void)g; double x = a[0].f; a[0].f = (EXPR); return NAT_OK; }
#define F2(NAME, EXPR) \
    static NatStatus math_##NAME(G *g, Value *a) { (void)g; double x = a[0].f, y = a[1].f; a[0].f = (EXPR); return NAT_OK; }

F1(Sqrt, sqrt(x))
F2(Pow, go_pow(x, y))
F1(Abs, fabs(x))
F1(Floor, floor(x))
F1(Ceil, ceil(x))
F1(Trunc, trunc(x))
F1(Round, round(x))
F1(RoundToEven, nearbyint(x))
F2(Mod, fmod(x, y))
F2(Remainder, remainder(x, y))
F2(Max, go_max(x, y))
F2(Min, go_min(x, y))
F2(Dim, x - y <= 0 ? 0 : x - y)
F1(Log, go_log(x))
F1(Log2, go_log2(x))
F1(Log10, go_log(x) * LOG10E)
F1(Log1p, log1p(x))
F1(Exp, go_exp(x))
F1(Exp2, go_exp2(x))
F1(Expm1, expm1(x))
F1(Sin, go_sin(x))
F1(Cos, go_cos(x))
F1(Tan, go_tan(x))
F1(Asin, go_asin(x))
F1(Acos, PI / 2 - go_asin(x))
F1(Atan, go_atan(x))
F2(Atan2, go_atan2(x, y))
F1(Sinh, go_sinh(x))
F1(Cosh, go_cosh(x))
F1(Tanh, go_tanh(x))
F1(Asinh, asinh(x))
F1(Acosh, acosh(x))
F1(Atanh, atanh(x))
F2(Hypot, go_hypot(x, y))
F1(Cbrt, go_cbrt(x))
F1(Gamma, tgamma(x))
F1(Erf, erf(x))
F1(Erfc, erfc(x))
F2(Copysign, copysign(x, y))
F2(Nextafter, nextafter(x, y))

static NatStatus math_Pow10(G *g, Value *a) {
    (void)g;
    int64_t n = a[0].i;
    a[0].f = n < -323 ? 0 : n > 308 ? INFINITY : go_pow(10, (double)n);
    return NAT_OK;
}

static NatStatus math_Sincos(G *g, Value *a) {
    (void)g;
    double x = a[0].f;
    a[0].f = go_sin(x);
    a[1].f = go_cos(x);
    return NAT_OK;
}

static NatStatus math_Inf(G *g, Value *a) {
    (void)g;
    a[0].f = a[0].i >= 0 ? INFINITY : -INFINITY;
    return NAT_OK;
}

static NatStatus math_IsInf(G *g, Value *a) {
    (void)g;
    double f = a[0].f;
    int64_t sign = a[1].i;
    a[0].i = (sign >= 0 && f > 1.7976931348623157e308) || (sign <= 0 && f < -1.7976931348623157e308);
    return NAT_OK;
}

static NatStatus math_NaN(G *g, Value *a) {
    (void)g;
    a[0].u = 0x7FF8000000000001ULL;   /* Go's NaN bits */
    return NAT_OK;
}

static NatStatus math_IsNaN(G *g, Value *a) {
    (void)g;
    a[0].i = isnan(a[0].f) != 0;
    return NAT_OK;
}

static NatStatus math_Signbit(G *g, Value *a) {
    (void)g;
    a[0].i = signbit(a[0].f) != 0;
    return NAT_OK;
}

/* The bit conversions only relabel the slot: a float64's .f and a
 * uint64's .u share the same 64 bits. */
static NatStatus math_Float64bits(G *g, Value *a) { (void)g; (void)a; return NAT_OK; }
static NatStatus math_Float64frombits(G *g, Value *a) { (void)g; (void)a; return NAT_OK; }

static NatStatus math_Float32bits(G *g, Value *a) {
    (void)g;
    float f = (float)a[0].f;
    uint32_t u;
    memcpy(&u, &f, 4);
    a[0].u = u;
    return NAT_OK;
}

static NatStatus math_Float32frombits(G *g, Value *a) {
    (void)g;
    uint32_t u = (uint32_t)a[0].u;
    float f;
    memcpy(&f, &u, 4);
    a[0].f = (double)f;
    return NAT_OK;
}

static NatStatus math_Modf(G *g, Value *a) {
    (void)g;
    double f = a[0].f, ip;
    if (isinf(f)) {            /* Go: Modf(±Inf) = ±Inf, NaN */
        a[1].f = NAN;
        return NAT_OK;
    }
    double frac = modf(f, &ip);
    a[0].f = ip;
    a[1].f = frac;
    return NAT_OK;
}

static NatStatus math_Frexp(G *g, Value *a) {
    (void)g;
    int e = 0;
    double f = a[0].f;
    if (f == 0 || isnan(f) || isinf(f)) {
        a[1].i = 0;
        return NAT_OK;
    }
    a[0].f = frexp(f, &e);
    a[1].i = e;
    return NAT_OK;
}

static NatStatus math_Ldexp(G *g, Value *a) {
    (void)g;
    int64_t e = a[1].i;
    if (e > 100000) e = 100000;
    if (e < -100000) e = -100000;
    a[0].f = ldexp(a[0].f, (int)e);
    return NAT_OK;
}

#define N(NAME) { "math", #NAME, math_##NAME }
const NativeDesc math_natives[] = {
    N(Sqrt), N(Pow), N(Pow10), N(Abs), N(Floor), N(Ceil), N(Trunc), N(Round), N(RoundToEven),
    N(Mod), N(Remainder), N(Max), N(Min), N(Dim), N(Inf), N(IsInf), N(NaN), N(IsNaN),
    N(Log), N(Log2), N(Log10), N(Log1p), N(Exp), N(Exp2), N(Expm1),
    N(Sin), N(Cos), N(Tan), N(Sincos), N(Asin), N(Acos), N(Atan), N(Atan2),
    N(Sinh), N(Cosh), N(Tanh), N(Asinh), N(Acosh), N(Atanh), N(Hypot), N(Cbrt),
    N(Gamma), N(Erf), N(Erfc), N(Float64bits), N(Float64frombits), N(Float32bits),
    N(Float32frombits), N(Signbit), N(Copysign), N(Modf), N(Frexp), N(Ldexp), N(Nextafter),
    { NULL, NULL, NULL },
};
