/* fmtcore.c — Go's fmt formatting rules, without Go's types.
 *
 * What it is for: the fmt package of minigo walks values by type and calls
 * these primitives. The output must equal Go's byte for byte, so each
 * function follows the rule of its Go counterpart (named in its comment) —
 * the code is our own. Numbers and quoting are strconv's rules
 * (strconvcore.c); the byte buffer and UTF-8 are rt/'s (buf.h, utf8.h).
 *
 * Sections:
 *   6. fmt primitives       padding, integers, floats, strings, bools, bad verbs
 *   7. the Printf walker    flags, '*', [n] indexes, MISSING/EXTRA/NOVERB/...
 * (Sections 3-5 are strconvcore.c's.)
 */
#include "fmtcore.h"

#include <gc.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

const char fmt_ldigits[] = "0123456789abcdefx";
const char fmt_udigits[] = "0123456789ABCDEFX";

/* ======================================================================
 * 6. fmt primitives
 * ====================================================================== */

void fmt_write_padding(Buf *out, int n, const FmtSpec *spec) {
    buf_fill(out, spec->zero && !spec->minus ? '0' : ' ', n);
}

/* Go's fmt.pad / padString. */
void fmt_pad(Buf *out, const char *s, size_t n, const FmtSpec *spec) {
    if (!spec->has_width || spec->width == 0) {
        buf_write(out, s, n);
        return;
    }
    int width = spec->width - (int)utf8_rune_count(s, n);
    if (!spec->minus) {
        fmt_write_padding(out, width, spec);
        buf_write(out, s, n);
    } else {
        buf_write(out, s, n);
        fmt_write_padding(out, width, spec);
    }
}

/* fmt_pad with the '0' flag ignored. */
static void pad_spaces(Buf *out, const char *s, size_t n, const FmtSpec *spec) {
    FmtSpec f = *spec;
    f.zero = false;
    fmt_pad(out, s, n, &f);
}

/* Go's fmtUnicode: U+0078, with '#' U+0078 'x'; precision = min digits. */
static void fmt_unicode(Buf *out, uint64_t u, const FmtSpec *spec) {
    int prec = 4;
    if (spec->has_prec && spec->prec > 4)
        prec = spec->prec;
    Buf b;
    buf_init(&b);
    buf_puts(&b, "U+");
    char hex[16];
    int nd = 0;
    do {
        hex[nd++] = fmt_udigits[u & 0xF];
        u >>= 4;
    } while (u != 0);
    buf_fill(&b, '0', prec - nd);
    while (nd > 0)
        buf_putc(&b, hex[--nd]);
    pad_spaces(out, b.data, b.len, spec);
}

static void fmt_unicode_rune(Buf *out, uint64_t u, const FmtSpec *spec) {
    if (!(spec->sharp && u <= 0x10FFFF && strconv_is_print((int32_t)u))) {
        fmt_unicode(out, u, spec);
        return;
    }
    /* Build "U+XXXX 'c'" first so the width applies to the whole. */
    Buf b;
    buf_init(&b);
    FmtSpec nowidth = *spec;
    nowidth.has_width = false;
    fmt_unicode(&b, u, &nowidth);
    buf_puts(&b, " '");
    buf_put_rune(&b, (int32_t)u);
    buf_putc(&b, '\'');
    pad_spaces(out, b.data, b.len, spec);
}

bool fmt_integer(Buf *out, uint64_t mag, bool negative, int base, int32_t verb,
                 const FmtSpec *spec, const char *digits) {
    if (!digits)
        digits = fmt_ldigits;
    if (verb == 'c' || verb == 'q' || verb == 'U') {
        uint64_t u = negative ? 0 - mag : mag;
        if (verb == 'U') {
            fmt_unicode_rune(out, u, spec);
            return true;
        }
        int32_t r = u > 0x10FFFF ? 0xFFFD : (int32_t)u;
        Buf b;
        buf_init(&b);
        if (verb == 'c')
            buf_put_rune(&b, r);
        else
            strconv_quote_rune(&b, r, spec->plus);
        fmt_pad(out, b.data, b.len, spec);
        return true;
    }
    if (base != 2 && base != 8 && base != 10 && base != 16)
        return false;

    /* Two ways to ask for leading zeros: %.3d and %03d; with both, the
     * precision wins and the padding is spaces. */
    int prec = 0;
    if (spec->has_prec) {
        prec = spec->prec;
        if (prec == 0 && mag == 0) {
            FmtSpec f = *spec;
            f.zero = false;
            fmt_write_padding(out, spec->width, &f);
            return true;
        }
    } else if (spec->zero && !spec->minus && spec->has_width) {
        prec = spec->width;
        if (negative || spec->plus || spec->space)
            prec--;   /* room for the sign */
    }

    size_t size = 70 + (size_t)(prec > 0 ? prec : 0);
    char small[128];
    char *buf = size <= sizeof small ? small : GC_MALLOC_ATOMIC(size);
    size_t i = size;
    uint64_t u = mag;
    do {
        buf[--i] = digits[u % (uint64_t)base];
        u /= (uint64_t)base;
    } while (u != 0);
    while (prec > 0 && (int)(size - i) < prec)
        buf[--i] = '0';

    if (spec->sharp) {
        if (base == 2) {
            buf[--i] = 'b';
            buf[--i] = '0';
        } else if (base == 8) {
            if (buf[i] != '0')
                buf[--i] = '0';
        } else if (base == 16) {
            buf[--i] = digits[16];
            buf[--i] = '0';
        }
    }
    if (verb == 'O') {
        buf[--i] = 'o';
        buf[--i] = '0';
    }
    if (negative)
        buf[--i] = '-';
    else if (spec->plus)
        buf[--i] = '+';
    else if (spec->space)
        buf[--i] = ' ';
    /* Zero padding was done above as precision, or is overruled by it. */
    pad_spaces(out, buf + i, size - i, spec);
    return true;
}

bool fmt_int_verb(Buf *out, uint64_t u, bool is_signed, int32_t verb, const FmtSpec *spec) {
    bool negative = is_signed && (int64_t)u < 0;
    uint64_t mag = negative ? 0 - u : u;
    switch (verb) {
    case 'v':
        if (spec->sharpV && !is_signed) {
            fmt_0x64(out, u, true, spec);
            return true;
        }
        return fmt_integer(out, mag, negative, 10, verb, spec, fmt_ldigits);
    case 'd':
        return fmt_integer(out, mag, negative, 10, verb, spec, fmt_ldigits);
    case 'b':
        return fmt_integer(out, mag, negative, 2, verb, spec, fmt_ldigits);
    case 'o': case 'O':
        return fmt_integer(out, mag, negative, 8, verb, spec, fmt_ldigits);
    case 'x':
        return fmt_integer(out, mag, negative, 16, verb, spec, fmt_ldigits);
    case 'X':
        return fmt_integer(out, mag, negative, 16, verb, spec, fmt_udigits);
    case 'c': case 'q': case 'U':
        return fmt_integer(out, mag, negative, 10, verb, spec, fmt_ldigits);
    }
    return false;
}

void fmt_0x64(Buf *out, uint64_t u, bool leading0x, const FmtSpec *spec) {
    FmtSpec f = *spec;
    f.sharp = leading0x;
    fmt_integer(out, u, false, 16, 'v', &f, fmt_ldigits);
}

/* Go's fmt.fmtFloat, after pp.fmtFloat's choice of format and default
 * precision. */
bool fmt_float(Buf *out, double v, int bitsize, int32_t verb, const FmtSpec *spec) {
    char ffmt;
    int prec;
    switch (verb) {
    case 'v': ffmt = 'g'; prec = -1; break;
    case 'b': case 'g': case 'G': case 'x': case 'X': ffmt = (char)verb; prec = -1; break;
    case 'f': case 'e': case 'E': ffmt = (char)verb; prec = 6; break;
    case 'F': ffmt = 'f'; prec = 6; break;
    default: return false;
    }
    if (spec->has_prec)
        prec = spec->prec;

    /* num[0] holds the sign, '+' if the number has none. */
    Buf nb;
    buf_init(&nb);
    buf_putc(&nb, '+');
    strconv_format_float(&nb, v, ffmt, prec, bitsize);
    char *num = nb.data;
    size_t n = nb.len;
    if (num[1] == '-' || num[1] == '+') {
        num++;
        n--;
    }
    if (spec->space && num[0] == '+' && !spec->plus)
        num[0] = ' ';

    /* Infinities and NaN are not padded with zeros; NaN shows a sign only
     * when asked for. */
    if (num[1] == 'I' || num[1] == 'N') {
        if (num[1] == 'N' && !spec->space && !spec->plus) {
            num++;
            n--;
        }
        pad_spaces(out, num, n, spec);
        return true;
    }

    /* '#': always a decimal point; for %g/%x keep trailing zeros up to the
     * precision (6 by default). */
    if (spec->sharp && ffmt != 'b') {
        int digits = 0;
        if (ffmt == 'g' || ffmt == 'G' || ffmt == 'x')
            digits = prec == -1 ? 6 : prec;
        const char *tail = "";
        size_t tail_len = 0;
        bool has_point = false, saw_nonzero = false;
        size_t keep = n;
        for (size_t i = 1; i < keep; i++) {
            char c = num[i];
            if (c == '.') {
                has_point = true;
            } else if (c == 'p' || c == 'P' ||
                       ((c == 'e' || c == 'E') && ffmt != 'x' && ffmt != 'X')) {
                tail = num + i;
                tail_len = n - i;
                keep = i;
            } else {
                if (c != '0')
                    saw_nonzero = true;
                if (saw_nonzero)
                    digits--;
            }
        }
        Buf nb2;
        buf_init(&nb2);
        buf_write(&nb2, num, keep);
        if (!has_point) {
            if (keep == 2 && num[1] == '0')
                digits--;
            buf_putc(&nb2, '.');
        }
        buf_fill(&nb2, '0', digits);
        buf_write(&nb2, tail, tail_len);
        num = nb2.data;
        n = nb2.len;
    }

    if (spec->plus || num[0] != '+') {
        /* Zero padding goes between the sign and the digits. */
        if (spec->zero && !spec->minus && spec->has_width && spec->width > (int)n) {
            buf_putc(out, num[0]);
            fmt_write_padding(out, spec->width - (int)n, spec);
            buf_write(out, num + 1, n - 1);
            return true;
        }
        fmt_pad(out, num, n, spec);
        return true;
    }
    fmt_pad(out, num + 1, n - 1, spec);
    return true;
}

/* Go's truncateString: at most spec->prec runes. */
static size_t truncate_runes(const char *s, size_t n, const FmtSpec *spec) {
    if (!spec->has_prec)
        return n;
    int left = spec->prec;
    size_t i = 0;
    int32_t r;
    while (i < n) {
        if (--left < 0)
            return i;
        i += (size_t)utf8_decode(s + i, n - i, &r);
    }
    return n;
}

/* Go's fmtSbx: hex of the bytes; ' ' separates them, '#' adds 0x. */
static void fmt_hex_bytes(Buf *out, const char *s, size_t n, const FmtSpec *spec, const char *digits) {
    size_t length = n;
    if (spec->has_prec && spec->prec >= 0 && (size_t)spec->prec < length)
        length = (size_t)spec->prec;
    if (length == 0) {
        if (spec->has_width)
            fmt_write_padding(out, spec->width, spec);
        return;
    }
    size_t width = 2 * length;
    if (spec->space) {
        if (spec->sharp)
            width *= 2;
        width += length - 1;
    } else if (spec->sharp) {
        width += 2;
    }
    if (spec->has_width && spec->width > (int)width && !spec->minus)
        fmt_write_padding(out, spec->width - (int)width, spec);
    if (spec->sharp) {
        buf_putc(out, '0');
        buf_putc(out, digits[16]);
    }
    for (size_t i = 0; i < length; i++) {
        if (spec->space && i > 0) {
            buf_putc(out, ' ');
            if (spec->sharp) {
                buf_putc(out, '0');
                buf_putc(out, digits[16]);
            }
        }
        unsigned char c = (unsigned char)s[i];
        buf_putc(out, digits[c >> 4]);
        buf_putc(out, digits[c & 0xF]);
    }
    if (spec->has_width && spec->width > (int)width && spec->minus)
        fmt_write_padding(out, spec->width - (int)width, spec);
}

/* Go's fmtQ: "quoted", `raw` with '#' when possible, ASCII with '+'. */
static void fmt_quoted(Buf *out, const char *s, size_t n, const FmtSpec *spec) {
    n = truncate_runes(s, n, spec);
    Buf b;
    buf_init(&b);
    if (spec->sharp && strconv_can_backquote(s, n)) {
        buf_putc(&b, '`');
        buf_write(&b, s, n);
        buf_putc(&b, '`');
    } else {
        strconv_quote(&b, s, n, spec->plus);
    }
    fmt_pad(out, b.data, b.len, spec);
}

bool fmt_string(Buf *out, const char *s, size_t n, int32_t verb, const FmtSpec *spec) {
    switch (verb) {
    case 'v':
        if (spec->sharpV) {
            fmt_quoted(out, s, n, spec);
            return true;
        }
        /* fall through */
    case 's':
        fmt_pad(out, s, truncate_runes(s, n, spec), spec);
        return true;
    case 'x':
        fmt_hex_bytes(out, s, n, spec, fmt_ldigits);
        return true;
    case 'X':
        fmt_hex_bytes(out, s, n, spec, fmt_udigits);
        return true;
    case 'q':
        fmt_quoted(out, s, n, spec);
        return true;
    }
    return false;
}

bool fmt_bool(Buf *out, bool b, const FmtSpec *spec) {
    if (spec->verb != 't' && spec->verb != 'v')
        return false;
    if (b)
        fmt_pad(out, "true", 4, spec);
    else
        fmt_pad(out, "false", 5, spec);
    return true;
}

void fmt_bad_verb(Buf *out, const FmtSpec *spec, const char *type_name, const char *value_text) {
    buf_puts(out, "%!");
    buf_put_rune(out, spec->verb);
    buf_putc(out, '(');
    if (type_name) {
        buf_puts(out, type_name);
        buf_putc(out, '=');
        buf_puts(out, value_text ? value_text : "");
    } else {
        buf_puts(out, "<nil>");
    }
    buf_putc(out, ')');
}

/* ======================================================================
 * 7. The Printf walker (Go's doPrintf)
 * ====================================================================== */

/* Go's tooLarge: widths and precisions beyond +-1e6 are refused. */
static bool too_large(int64_t x) {
    return x > 1000000 || x < -1000000;
}

/* Go's parsenum: a decimal number in f[start..end); *newi is where it
 * stops. A number that grows too large swallows the rest of the format. */
static bool parse_num(const char *f, size_t start, size_t end, int *num, size_t *newi) {
    *num = 0;
    if (start >= end) {
        *newi = end;
        return false;
    }
    bool isnum = false;
    size_t i = start;
    for (; i < end && f[i] >= '0' && f[i] <= '9'; i++) {
        if (too_large(*num)) {
            *num = 0;
            *newi = end;
            return false;
        }
        *num = *num * 10 + (f[i] - '0');
        isnum = true;
    }
    *newi = i;
    return isnum;
}

/* Go's intFromArg: argument *argnum as a width or precision. */
static bool int_from_arg(FmtArgs *args, int *argnum, int *num) {
    *num = 0;
    if (*argnum >= args->n)
        return false;
    int64_t v = 0;
    bool ok = args->as_int && args->as_int(args->ctx, *argnum, &v);
    (*argnum)++;
    if (!ok || too_large(v))
        return false;
    *num = (int)v;
    return true;
}

typedef struct Walk {
    const char *f;
    size_t end;
    int argnum;
    bool reordered, good_argnum;
} Walk;

/* Go's argNumber: an optional "[n]" at *i. Returns whether one was found
 * and well formed ("afterIndex"); a bad one clears good_argnum. */
static bool arg_number(Walk *w, size_t *i, int nargs) {
    if (*i >= w->end || w->f[*i] != '[')
        return false;
    w->reordered = true;
    const char *s = w->f + *i;
    size_t len = w->end - *i;
    size_t width = 1;
    bool ok = false;
    int index = 0;
    if (len >= 3) {
        for (size_t j = 1; j < len; j++) {
            if (s[j] == ']') {
                size_t newi;
                int num;
                bool isnum = parse_num(s, 1, j, &num, &newi);
                width = j + 1;
                if (isnum && newi == j) {
                    ok = true;
                    index = num - 1;
                }
                break;
            }
        }
    }
    *i += width;
    if (ok && index >= 0 && index < nargs) {
        w->argnum = index;
        return true;
    }
    w->good_argnum = false;
    return ok;
}

static void write_error(Buf *out, int32_t verb, const char *what) {
    buf_puts(out, "%!");
    buf_put_rune(out, verb);
    buf_puts(out, what);
}

void fmt_printf(Buf *out, const char *format, size_t flen, FmtArgs *args) {
    Walk w = {format, flen, 0, false, true};
    const char *f = format;
    size_t end = flen;
    bool after_index = false;
    size_t i = 0;
    while (i < end) {
        w.good_argnum = true;
        size_t lasti = i;
        while (i < end && f[i] != '%')
            i++;
        buf_write(out, f + lasti, i - lasti);
        if (i >= end)
            break;
        i++;   /* the '%' */

        FmtSpec spec;
        memset(&spec, 0, sizeof spec);
        for (; i < end; i++) {
            char c = f[i];
            if (c == '#') spec.sharp = true;
            else if (c == '0') spec.zero = true;
            else if (c == '+') spec.plus = true;
            else if (c == '-') spec.minus = true;
            else if (c == ' ') spec.space = true;
            else break;
        }

        /* width: "[n]*", "*" or digits */
        after_index = arg_number(&w, &i, args->n);
        if (i < end && f[i] == '*') {
            i++;
            spec.has_width = int_from_arg(args, &w.argnum, &spec.width);
            if (!spec.has_width)
                buf_puts(out, "%!(BADWIDTH)");
            if (spec.width < 0) {
                spec.width = -spec.width;
                spec.minus = true;
                spec.zero = false;
            }
            after_index = false;
        } else {
            spec.has_width = parse_num(f, i, end, &spec.width, &i);
            if (after_index && spec.has_width)   /* "%[3]2d" */
                w.good_argnum = false;
        }

        /* precision: ".[n]*", ".*" or ".digits" */
        if (i + 1 < end && f[i] == '.') {
            i++;
            if (after_index)   /* "%[3].2d" */
                w.good_argnum = false;
            after_index = arg_number(&w, &i, args->n);
            if (i < end && f[i] == '*') {
                i++;
                spec.has_prec = int_from_arg(args, &w.argnum, &spec.prec);
                if (spec.prec < 0) {
                    spec.prec = 0;
                    spec.has_prec = false;
                }
                if (!spec.has_prec)
                    buf_puts(out, "%!(BADPREC)");
                after_index = false;
            } else {
                spec.has_prec = parse_num(f, i, end, &spec.prec, &i);
                if (!spec.has_prec) {
                    spec.prec = 0;
                    spec.has_prec = true;
                }
            }
        }

        if (!after_index)
            after_index = arg_number(&w, &i, args->n);

        if (i >= end) {
            buf_puts(out, "%!(NOVERB)");
            break;
        }

        int32_t verb;
        i += (size_t)utf8_decode(f + i, end - i, &verb);
        spec.verb = verb;

        if (verb == '%') {   /* takes no argument; flags are ignored */
            buf_putc(out, '%');
        } else if (!w.good_argnum) {
            write_error(out, verb, "(BADINDEX)");
        } else if (w.argnum >= args->n) {
            write_error(out, verb, "(MISSING)");
        } else {
            if (verb == 'v' || verb == 'w') {
                spec.sharpV = spec.sharp;
                spec.sharp = false;
                spec.plusV = spec.plus;
                spec.plus = false;
            }
            args->format(args->ctx, out, w.argnum, &spec);
            w.argnum++;
        }
    }

    if (!w.reordered && w.argnum < args->n) {
        buf_puts(out, "%!(EXTRA ");
        for (int k = w.argnum; k < args->n; k++) {
            if (k > w.argnum)
                buf_puts(out, ", ");
            args->extra(args->ctx, out, k);
        }
        buf_putc(out, ')');
    }
}
