/* test_constant.c — unit tests of compiler/constant.c.
 *
 * Values are built from literal text the way the checker builds them, and
 * results are compared by value (const_compare) or by their printed form
 * (const_string_repr). Expected reprs and float64 bit patterns come from
 * Go's go/constant and math packages (go1.26).
 */
#include "check.h"
#include "constant.h"

#include <gc.h>
#include <math.h>
#include <stdint.h>
#include <string.h>

static Const *I(const char *s) {
    const char *err = NULL;
    return const_from_int_lit(s, strlen(s), &err);
}

static Const *F(const char *s) {
    const char *err = NULL;
    return const_from_float_lit(s, strlen(s), &err);
}

/* -x (literals are never negative) */
static Const *neg(const Const *x) { return const_unary(T_SUB, x, 0, false); }

static Const *S(const char *s) { return const_string(s, strlen(s)); }

/* x op y with the checker's rule for /: integer division on two ints. */
static Const *op(TokKind o, const Const *x, const Const *y) {
    const char *err = NULL;
    bool int_div = const_kind(x) == CK_INT && const_kind(y) == CK_INT;
    return const_binary(o, x, y, int_div, &err);
}

/* x op y, / giving an exact quotient. */
static Const *fop(TokKind o, const Const *x, const Const *y) {
    const char *err = NULL;
    return const_binary(o, x, y, false, &err);
}

static Const *shl(const Const *x, uint64_t s) {
    const char *err = NULL;
    return const_shift(T_SHL, x, s, &err);
}

static bool eq(const Const *x, const Const *y) { return x && y && const_compare(T_EQL, x, y); }

static bool repr_is(const Const *c, const char *want) {
    const char *got = c ? const_string_repr(c) : "(null)";
    if (strcmp(got, want) == 0) return true;
    printf("  repr: got %s, want %s\n", got, want);
    return false;
}

static uint64_t bits64(double d) {
    uint64_t u;
    memcpy(&u, &d, sizeof u);
    return u;
}

static void test_ints(void) {
    Const *one = I("1");
    Const *p100 = shl(one, 100);
    CHECK(repr_is(p100, "1267650600228229401496703205376"), "1<<100 repr");
    const char *err = NULL;
    Const *four = const_shift(T_SHR, p100, 98, &err);
    CHECK(eq(four, I("4")), "(1<<100)>>98 == 4");
    CHECK(repr_is(shl(one, 70), "1180591620717411303424"), "1<<70 repr");
    CHECK(repr_is(I("0x_FF"), "255"), "hex literal with _");
    CHECK(repr_is(I("0b1010"), "10"), "binary literal");
    CHECK(repr_is(I("0o777"), "511"), "0o octal literal");
    CHECK(repr_is(I("0777"), "511"), "legacy octal literal");
    CHECK(repr_is(I("1_000_000"), "1000000"), "decimal with _");
    CHECK(repr_is(I("0"), "0"), "zero");
    CHECK(repr_is(I("123456789012345678901234567890"), "123456789012345678901234567890"), "long decimal");
    CHECK(repr_is(I("0xFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFF"), "340282366920938463463374607431768211455"),
          "128-bit hex");
    CHECK(repr_is(const_int64(INT64_MIN), "-9223372036854775808"), "int64 min repr");
    CHECK(repr_is(const_uint64(UINT64_MAX), "18446744073709551615"), "uint64 max repr");

    /* arithmetic */
    Const *a = op(T_MUL, I("123456789123456789"), I("987654321987654321"));
    CHECK(repr_is(a, "121932631356500531347203169112635269"), "big multiply");
    Const *q = op(T_QUO, a, I("987654321987654321"));
    CHECK(eq(q, I("123456789123456789")), "big divide back");
    CHECK(eq(op(T_REM, a, I("1000000007")), op(T_REM, op(T_MUL, op(T_REM, I("123456789123456789"), I("1000000007")),
                                                           op(T_REM, I("987654321987654321"), I("1000000007"))),
                                                   I("1000000007"))),
          "big remainder agrees with modular product");
    Const *m7 = const_int64(-7), *two = I("2");
    CHECK(eq(op(T_QUO, m7, two), const_int64(-3)), "-7/2 == -3");
    CHECK(eq(op(T_REM, m7, two), const_int64(-1)), "-7%%2 == -1");
    CHECK(eq(op(T_QUO, I("7"), const_int64(-2)), const_int64(-3)), "7/-2 == -3");
    CHECK(eq(op(T_REM, I("7"), const_int64(-2)), I("1")), "7%%-2 == 1");
    Const *r = fop(T_QUO, I("7"), two);
    CHECK(r && const_kind(r) == CK_FLOAT && eq(r, F("3.5")), "7/2 exact is 3.5");
    CHECK(repr_is(fop(T_QUO, I("1"), I("3")), "0.333333"), "1/3 repr");
    CHECK(eq(op(T_SUB, I("5"), I("8")), const_int64(-3)), "5-8");
    CHECK(eq(op(T_ADD, const_int64(-5), I("8")), I("3")), "-5+8");
    /* big multi-limb division against a known product */
    Const *p200 = shl(one, 200), *p100m1 = op(T_SUB, p100, one);
    Const *prod = op(T_MUL, op(T_ADD, p100, one), p100m1);
    CHECK(eq(prod, op(T_SUB, p200, one)), "(2^100+1)(2^100-1) == 2^200-1");
    CHECK(eq(op(T_QUO, prod, p100m1), op(T_ADD, p100, one)), "(2^200-1)/(2^100-1)");
    CHECK(eq(op(T_REM, op(T_ADD, prod, I("5")), p100m1), I("5")), "remainder 5");

    /* bitwise on negatives (two's complement) */
    CHECK(eq(op(T_AND, const_int64(-6), I("7")), I("2")), "-6 & 7 == 2");
    CHECK(eq(op(T_OR, const_int64(-6), I("1")), const_int64(-5)), "-6 | 1 == -5");
    CHECK(eq(op(T_XOR, const_int64(-1), I("5")), const_int64(-6)), "-1 ^ 5 == -6");
    CHECK(eq(op(T_AND_NOT, I("15"), const_int64(-4)), I("3")), "15 &^ -4 == 3");
    CHECK(eq(op(T_AND, p100m1, shl(I("0xff"), 92)), shl(I("0xff"), 92)), "big and");

    /* shifts */
    CHECK(eq(const_shift(T_SHR, const_int64(-7), 1, &err), const_int64(-4)), "-7>>1 == -4");
    CHECK(eq(const_shift(T_SHR, const_int64(-1), 100, &err), const_int64(-1)), "-1>>100 == -1");
    CHECK(eq(const_shift(T_SHR, I("1"), 1074, &err), I("0")), "1>>1074 == 0");
    err = NULL;
    CHECK(const_shift(T_SHL, one, 512, &err) == NULL && err && strcmp(err, "constant shift overflow") == 0,
          "1<<512 overflows");
    CHECK(shl(one, 511) != NULL, "1<<511 fits 512 bits");
    err = NULL;
    CHECK(const_shift(T_SHL, one, 1075, &err) == NULL && err && strcmp(err, "invalid shift count") == 0,
          "shift count 1075 invalid");
    CHECK(const_shift_exact(T_SHL, one, 1000) != NULL, "exact shift has no 512-bit limit");
    err = NULL;
    Const *t511 = shl(one, 511);
    CHECK(const_binary(T_ADD, t511, t511, true, &err) == NULL && err &&
          strcmp(err, "constant addition overflow") == 0, "2^511+2^511 overflows");
    err = NULL;
    CHECK(const_binary(T_MUL, p100, shl(one, 450), true, &err) == NULL && err &&
          strcmp(err, "constant multiplication overflow") == 0, "multiplication overflow");
    err = NULL;
    CHECK(const_binary(T_QUO, one, I("0"), true, &err) == NULL && err && strcmp(err, "division by zero") == 0,
          "integer division by zero");
    err = NULL;
    CHECK(const_binary(T_QUO, F("1.5"), F("0.0"), false, &err) == NULL && err &&
          strcmp(err, "division by zero") == 0, "float division by zero");
    err = NULL;
    CHECK(const_from_int_lit("0x1" "0000000000000000000000000000000000000000000000000000000000000000"
                             "0000000000000000000000000000000000000000000000000000000000000000", 131, &err) == NULL &&
          err && strcmp(err, "constant overflow") == 0, "513-bit literal overflows");

    /* unary */
    CHECK(eq(const_unary(T_XOR, I("3"), 8, true), I("252")), "^uint8(3) == 252");
    CHECK(eq(const_unary(T_XOR, I("0"), 64, true), const_uint64(UINT64_MAX)), "^uint64(0)");
    CHECK(eq(const_unary(T_XOR, I("3"), 0, false), const_int64(-4)), "^3 == -4 untyped");
    CHECK(eq(const_unary(T_XOR, I("3"), 32, false), const_int64(-4)), "^int32(3) == -4");
    CHECK(eq(const_unary(T_SUB, p100, 0, false), op(T_SUB, I("0"), p100)), "-(1<<100)");
    CHECK(const_bool_val(const_unary(T_NOT, const_bool(false), 0, false)), "!false");
    CHECK(const_sign(const_unary(T_SUB, F("2.5"), 0, false)) < 0, "-2.5 negative");
}

static void test_fits(void) {
    CHECK(const_fits_int(const_int64(-128), 8, false), "-128 fits int8");
    CHECK(!const_fits_int(const_int64(-129), 8, false), "-129 not int8");
    CHECK(const_fits_int(I("127"), 8, false), "127 fits int8");
    CHECK(!const_fits_int(I("128"), 8, false), "128 not int8");
    CHECK(const_fits_int(I("255"), 8, true), "255 fits uint8");
    CHECK(!const_fits_int(I("256"), 8, true), "256 not uint8");
    CHECK(!const_fits_int(const_int64(-1), 8, true), "-1 not uint8");
    CHECK(const_fits_int(I("0"), 8, true), "0 fits uint8");
    CHECK(const_fits_int(const_int64(-32768), 16, false), "-32768 fits int16");
    CHECK(!const_fits_int(I("32768"), 16, false), "32768 not int16");
    CHECK(const_fits_int(I("18446744073709551615"), 64, true), "uint64 max fits");
    CHECK(!const_fits_int(I("18446744073709551616"), 64, true), "2^64 not uint64");
    CHECK(const_fits_int(I("9223372036854775807"), 64, false), "int64 max fits");
    CHECK(!const_fits_int(I("9223372036854775808"), 64, false), "2^63 not int64");
    CHECK(const_fits_int(const_int64(INT64_MIN), 64, false), "int64 min fits");
    CHECK(!const_fits_int(op(T_SUB, const_int64(INT64_MIN), I("1")), 64, false), "int64 min-1 not int64");
    CHECK(const_fits_int(F("1e2"), 8, false), "100.0 fits int8");
    CHECK(!const_fits_int(F("1.5"), 64, false), "1.5 not an int");
    CHECK(const_int64_val(const_int64(INT64_MIN)) == INT64_MIN, "int64 min value");
    CHECK(const_uint64_val(I("18446744073709551615")) == UINT64_MAX, "uint64 max value");
    CHECK(const_int64_val(const_int64(-42)) == -42, "-42 value");
    CHECK(const_int64_val(F("1e18")) == 1000000000000000000, "1e18 as int");
}

static void test_floats(void) {
    Const *third = fop(T_QUO, F("1.0"), I("3"));
    CHECK(eq(fop(T_MUL, third, I("3")), I("1")), "1.0/3*3 == 1");
    CHECK(eq(fop(T_ADD, F("0.1"), F("0.2")), F("0.3")), "0.1+0.2 == 0.3");
    CHECK(eq(F("1e300"), fop(T_MUL, F("1e150"), F("1e150"))), "1e300 exact");
    CHECK(eq(fop(T_MUL, F("1e300"), F("1e-300")), I("1")), "1e300*1e-300 == 1");
    CHECK(const_compare(T_LSS, I("3"), F("3.000000000000000000000001")), "int < float just above");
    CHECK(const_compare(T_GTR, neg(F("0.5")), const_int64(-1)), "-0.5 > -1");
    CHECK(const_compare(T_EQL, F("0x1.8p3"), I("12")), "0x1.8p3 == 12");
    CHECK(const_compare(T_EQL, F("1_000.5e-2"), F("10.005")), "underscores in float literal");
    CHECK(const_compare(T_EQL, F(".5"), F("0.5")) && const_compare(T_EQL, F("1."), I("1")), ".5 and 1.");
    CHECK(const_is_int_valued(F("1e10")) && !const_is_int_valued(F("0.1")), "is int valued");
    CHECK(const_to_int(F("2.5")) == NULL, "2.5 to int fails");
    CHECK(eq(const_to_int(F("1e20")), I("100000000000000000000")), "1e20 to int");

    /* correctly rounded float64 */
    CHECK(bits64(const_float64_val(F("0.1"))) == 4591870180066957722u, "0.1 -> 0x1.999999999999ap-4");
    CHECK(bits64(const_float64_val(F("1e23"))) == 4950912855330343670u, "1e23 rounds right");
    CHECK(const_float64_val(F("5e-324")) == 4.9406564584124654e-324, "5e-324 smallest subnormal");
    CHECK(const_float64_val(F("0x1p-1074")) == ldexp(1, -1074), "0x1p-1074 exact");
    CHECK(const_float64_val(F("0x1p-1075")) == 0, "2^-1075 rounds to 0 (tie to even)");
    CHECK(const_float64_val(F("0x1.8p-1075")) == ldexp(1, -1074), "1.5*2^-1075 rounds up");
    CHECK(const_float64_val(F("0x1.0000000000000800p0")) == 1.0, "halfway ties to even (down)");
    CHECK(const_float64_val(F("0x1.0000000000001800p0")) == 1.0 + ldexp(2, -52), "halfway ties to even (up)");
    CHECK(const_float64_val(F("2.2250738585072011e-308")) == 2.2250738585072011e-308, "near min normal");
    CHECK(const_fits_float64(F("1.7976931348623157e308")), "max float64 fits");
    CHECK(!const_fits_float64(F("1.8e308")), "1.8e308 overflows");
    CHECK(!const_fits_float64(F("1e400")), "1e400 overflows");
    CHECK(const_fits_float32(F("3.4028234e38")) && !const_fits_float32(F("3.5e38")), "float32 range");
    CHECK(const_float64_val(const_round_float32(F("0.1"))) == (double)0.1f, "round to float32");
    CHECK(const_float64_val(neg(F("1.5"))) == -1.5, "negative");
    CHECK(const_float64_val(I("9007199254740993")) == 9007199254740992.0, "int rounds ties to even");
    CHECK(eq(const_round_float64(F("0.1")), const_float64(0.1)), "round_float64 is exact double");
    CHECK(!eq(const_round_float64(F("0.1")), F("0.1")), "rounded 0.1 != 0.1");

    /* beyond float64 */
    Const *huge = F("1e100000");
    CHECK(huge != NULL && !const_fits_float64(huge), "1e100000 is a constant, not a float64");
    CHECK(const_compare(T_GTR, fop(T_MUL, huge, huge), huge), "1e200000 > 1e100000");
    CHECK(eq(fop(T_MUL, fop(T_QUO, huge, I("10")), I("10")), huge), "binary floats: /10*10");
    /* go/constant's 512-bit floats (values from go1.26's go/constant) */
    Const *a = fop(T_MUL, fop(T_QUO, F("1e1300"), I("3")), I("3"));
    CHECK(repr_is(const_to_int(fop(T_QUO, a, F("1e1290"))), "10000000000"), "ToInt forgives rounding error");
    CHECK(repr_is(fop(T_SUB, fop(T_ADD, F("1e5000"), I("1")), F("1e5000")), "0"), "1 lost below 512 bits");
    Const *d = fop(T_QUO, F("1e1300"), F("7e1299")), *q = fop(T_QUO, I("10"), I("7"));
    CHECK(repr_is(d, "1.42857") && const_compare(T_EQL, d, q), "a fraction compares as a 512-bit float");
    CHECK(repr_is(fop(T_ADD, F("1.5"), F("0x1p5000")), "1.41247e+1505"), "2^5000 + 1.5");
    CHECK(repr_is(const_to_int(fop(T_QUO, F("0x1p5000"), F("0x1p4990"))), "1024"), "2^5000/2^4990");
    const char *err = NULL;
    CHECK(const_from_float_lit("1e1000000000", 12, &err) == NULL && err &&
          strcmp(err, "malformed constant: 1e1000000000") == 0, "1e1000000000 malformed");
    CHECK(const_sign(F("1e-1000000000")) == 0, "1e-1000000000 is 0");
}

static void test_strings_bools(void) {
    Const *ab = op(T_ADD, S("ab"), S("cd"));
    size_t n;
    const char *s = const_string_val(ab, &n);
    CHECK(n == 4 && memcmp(s, "abcd", 4) == 0, "concatenation");
    CHECK(const_compare(T_LSS, S("abc"), S("abd")), "abc < abd");
    CHECK(const_compare(T_LSS, S("ab"), S("abc")), "prefix sorts first");
    CHECK(const_compare(T_EQL, S("x"), S("x")) && const_compare(T_NEQ, S("x"), S("y")), "string ==, !=");
    CHECK(const_compare(T_GEQ, S("b"), S("a")), "b >= a");
    CHECK(const_compare(T_EQL, const_string("a\0b", 3), const_string("a\0b", 3)) &&
          !const_compare(T_EQL, const_string("a\0b", 3), const_string("a\0c", 3)), "strings with NUL");
    const char *err = NULL;
    CHECK(const_bool_val(const_binary(T_LOR, const_bool(false), const_bool(true), false, &err)), "false||true");
    CHECK(!const_bool_val(const_binary(T_LAND, const_bool(true), const_bool(false), false, &err)), "true&&false");
    CHECK(const_compare(T_NEQ, const_bool(true), const_bool(false)), "true != false");
}

static void test_reprs(void) {
    CHECK(repr_is(F("1e100"), "1e+100"), "1e+100");
    CHECK(repr_is(F("0.5"), "0.5"), "0.5");
    CHECK(repr_is(F("0.1"), "0.1"), "0.1");
    CHECK(repr_is(F("3.14159265"), "3.14159"), "pi-ish");
    CHECK(repr_is(F("1e-7"), "1e-07"), "1e-07");
    CHECK(repr_is(F("1.0000001e-7"), "1.0000001e-07"), "shortest form when 6 digits hide the fraction");
    CHECK(repr_is(F("123456.5"), "123456.5"), "123456.5");
    CHECK(repr_is(F("100000.0"), "100000"), "100000");
    CHECK(repr_is(F("1e6"), "1e+06"), "1e+06");
    CHECK(repr_is(F("1e21"), "1e+21"), "1e+21");
    CHECK(repr_is(F("123456789.0"), "1.23457e+08"), "1.23457e+08");
    CHECK(repr_is(F("0.000123456789"), "0.000123457"), "0.000123457");
    CHECK(repr_is(F("1e100000"), "1e+100000"), "1e+100000");
    CHECK(repr_is(F("1e-100000"), "1e-100000"), "1e-100000");
    CHECK(repr_is(fop(T_QUO, F("1e100000"), I("3")), "3.33333e+99999"), "1e100000/3");
    CHECK(repr_is(neg(F("2.5e-400")), "-2.5e-400"), "-2.5e-400");
    CHECK(repr_is(F("1e309"), "1e+309"), "1e+309");
    CHECK(repr_is(F("0x1p-1074"), "4.94066e-324"), "smallest subnormal");
    CHECK(repr_is(F("0x1p-1080"), "0.771978e-325"), "go/constant's quirk below float64");
    CHECK(repr_is(neg(F("1e-320")), "-9.99989e-321"), "subnormal shown rounded");
    CHECK(repr_is(F("2e-324"), "2e-324"), "underflows float64");
    CHECK(repr_is(fop(T_MUL, F("1e300"), F("1e300")), "1e+600"), "1e+600");
    CHECK(repr_is(F("1e1233"), "1e+1233"), "1e+1233");
    CHECK(repr_is(neg(F("0x1.8p3")), "-12"), "-12");
    CHECK(repr_is(F("0x1p+1024"), "1.79769e+308"), "2^1024");
    CHECK(repr_is(F("2.5e-8"), "2.5e-08"), "2.5e-08");
    CHECK(repr_is(fop(T_QUO, I("2"), I("3")), "0.666667"), "2/3");
    CHECK(repr_is(const_bool(true), "true"), "true");
    CHECK(repr_is(S("a\x01\xc3\xa9\xc2\xad\t\"\\\xff\xf0\x9f\x98\x80\xc2\xa0\xe2\x80\xa8"),
                  "\"a\\x01\xc3\xa9\\u00ad\\t\\\"\\\\\\xff\xf0\x9f\x98\x80\\u00a0\\u2028\""), "quoting");
    CHECK(repr_is(S("aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"),
                  "\"aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa..."), "long string cut");
    char e[200] = "";
    for (int i = 0; i < 77; i++) strcat(e, "\xc3\xa9");
    char want[200] = "\"";
    for (int i = 0; i < 68; i++) strcat(want, "\xc3\xa9");
    strcat(want, "...");
    CHECK(repr_is(S(e), want), "long string cut by runes");
}

int main(void) {
    GC_INIT();
    test_ints();
    test_fits();
    test_floats();
    test_strings_bools();
    test_reprs();
    return check_done();
}
