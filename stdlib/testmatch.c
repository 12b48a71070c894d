/* testmatch.c — Go regexps for the names minigo test runs (testmatch.h).
 *
 * A pattern is parsed (Go's regexp/syntax rules and error messages) into
 * a tree of Rx nodes, compiled into a small program, and searched for
 * with a Pike VM: the threads at each position of the text are a set of
 * program counters, so the time is linear in the text and no pattern can
 * make it blow up.
 *
 * What it takes: literals, `.`, `^`, `$`, `|`, groups `(...)`, `(?:...)`,
 * `(?P<name>...)`, `(?<name>...)`, flags `(?imsU)` and `(?i:...)`, the
 * repetitions `* + ? {n} {n,} {n,m}` (and their non-greedy forms, which
 * match the same names), classes `[...]` `[^...]` with ranges, POSIX
 * `[:alpha:]` classes and the Perl classes `\d \s \w` (and negations),
 * `\A \z \b \B`, `\Q...\E`, escapes `\n \t \x41 \x{263a} \012` and quoted
 * punctuation. Not: Unicode classes (`\pL`), which report an invalid
 * escape. Case folding ((?i)) is Go's simple folding (unicode.SimpleFold).
 *
 * Invariant: the program's size is bounded (MAX_PROG instructions), and
 * threads are added with an explicit stack, never by recursing in C.
 */
#include <gc.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>
#include "testmatch.h"
#include "unicode.h"
#include "utf8.h"

#define MAX_PROG 20000
#define MAX_REPEAT 1000
#define MAX_DEPTH 1000

typedef struct Range { int32_t lo, hi; } Range;

typedef enum RxKind { RX_EMPTY, RX_RUNE, RX_CLASS, RX_ANY, RX_ASSERT, RX_CAT, RX_ALT, RX_REP } RxKind;
typedef enum Assert { AS_BOT, AS_EOT, AS_BOL, AS_EOL, AS_WORDB, AS_NWORDB } Assert;

typedef struct Rx {
    RxKind kind;
    int32_t rune;            /* RX_RUNE */
    bool fold;               /* RX_RUNE, RX_CLASS: (?i): a rune of the same fold orbit matches */
    bool nl;                 /* RX_ANY: also matches \n ((?s)) */
    Assert as;               /* RX_ASSERT */
    Range *ranges;           /* RX_CLASS: its runes (matched, or with neg, not) */
    int nranges;
    bool neg;                /* RX_CLASS: [^...] */
    struct Rx *x, *y;        /* RX_CAT, RX_ALT: both; RX_REP: x */
    int min, max;            /* RX_REP: max -1 is unbounded */
} Rx;

enum { F_FOLD = 1, F_DOTNL = 2, F_MULTI = 4 };

typedef struct Parser {
    const char *s;
    size_t n, i;
    const char *code;        /* the error, NULL while there is none */
    size_t efrom, elen;      /* the part of the pattern it names */
} Parser;

static Rx *rx_new(RxKind kind) {
    Rx *r = GC_MALLOC(sizeof *r);
    r->kind = kind;
    return r;
}

static Rx *rx_cat(Rx *a, Rx *b) {
    if (!a || a->kind == RX_EMPTY) return b;
    if (!b || b->kind == RX_EMPTY) return a;
    Rx *r = rx_new(RX_CAT);
    r->x = a;
    r->y = b;
    return r;
}

/* Records the first error: code, naming s[from, from+len). */
static void fail(Parser *p, const char *code, size_t from, size_t len) {
    if (p->code) return;
    p->code = code;
    p->efrom = from;
    p->elen = len;
}

static bool at_end(const Parser *p) { return p->i >= p->n; }

/* The rune at i and its byte length (0 at the end). */
static int peek_rune(const Parser *p, size_t i, int32_t *r) {
    if (i >= p->n) { *r = -1; return 0; }
    return utf8_decode(p->s + i, p->n - i, r);
}

/* ---- classes ---- */

typedef struct Ranges { Range *items; int len, cap; } Ranges;

static void ranges_add(Ranges *rs, int32_t lo, int32_t hi) {
    if (rs->len == rs->cap) {
        int cap = rs->cap ? rs->cap * 2 : 8;
        Range *n = GC_MALLOC_ATOMIC(sizeof *n * (size_t)cap);
        if (rs->len) memcpy(n, rs->items, sizeof *n * (size_t)rs->len);
        rs->items = n;
        rs->cap = cap;
    }
    rs->items[rs->len++] = (Range){ lo, hi };
}

/* Sorts and merges the ranges (insertion sort: classes are small). */
static void ranges_normalize(Ranges *rs) {
    for (int i = 1; i < rs->len; i++) {
        Range t = rs->items[i];
        int j = i - 1;
        while (j >= 0 && rs->items[j].lo > t.lo) { rs->items[j + 1] = rs->items[j]; j--; }
        rs->items[j + 1] = t;
    }
    int k = 0;
    for (int i = 0; i < rs->len; i++) {
        if (k > 0 && rs->items[i].lo <= rs->items[k - 1].hi + 1) {
            if (rs->items[i].hi > rs->items[k - 1].hi) rs->items[k - 1].hi = rs->items[i].hi;
        } else {
            rs->items[k++] = rs->items[i];
        }
    }
    rs->len = k;
}

/* The runes not in rs (normalized first). */
static Ranges ranges_negate(Ranges *rs) {
    ranges_normalize(rs);
    Ranges out = { 0 };
    int32_t next = 0;
    for (int i = 0; i < rs->len; i++) {
        if (rs->items[i].lo > next) ranges_add(&out, next, rs->items[i].lo - 1);
        next = rs->items[i].hi + 1;
    }
    if (next <= 0x10FFFF) ranges_add(&out, next, 0x10FFFF);
    return out;
}

/* Adds the class of a Perl escape letter (d s w, negated when upper case). */
static void add_perl(Ranges *rs, char c) {
    Ranges t = { 0 };
    switch (c | 0x20) {
    case 'd': ranges_add(&t, '0', '9'); break;
    case 's': ranges_add(&t, '\t', '\n'); ranges_add(&t, '\f', '\r'); ranges_add(&t, ' ', ' '); break;
    default:  ranges_add(&t, '0', '9'); ranges_add(&t, 'A', 'Z'); ranges_add(&t, '_', '_'); ranges_add(&t, 'a', 'z'); break;
    }
    if (c >= 'A' && c <= 'Z') t = ranges_negate(&t);
    for (int i = 0; i < t.len; i++) ranges_add(rs, t.items[i].lo, t.items[i].hi);
}

/* The POSIX class [:name:] (name of len bytes); false if unknown. */
static bool add_posix(Ranges *rs, const char *name, size_t len, bool neg) {
    static const struct { const char *name; const char *ranges; } classes[] = {
        { "alnum", "09AZaz" }, { "alpha", "AZaz" }, { "ascii", "\x01\x7f" }, { "blank", "\t\t  " },
        { "cntrl", "\x01\x1f\x7f\x7f" }, { "digit", "09" }, { "graph", "!~" }, { "lower", "az" },
        { "print", " ~" }, { "punct", "!/:@[`{~" }, { "space", "\t\r  " }, { "upper", "AZ" },
        { "word", "09AZ__az" }, { "xdigit", "09AFaf" },
    };
    for (size_t k = 0; k < sizeof classes / sizeof classes[0]; k++) {
        if (strlen(classes[k].name) != len || memcmp(classes[k].name, name, len) != 0) continue;
        Ranges t = { 0 };
        const char *r = classes[k].ranges;
        if (strcmp(classes[k].name, "ascii") == 0 || strcmp(classes[k].name, "cntrl") == 0) ranges_add(&t, 0, 0);
        for (size_t j = 0; r[j]; j += 2) ranges_add(&t, (unsigned char)r[j], (unsigned char)r[j + 1]);
        if (neg) t = ranges_negate(&t);
        for (int i = 0; i < t.len; i++) ranges_add(rs, t.items[i].lo, t.items[i].hi);
        return true;
    }
    return false;
}

static int hexval(int c) {
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'f') return c - 'a' + 10;
    if (c >= 'A' && c <= 'F') return c - 'A' + 10;
    return -1;
}

/* A single-rune escape at p->i (the backslash): \n, \x41, \x{..}, \012,
 * quoted punctuation. Returns the rune, or -1 after an error. */
static int32_t parse_escape_rune(Parser *p) {
    size_t start = p->i;
    p->i++;   /* the backslash */
    if (at_end(p)) {
        fail(p, "trailing backslash at end of expression", start, 0);
        return -1;
    }
    int32_t c;
    int w = peek_rune(p, p->i, &c);
    p->i += (size_t)w;
    switch (c) {
    case 'a': return 7;
    case 'f': return '\f';
    case 't': return '\t';
    case 'n': return '\n';
    case 'r': return '\r';
    case 'v': return '\v';
    case 'x': {
        /* \xHH or \x{H...}; a bad one is named up to the rune that
         * made it bad (both of \xHH's runes are read first, as Go does) */
        int32_t v = 0, r;
        if (!at_end(p) && p->s[p->i] == '{') {
            p->i++;
            for (int digits = 0; !at_end(p);) {
                p->i += (size_t)peek_rune(p, p->i, &r);
                if (r == '}') {
                    if (!digits) break;
                    return v;
                }
                int h = r < 0x80 ? hexval(r) : -1;
                if (h < 0) break;
                v = v * 16 + h;
                digits++;
                if (v > 0x10FFFF) break;
            }
        } else {
            int h[2] = { -1, -1 };
            int k = 0;
            for (; k < 2 && !at_end(p); k++) {
                p->i += (size_t)peek_rune(p, p->i, &r);
                h[k] = r < 0x80 ? hexval(r) : -1;
            }
            if (k == 2 && h[0] >= 0 && h[1] >= 0) return h[0] * 16 + h[1];
        }
        fail(p, "invalid escape sequence", start, p->i - start);
        return -1;
    }
    default:
        if (c >= '0' && c <= '7') {
            /* \0 and \1..\7 followed by a digit are octal; \1 alone would be a backreference */
            if (c != '0' && (at_end(p) || p->s[p->i] < '0' || p->s[p->i] > '7')) break;
            int32_t v = c - '0';
            for (int k = 0; k < 2 && !at_end(p) && p->s[p->i] >= '0' && p->s[p->i] <= '7'; k++)
                v = v * 8 + (p->s[p->i++] - '0');
            return v;
        }
        if (c < 0x80 && !((c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')))
            return c;   /* quoted punctuation */
        break;
    }
    fail(p, "invalid escape sequence", start, p->i - start);
    return -1;
}

/* One rune of a class at p->i (a literal or an escape); -1 after an error. */
static int32_t class_rune(Parser *p) {
    if (p->s[p->i] == '\\') return parse_escape_rune(p);
    int32_t r;
    int w = peek_rune(p, p->i, &r);
    p->i += (size_t)w;
    return r;
}

/* class -> '[' '^'? items ']' (p->i at the '[') */
static Rx *parse_class(Parser *p, int flags) {
    size_t start = p->i++;
    Ranges rs = { 0 };
    bool neg = false;
    if (!at_end(p) && p->s[p->i] == '^') { neg = true; p->i++; }
    bool first = true;
    for (;;) {
        if (at_end(p)) {
            fail(p, "missing closing ]", start, p->n - start);
            return NULL;
        }
        char c = p->s[p->i];
        if (c == ']' && !first) { p->i++; break; }
        first = false;
        if (c == '[' && p->i + 1 < p->n && p->s[p->i + 1] == ':') {
            size_t from = p->i, j = p->i + 2;
            bool pneg = j < p->n && p->s[j] == '^';
            if (pneg) j++;
            size_t name = j;
            while (j + 1 < p->n && !(p->s[j] == ':' && p->s[j + 1] == ']')) j++;
            if (j + 1 < p->n) {
                if (!add_posix(&rs, p->s + name, j - name, pneg)) {
                    fail(p, "invalid character class range", from, j + 2 - from);
                    return NULL;
                }
                p->i = j + 2;
                continue;
            }
        }
        if (c == '\\' && p->i + 1 < p->n && strchr("dDsSwW", p->s[p->i + 1])) {
            add_perl(&rs, p->s[p->i + 1]);
            p->i += 2;
            continue;
        }
        if (c == '\\' && p->i + 1 < p->n && (p->s[p->i + 1] == 'p' || p->s[p->i + 1] == 'P')) {
            fail(p, "invalid escape sequence", p->i, 2);   /* Unicode classes: not in minigo */
            return NULL;
        }
        size_t from = p->i;
        int32_t lo = class_rune(p);
        if (lo < 0) return NULL;
        int32_t hi = lo;
        if (p->i + 1 < p->n && p->s[p->i] == '-' && p->s[p->i + 1] != ']') {
            p->i++;
            hi = class_rune(p);
            if (hi < 0) return NULL;
            if (hi < lo) {
                fail(p, "invalid character class range", from, p->i - from);
                return NULL;
            }
        }
        ranges_add(&rs, lo, hi);
    }
    ranges_normalize(&rs);
    Rx *r = rx_new(RX_CLASS);
    r->ranges = rs.items;
    r->nranges = rs.len;
    r->neg = neg;                          /* after folding, as Go negates */
    r->fold = (flags & F_FOLD) != 0;
    return r;
}

/* A repeat count {n}, {n,} or {n,m} at p->i: true with *min, *max (-1:
 * none) and p->i past it; false, p->i unchanged, when it is not one (the
 * brace is then a literal). */
static bool parse_count(Parser *p, int *min, int *max) {
    size_t j = p->i + 1;
    int a = 0, b;
    if (j >= p->n || p->s[j] < '0' || p->s[j] > '9') return false;
    while (j < p->n && p->s[j] >= '0' && p->s[j] <= '9') { if (a <= 100000) a = a * 10 + (p->s[j] - '0'); j++; }
    if (j < p->n && p->s[j] == '}') { b = a; }
    else if (j < p->n && p->s[j] == ',') {
        j++;
        if (j < p->n && p->s[j] == '}') b = -1;
        else {
            if (j >= p->n || p->s[j] < '0' || p->s[j] > '9') return false;
            b = 0;
            while (j < p->n && p->s[j] >= '0' && p->s[j] <= '9') { if (b <= 100000) b = b * 10 + (p->s[j] - '0'); j++; }
            if (j >= p->n || p->s[j] != '}') return false;
        }
    } else return false;
    *min = a;
    *max = b;
    p->i = j + 1;
    return true;
}

static Rx *parse_alt(Parser *p, int *flags, int depth);

/* Whether a repetition operator starts at p->i. */
static bool at_repeat(Parser *p) {
    if (at_end(p)) return false;
    char c = p->s[p->i];
    if (c == '*' || c == '+' || c == '?') return true;
    if (c != '{') return false;
    size_t save = p->i;
    int a, b;
    bool yes = parse_count(p, &a, &b);
    p->i = save;
    return yes;
}

/* (?flags) or (?flags:re) at p->i (after "(?"); start is the '('. Sets
 * *flags for the rest of the group, or returns the group. */
static Rx *parse_flags(Parser *p, size_t start, int *flags, int depth, bool *only_flags) {
    int f = *flags;
    bool neg = false, any = false;
    for (;;) {
        if (at_end(p)) {
            fail(p, "missing closing )", 0, p->n);
            return NULL;
        }
        char c = p->s[p->i++];
        int bit = c == 'i' ? F_FOLD : c == 's' ? F_DOTNL : c == 'm' ? F_MULTI : c == 'U' ? 8 : 0;
        if (bit) {
            f = neg ? f & ~bit : f | bit;
            any = true;
            continue;
        }
        if (c == '-' && !neg) { neg = true; any = false; continue; }
        if ((c == ')' || c == ':') && (any || !neg)) {
            if (c == ')') {
                if (!any && !neg) break;   /* "(?)" */
                *flags = f;
                *only_flags = true;
                return NULL;
            }
            Rx *r = parse_alt(p, &f, depth + 1);
            if (p->code) return NULL;
            if (at_end(p) || p->s[p->i] != ')') {
                fail(p, "missing closing )", 0, p->n);
                return NULL;
            }
            p->i++;
            return r ? r : rx_new(RX_EMPTY);
        }
        break;
    }
    fail(p, "invalid or unsupported Perl syntax", start, p->i - start);
    return NULL;
}

/* atom -> '(' alt ')' | class | '.' | '^' | '$' | escape | rune
 * (NULL with *only_flags: a (?i) group, which matches nothing) */
static Rx *parse_atom(Parser *p, int *flags, int depth, bool *only_flags) {
    if (depth > MAX_DEPTH) {
        fail(p, "expression nests too deeply", 0, p->n);
        return NULL;
    }
    size_t start = p->i;
    char c = p->s[p->i];
    if (c == '(') {
        p->i++;
        if (!at_end(p) && p->s[p->i] == '?') {
            p->i++;
            bool named = false;
            if (!at_end(p) && p->s[p->i] == 'P' && p->i + 1 < p->n && p->s[p->i + 1] == '<') { p->i += 2; named = true; }
            else if (!at_end(p) && p->s[p->i] == '<') { p->i++; named = true; }
            if (!named) return parse_flags(p, start, flags, depth, only_flags);
            size_t name = p->i;
            while (!at_end(p) && p->s[p->i] != '>') p->i++;
            bool ok = !at_end(p) && p->i > name;
            for (size_t k = name; ok && k < p->i; k++) {
                char d = p->s[k];
                ok = d == '_' || (d >= '0' && d <= '9') || (d >= 'a' && d <= 'z') || (d >= 'A' && d <= 'Z');
            }
            if (!ok) {
                fail(p, "invalid named capture", start, (at_end(p) ? p->n : p->i + 1) - start);
                return NULL;
            }
            p->i++;
        }
        int f = *flags;
        Rx *r = parse_alt(p, &f, depth + 1);
        if (p->code) return NULL;
        if (at_end(p) || p->s[p->i] != ')') {
            fail(p, "missing closing )", 0, p->n);
            return NULL;
        }
        p->i++;
        return r ? r : rx_new(RX_EMPTY);
    }
    if (c == '[') return parse_class(p, *flags);
    if (c == '.') {
        p->i++;
        Rx *r = rx_new(RX_ANY);
        r->nl = (*flags & F_DOTNL) != 0;
        return r;
    }
    if (c == '^' || c == '$') {
        p->i++;
        Rx *r = rx_new(RX_ASSERT);
        r->as = c == '^' ? (*flags & F_MULTI ? AS_BOL : AS_BOT) : (*flags & F_MULTI ? AS_EOL : AS_EOT);
        return r;
    }
    if (c == '\\' && p->i + 1 < p->n) {
        char e = p->s[p->i + 1];
        if (strchr("AzbB", e)) {
            p->i += 2;
            Rx *r = rx_new(RX_ASSERT);
            r->as = e == 'A' ? AS_BOT : e == 'z' ? AS_EOT : e == 'b' ? AS_WORDB : AS_NWORDB;
            return r;
        }
        if (strchr("dDsSwW", e)) {
            p->i += 2;
            Ranges rs = { 0 };
            add_perl(&rs, e);
            ranges_normalize(&rs);
            Rx *r = rx_new(RX_CLASS);
            r->ranges = rs.items;
            r->nranges = rs.len;
            return r;
        }
        if (e == 'Q') {
            /* \Q...\E: literal text */
            p->i += 2;
            Rx *r = rx_new(RX_EMPTY);
            while (!at_end(p) && !(p->s[p->i] == '\\' && p->i + 1 < p->n && p->s[p->i + 1] == 'E')) {
                Rx *l = rx_new(RX_RUNE);
                p->i += (size_t)peek_rune(p, p->i, &l->rune);
                l->fold = (*flags & F_FOLD) != 0;
                r = rx_cat(r, l);
            }
            if (!at_end(p)) p->i += 2;
            return r;
        }
        if (e == 'p' || e == 'P') {
            fail(p, "invalid escape sequence", p->i, 2);   /* Unicode classes: not in minigo */
            return NULL;
        }
    }
    Rx *r = rx_new(RX_RUNE);
    if (c == '\\') {
        r->rune = parse_escape_rune(p);
        if (r->rune < 0) return NULL;
    } else {
        int w = peek_rune(p, p->i, &r->rune);
        if (r->rune == 0xFFFD && w == 1 && (unsigned char)c >= 0x80) {
            fail(p, "invalid UTF-8", p->i, p->n - p->i);
            return NULL;
        }
        p->i += (size_t)w;
    }
    r->fold = (*flags & F_FOLD) && uni_simple_fold(r->rune) != r->rune;
    return r;
}

/* repeat -> atom ( ('*' | '+' | '?' | count) '?'? )? ; a second operator is an error */
static Rx *parse_repeat(Parser *p, int *flags, int depth, bool *only_flags) {
    Rx *atom = parse_atom(p, flags, depth, only_flags);
    if (!atom || p->code) return atom;
    if (!at_repeat(p)) return atom;
    size_t op = p->i;
    int min, max;
    char c = p->s[p->i];
    if (c == '{') {
        parse_count(p, &min, &max);
        if (min > MAX_REPEAT || max > MAX_REPEAT || (max >= 0 && min > max)) {
            fail(p, "invalid repeat count", op, p->i - op);
            return NULL;
        }
    } else {
        p->i++;
        min = c == '+' ? 1 : 0;
        max = c == '?' ? 1 : -1;
    }
    if (!at_end(p) && p->s[p->i] == '?') p->i++;   /* non-greedy: the same names match */
    if (at_repeat(p)) {
        size_t save = p->i;
        if (p->s[p->i] == '{') parse_count(p, &min, &max);
        else p->i++;
        if (!at_end(p) && p->s[p->i] == '?') p->i++;
        fail(p, "invalid nested repetition operator", op, p->i - op);
        p->i = save;
        return NULL;
    }
    Rx *r = rx_new(RX_REP);
    r->x = atom;
    r->min = min;
    r->max = max;
    return r;
}

/* concat -> repeat* (up to '|', ')' or the end) */
static Rx *parse_concat(Parser *p, int *flags, int depth) {
    Rx *r = rx_new(RX_EMPTY);
    while (!at_end(p) && p->s[p->i] != '|' && p->s[p->i] != ')') {
        if (at_repeat(p)) {
            size_t op = p->i;
            int a, b;
            if (p->s[p->i] == '{') parse_count(p, &a, &b);
            else p->i++;
            fail(p, "missing argument to repetition operator", op, p->i - op);
            return NULL;
        }
        bool only_flags = false;
        Rx *x = parse_repeat(p, flags, depth, &only_flags);
        if (p->code) return NULL;
        if (x) r = rx_cat(r, x);
    }
    return r;
}

/* alt -> concat ('|' concat)* */
static Rx *parse_alt(Parser *p, int *flags, int depth) {
    Rx *r = parse_concat(p, flags, depth);
    while (!p->code && !at_end(p) && p->s[p->i] == '|') {
        p->i++;
        Rx *y = parse_concat(p, flags, depth);
        if (p->code) return NULL;
        Rx *a = rx_new(RX_ALT);
        a->x = r;
        a->y = y;
        r = a;
    }
    return r;
}

/* ---- the program and the Pike VM ---- */

typedef enum Op { I_RUNE, I_CLASS, I_ANY, I_ASSERT, I_SPLIT, I_JMP, I_MATCH } Op;

typedef struct Inst {
    Op op;
    int x, y;                /* I_SPLIT: both targets; I_JMP: x */
    const Rx *rx;            /* I_RUNE, I_CLASS, I_ANY, I_ASSERT */
} Inst;

typedef struct Prog { Inst *code; int len, cap; bool big; } Prog;

static int emit(Prog *pg, Op op, const Rx *rx) {
    if (pg->len >= MAX_PROG) { pg->big = true; return pg->len - 1; }
    if (pg->len == pg->cap) {
        int cap = pg->cap ? pg->cap * 2 : 32;
        Inst *n = GC_MALLOC(sizeof *n * (size_t)cap);
        if (pg->len) memcpy(n, pg->code, sizeof *n * (size_t)pg->len);
        pg->code = n;
        pg->cap = cap;
    }
    pg->code[pg->len] = (Inst){ op, 0, 0, rx };
    return pg->len++;
}

static void compile(Prog *pg, const Rx *r) {
    if (pg->big) return;
    switch (r->kind) {
    case RX_EMPTY: break;
    case RX_RUNE: emit(pg, I_RUNE, r); break;
    case RX_CLASS: emit(pg, I_CLASS, r); break;
    case RX_ANY: emit(pg, I_ANY, r); break;
    case RX_ASSERT: emit(pg, I_ASSERT, r); break;
    case RX_CAT: compile(pg, r->x); compile(pg, r->y); break;
    case RX_ALT: {
        int split = emit(pg, I_SPLIT, NULL);
        pg->code[split].x = pg->len;
        compile(pg, r->x);
        int jmp = emit(pg, I_JMP, NULL);
        pg->code[split].y = pg->len;
        compile(pg, r->y);
        pg->code[jmp].x = pg->len;
        break;
    }
    case RX_REP: {
        for (int k = 0; k < r->min && !pg->big; k++) compile(pg, r->x);
        if (r->max < 0) {
            int split = emit(pg, I_SPLIT, NULL);
            pg->code[split].x = pg->len;
            compile(pg, r->x);
            int jmp = emit(pg, I_JMP, NULL);
            pg->code[jmp].x = split;
            pg->code[split].y = pg->len;
            break;
        }
        /* x{n,m}: m-n optional copies, each skipping to the end */
        int nopt = r->max - r->min, *splits = GC_MALLOC_ATOMIC(sizeof(int) * (size_t)(nopt + 1));
        for (int k = 0; k < nopt && !pg->big; k++) {
            splits[k] = emit(pg, I_SPLIT, NULL);
            pg->code[splits[k]].x = pg->len;
            compile(pg, r->x);
        }
        for (int k = 0; k < nopt && !pg->big; k++) pg->code[splits[k]].y = pg->len;
        break;
    }
    }
}

static bool is_word(int32_t r) {
    return r == '_' || (r >= '0' && r <= '9') || (r >= 'a' && r <= 'z') || (r >= 'A' && r <= 'Z');
}

/* Whether assertion a holds between runes prev and next (-1: the text's edge). */
static bool holds(Assert a, int32_t prev, int32_t next) {
    switch (a) {
    case AS_BOT: return prev < 0;
    case AS_EOT: return next < 0;
    case AS_BOL: return prev < 0 || prev == '\n';
    case AS_EOL: return next < 0 || next == '\n';
    case AS_WORDB: return is_word(prev) != is_word(next);
    case AS_NWORDB: return is_word(prev) == is_word(next);
    }
    return false;
}

static bool in_ranges(const Rx *r, int32_t c) {
    for (int i = 0; i < r->nranges; i++)
        if (c >= r->ranges[i].lo && c <= r->ranges[i].hi) return true;
    return false;
}

/* Whether c or, under (?i), a rune of its fold orbit is in the class. */
static bool in_class(const Rx *r, int32_t c) {
    if (in_ranges(r, c)) return true;
    if (!r->fold) return false;
    for (int32_t f = uni_simple_fold(c); f != c; f = uni_simple_fold(f))
        if (in_ranges(r, f)) return true;
    return false;
}

static bool step_matches(const Inst *in, int32_t c) {
    switch (in->op) {
    case I_RUNE:
        if (c == in->rx->rune) return true;
        if (in->rx->fold)
            for (int32_t f = uni_simple_fold(c); f != c; f = uni_simple_fold(f))
                if (f == in->rx->rune) return true;
        return false;
    case I_CLASS: return in_class(in->rx, c) != in->rx->neg;
    case I_ANY: return c != '\n' || in->rx->nl;
    default: return false;
    }
}

typedef struct Threads { int *pc; int n; } Threads;

/* Adds the thread at pc, following jumps, splits and assertions (which
 * see prev and next) with an explicit stack; returns whether it reached
 * the match. mark[] holds gen for the pcs already in t. */
static bool add_thread(const Prog *pg, Threads *t, unsigned *mark, unsigned gen, int *stack, int pc,
                       int32_t prev, int32_t next) {
    int sp = 0;
    stack[sp++] = pc;
    bool matched = false;
    while (sp > 0) {
        pc = stack[--sp];
        if (mark[pc] == gen) continue;
        mark[pc] = gen;
        const Inst *in = &pg->code[pc];
        switch (in->op) {
        case I_JMP: stack[sp++] = in->x; break;
        case I_SPLIT: stack[sp++] = in->y; stack[sp++] = in->x; break;
        case I_ASSERT: if (holds(in->rx->as, prev, next)) stack[sp++] = pc + 1; break;
        case I_MATCH: matched = true; break;
        default: t->pc[t->n++] = pc; break;
        }
    }
    return matched;
}

static bool run(const Prog *pg, const char *s, size_t n) {
    int len = pg->len;
    unsigned *mark = GC_MALLOC_ATOMIC(sizeof(unsigned) * (size_t)len);
    memset(mark, 0, sizeof(unsigned) * (size_t)len);
    int *stack = GC_MALLOC_ATOMIC(sizeof(int) * (size_t)(2 * len + 2));
    Threads a = { GC_MALLOC_ATOMIC(sizeof(int) * (size_t)len), 0 }, b = { GC_MALLOC_ATOMIC(sizeof(int) * (size_t)len), 0 };
    Threads *cur = &a, *nxt = &b;
    unsigned gen = 1;
    int32_t prev = -1, c;
    int w = utf8_decode(s, n, &c);
    if (n == 0) c = -1;
    if (add_thread(pg, cur, mark, gen, stack, 0, prev, c)) return true;
    for (size_t pos = 0; pos < n;) {
        gen++;
        nxt->n = 0;
        size_t at = pos + (size_t)w;
        int32_t next;
        int nw = at < n ? utf8_decode(s + at, n - at, &next) : 0;
        if (at >= n) next = -1;
        for (int i = 0; i < cur->n; i++) {
            const Inst *in = &pg->code[cur->pc[i]];
            if (step_matches(in, c) && add_thread(pg, nxt, mark, gen, stack, cur->pc[i] + 1, c, next)) return true;
        }
        /* a match may start at any position */
        if (add_thread(pg, nxt, mark, gen, stack, 0, c, next)) return true;
        Threads *t = cur;
        cur = nxt;
        nxt = t;
        prev = c;
        c = next;
        w = nw;
        pos = at;
    }
    (void)prev;
    return false;
}

/* Go's syntax.Error text for the parser's error. */
static const char *error_text(const Parser *p) {
    const char *pre = "error parsing regexp: ";
    size_t len = strlen(pre) + strlen(p->code) + p->elen + 8;
    char *m = GC_MALLOC_ATOMIC(len);
    snprintf(m, len, "%s%s: `%.*s`", pre, p->code, (int)p->elen, p->s + p->efrom);
    return m;
}

bool testmatch(const char *pat, size_t patlen, const char *s, size_t slen, const char **err) {
    *err = NULL;
    Parser p = { pat, patlen, 0, NULL, 0, 0 };
    int flags = 0;
    Rx *r = parse_alt(&p, &flags, 0);
    if (!p.code && !at_end(&p)) fail(&p, "unexpected )", 0, patlen);   /* parse_alt stops only at a ')' */
    if (p.code) {
        *err = error_text(&p);
        return false;
    }
    Prog pg = { 0 };
    compile(&pg, r);
    emit(&pg, I_MATCH, NULL);
    if (pg.big) {
        p.code = "expression too large";
        p.efrom = 0;
        p.elen = patlen;
        *err = error_text(&p);
        return false;
    }
    return run(&pg, s, slen);
}
