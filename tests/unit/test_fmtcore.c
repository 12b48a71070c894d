/* test_fmtcore.c — unit tests of stdlib/fmtcore: Go's fmt and strconv rules.
 *
 * Every expected string below is what Go 1.26 prints for the same call
 * (fmt.Sprintf, strconv.*, unicode/utf8), obtained by running the Go
 * program that mirrors these cases, not written by hand. Printf cases go
 * through fmt_printf with a small tagged-argument type standing in for
 * Go's interface values (int, int8, int32, uint8, uint64, float32,
 * float64, string, bool, nil), so they test the walker and the primitives
 * together, the way minigo's fmt will use them.
 */
#include <gc.h>
#include <math.h>
#include <stdint.h>
#include <string.h>

#include "check.h"
#include "../../stdlib/fmtcore.h"

/* ---- a tagged argument, standing in for a Go interface value ---- */

typedef enum { K_NIL, K_INT, K_INT8, K_RUNE, K_UINT8, K_UINT64, K_F32, K_F64, K_STR, K_BOOL } Kind;

typedef struct TArg {
    Kind kind;
    int64_t i;
    uint64_t u;
    double f;
    const char *s;
    size_t n;
} TArg;

#define NIL ((TArg){.kind = K_NIL})
#define I(v) ((TArg){.kind = K_INT, .i = (v)})
#define I8(v) ((TArg){.kind = K_INT8, .i = (v)})
#define R(v) ((TArg){.kind = K_RUNE, .i = (v)})
#define U8(v) ((TArg){.kind = K_UINT8, .u = (v)})
#define U(v) ((TArg){.kind = K_UINT64, .u = (v)})
#define F(v) ((TArg){.kind = K_F64, .f = (v)})
#define F32(v) ((TArg){.kind = K_F32, .f = (double)(float)(v)})
#define S(v) ((TArg){.kind = K_STR, .s = (v), .n = sizeof(v) - 1})
#define SN(v, len) ((TArg){.kind = K_STR, .s = (v), .n = (len)})
#define B(v) ((TArg){.kind = K_BOOL, .i = (v)})

static const char *type_name(const TArg *a) {
    static const char *const names[] = {
        [K_NIL] = NULL, [K_INT] = "int", [K_INT8] = "int8", [K_RUNE] = "int32", [K_UINT8] = "uint8",
        [K_UINT64] = "uint64", [K_F32] = "float32", [K_F64] = "float64", [K_STR] = "string", [K_BOOL] = "bool",
    };
    return names[a->kind];
}

/* Go's printArg for one argument; false if the verb is bad for its type. */
static bool print_arg(Buf *out, const TArg *a, const FmtSpec *spec) {
    int32_t verb = spec->verb;
    if (a->kind == K_NIL) {
        if (verb != 'v' && verb != 'T')
            return false;
        fmt_pad(out, "<nil>", 5, spec);
        return true;
    }
    if (verb == 'T') {
        const char *t = type_name(a);
        return fmt_string(out, t, strlen(t), 's', spec);
    }
    switch (a->kind) {
    case K_INT: case K_INT8: case K_RUNE:
        return fmt_int_verb(out, (uint64_t)a->i, true, verb, spec);
    case K_UINT8: case K_UINT64:
        return fmt_int_verb(out, a->u, false, verb, spec);
    case K_F32:
        return fmt_float(out, a->f, 32, verb, spec);
    case K_F64:
        return fmt_float(out, a->f, 64, verb, spec);
    case K_STR:
        return fmt_string(out, a->s, a->n, verb, spec);
    case K_BOOL:
        return fmt_bool(out, a->i != 0, spec);
    case K_NIL:
        break;
    }
    return false;
}

typedef struct Ctx { const TArg *args; } Ctx;

static void cb_format(void *ctx, Buf *out, int i, const FmtSpec *spec) {
    const TArg *a = &((Ctx *)ctx)->args[i];
    if (print_arg(out, a, spec))
        return;
    /* Go's badVerb: the value printed with %v under the same flags. */
    Buf text;
    buf_init(&text);
    FmtSpec v = *spec;
    v.verb = 'v';
    if (a->kind != K_NIL)
        print_arg(&text, a, &v);
    fmt_bad_verb(out, spec, type_name(a), buf_cstr(&text));
}

static bool cb_as_int(void *ctx, int i, int64_t *v) {
    const TArg *a = &((Ctx *)ctx)->args[i];
    switch (a->kind) {
    case K_INT: case K_INT8: case K_RUNE:
        *v = a->i;
        return true;
    case K_UINT8: case K_UINT64:
        *v = (int64_t)a->u;
        return a->u <= INT64_MAX;
    default:
        return false;
    }
}

static void cb_extra(void *ctx, Buf *out, int i) {
    const TArg *a = &((Ctx *)ctx)->args[i];
    if (a->kind == K_NIL) {
        buf_puts(out, "<nil>");
        return;
    }
    buf_puts(out, type_name(a));
    buf_putc(out, '=');
    FmtSpec v;
    memset(&v, 0, sizeof v);
    v.verb = 'v';
    print_arg(out, a, &v);
}

static Buf sp_run(const char *format, const TArg *args, int n) {
    Ctx ctx = {args};
    FmtArgs fa = {n, &ctx, cb_format, cb_as_int, cb_extra};
    Buf out;
    buf_init(&out);
    fmt_printf(&out, format, strlen(format), &fa);
    buf_cstr(&out);
    return out;
}

static bool same(Buf got, const char *want, size_t n) {
    return got.len == n && (n == 0 || memcmp(got.data, want, n) == 0);
}

#define CHECK_BUF(got, want, what) do { \
        Buf g_ = (got); \
        CHECK(same(g_, want, sizeof(want) - 1), "%s: got [%s] want [%s]", what, buf_cstr(&g_), want); \
    } while (0)

#define CHECK_SP(want, format, ...) \
    CHECK_BUF(sp_run(format, (TArg[]){__VA_ARGS__}, \
                     (int)(sizeof((TArg[]){__VA_ARGS__}) / sizeof(TArg))), want, format)
#define CHECK_SP0(want, format) CHECK_BUF(sp_run(format, NULL, 0), want, format)

/* ---- strconv helpers ---- */

static Buf ff(double v, char f, int prec, int bits) {
    Buf b;
    buf_init(&b);
    size_t n = strconv_format_float(&b, v, f, prec, bits);
    if (n != b.len)
        b.len = 0;   /* a wrong count shows as a failure */
    return b;
}
#define CHECK_FF(v, f, prec, bits, want) CHECK_BUF(ff(v, f, prec, bits), want, #v " " #f " " #prec " " #bits)

static Buf quote(const char *s, size_t n, bool ascii) {
    Buf b;
    buf_init(&b);
    strconv_quote(&b, s, n, ascii);
    return b;
}
static Buf quote_rune(int32_t r, bool ascii) {
    Buf b;
    buf_init(&b);
    strconv_quote_rune(&b, r, ascii);
    return b;
}
#define CHECK_Q(s, n, want, want_ascii) do { \
        CHECK_BUF(quote(s, n, false), want, "Quote " #s); \
        CHECK_BUF(quote(s, n, true), want_ascii, "QuoteToASCII " #s); \
    } while (0)
#define CHECK_QR(r, want, want_ascii) do { \
        CHECK_BUF(quote_rune(r, false), want, "QuoteRune " #r); \
        CHECK_BUF(quote_rune(r, true), want_ascii, "QuoteRuneToASCII " #r); \
    } while (0)

static Buf fi(int64_t v, int base) {
    Buf b;
    buf_init(&b);
    strconv_format_int(&b, v, base);
    return b;
}
static Buf fu(uint64_t v, int base) {
    Buf b;
    buf_init(&b);
    strconv_format_uint(&b, v, base);
    return b;
}
#define CHECK_FI(v, base, want) CHECK_BUF(fi(v, base), want, "FormatInt " #v)
#define CHECK_FU(v, base, want) CHECK_BUF(fu(v, base), want, "FormatUint " #v)

#define CHECK_PI(s, base, bits, want, want_err) do { \
        int64_t v_; \
        int e_ = strconv_parse_int(s, sizeof(s) - 1, base, bits, &v_); \
        CHECK(e_ == (want_err) && v_ == (int64_t)(want), "ParseInt(%s, %d, %d) = %lld, %d; want %lld, %d", \
              s, base, bits, (long long)v_, e_, (long long)(want), want_err); \
    } while (0)
#define CHECK_PU(s, base, bits, want, want_err) do { \
        uint64_t v_; \
        int e_ = strconv_parse_uint(s, sizeof(s) - 1, base, bits, &v_); \
        CHECK(e_ == (want_err) && v_ == (uint64_t)(want), "ParseUint(%s, %d, %d) = %llu, %d; want %llu, %d", \
              s, base, bits, (unsigned long long)v_, e_, (unsigned long long)(want), want_err); \
    } while (0)

static bool same_float(double a, double b) {
    if (isnan(a) || isnan(b))
        return isnan(a) && isnan(b);
    return a == b && signbit(a) == signbit(b);
}
#define CHECK_PF(s, bits, want, want_err) do { \
        double v_; \
        int e_ = strconv_parse_float(s, sizeof(s) - 1, bits, &v_); \
        CHECK(e_ == (want_err) && same_float(v_, want), "ParseFloat(%s, %d) = %g, %d; want %g, %d", \
              s, bits, v_, e_, (double)(want), want_err); \
    } while (0)
#define CHECK_PB(s, want, want_err) do { \
        bool v_; \
        int e_ = strconv_parse_bool(s, sizeof(s) - 1, &v_); \
        CHECK(e_ == (want_err) && v_ == (want), "ParseBool(%s) = %d, %d", s, v_, e_); \
    } while (0)

/* ---- unicode/utf8 helpers ---- */

#define CHECK_DEC(s, n, want_r, want_w) do { \
        int32_t r_; \
        int w_ = utf8_decode(s, n, &r_); \
        CHECK(r_ == (want_r) && w_ == (want_w), "utf8_decode(%s) = %d, %d", #s, (int)r_, w_); \
    } while (0)
#define CHECK_RC(s, n, want) \
    CHECK(utf8_rune_count(s, n) == (want), "utf8_rune_count(%s)", #s)
#define CHECK_ENC(r, want) do { \
        char e_[4]; \
        int w_ = utf8_encode(e_, r); \
        CHECK(w_ == (int)sizeof(want) - 1 && memcmp(e_, want, (size_t)w_) == 0, "utf8_encode(%d)", r); \
    } while (0)

/* ---- direct calls of the primitives (no walker) ---- */

static FmtSpec spec_of(int32_t verb) {
    FmtSpec s;
    memset(&s, 0, sizeof s);
    s.verb = verb;
    return s;
}

static void test_primitives(void) {
    Buf b;
    FmtSpec s = spec_of('d');

    buf_init(&b);
    buf_puts(&b, "ab");
    buf_putc(&b, 'c');
    buf_write(&b, "def", 2);
    buf_put_rune(&b, 0x4E16);
    buf_put_rune(&b, 0xD800);
    CHECK_BUF(b, "abcde\344\270\226\357\277\275", "buf ops");

    /* fmt_integer with a caller-chosen base and digits */
    s.has_width = true;
    s.width = 8;
    s.sharp = true;
    buf_init(&b);
    CHECK(fmt_integer(&b, 255, true, 16, 'X', &s, fmt_udigits), "fmt_integer ok");
    CHECK_BUF(b, "   -0XFF", "fmt_integer %#8X of -255");

    /* bad verbs are refused without output */
    buf_init(&b);
    CHECK(!fmt_int_verb(&b, 1, true, 's', &s) && b.len == 0, "fmt_int_verb refuses %%s");
    CHECK(!fmt_float(&b, 1, 64, 'd', &s) && b.len == 0, "fmt_float refuses %%d");
    CHECK(!fmt_string(&b, "x", 1, 'd', &s) && b.len == 0, "fmt_string refuses %%d");
    s = spec_of('d');
    CHECK(!fmt_bool(&b, true, &s) && b.len == 0, "fmt_bool refuses %%d");

    /* fmt_0x64, as for %p */
    s = spec_of('p');
    buf_init(&b);
    fmt_0x64(&b, 0xc000012345, true, &s);
    CHECK_BUF(b, "0xc000012345", "fmt_0x64");

    /* fmt_bad_verb of nil */
    s = spec_of('d');
    buf_init(&b);
    fmt_bad_verb(&b, &s, NULL, NULL);
    CHECK_BUF(b, "%!d(<nil>)", "fmt_bad_verb nil");

    /* fmt_pad counts runes */
    s = spec_of('s');
    s.has_width = true;
    s.width = 4;
    s.minus = true;
    buf_init(&b);
    fmt_pad(&b, "\344\270\226\344\270\226", 6, &s);
    CHECK_BUF(b, "\344\270\226\344\270\226  ", "fmt_pad runes");

    CHECK(strconv_can_backquote("a\tb", 3) && !strconv_can_backquote("a`b", 3) &&
          !strconv_can_backquote("\357\273\277", 3), "CanBackquote");
    CHECK(strconv_is_print(' ') && !strconv_is_print(0xAD) && strconv_is_print(0x4E16) &&
          !strconv_is_print(0xE000) && !strconv_is_print(0x110000), "IsPrint");
    CHECK(strcmp(strconv_error_text(STRCONV_RANGE), "value out of range") == 0 &&
          strcmp(strconv_error_text(STRCONV_SYNTAX), "invalid syntax") == 0, "error texts");
}

int main(void) {
    GC_INIT();
    test_primitives();

    /* integers: flags, width, precision */
    CHECK_SP("42|   42|42   |00042|+42| 42", "%d|%5d|%-5d|%05d|%+d|% d", I(42LL), I(42LL), I(42LL), I(42LL), I(42LL), I(42LL));
    CHECK_SP("-42|  -42|-42  |-0042|-42|-42", "%d|%5d|%-5d|%05d|%+d|% d", I(-42LL), I(-42LL), I(-42LL), I(-42LL), I(-42LL), I(-42LL));
    CHECK_SP("+0042| 0042|42   |+42   |", "%+05d|% 05d|%-05d|%+-6d|", I(42LL), I(42LL), I(42LL), I(42LL));
    CHECK_SP("007||5|     |     |    -007|     007", "%.3d|%.0d|%.0d|%5.0d|%05.0d|%8.3d|%08.3d", I(7LL), I(0LL), I(5LL), I(0LL), I(0LL), I(-7LL), I(7LL));
    CHECK_SP("1010|0b1010|10|010|0o10|0o010|ff|0xff|FF|0XFF", "%b|%#b|%o|%#o|%O|%#O|%x|%#x|%X|%#X", I(10LL), I(10LL), I(8LL), I(8LL), I(8LL), I(8LL), I(255LL), I(255LL), I(255LL), I(255LL));
    CHECK_SP("0|010|0x0|0x000000ff|0xff    | 0xff|+0xff", "%#o|%#.3o|%#x|%#08x|%#-8x|%# x|%+#x", I(0LL), I(8LL), I(0LL), I(255LL), I(255LL), I(255LL), I(255LL));
    CHECK_SP("-ff|-FF|-0xff|-10|-101", "%x|%X|%#x|%o|%b", I(-255LL), I(-255LL), I(-255LL), I(-8LL), I(-5LL));
    CHECK_SP("-9223372036854775808|9223372036854775807|ffffffffffffffff", "%d|%d|%x", I(INT64_MIN), I(9223372036854775807LL), U(18446744073709551615ULL));
    CHECK_SP("255|0xff|255|0x7", "%v|%#v|%#v|%#v", U(255ULL), U(255ULL), I(255LL), U8(7));
    CHECK_SP("     000000000012345|000000000003039     |-0000000000000012345|+0000000000000012345", "%20.15d|%-20.15x|%020d|%+020d", I(12345LL), I(12345LL), I(-12345LL), I(12345LL));
    CHECK_SP("A|\344\270\226|\357\277\275|    x|x    |0000x", "%c|%c|%c|%5c|%-5c|%05c", R(65), I(19990LL), I(1114112LL), R(120), R(120), R(120));
    CHECK_SP("'a'|'\\''|'\\n'|'\\u4e16'|'\344\270\226'|'\357\277\275'|'\357\277\275'", "%q|%q|%q|%+q|%#q|%q|%q", R(97), R(39), R(10), I(19990LL), I(19990LL), I(55296LL), I(-1LL));
    CHECK_SP("U+1F600|U+0078 'x'|U+4E16 '\344\270\226'|U+000061|    U+0061|U+0061 'a'  |U+0007", "%U|%#U|%#U|%.6U|%10U|%-#12U|%#U", I(128512LL), R(120), I(19990LL), R(97), R(97), R(97), I(7LL));
    CHECK_SP("U+FFFFFFFFFFFFFFFF|\357\277\275|'\357\277\275'", "%U|%c|%q", I8(-1), I8(-1), I8(-1));
    CHECK_SP("     0ff|5       |c8|6869", "%08.3x|%-08d|%x|%X", I(255LL), I(5LL), U8(200), S("hi"));

    /* floats: verbs and defaults */
    CHECK_SP("0.1|1e+21|1e+20|1.23456789e+08|1e-05|0.0001", "%v|%v|%v|%v|%v|%v", F(0x1.999999999999ap-04), F(0x1.b1ae4d6e2ef5p+69), F(0x1.5af1d78b58c4p+66), F(0x1.d6f3454p+26), F(0x1.4f8b588e368f1p-17), F(0x1.a36e2eb1c432dp-14));
    CHECK_SP("5e-324|1.7976931348623157e+308|-0|3|2.5e-07", "%v|%v|%v|%v|%v", F(0x1p-1074), F(0x1.fffffffffffffp+1023), F(-0.0), F(0x1.8p+01), F(0x1.0c6f7a0b5ed8dp-22));
    CHECK_SP("0.1|0.33333334|1.6777216e+07|3.4028235e+38", "%v|%v|%v|%v", F32(0x1.99999ap-04), F32(0x1.555556p-02), F32(0x1p+24), F32(0x1.fffffep+127));
    CHECK_SP("100000|1e+06|999999|0.0001", "%v|%v|%v|%v", F(0x1.86ap+16), F(0x1.e848p+19), F(0x1.e847ep+19), F(0x1.a36e2eb1c432dp-14));
    CHECK_SP("1.234568e+03|1.234568E+03|1234.567800|1234.567800|1234.5678|1E-10", "%e|%E|%f|%F|%g|%G", F(0x1.34a456d5cfaadp+10), F(0x1.34a456d5cfaadp+10), F(0x1.34a456d5cfaadp+10), F(0x1.34a456d5cfaadp+10), F(0x1.34a456d5cfaadp+10), F(0x1.b7cdfd9d7bdbbp-34));
    CHECK_SP("1.23e+03|6e+00|2|0.2|2.67|1.23e+03|0.3333333333", "%.2e|%.0e|%.0f|%.1f|%.2f|%.3g|%.10g", F(0x1.34a456d5cfaadp+10), F(0x1.6p+02), F(0x1.4p+01), F(0x1p-02), F(0x1.5666666666666p+01), F(0x1.34a456d5cfaadp+10), F(0x1.5555555555555p-02));
    CHECK_SP("0|2|-0|5.0e-02", "%.0f|%.0f|%.0f|%.1e", F(0x1p-01), F(0x1.8p+00), F(-0x1p-01), F(0x1.999999999999ap-05));
    CHECK_SP("   3.142|3.142   |0003.142|+3.142| 3.142|-0003.14| 0003.14", "%8.3f|%-8.3f|%08.3f|%+.3f|% .3f|%+08.2f|% 08.2f", F(0x1.921f9f01b866ep+01), F(0x1.921f9f01b866ep+01), F(0x1.921f9f01b866ep+01), F(0x1.921f9f01b866ep+01), F(0x1.921f9f01b866ep+01), F(-0x1.921f9f01b866ep+01), F(0x1.921f9f01b866ep+01));
    CHECK_SP("4503599627370496p-52|7205759403792794p-56|0x1p+00|0X1.FFP+07|0x1.00p+01|0x0p+00|-0x1.ep+01", "%b|%b|%x|%X|%.2x|%x|%x", F(0x1p+00), F(0x1.999999999999ap-04), F(0x1p+00), F(0x1.ffp+07), F(0x1.ffbe76c8b4396p+00), F(0x0p+00), F(-0x1.ep+01));
    CHECK_SP("8388608p-23|0x1.99999ap-04|1e+10|1.000000e-07", "%b|%x|%v|%e", F32(0x1p+00), F32(0x1.99999ap-04), F32(0x1.2a05f2p+33), F32(0x1.ad7f2ap-24));
    CHECK_SP("1.00000|1.00|2|1.000000e+00|3.|3.e+00|0x1.0000p+00|0x1.p+00", "%#g|%#.3g|%#v|%#e|%#.0f|%#.0e|%#x|%#.0x", F(0x1p+00), F(0x1p+00), F(0x1p+01), F(0x1p+00), F(0x1.8p+01), F(0x1.8p+01), F(0x1p+00), F(0x1p+00));
    CHECK_SP("0.00000|123456.|1.00000e-07|100.0", "%#g|%#g|%#g|%#.4g", F(0x0p+00), F(0x1.e24p+16), F(0x1.ad7f29abcaf48p-24), F(0x1.9p+06));
    CHECK_SP("100000|1e+06|1e+03|100|1e+02|1E-20", "%g|%g|%.3g|%.3g|%.0g|%G", F(0x1.86ap+16), F(0x1.e848p+19), F(0x1.f4p+09), F(0x1.9p+06), F(0x1.ecp+06), F(0x1.79ca10c924223p-67));
    CHECK_SP("0.10000000000000000555|3.333333333333333148296162562474e-01", "%.20f|%.30e", F(0x1.999999999999ap-04), F(0x1.5555555555555p-02));
    CHECK_SP("3.14|     3.142|1.5       |", "%.3v|%10.4v|%-10v|", F(0x1.921fb54442d18p+01), F(0x1.921fb54442d18p+01), F(0x1.8p+00));

    /* floats: infinities and NaN */
    CHECK_SP("+Inf|-Inf|NaN|+Inf|-Inf|NaN", "%v|%v|%v|%f|%e|%g", F(INFINITY), F(-INFINITY), F(NAN), F(INFINITY), F(-INFINITY), F(NAN));
    CHECK_SP("  +Inf|+Inf  |+Inf| Inf|NaN| NaN|   NaN", "%06.2f|%-6f|%+f|% f|%+v|% v|%06v", F(INFINITY), F(INFINITY), F(INFINITY), F(INFINITY), F(NAN), F(NAN), F(NAN));
    CHECK_SP("  -Inf|  +NaN|+Inf|NaN", "%06.2f|%+06.2f|%x|%b", F(-INFINITY), F(NAN), F(INFINITY), F(NAN));
    CHECK_SP("+Inf|NaN", "%v|%f", F32(INFINITY), F32(NAN));

    /* strings, quoting, padding in runes */
    CHECK_SP("abc|  abc|abc  |00abc|ab|    a|a    |", "%s|%5s|%-5s|%05s|%.2s|%5.1s|%-5.1s|", S("abc"), S("abc"), S("abc"), S("abc"), S("abc"), S("abc"), S("abc"));
    CHECK_SP("h\303\251llo|    \346\227\245\346\234\254|\346\227\245\346\234\254    |\346\227\245\346\234\254|\377|", "%s|%6s|%-6s|%.2s|%.1s|", S("h\303\251llo"), S("\346\227\245\346\234\254"), S("\346\227\245\346\234\254"), S("\346\227\245\346\234\254\350\252\236"), S("\377ab"));
    CHECK_SP("\"hello\"|\"tab\\there\"|\"quote\\\"s and \\\\\"|\"\\x00\\x01\\x7f\\x1b\"", "%q|%q|%q|%q", S("hello"), S("tab\011here"), S("quote\"s and \\"), SN("\000\001\177\033", 4));
    CHECK_SP("\"h\303\251llo, \344\270\226\347\225\214\"|\"h\\u00e9llo, \\u4e16\\u754c\"|\"back`tick\"|`plain`|\"a\\nb\"|`\346\227\245\346\234\254`", "%q|%+q|%#q|%#q|%#q|%#+q", S("h\303\251llo, \344\270\226\347\225\214"), S("h\303\251llo, \344\270\226\347\225\214"), S("back`tick"), S("plain"), S("a\012b"), S("\346\227\245\346\234\254"));
    CHECK_SP("\"\\xff\\xfe\"|\"a\\xc0b\"|\"\\u00ad\\u2028\"|\"\360\237\230\200\"", "%q|%+q|%q|%q", S("\377\376"), S("a\300b"), S("\302\255\342\200\250"), S("\360\237\230\200"));
    CHECK_SP("\"\\ufeffbom\"|`tab\011ok`|\"\\ud7ff\"|\"abc\"|    \"ab\"|\"ab\"    |", "%#q|%#q|%q|%.3q|%8q|%-8q|", S("\357\273\277bom"), S("tab\011ok"), S("\355\237\277"), S("abcdef"), S("ab"), S("ab"));
    CHECK_SP("686921|686921|68 69 21|0x686921|0X68 0X69 0X21|6865|    6869|6869    |", "%x|%X|% x|%#x|%# X|%.2x|%8x|%-8x|", S("hi!"), S("hi!"), S("hi!"), S("hi!"), S("hi!"), S("hello"), S("hi"), S("hi"));
    CHECK_SP("|        |0xff|", "%x|%8x|% #x|", S(""), S(""), S("\377"));
    CHECK_SP("str|\"str\"|       str|str       |", "%v|%#v|%10v|%-10v|", S("str"), S("str"), S("str"), S("str"));
    CHECK_SP("a\000b|\"a\\x00b\"|610062", "%s|%q|%x", SN("a\000b", 3), SN("a\000b", 3), SN("a\000b", 3));
    CHECK_SP("true|false|  true|false |00true|", "%t|%v|%6t|%-6t|%06t|", B(true), B(false), B(true), B(false), B(true));

    /* Printf walker: arguments, indexes and errors */
    CHECK_SP("1 %!d(MISSING)", "%d %d", I(1LL));
    CHECK_SP("1%!(EXTRA int=2)", "%d", I(1LL), I(2LL));
    CHECK_SP("1%!(EXTRA string=x, float64=2.5)", "%d", I(1LL), S("x"), F(0x1.4p+01));
    CHECK_SP("a%5", "%s%%%d", S("a"), I(5LL));
    CHECK_SP("%|%|%!(NOVERB)%!(EXTRA int=1)", "%5%|%-5%|%", I(1LL));
    CHECK_SP("no verbs%!(EXTRA <nil>, bool=true)", "no verbs", NIL, B(true));
    CHECK_SP0("%!!(MISSING)", "%!");
    CHECK_SP0("%!(NOVERB)", "%");
    CHECK_SP0("abc%!(NOVERB)", "abc%");
    CHECK_SP("   42|42   |42   ", "%*d|%-*d|%*d", I(5LL), I(42LL), I(5LL), I(42LL), I(-5LL), I(42LL));
    CHECK_SP("007|3.14|   3.142", "%.*d|%.*f|%*.*f", I(3LL), I(7LL), I(2LL), F(0x1.921fb54442d18p+01), I(8LL), I(3LL), F(0x1.921fb54442d18p+01));
    CHECK_SP("%!(BADWIDTH)42", "%*d", S("x"), I(42LL));
    CHECK_SP("%!(BADPREC)42", "%.*d", S("x"), I(42LL));
    CHECK_SP("%!(BADPREC)42", "%.*d", I(-1LL), I(42LL));
    CHECK_SP("%!(BADWIDTH)42", "%*d", I(10000000LL), I(42LL));
    CHECK_SP0("%!(BADWIDTH)%!d(MISSING)", "%*d");
    CHECK_SP("2 1", "%[2]d %[1]d", I(1LL), I(2LL));
    CHECK_SP("%!d(BADINDEX)", "%[3]d", I(1LL), I(2LL));
    CHECK_SP("%!d(BADINDEX)", "%[0]d", I(1LL));
    CHECK_SP("%!d(BADINDEX)", "%[x]d", I(1LL));
    CHECK_SP("   12", "%[2]*[1]d", I(12LL), I(5LL));
    CHECK_SP("1 2 %!d(MISSING)", "%[1]d %d %d", I(1LL), I(2LL));
    CHECK_SP("2 3", "%[2]d %d", I(1LL), I(2LL), I(3LL));
    CHECK_SP("1 1", "%d %[1]d", I(1LL), I(2LL));
    CHECK_SP("%!d(BADINDEX)", "%[1]2d", I(1LL));
    CHECK_SP("%!d(BADINDEX)", "%[1].2d", I(1LL));
    CHECK_SP("%!(NOVERB)", "%[", I(1LL));
    CHECK_SP("%!(NOVERB)", "%[1", I(1LL));
    CHECK_SP("2", "%.[2]d", I(1LL), I(2LL));
    CHECK_SP("  8", "%3.[2]d", I(7LL), I(8LL));
    CHECK_SP("%!z(int=1) 2", "%z %d", I(1LL), I(2LL));
    CHECK_SP("%!d(string=str)", "%d", S("str"));
    CHECK_SP("%!s(int=42)|%!x(bool=true)", "%s|%x", I(42LL), B(true));
    CHECK_SP("%!z(bool= true)", "%5z", B(true));
    CHECK_SP("%!d(<nil>)|<nil>|%!s(<nil>)", "%d|%v|%s", NIL, NIL, NIL);
    CHECK_SP("%!.(int=1)", "%.", I(1LL));
    CHECK_SP("%!(NOVERB)%!(EXTRA int=1)", "%.2", I(1LL));
    CHECK_SP("+5", "%-+# 0d", I(5LL));
    CHECK_SP("%!\303\244(int=1)|%!\342\230\272(string=x)", "%\303\244|%\342\230\272", I(1LL), S("x"));
    CHECK_SP("1 2%!(EXTRA int=3, int=4)", "%v %v", I(1LL), I(2LL), I(3LL), I(4LL));
    CHECK_SP("%!!(int=1)v", "%!v", I(1LL));
    CHECK_SP("%!(NOVERB)%!(EXTRA int=1)", "%1000000000000d", I(1LL));

    /* strconv.FormatFloat */
    CHECK_FF(0x1.999999999999ap-04, 'g', -1, 64, "0.1");
    CHECK_FF(0x1.999999999999ap-04, 'g', -1, 32, "0.1");
    CHECK_FF(0x1.5555555555555p-02, 'f', -1, 32, "0.33333334");
    CHECK_FF(0x1.b1ae4d6e2ef5p+69, 'f', -1, 64, "1000000000000000000000");
    CHECK_FF(0x1.d6f3454p+26, 'e', -1, 64, "1.23456789e+08");
    CHECK_FF(0x1.4p+01, 'f', 0, 64, "2");
    CHECK_FF(0x1.cp+01, 'f', 0, 64, "4");
    CHECK_FF(0x1.34a456d5cfaadp+10, 'e', 3, 64, "1.235e+03");
    CHECK_FF(0x1.34a456d5cfaadp+10, 'G', 3, 64, "1.23E+03");
    CHECK_FF(0x1.ad7f29abcaf48p-24, 'g', -1, 64, "1e-07");
    CHECK_FF(0x1p-1074, 'e', -1, 64, "5e-324");
    CHECK_FF(0x1.fffffffffffffp+1023, 'g', -1, 64, "1.7976931348623157e+308");
    CHECK_FF(0x1p+00, 'b', -1, 64, "4503599627370496p-52");
    CHECK_FF(0x1.999999999999ap-04, 'x', -1, 64, "0x1.999999999999ap-04");
    CHECK_FF(0x1.999999999999ap-04, 'X', 3, 64, "0X1.99AP-04");
    CHECK_FF(-INFINITY, 'g', -1, 64, "-Inf");
    CHECK_FF(NAN, 'e', 3, 64, "NaN");
    CHECK_FF(0x0p+00, 'f', 2, 64, "0.00");
    CHECK_FF(-0.0, 'g', -1, 64, "-0");
    CHECK_FF(0x1p+60, 'f', -1, 64, "1152921504606847000");
    CHECK_FF(0x1.4b3fd5942cd96p-20, 'f', -1, 64, "0.000001234");
    CHECK_FF(0x1.4b3fd5942cd96p-20, 'g', 2, 64, "1.2e-06");
    CHECK_FF(0x1.9p+06, 'g', 0, 64, "1e+02");
    CHECK_FF(0x1.fffffep+127, 'g', -1, 32, "3.4028235e+38");
    CHECK_FF(0x1p-149, 'g', -1, 32, "1e-45");
    CHECK_FF(0x1.000001p+24, 'f', -1, 32, "16777216");
    CHECK_FF(0x1p+53, 'f', -1, 64, "9007199254740992");
    CHECK_FF(0x1p-1022, 'e', -1, 64, "2.2250738585072014e-308");
    CHECK_FF(0x1.3333333333333p-02, 'e', 20, 64, "2.99999999999999988898e-01");

    /* strconv.Quote, QuoteToASCII, QuoteRune */
    CHECK_Q("", 0, "\"\"", "\"\"");
    CHECK_Q("a\"b'c", 5, "\"a\\\"b'c\"", "\"a\\\"b'c\"");
    CHECK_Q("h\303\251llo\012", 7, "\"h\303\251llo\\n\"", "\"h\\u00e9llo\\n\"");
    CHECK_Q("\377", 1, "\"\\xff\"", "\"\\xff\"");
    CHECK_Q("\007\010\014\013\015", 5, "\"\\a\\b\\f\\v\\r\"", "\"\\a\\b\\f\\v\\r\"");
    CHECK_Q("\302\240\302\255", 4, "\"\\u00a0\\u00ad\"", "\"\\u00a0\\u00ad\"");
    CHECK_Q("\364\217\277\277", 4, "\"\\U0010ffff\"", "\"\\U0010ffff\"");
    CHECK_Q("\360\237\230\200", 4, "\"\360\237\230\200\"", "\"\\U0001f600\"");
    CHECK_Q("\303\251\314\201", 4, "\"\303\251\314\201\"", "\"\\u00e9\\u0301\"");
    CHECK_QR(97, "'a'", "'a'");
    CHECK_QR(39, "'\\''", "'\\''");
    CHECK_QR(34, "'\"'", "'\"'");
    CHECK_QR(10, "'\\n'", "'\\n'");
    CHECK_QR(0, "'\\x00'", "'\\x00'");
    CHECK_QR(127, "'\\x7f'", "'\\x7f'");
    CHECK_QR(233, "'\303\251'", "'\\u00e9'");
    CHECK_QR(8232, "'\\u2028'", "'\\u2028'");
    CHECK_QR(128512, "'\360\237\230\200'", "'\\U0001f600'");
    CHECK_QR(55296, "'\357\277\275'", "'\\ufffd'");
    CHECK_QR(1114112, "'\357\277\275'", "'\\ufffd'");
    CHECK_QR(-5, "'\357\277\275'", "'\\ufffd'");
    CHECK_QR(65533, "'\357\277\275'", "'\\ufffd'");

    /* strconv.FormatInt / FormatUint */
    CHECK_FI(0LL, 10, "0");
    CHECK_FI(-255LL, 16, "-ff");
    CHECK_FI(255LL, 2, "11111111");
    CHECK_FI(INT64_MIN, 10, "-9223372036854775808");
    CHECK_FI(INT64_MIN, 2, "-1000000000000000000000000000000000000000000000000000000000000000");
    CHECK_FI(35LL, 36, "z");
    CHECK_FI(-123456789LL, 36, "-21i3v9");
    CHECK_FI(8LL, 8, "10");
    CHECK_FU(18446744073709551615ULL, 16, "ffffffffffffffff");

    /* strconv.ParseInt / ParseUint */
    CHECK_PI("123", 10, 64, 123LL, 0);
    CHECK_PI("-123", 10, 64, -123LL, 0);
    CHECK_PI("+7", 10, 64, 7LL, 0);
    CHECK_PI("", 10, 64, 0LL, 1);
    CHECK_PI("-", 10, 64, 0LL, 1);
    CHECK_PI("12a", 10, 64, 0LL, 1);
    CHECK_PI("ff", 16, 64, 255LL, 0);
    CHECK_PI("FF", 16, 8, 127LL, 2);
    CHECK_PI("127", 10, 8, 127LL, 0);
    CHECK_PI("128", 10, 8, 127LL, 2);
    CHECK_PI("-128", 10, 8, -128LL, 0);
    CHECK_PI("-129", 10, 8, -128LL, 2);
    CHECK_PI("9223372036854775807", 10, 64, 9223372036854775807LL, 0);
    CHECK_PI("9223372036854775808", 10, 64, 9223372036854775807LL, 2);
    CHECK_PI("-9223372036854775808", 10, 64, INT64_MIN, 0);
    CHECK_PI("-9223372036854775809", 10, 64, INT64_MIN, 2);
    CHECK_PI("0x1F", 0, 64, 31LL, 0);
    CHECK_PI("0X1f", 0, 64, 31LL, 0);
    CHECK_PI("0b101", 0, 64, 5LL, 0);
    CHECK_PI("0o17", 0, 64, 15LL, 0);
    CHECK_PI("017", 0, 64, 15LL, 0);
    CHECK_PI("0", 0, 64, 0LL, 0);
    CHECK_PI("0x", 0, 64, 0LL, 1);
    CHECK_PI("1_000", 0, 64, 1000LL, 0);
    CHECK_PI("1_000", 10, 64, 0LL, 1);
    CHECK_PI("0x_1f", 0, 64, 31LL, 0);
    CHECK_PI("1__0", 0, 64, 0LL, 1);
    CHECK_PI("_1", 0, 64, 0LL, 1);
    CHECK_PI("1_", 0, 64, 0LL, 1);
    CHECK_PI("z", 36, 64, 35LL, 0);
    CHECK_PI("10", 1, 64, 0LL, 3);
    CHECK_PI("10", 37, 64, 0LL, 3);
    CHECK_PI("10", 10, 65, 0LL, 4);
    CHECK_PI("99999999999999999999x", 10, 64, 9223372036854775807LL, 2);
    CHECK_PI("0b2", 0, 64, 0LL, 1);
    CHECK_PI("08", 0, 64, 0LL, 1);
    CHECK_PI(" 1", 10, 64, 0LL, 1);
    CHECK_PI("2147483648", 10, 32, 2147483647LL, 2);
    CHECK_PI("-0", 10, 0, 0LL, 0);
    CHECK_PU("18446744073709551615", 10, 64, 18446744073709551615ULL, 0);
    CHECK_PU("18446744073709551616", 10, 64, 18446744073709551615ULL, 2);
    CHECK_PU("256", 10, 8, 255ULL, 2);
    CHECK_PU("255", 10, 8, 255ULL, 0);
    CHECK_PU("-1", 10, 64, 0ULL, 1);
    CHECK_PU("+1", 10, 64, 0ULL, 1);
    CHECK_PU("0xffff_ffff", 0, 32, 4294967295ULL, 0);
    CHECK_PU("0x1_0000_0000", 0, 32, 4294967295ULL, 2);
    CHECK_PU("777", 8, 64, 511ULL, 0);
    CHECK_PU("", 0, 64, 0ULL, 1);

    /* strconv.ParseFloat */
    CHECK_PF("1.5", 64, 0x1.8p+00, 0);
    CHECK_PF("-0.1", 64, -0x1.999999999999ap-04, 0);
    CHECK_PF("1e10", 64, 0x1.2a05f2p+33, 0);
    CHECK_PF("1E-5", 64, 0x1.4f8b588e368f1p-17, 0);
    CHECK_PF(".5", 64, 0x1p-01, 0);
    CHECK_PF("5.", 64, 0x1.4p+02, 0);
    CHECK_PF(".", 64, 0x0p+00, 1);
    CHECK_PF("", 64, 0x0p+00, 1);
    CHECK_PF("1e", 64, 0x0p+00, 1);
    CHECK_PF("1e+", 64, 0x0p+00, 1);
    CHECK_PF("0x1p-2", 64, 0x1p-02, 0);
    CHECK_PF("0x1.8p1", 64, 0x1.8p+01, 0);
    CHECK_PF("0X.8P1", 64, 0x1p+00, 0);
    CHECK_PF("0x1", 64, 0x0p+00, 1);
    CHECK_PF("0x1.8", 64, 0x0p+00, 1);
    CHECK_PF("0x1p", 64, 0x0p+00, 1);
    CHECK_PF("inf", 64, INFINITY, 0);
    CHECK_PF("+Inf", 64, INFINITY, 0);
    CHECK_PF("-INFINITY", 64, -INFINITY, 0);
    CHECK_PF("infin", 64, 0x0p+00, 1);
    CHECK_PF("NaN", 64, NAN, 0);
    CHECK_PF("nan", 64, NAN, 0);
    CHECK_PF("+nan", 64, 0x0p+00, 1);
    CHECK_PF("1_000.5", 64, 0x1.f44p+09, 0);
    CHECK_PF("0x_1p0", 64, 0x1p+00, 0);
    CHECK_PF("1__0", 64, 0x0p+00, 1);
    CHECK_PF("_1", 64, 0x0p+00, 1);
    CHECK_PF("1e1_0", 64, 0x1.2a05f2p+33, 0);
    CHECK_PF("1e309", 64, INFINITY, 2);
    CHECK_PF("-1e309", 64, -INFINITY, 2);
    CHECK_PF("1e-400", 64, 0x0p+00, 0);
    CHECK_PF("4e-324", 64, 0x1p-1074, 0);
    CHECK_PF("1e39", 32, INFINITY, 2);
    CHECK_PF("3.4028235e38", 32, 0x1.fffffep+127, 0);
    CHECK_PF("0.1", 32, 0x1.99999ap-04, 0);
    CHECK_PF("1.7976931348623157e308", 64, 0x1.fffffffffffffp+1023, 0);
    CHECK_PF("1.7976931348623159e308", 64, INFINITY, 2);
    CHECK_PF("0x1p1024", 64, INFINITY, 2);
    CHECK_PF("0x1p-1075", 64, 0x0p+00, 0);
    CHECK_PF("123456789012345678901234567890", 64, 0x1.8ee90ff6c373ep+96, 0);
    CHECK_PF("1 ", 64, 0x0p+00, 1);
    CHECK_PF("1.2.3", 64, 0x0p+00, 1);
    CHECK_PF("+-1", 64, 0x0p+00, 1);
    CHECK_PF("0.000000000000000000000000000001e30", 64, 0x1p+00, 0);

    /* unicode/utf8 */
    CHECK_DEC("a", 1, 97, 1);
    CHECK_DEC("\303\251", 2, 233, 2);
    CHECK_DEC("\344\270\226", 3, 19990, 3);
    CHECK_DEC("\360\237\230\200", 4, 128512, 4);
    CHECK_DEC("\377", 1, 65533, 1);
    CHECK_DEC("\300\200", 2, 65533, 1);
    CHECK_DEC("\340\200\200", 3, 65533, 1);
    CHECK_DEC("\355\240\200", 3, 65533, 1);
    CHECK_DEC("\364\220\200\200", 4, 65533, 1);
    CHECK_DEC("\344\270", 2, 65533, 1);
    CHECK_DEC("\303", 1, 65533, 1);
    CHECK_DEC("\200", 1, 65533, 1);
    CHECK_DEC("\357\277\275", 3, 65533, 3);
    CHECK_DEC("\360\237\230", 3, 65533, 1);
    CHECK_RC("", 0, 0);
    CHECK_RC("abc", 3, 3);
    CHECK_RC("h\303\251llo", 6, 5);
    CHECK_RC("\377\376\375", 3, 3);
    CHECK_RC("\344\270", 2, 2);
    CHECK_RC("\360\237\230\200!", 5, 2);
    CHECK_ENC(97, "a");
    CHECK_ENC(233, "\303\251");
    CHECK_ENC(19990, "\344\270\226");
    CHECK_ENC(128512, "\360\237\230\200");
    CHECK_ENC(55296, "\357\277\275");
    CHECK_ENC(1114112, "\357\277\275");
    CHECK_ENC(-1, "\357\277\275");

    /* strconv.ParseBool */
    CHECK_PB("true", true, 0);
    CHECK_PB("T", true, 0);
    CHECK_PB("1", true, 0);
    CHECK_PB("False", false, 0);
    CHECK_PB("0", false, 0);
    CHECK_PB("yes", false, 1);
    CHECK_PB("TRUE", true, 0);
    CHECK_PB("tRUE", false, 1);
    CHECK_PB("", false, 1);


    /* shortest floats: ties (powers of two) and boundaries */
    CHECK_FF(0x1p-12, 'g', -1, 32, "0.00024414063");
    CHECK_FF(0x1p-25, 'g', -1, 64, "2.9802322387695312e-08");
    CHECK_FF(0x1p-54, 'g', -1, 32, "5.551115e-17");
    CHECK_FF(0x1.52d02c7e14af6p+76, 'g', -1, 64, "1e+23");
    CHECK_FF(0x1p-1074, 'g', -1, 64, "5e-324");
    CHECK_FF(0x1p-1022, 'g', -1, 64, "2.2250738585072014e-308");
    CHECK_FF(0x1.52d02c7e14af5p+76, 'g', -1, 64, "9.999999999999997e+22");
    CHECK_FF(0x1p+1023, 'g', -1, 64, "8.98846567431158e+307");
    CHECK_FF(0x1p-20, 'g', -1, 64, "9.5367431640625e-07");
    CHECK_FF(0x1p-20, 'g', -1, 32, "9.536743e-07");

    return check_done();
}
