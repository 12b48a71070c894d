/* lexer.re — Go's tokens for minigo (re2c 3.0 source, UTF-8 mode `-8`).
 *
 * lex_next() scans one token of a NUL-terminated UTF-8 buffer. The re2c
 * blocks below recognise the shape of each token; small C helpers then check
 * what regular expressions cannot say briefly (Go's rules for number
 * literals, escapes) and decode literal values. Error messages and their
 * positions follow cmd/compile's scanner (what `go run` prints).
 *
 * Invariants:
 *  - The cursor never passes lim = src + len. Every block has the `$` rule
 *    (re2c:eof with the NUL sentinel at src[len]); a NUL before lim is an
 *    ordinary byte and is reported as "invalid NUL character".
 *  - Only valid UTF-8 (no surrogates, no overlong forms) is accepted
 *    anywhere, comments and literals included; a byte order mark is allowed
 *    only as the first thing in the buffer.
 *  - lx->line / lx->line_start always describe the line containing lx->cur:
 *    every rule that consumes a '\n' (newline, raw string, block comment)
 *    updates them at once. A token's column is its byte distance from
 *    line_start, plus one.
 *  - lx->nlsemi is true exactly when the last token returned was one after
 *    which a newline (or a comment containing one, or the end of input)
 *    becomes a T_SEMI with text "\n".
 *  - Errors: while scanning one token the lexer goes on after an error as
 *    far as Go's scanner does (a bad byte is skipped, an unterminated
 *    literal is still found) and keeps the error with the smallest position,
 *    because Go prints its errors sorted by position. So the message is the
 *    first one `go run` would print. A token with an error comes back as
 *    T_ILLEGAL; lx->err is non-NULL exactly after that has happened.
 *  - After a T_ILLEGAL the lexer is dead: every later call gives T_EOF, and
 *    lx->err / lx->err_pos keep the message.
 *
 * Glossary: "lexeme" = the bytes of the current token [tok, cur);
 * "uvalid" = one well-formed multi-byte UTF-8 character other than U+FEFF.
 */
#include "lexer.h"
#include "utf8.h"

#include <gc.h>
#include <stdarg.h>
#include <stdio.h>
#include <string.h>

typedef unsigned char uchar;

static const char *const tok_names[T_COUNT] = {
#define X(name, text) text,
    TOKEN_LIST(X)
#undef X
};

const char *tok_name(TokKind k) {
    if ((unsigned)k >= (unsigned)T_COUNT)
        return "?";
    return tok_names[k];
}

/*!include:re2c "unicode_categories.re" */

/*!re2c
    re2c:define:YYCTYPE = uchar;
    re2c:yyfill:enable = 0;
    re2c:eof = 0;
    re2c:flags:utf-8 = 1;

    // Well-formed multi-byte UTF-8, minus the surrogates and U+FEFF (a BOM
    // is legal only at the very start, which lex_init skips).
    uvalid = [\u0080-\uD7FF\uE000-\uFEFE\uFF00-\U0010FFFF];

    letter = L | "_";
    ident = letter (letter | Nd)*;

    // The shape of a number; number_check() applies Go's rules to it. Each
    // part is as long as Go's own scanner would take it, so maximal munch
    // here ends the literal where Go ends it.
    decdigs = [0-9_]*;
    hexdigs = [0-9a-fA-F_]*;
    decexp  = [eEpP] [+-]? decdigs;
    hexexp  = [pP] [+-]? decdigs;
    number  = ( [0-9] decdigs ("." decdigs)? decexp?
              | "." [0-9] decdigs decexp?
              | "0" [bBoO] decdigs ("." decdigs)? decexp?
              | "0" [xX] hexdigs ("." hexdigs)? hexexp?
              ) "i"?;
*/

/* ---- positions and errors ---------------------------------------------- */

static Pos pos_at(const Lexer *lx, const uchar *p) {
    Pos pos;
    pos.line = lx->line;
    pos.col = (int32_t)(p - (const uchar *)lx->line_start) + 1;
    pos.offset = (int32_t)(p - (const uchar *)lx->src);
    return pos;
}

/* Records an error message (a GC-allocated copy) and its position, unless
 * an error at the same or an earlier position is already recorded. */
static void set_err(Lexer *lx, Pos pos, const char *fmt, ...)
    __attribute__((format(printf, 3, 4)));

static void set_err(Lexer *lx, Pos pos, const char *fmt, ...) {
    char buf[160];
    va_list ap;
    if (lx->err && lx->err_pos.offset <= pos.offset)
        return;
    va_start(ap, fmt);
    vsnprintf(buf, sizeof buf, fmt, ap);
    va_end(ap);
    size_t n = strlen(buf);
    char *msg = GC_MALLOC_ATOMIC(n + 1);
    if (msg) {
        memcpy(msg, buf, n + 1);
        lx->err = msg;
    } else {
        lx->err = "out of memory";
    }
    lx->err_pos = pos;
}

/* ---- UTF-8 ------------------------------------------------------------- */

/* The UTF-8 of rt/utf8.h, in the lexer's terms: 0 for an invalid encoding;
 * utf8_put returns the end of what it wrote. */
static int utf8_at(const uchar *p, const uchar *lim, int32_t *r) {
    int32_t v;
    int n = utf8_decode_valid((const char *)p, (size_t)(lim - p), &v);
    if (n) *r = v;   /* invalid: *r stays as the caller set it */
    return n;
}

static uchar *utf8_put(uchar *out, uint32_t r) { return out + utf8_encode((char *)out, (int32_t)r); }

/* Go's strconv.IsPrint, as far as the Unicode tables of re2c go: letters,
 * marks, numbers, punctuation, symbols and the ASCII space. */
static bool is_print(int32_t r) {
    if (r < 0x80)
        return r >= 0x20 && r < 0x7F;
    if (!utf8_valid_rune(r))
        return false;
    /* The DFA reads at most the bytes of one character: one regular
     * expression of exactly one character, no end-of-input checks needed. */
    uchar buf[8] = {0};
    uchar *end = utf8_put(buf, (uint32_t)r);
    const uchar *YYCURSOR = buf, *YYMARKER = buf;
    (void)YYMARKER;
    /*!local:re2c
        re2c:eof = -1;
        (L | M | N | P | S) { return YYCURSOR == end; }
        * { return false; }
    */
}

/* Formats r as Go's %#U does: U+0040 '@' (the character only if printable). */
static const char *fmt_U(char *buf, size_t size, int32_t r) {
    if (is_print(r)) {
        uchar enc[5];
        uchar *end = utf8_put(enc, (uint32_t)r);
        *end = 0;
        snprintf(buf, size, "U+%04X '%s'", (unsigned)r, (const char *)enc);
    } else {
        snprintf(buf, size, "U+%04X", (unsigned)r);
    }
    return buf;
}

/* Formats r as Go's %q of a rune does: 'g', '\n', '\'', '\x01', '\u00a0'. */
static const char *fmt_q(char *buf, size_t size, int32_t r) {
    static const char esc[] = "\aa\bb\ff\nn\rr\tt\vv\\\\''";
    for (const char *e = esc; *e; e += 2) {
        if (r == (uchar)e[0]) {
            snprintf(buf, size, "'\\%c'", e[1]);
            return buf;
        }
    }
    if (is_print(r)) {
        uchar enc[5];
        uchar *end = utf8_put(enc, (uint32_t)r);
        *end = 0;
        snprintf(buf, size, "'%s'", (const char *)enc);
    } else if (r < 0x80) {
        snprintf(buf, size, "'\\x%02x'", (unsigned)r);
    } else if (r < 0x10000) {
        snprintf(buf, size, "'\\u%04x'", (unsigned)r);
    } else {
        snprintf(buf, size, "'\\U%08x'", (unsigned)r);
    }
    return buf;
}

/* Records the error for a byte at p < lim that Go's source reader rejects:
 * a NUL, a bad UTF-8 sequence, or a misplaced BOM. Returns how many bytes Go
 * skips for it (a bad byte alone; a BOM whole), or 0, recording nothing, if
 * p starts a well-formed character. */
static int source_error(Lexer *lx, const uchar *p) {
    const uchar *lim = (const uchar *)lx->src + lx->len;
    int32_t r;
    if (*p == 0) {
        set_err(lx, pos_at(lx, p), "invalid NUL character");
        return 1;
    }
    if (*p < 0x80)
        return 0;
    if (utf8_at(p, lim, &r) == 0) {
        set_err(lx, pos_at(lx, p), "invalid UTF-8 encoding");
        return 1;
    }
    if (r == 0xFEFF) {
        set_err(lx, pos_at(lx, p), "invalid BOM in the middle of the file");
        return 3;
    }
    return 0;
}

/* Skips what Go's source reader skips at p (bad bytes, one at a time, and
 * misplaced BOMs), recording the errors; returns the next good position. */
static const uchar *skip_bad(Lexer *lx, const uchar *p) {
    const uchar *lim = (const uchar *)lx->src + lx->len;
    int n;
    while (p < lim && (n = source_error(lx, p)) > 0)
        p += n;
    return p;
}

/* For the default rule of a literal or comment, which only bad bytes reach:
 * skips them from p, and always moves on at least one byte. */
static const uchar *skip_bad_here(Lexer *lx, const uchar *p) {
    const uchar *q = skip_bad(lx, p);
    return q > p ? q : p + 1;
}

static inline void newline_at(Lexer *lx, const uchar *nl) {
    lx->line++;
    lx->line_start = (const char *)nl + 1;
}

/* ---- escapes ----------------------------------------------------------- */

typedef enum { ESC_OK, ESC_ERR, ESC_EOF } EscResult;

static int hexval(uchar c) {
    if (c >= '0' && c <= '9') return c - '0';
    c |= 0x20;
    if (c >= 'a' && c <= 'f') return c - 'a' + 10;
    return 99;
}

/* Scans the escape whose backslash ends just before *pp, in a literal
 * delimited by quote, as Go's scanner does (bad bytes in it are recorded and
 * skipped). ESC_OK: *pp is past the escape, *val is its value and *is_byte
 * tells whether it is a raw byte (\x, octal) rather than a code point.
 * ESC_ERR: the error is recorded and *pp is at the character that broke the
 * escape (not consumed, as in Go). ESC_EOF: the input ended inside it (the
 * caller reports the unterminated literal; *pp is at the end). */
static EscResult scan_escape(Lexer *lx, const uchar **pp, uchar quote,
                             uint32_t *val, bool *is_byte) {
    const uchar *lim = (const uchar *)lx->src + lx->len;
    const uchar *p = skip_bad(lx, *pp);
    int ndig;
    uint32_t base, max;
    char qb[24], ub[32];

    *pp = p;
    if (p >= lim)
        return ESC_EOF;
    *is_byte = false;
    switch (*p) {
    case 'a': *val = '\a'; break;
    case 'b': *val = '\b'; break;
    case 'f': *val = '\f'; break;
    case 'n': *val = '\n'; break;
    case 'r': *val = '\r'; break;
    case 't': *val = '\t'; break;
    case 'v': *val = '\v'; break;
    case '\\': *val = '\\'; break;
    case '0': case '1': case '2': case '3':
    case '4': case '5': case '6': case '7':
        ndig = 3, base = 8, max = 255;
        goto digits;
    case 'x':
        p++, ndig = 2, base = 16, max = 255;
        goto digits;
    case 'u':
        p++, ndig = 4, base = 16, max = 0x10FFFF;
        goto digits;
    case 'U':
        p++, ndig = 8, base = 16, max = 0x10FFFF;
        goto digits;
    default:
        if (*p == quote) {
            *val = quote;
            break;
        }
        set_err(lx, pos_at(lx, p), "unknown escape");
        return ESC_ERR;
    }
    *pp = p + 1;
    return ESC_OK;

digits:;
    uint32_t x = 0;
    for (int i = 0; i < ndig; i++, p++) {
        p = skip_bad(lx, p);
        *pp = p;
        if (p >= lim)
            return ESC_EOF;
        uint32_t d = (uint32_t)hexval(*p);
        if (d >= base) {
            int32_t r = *p;
            utf8_at(p, lim, &r);
            set_err(lx, pos_at(lx, p), "invalid character %s in %s escape",
                    fmt_q(qb, sizeof qb, r),
                    base == 8 ? "octal" : "hexadecimal");
            return ESC_ERR;
        }
        x = x * base + d;
    }
    /* Go reports a bad value where it stands after reading the escape, that
     * is past any bad bytes that follow it. */
    p = skip_bad(lx, p);
    *pp = p;
    if (x > max && base == 8) {
        set_err(lx, pos_at(lx, p), "octal escape value %u > 255", (unsigned)x);
        return ESC_ERR;
    }
    if (x > max || (x >= 0xD800 && x < 0xE000)) {
        set_err(lx, pos_at(lx, p), "escape is invalid Unicode code point %s",
                fmt_U(ub, sizeof ub, (int32_t)x));
        return ESC_ERR;
    }
    *val = x;
    *is_byte = max == 255;
    return ESC_OK;
}

/* ---- numbers ----------------------------------------------------------- */

static const char *base_name(int base) {
    switch (base) {
    case 2: return "binary";
    case 8: return "octal";
    case 16: return "hexadecimal";
    default: return "decimal";
    }
}

static bool is_digit_of(uchar c, int base) {
    return base == 16 ? hexval(c) < 16 : (c >= '0' && c <= '9');
}

/* Index of the first '_' in the literal s[0..n) that does not separate two
 * digits (a base prefix counts as a digit), or -1. */
static int bad_separator(const uchar *s, int n) {
    bool hex = false;
    char prev = '.'; /* class of the previous byte: '0' digit, '_', '.' other */
    int i = 0;
    if (n >= 2 && s[0] == '0') {
        uchar c = s[1] | 0x20;
        if (c == 'x' || c == 'o' || c == 'b') {
            hex = c == 'x';
            prev = '0';
            i = 2;
        }
    }
    for (; i < n; i++) {
        uchar c = s[i];
        if (c == '_') {
            if (prev != '0')
                return i;
            prev = '_';
        } else if ((c >= '0' && c <= '9') || (hex && hexval(c) < 16)) {
            prev = '0';
        } else {
            if (prev == '_')
                return i - 1;
            prev = '.';
        }
    }
    return prev == '_' ? n - 1 : -1;
}

/* Applies Go's rules to the number lexeme [s, e), which the `number` regular
 * expression matched; returns its kind or T_ILLEGAL with the error set. The
 * checks run in the order Go's scanner makes them, so the first error Go
 * would report is the one reported here. */
static TokKind number_check(Lexer *lx, const uchar *s, const uchar *e) {
    const uchar *p = s;
    int base = 10;
    char prefix = 0; /* 0 decimal, '0' legacy octal, 'x', 'o', 'b' */
    bool digits = false, is_float = false;
    const uchar *invalid = NULL; /* first digit too large for the base */

    if (*p != '.') {
        if (p[0] == '0' && p + 1 < e) {
            switch (p[1] | 0x20) {
            case 'x': base = 16, prefix = 'x', p += 2; break;
            case 'o': base = 8, prefix = 'o', p += 2; break;
            case 'b': base = 2, prefix = 'b', p += 2; break;
            }
        }
        if (prefix == 0 && *p == '0') {
            base = 8, prefix = '0', digits = true;
        }
        for (; p < e && (is_digit_of(*p, base) || *p == '_'); p++) {
            if (*p != '_') {
                digits = true;
                if (base < 10 && *p - '0' >= base && !invalid)
                    invalid = p;
            }
        }
        if (p < e && *p == '.') {
            if (prefix == 'o' || prefix == 'b') {
                set_err(lx, pos_at(lx, p), "invalid radix point in %s literal",
                        base_name(base));
                return T_ILLEGAL;
            }
            p++;
            is_float = true;
        }
    } else {
        p++;
        is_float = true;
    }
    if (is_float) {
        for (; p < e && (is_digit_of(*p, base) || *p == '_'); p++)
            digits |= *p != '_';
    }
    if (!digits) {
        set_err(lx, pos_at(lx, p), "%s literal has no digits", base_name(base));
        return T_ILLEGAL;
    }
    if (p < e && ((*p | 0x20) == 'e' || (*p | 0x20) == 'p')) {
        uchar c = *p;
        if ((c | 0x20) == 'e' && prefix != 0 && prefix != '0') {
            set_err(lx, pos_at(lx, p), "'%c' exponent requires decimal mantissa", c);
            return T_ILLEGAL;
        }
        if ((c | 0x20) == 'p' && prefix != 'x') {
            set_err(lx, pos_at(lx, p), "'%c' exponent requires hexadecimal mantissa", c);
            return T_ILLEGAL;
        }
        p++;
        is_float = true;
        if (p < e && (*p == '+' || *p == '-'))
            p++;
        bool expdigits = false;
        for (; p < e && ((*p >= '0' && *p <= '9') || *p == '_'); p++)
            expdigits |= *p != '_';
        if (!expdigits) {
            set_err(lx, pos_at(lx, p), "exponent has no digits");
            return T_ILLEGAL;
        }
    } else if (prefix == 'x' && is_float) {
        set_err(lx, pos_at(lx, p), "hexadecimal mantissa requires a 'p' exponent");
        return T_ILLEGAL;
    }
    bool imag = p < e && *p == 'i';
    if (!is_float && !imag && invalid) {
        set_err(lx, pos_at(lx, invalid), "invalid digit '%c' in %s literal",
                *invalid, base_name(base));
        return T_ILLEGAL;
    }
    int sep = bad_separator(s, (int)(e - s));
    if (sep >= 0) {
        set_err(lx, pos_at(lx, s + sep), "'_' must separate successive digits");
        return T_ILLEGAL;
    }
    if (imag) {
        set_err(lx, pos_at(lx, s), "imaginary literals are not supported by minigo");
        return T_ILLEGAL;
    }
    return is_float ? T_FLOAT : T_INT;
}

/* ---- literals and comments --------------------------------------------- */

/* Each scanner below starts just past the opening delimiter (*pp), stops
 * where Go's scanner stops, and returns true if the token had no error; *pp
 * is then past the literal. A bad byte inside is recorded and skipped, as
 * Go's source reader does, so that an unterminated literal is still
 * reported at its start. */

/* Interpreted string; the decoded value goes to t->sval/t->slen. */
static bool scan_string(Lexer *lx, const uchar **pp, Token *t) {
    const uchar *YYCURSOR = *pp, *YYMARKER = *pp;
    const uchar *YYLIMIT = (const uchar *)lx->src + lx->len;
    const uchar *open = *pp - 1;
    bool escapes = false;
    uint32_t v = 0;
    bool is_byte = false;

    for (;;) {
        /*!local:re2c
            [\x01-\x09\x0B-\x21\x23-\x5B\x5D-\x7F]+ | uvalid+ { continue; }
            "\"" { break; }
            "\\" {
                escapes = true;
                scan_escape(lx, &YYCURSOR, '"', &v, &is_byte);
                continue;
            }
            "\n" {
                set_err(lx, pos_at(lx, YYCURSOR - 1), "newline in string");
                return false;
            }
            $ {
                set_err(lx, pos_at(lx, open), "string not terminated");
                return false;
            }
            * {
                YYCURSOR = skip_bad_here(lx, YYCURSOR - 1);
                continue;
            }
        */
    }
    (void)YYMARKER;
    *pp = YYCURSOR;
    if (lx->err)
        return false;

    /* Second pass: decode. The value is never longer than the source. */
    const uchar *body = open + 1, *end = YYCURSOR - 1;
    uchar *buf = GC_MALLOC_ATOMIC((size_t)(end - body) + 1);
    uchar *out = buf;
    if (!buf) {
        set_err(lx, pos_at(lx, open), "out of memory");
        return false;
    }
    if (!escapes) {
        memcpy(buf, body, (size_t)(end - body));
        out += end - body;
    } else {
        for (const uchar *p = body; p < end;) {
            if (*p != '\\') {
                *out++ = *p++;
                continue;
            }
            p++;
            scan_escape(lx, &p, '"', &v, &is_byte);
            if (is_byte)
                *out++ = (uchar)v;
            else
                out = utf8_put(out, v);
        }
    }
    *out = 0;
    t->sval = (const char *)buf;
    t->slen = (int32_t)(out - buf);
    return true;
}

/* Raw string. Carriage returns are dropped from the value; newlines inside
 * advance the line count. */
static bool scan_raw_string(Lexer *lx, const uchar **pp, Token *t) {
    const uchar *YYCURSOR = *pp, *YYMARKER = *pp;
    const uchar *YYLIMIT = (const uchar *)lx->src + lx->len;
    const uchar *open = *pp - 1;
    Pos open_pos = pos_at(lx, open);
    bool has_cr = false;

    for (;;) {
        /*!local:re2c
            [\x01-\x09\x0B\x0C\x0E-\x5F\x61-\x7F]+ | uvalid+ { continue; }
            "\r" { has_cr = true; continue; }
            "\n" { newline_at(lx, YYCURSOR - 1); continue; }
            "`" { break; }
            $ {
                set_err(lx, open_pos, "string not terminated");
                return false;
            }
            * {
                YYCURSOR = skip_bad_here(lx, YYCURSOR - 1);
                continue;
            }
        */
    }
    (void)YYMARKER;
    *pp = YYCURSOR;
    if (lx->err)
        return false;

    const uchar *body = open + 1, *end = YYCURSOR - 1;
    uchar *buf = GC_MALLOC_ATOMIC((size_t)(end - body) + 1);
    uchar *out = buf;
    if (!buf) {
        set_err(lx, open_pos, "out of memory");
        return false;
    }
    if (!has_cr) {
        memcpy(buf, body, (size_t)(end - body));
        out += end - body;
    } else {
        for (const uchar *p = body; p < end; p++)
            if (*p != '\r')
                *out++ = *p;
    }
    *out = 0;
    t->sval = (const char *)buf;
    t->slen = (int32_t)(out - buf);
    return true;
}

/* Rune literal; the value goes to t->rune. As in Go, once the literal has
 * an error of its own (a bad escape), its count and termination are no
 * longer reported; bad bytes do not count as such an error. */
static bool scan_rune(Lexer *lx, const uchar **pp, Token *t) {
    const uchar *YYCURSOR = *pp, *YYMARKER = *pp;
    const uchar *YYLIMIT = (const uchar *)lx->src + lx->len;
    const uchar *open = *pp - 1;
    bool ok = true;
    int n = 0;
    int32_t value = 0;
    uint32_t v = 0;
    bool is_byte = false;

    for (;; n++) {
        const uchar *ch = YYCURSOR;
        /*!local:re2c
            [\x01-\x09\x0B-\x26\x28-\x5B\x5D-\x7F] | uvalid {
                utf8_at(ch, YYLIMIT, &value);
                continue;
            }
            "'" {
                if (ok && n == 0)
                    set_err(lx, pos_at(lx, ch), "empty rune literal or unescaped '");
                else if (ok && n != 1)
                    set_err(lx, pos_at(lx, open), "more than one character in rune literal");
                break;
            }
            "\\" {
                if (scan_escape(lx, &YYCURSOR, '\'', &v, &is_byte) == ESC_ERR)
                    ok = false;
                value = (int32_t)v;
                continue;
            }
            "\n" {
                if (ok)
                    set_err(lx, pos_at(lx, ch), "newline in rune literal");
                return false;
            }
            $ {
                if (ok)
                    set_err(lx, pos_at(lx, open), "rune literal not terminated");
                return false;
            }
            * {
                YYCURSOR = skip_bad_here(lx, ch);
                n--; /* Go never sees the bad bytes */
                continue;
            }
        */
    }
    (void)YYMARKER;
    *pp = YYCURSOR;
    t->rune = value;
    return lx->err == NULL;
}

/* Line comment, from just past the two slashes. Stops before the newline
 * (which the main scanner then handles) or at the end of input. */
static bool skip_line_comment(Lexer *lx, const uchar **pp) {
    const uchar *YYCURSOR = *pp, *YYMARKER = *pp;
    const uchar *YYLIMIT = (const uchar *)lx->src + lx->len;
    for (;;) {
        /*!local:re2c
            [\x01-\x09\x0B-\x7F]+ | uvalid+ { continue; }
            "\n" { YYCURSOR--; break; }
            $ { break; }
            * {
                YYCURSOR = skip_bad_here(lx, YYCURSOR - 1);
                continue;
            }
        */
    }
    (void)YYMARKER;
    *pp = YYCURSOR;
    return lx->err == NULL;
}

/* General comment, from just past its opening. Sets *multiline if it
 * contains a newline. */
static bool skip_block_comment(Lexer *lx, const uchar **pp, bool *multiline) {
    const uchar *YYCURSOR = *pp, *YYMARKER = *pp;
    const uchar *YYLIMIT = (const uchar *)lx->src + lx->len;
    Pos open_pos = pos_at(lx, *pp - 2);
    for (;;) {
        /*!local:re2c
            [\x01-\x09\x0B-\x29\x2B-\x7F]+ | uvalid+ { continue; }
            "*" { continue; }
            "*" "/" { break; }
            "\n" { newline_at(lx, YYCURSOR - 1); *multiline = true; continue; }
            $ {
                set_err(lx, open_pos, "comment not terminated");
                return false;
            }
            * {
                YYCURSOR = skip_bad_here(lx, YYCURSOR - 1);
                continue;
            }
        */
    }
    (void)YYMARKER;
    *pp = YYCURSOR;
    return lx->err == NULL;
}

/* The error for a byte no token can start with. */
static void bad_char(Lexer *lx, const uchar *p) {
    const uchar *lim = (const uchar *)lx->src + lx->len;
    char ub[32];
    int32_t r = 0xFFFD;
    if (source_error(lx, p))
        return;
    if (*p < 0x80) {
        set_err(lx, pos_at(lx, p), "invalid character %s", fmt_U(ub, sizeof ub, *p));
        return;
    }
    /* A well-formed character that is not a letter. Go's scanner takes any
     * non-ASCII character as part of an identifier, then complains. */
    utf8_at(p, lim, &r);
    const uchar *YYCURSOR = p, *YYMARKER = p, *YYLIMIT = lim;
    (void)YYMARKER;
    /*!local:re2c
        Nd {
            set_err(lx, pos_at(lx, p), "identifier cannot begin with digit %s",
                    fmt_U(ub, sizeof ub, r));
            return;
        }
        * {
            set_err(lx, pos_at(lx, p), "invalid character %s in identifier",
                    fmt_U(ub, sizeof ub, r));
            return;
        }
        $ { return; } // cannot happen: p < lim
    */
}

/* ---- the scanner ------------------------------------------------------- */

void lex_init(Lexer *lx, const char *src, size_t len) {
    memset(lx, 0, sizeof *lx);
    lx->src = src;
    lx->len = len;
    lx->cur = src;
    lx->line = 1;
    lx->line_start = src;
    if (len >= 3 && (uchar)src[0] == 0xEF && (uchar)src[1] == 0xBB &&
        (uchar)src[2] == 0xBF)
        lx->cur += 3; /* the BOM still counts in the first line's columns */
}

TokKind lex_next(Lexer *lx, Token *t) {
    const uchar *YYCURSOR = (const uchar *)lx->cur;
    const uchar *YYLIMIT = (const uchar *)lx->src + lx->len;
    const uchar *YYMARKER = YYCURSOR;
    const uchar *tok;
    bool nlsemi = lx->nlsemi;
    TokKind kind;

    if (lx->err) {
        /* The last token was T_ILLEGAL: the lexer stays at the end and keeps
         * the message. */
        t->kind = T_EOF;
        t->pos = pos_at(lx, YYLIMIT);
        t->text = (const char *)YYLIMIT;
        t->len = 0;
        t->sval = NULL;
        t->slen = 0;
        t->rune = 0;
        return T_EOF;
    }
    lx->nlsemi = false;
    t->sval = NULL;
    t->slen = 0;
    t->rune = 0;

#define TOKEN(k) do { kind = (k); goto done; } while (0)
#define TOKEN_NL(k) do { kind = (k); lx->nlsemi = true; goto done; } while (0)

    for (;;) {
        tok = YYCURSOR;
        /*!local:re2c
            $ {
                t->pos = pos_at(lx, tok);
                t->text = (const char *)tok;
                t->len = 0;
                if (nlsemi) {
                    t->kind = T_SEMI;
                    t->text = "\n";
                    t->len = 1;
                    lx->cur = (const char *)tok;
                    return T_SEMI;
                }
                t->kind = T_EOF;
                lx->cur = (const char *)tok;
                return T_EOF;
            }

            [ \t\r]+ { continue; }

            "\n" {
                if (nlsemi) {
                    t->kind = T_SEMI;
                    t->pos = pos_at(lx, tok);
                    t->text = "\n";
                    t->len = 1;
                    newline_at(lx, tok);
                    lx->cur = (const char *)YYCURSOR;
                    return T_SEMI;
                }
                newline_at(lx, tok);
                continue;
            }

            "//" {
                if (!skip_line_comment(lx, &YYCURSOR))
                    goto fail;
                continue;
            }

            "/*" {
                bool multiline = false;
                Pos start = pos_at(lx, tok);
                if (!skip_block_comment(lx, &YYCURSOR, &multiline))
                    goto fail;
                if (multiline && nlsemi) {
                    /* A comment spanning lines acts like a newline. */
                    t->kind = T_SEMI;
                    t->pos = start;
                    t->text = "\n";
                    t->len = 1;
                    lx->cur = (const char *)YYCURSOR;
                    return T_SEMI;
                }
                continue;
            }

            "+"   { TOKEN(T_ADD); }
            "-"   { TOKEN(T_SUB); }
            "*"   { TOKEN(T_MUL); }
            "/"   { TOKEN(T_QUO); }
            "%"   { TOKEN(T_REM); }
            "&"   { TOKEN(T_AND); }
            "|"   { TOKEN(T_OR); }
            "^"   { TOKEN(T_XOR); }
            "<<"  { TOKEN(T_SHL); }
            ">>"  { TOKEN(T_SHR); }
            "&^"  { TOKEN(T_AND_NOT); }
            "+="  { TOKEN(T_ADD_ASSIGN); }
            "-="  { TOKEN(T_SUB_ASSIGN); }
            "*="  { TOKEN(T_MUL_ASSIGN); }
            "/="  { TOKEN(T_QUO_ASSIGN); }
            "%="  { TOKEN(T_REM_ASSIGN); }
            "&="  { TOKEN(T_AND_ASSIGN); }
            "|="  { TOKEN(T_OR_ASSIGN); }
            "^="  { TOKEN(T_XOR_ASSIGN); }
            "<<=" { TOKEN(T_SHL_ASSIGN); }
            ">>=" { TOKEN(T_SHR_ASSIGN); }
            "&^=" { TOKEN(T_AND_NOT_ASSIGN); }
            "&&"  { TOKEN(T_LAND); }
            "||"  { TOKEN(T_LOR); }
            "<-"  { TOKEN(T_ARROW); }
            "++"  { TOKEN_NL(T_INC); }
            "--"  { TOKEN_NL(T_DEC); }
            "=="  { TOKEN(T_EQL); }
            "<"   { TOKEN(T_LSS); }
            ">"   { TOKEN(T_GTR); }
            "="   { TOKEN(T_ASSIGN); }
            "!"   { TOKEN(T_NOT); }
            "~"   { TOKEN(T_TILDE); }
            "!="  { TOKEN(T_NEQ); }
            "<="  { TOKEN(T_LEQ); }
            ">="  { TOKEN(T_GEQ); }
            ":="  { TOKEN(T_DEFINE); }
            "..." { TOKEN(T_ELLIPSIS); }
            "("   { TOKEN(T_LPAREN); }
            "["   { TOKEN(T_LBRACK); }
            "{"   { TOKEN(T_LBRACE); }
            ","   { TOKEN(T_COMMA); }
            "."   { TOKEN(T_PERIOD); }
            ")"   { TOKEN_NL(T_RPAREN); }
            "]"   { TOKEN_NL(T_RBRACK); }
            "}"   { TOKEN_NL(T_RBRACE); }
            ";"   { TOKEN(T_SEMI); }
            ":"   { TOKEN(T_COLON); }

            "break"       { TOKEN_NL(T_BREAK); }
            "case"        { TOKEN(T_CASE); }
            "chan"        { TOKEN(T_CHAN); }
            "const"       { TOKEN(T_CONST); }
            "continue"    { TOKEN_NL(T_CONTINUE); }
            "default"     { TOKEN(T_DEFAULT); }
            "defer"       { TOKEN(T_DEFER); }
            "else"        { TOKEN(T_ELSE); }
            "fallthrough" { TOKEN_NL(T_FALLTHROUGH); }
            "for"         { TOKEN(T_FOR); }
            "func"        { TOKEN(T_FUNC); }
            "go"          { TOKEN(T_GO); }
            "goto"        { TOKEN(T_GOTO); }
            "if"          { TOKEN(T_IF); }
            "import"      { TOKEN(T_IMPORT); }
            "interface"   { TOKEN(T_INTERFACE); }
            "map"         { TOKEN(T_MAP); }
            "package"     { TOKEN(T_PACKAGE); }
            "range"       { TOKEN(T_RANGE); }
            "return"      { TOKEN_NL(T_RETURN); }
            "select"      { TOKEN(T_SELECT); }
            "struct"      { TOKEN(T_STRUCT); }
            "switch"      { TOKEN(T_SWITCH); }
            "type"        { TOKEN(T_TYPE); }
            "var"         { TOKEN(T_VAR); }

            ident { TOKEN_NL(T_IDENT); }

            number {
                TokKind k = number_check(lx, tok, YYCURSOR);
                if (k == T_ILLEGAL) {
                    /* Go reads the byte after a number before it checks the
                     * number: a bad byte there comes first, even when the
                     * number's own error is reported at that same place. */
                    const char *msg = lx->err;
                    Pos at = lx->err_pos;
                    if (YYCURSOR < YYLIMIT && at.offset == YYCURSOR - (const uchar *)lx->src) {
                        lx->err = NULL;
                        if (!source_error(lx, YYCURSOR))
                            lx->err = msg, lx->err_pos = at;
                    }
                    goto fail;
                }
                TOKEN_NL(k);
            }

            "\"" {
                if (!scan_string(lx, &YYCURSOR, t))
                    goto fail;
                TOKEN_NL(T_STRING);
            }

            "`" {
                /* Take the position now: the literal may span lines. */
                Pos start = pos_at(lx, tok);
                if (!scan_raw_string(lx, &YYCURSOR, t))
                    goto fail;
                t->kind = T_STRING;
                t->pos = start;
                t->text = (const char *)tok;
                t->len = (int32_t)(YYCURSOR - tok);
                lx->nlsemi = true;
                lx->cur = (const char *)YYCURSOR;
                return T_STRING;
            }

            "'" {
                if (!scan_rune(lx, &YYCURSOR, t))
                    goto fail;
                TOKEN_NL(T_RUNE);
            }

            * {
                bad_char(lx, tok);
                goto fail;
            }
        */
    }
#undef TOKEN
#undef TOKEN_NL

done:
    (void)YYMARKER;
    t->kind = kind;
    t->pos = pos_at(lx, tok);
    t->text = (const char *)tok;
    t->len = (int32_t)(YYCURSOR - tok);
    lx->cur = (const char *)YYCURSOR;
    return kind;

fail:
    /* tok is still on the token's first line unless the literal or comment
     * spanned lines; err_pos is always exact. */
    t->kind = T_ILLEGAL;
    t->pos = lx->err_pos;
    t->text = (const char *)tok;
    t->len = (int32_t)(YYCURSOR - tok);
    t->sval = NULL;
    t->slen = 0;
    lx->nlsemi = false;
    lx->cur = lx->src + lx->len; /* the caller stops; give T_EOF after this */
    return T_ILLEGAL;
}
