/* unicode.c — package unicode: character classes and case mappings.
 *
 * Every predicate is a binary search over a sorted list of disjoint
 * {lo, hi, stride} ranges generated from Go's own unicode package
 * (gen_unicode_tables.go -> unicode_tables.h), so minigo agrees with Go
 * on all of Unicode, not only Latin-1. Case mapping is Go's `to` over
 * unicode.CaseRanges, including the UpperLower alternating sequences;
 * SimpleFold is "the other case" except for the few runes listed in
 * uni_fold (the orbits of more than two runes, e.g. k K U+212A).
 */
#include "natives.h"
#include "unicode.h"
#include "unicode_tables.h"

static bool in_table(const URange *t, size_t n, int32_t r) {
    size_t lo = 0, hi = n;
    while (lo < hi) {
        size_t m = lo + (hi - lo) / 2;
        if (r < t[m].lo) hi = m;
        else if (r > t[m].hi) lo = m + 1;
        else return (r - t[m].lo) % t[m].stride == 0;
    }
    return false;
}

#define IN(table, r) in_table(table, sizeof table / sizeof table[0], r)

bool uni_is_letter(int32_t r) {
    if ((uint32_t)r < 0x80) return ((uint32_t)r | 0x20) - 'a' < 26;
    return IN(uni_letter, r);
}
bool uni_is_upper(int32_t r) {
    if ((uint32_t)r < 0x80) return (uint32_t)r - 'A' < 26;
    return IN(uni_upper, r);
}
bool uni_is_lower(int32_t r) {
    if ((uint32_t)r < 0x80) return (uint32_t)r - 'a' < 26;
    return IN(uni_lower, r);
}
bool uni_is_digit(int32_t r) {
    if ((uint32_t)r < 0x80) return (uint32_t)r - '0' < 10;
    return IN(uni_digit, r);
}
bool uni_is_space(int32_t r) {
    switch (r) {
    case '\t': case '\n': case '\v': case '\f': case '\r': case ' ': case 0x85: case 0xA0:
        return true;
    }
    if (r < 0x100) return false;
    return IN(uni_space, r);
}

/* Go's unicode.to over CaseRanges. A delta above MaxRune marks an
 * UpperLower sequence: even offsets are upper case, odd ones lower. */
int32_t uni_to(int c, int32_t r) {
    if (c < 0 || c > 2) return 0xFFFD;
    size_t lo = 0, hi = sizeof uni_case / sizeof uni_case[0];
    while (lo < hi) {
        size_t m = lo + (hi - lo) / 2;
        const UCase *cr = &uni_case[m];
        if (cr->lo <= r && r <= cr->hi) {
            int32_t d = cr->delta[c];
            if (d > 0x10FFFF) return cr->lo + (((r - cr->lo) & ~1) | (c & 1));
            return r + d;
        }
        if (r < cr->lo) hi = m;
        else lo = m + 1;
    }
    return r;
}

static int32_t to_upper(int32_t r) {
    if ((uint32_t)r < 0x80) return (uint32_t)r - 'a' < 26 ? r - 32 : r;
    return uni_to(UNI_UPPER_CASE, r);
}
static int32_t to_lower(int32_t r) {
    if ((uint32_t)r < 0x80) return (uint32_t)r - 'A' < 26 ? r + 32 : r;
    return uni_to(UNI_LOWER_CASE, r);
}

int32_t uni_simple_fold(int32_t r) {
    if (r < 0 || r > 0x10FFFF) return r;
    size_t lo = 0, hi = sizeof uni_fold / sizeof uni_fold[0];
    while (lo < hi) {
        size_t m = lo + (hi - lo) / 2;
        if (uni_fold[m].from == r) return uni_fold[m].to;
        if (r < uni_fold[m].from) hi = m;
        else lo = m + 1;
    }
    int32_t l = to_lower(r);
    return l != r ? l : to_upper(r);
}

#define PRED(NAME, EXPR) \
    static NatStatus unicode_##NAME(G *g, Value *a) { (void)g; int32_t r = (int32_t)a[0].i; a[0].i = (EXPR); return NAT_OK; }
PRED(IsLetter, uni_is_letter(r))
PRED(IsUpper, uni_is_upper(r))
PRED(IsLower, uni_is_lower(r))
PRED(IsTitle, IN(uni_title, r))
PRED(IsDigit, uni_is_digit(r))
PRED(IsNumber, IN(uni_number, r))
PRED(IsSpace, uni_is_space(r))
PRED(IsPunct, IN(uni_punct, r))
PRED(IsSymbol, IN(uni_symbol, r))
PRED(IsMark, IN(uni_mark, r))
PRED(IsGraphic, IN(uni_graphic, r))
PRED(IsPrint, IN(uni_print, r))
PRED(IsControl, IN(uni_control, r))
PRED(ToUpper, to_upper(r))
PRED(ToLower, to_lower(r))
PRED(ToTitle, (uint32_t)r < 0x80 ? to_upper(r) : uni_to(UNI_TITLE_CASE, r))
PRED(SimpleFold, uni_simple_fold(r))

static NatStatus unicode_To(G *g, Value *a) {
    (void)g;
    a[0].i = uni_to((int)(a[0].i < 0 || a[0].i > 2 ? -1 : a[0].i), (int32_t)a[1].i);
    return NAT_OK;
}

/* Bound to the unexported names: the exported functions are Go wrappers,
 * so that they can be used as function values (unicode.IsSpace passed to
 * strings.TrimFunc). */
#define N(NAME, FN) { "unicode", NAME, unicode_##FN }
const NativeDesc unicode_natives[] = {
    N("isLetter", IsLetter), N("isUpper", IsUpper), N("isLower", IsLower), N("isTitle", IsTitle),
    N("isDigit", IsDigit), N("isNumber", IsNumber), N("isSpace", IsSpace), N("isPunct", IsPunct),
    N("isSymbol", IsSymbol), N("isMark", IsMark), N("isGraphic", IsGraphic), N("isPrint", IsPrint),
    N("isControl", IsControl), N("toUpper", ToUpper), N("toLower", ToLower), N("toTitle", ToTitle),
    N("to", To), N("simpleFold", SimpleFold),
    { NULL, NULL, NULL },
};
