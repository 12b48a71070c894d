/* strconv.c — package strconv.
 *
 * Parsing and formatting are fmtcore's (Go's algorithms: shortest float
 * formatting, correctly rounded parsing, base prefixes and underscores).
 * The natives return an error kind (STRCONV_*); the Go half turns a kind
 * into Go's *NumError, whose Error() reads exactly as Go's:
 *     strconv.Atoi: parsing "x": invalid syntax
 * ErrSyntax and ErrRange are package variables of an unexported
 * errors.New-like type (package errors is not imported by strconv, as in
 * Go), so errors.Is(err, strconv.ErrRange) works through NumError.Unwrap.
 */
#include <gc.h>
#include <string.h>
#include "natives.h"

static GoString *buf_string(Buf *b) { return str_new(b->data, b->len); }

/* ---- parsing ---- */

static NatStatus strconv_parseInt(G *g, Value *a) {
    (void)g;
    int64_t v = 0;
    int k = strconv_parse_int(str_data(a[0].s), (size_t)str_len(a[0].s), (int)a[1].i, (int)a[2].i, &v);
    a[0].i = k == STRCONV_OK || k == STRCONV_RANGE ? v : 0;
    a[1].i = k;
    return NAT_OK;
}

static NatStatus strconv_parseUint(G *g, Value *a) {
    (void)g;
    uint64_t v = 0;
    int k = strconv_parse_uint(str_data(a[0].s), (size_t)str_len(a[0].s), (int)a[1].i, (int)a[2].i, &v);
    a[0].u = k == STRCONV_OK || k == STRCONV_RANGE ? v : 0;
    a[1].i = k;
    return NAT_OK;
}

static NatStatus strconv_parseFloat(G *g, Value *a) {
    (void)g;
    double v = 0;
    int bits = a[1].i == 32 ? 32 : 64;
    int k = strconv_parse_float(str_data(a[0].s), (size_t)str_len(a[0].s), bits, &v);
    a[0].f = k == STRCONV_OK || k == STRCONV_RANGE ? v : 0;
    a[1].i = k;
    return NAT_OK;
}

/* Go's UnquoteChar: one character or escape of a quoted string. */
static bool unquote_char(const char *s, size_t n, char quote, int32_t *value, bool *multibyte, size_t *used) {
    unsigned char c = (unsigned char)s[0];
    if (c == (unsigned char)quote && (quote == '\'' || quote == '"')) return false;
    if (c >= 0x80) {
        int32_t r;
        int size = utf8_decode(s, n, &r);
        *value = r;
        *multibyte = true;
        *used = (size_t)size;
        return true;
    }
    if (c != '\\') {
        *value = c;
        *multibyte = false;
        *used = 1;
        return true;
    }
    if (n <= 1) return false;
    c = (unsigned char)s[1];
    size_t i = 2;
    *multibyte = false;
    switch (c) {
    case 'a': *value = '\a'; break;
    case 'b': *value = '\b'; break;
    case 'f': *value = '\f'; break;
    case 'n': *value = '\n'; break;
    case 'r': *value = '\r'; break;
    case 't': *value = '\t'; break;
    case 'v': *value = '\v'; break;
    case 'x': case 'u': case 'U': {
        size_t digits = c == 'x' ? 2 : c == 'u' ? 4 : 8;
        if (n - i < digits) return false;
        int32_t v = 0;
        for (size_t j = 0; j < digits; j++) {
            char d = s[i + j];
            int x;
            if (d >= '0' && d <= '9') x = d - '0';
            else if (d >= 'a' && d <= 'f') x = d - 'a' + 10;
            else if (d >= 'A' && d <= 'F') x = d - 'A' + 10;
            else return false;
            v = (int32_t)(((uint32_t)v << 4) | (uint32_t)x);
        }
        i += digits;
        if (c == 'x') {
            *value = v;
            break;
        }
        if (!utf8_valid_rune(v)) return false;
        *value = v;
        *multibyte = true;
        break;
    }
    case '0': case '1': case '2': case '3': case '4': case '5': case '6': case '7': {
        int32_t v = c - '0';
        if (n - i < 2) return false;
        for (size_t j = 0; j < 2; j++) {
            int x = s[i + j] - '0';
            if (x < 0 || x > 7) return false;
            v = (v << 3) | x;
        }
        i += 2;
        if (v > 255) return false;
        *value = v;
        break;
    }
    case '\\': *value = '\\'; break;
    case '\'': case '"':
        if ((char)c != quote) return false;
        *value = c;
        break;
    default:
        return false;
    }
    *used = i;
    return true;
}

static NatStatus strconv_unquoteChar(G *g, Value *a) {
    (void)g;
    GoString *s = a[0].s;
    int32_t v;
    bool mb;
    size_t used;
    if (str_len(s) == 0 || !unquote_char(str_data(s), (size_t)str_len(s), (char)a[1].i, &v, &mb, &used)) {
        a[3].i = 0;
        return NAT_OK;
    }
    a[0].i = v;
    a[1].i = mb;
    a[2].s = str_new(str_data(s) + used, (size_t)str_len(s) - used);
    a[3].i = 1;
    return NAT_OK;
}

static bool unquote(const char *s, size_t n, Buf *out) {
    if (n < 2) return false;
    char quote = s[0];
    if (quote != s[n - 1]) return false;
    s++;
    n -= 2;
    if (quote == '`') {
        for (size_t i = 0; i < n; i++) {
            if (s[i] == '`') return false;
            if (s[i] != '\r') buf_putc(out, s[i]);
        }
        return true;
    }
    if (quote != '"' && quote != '\'') return false;
    if (memchr(s, '\n', n)) return false;
    int nchars = 0;
    while (n > 0) {
        int32_t v;
        bool mb;
        size_t used;
        if (!unquote_char(s, n, quote, &v, &mb, &used)) return false;
        s += used;
        n -= used;
        nchars++;
        if (v < 0x80 || !mb) buf_putc(out, (char)v);
        else buf_put_rune(out, v);
        if (quote == '\'' && n != 0) return false;
    }
    if (quote == '\'' && nchars != 1) return false;
    return true;
}

static NatStatus strconv_unquote(G *g, Value *a) {
    (void)g;
    Buf b;
    buf_init(&b);
    bool ok = unquote(str_data(a[0].s), (size_t)str_len(a[0].s), &b);
    a[0].s = ok ? buf_string(&b) : NULL;
    a[1].i = ok;
    return NAT_OK;
}

/* ---- formatting ---- */

static NatStatus check_base(G *g, int64_t base) {
    if (base < 2 || base > 36) return vm_panic_msg(g, "strconv: illegal AppendInt/FormatInt base");
    return NAT_OK;
}

static NatStatus strconv_Itoa(G *g, Value *a) {
    (void)g;
    Buf b;
    buf_init(&b);
    strconv_format_int(&b, a[0].i, 10);
    a[0].s = buf_string(&b);
    return NAT_OK;
}

static NatStatus strconv_FormatInt(G *g, Value *a) {
    if (check_base(g, a[1].i) != NAT_OK) return NAT_PANIC;
    Buf b;
    buf_init(&b);
    strconv_format_int(&b, a[0].i, (int)a[1].i);
    a[0].s = buf_string(&b);
    return NAT_OK;
}

static NatStatus strconv_FormatUint(G *g, Value *a) {
    if (check_base(g, a[1].i) != NAT_OK) return NAT_PANIC;
    Buf b;
    buf_init(&b);
    strconv_format_uint(&b, a[0].u, (int)a[1].i);
    a[0].s = buf_string(&b);
    return NAT_OK;
}

static void format_float(Buf *b, Value *a) {
    int64_t prec = a[2].i;
    if (prec < -1) prec = -1;
    if (prec > 1 << 20) prec = 1 << 20;
    strconv_format_float(b, a[0].f, (char)a[1].i, (int)prec, a[3].i == 32 ? 32 : 64);
}

static NatStatus strconv_FormatFloat(G *g, Value *a) {
    (void)g;
    Buf b;
    buf_init(&b);
    format_float(&b, a);
    a[0].s = buf_string(&b);
    return NAT_OK;
}

static NatStatus strconv_AppendInt(G *g, Value *a) {
    if (check_base(g, a[2].i) != NAT_OK) return NAT_PANIC;
    Buf b;
    buf_init(&b);
    strconv_format_int(&b, a[1].i, (int)a[2].i);
    a[0].sl = slice_append_raw(a[0].sl, 1, b.data, (int64_t)b.len);
    return NAT_OK;
}

static NatStatus strconv_AppendUint(G *g, Value *a) {
    if (check_base(g, a[2].i) != NAT_OK) return NAT_PANIC;
    Buf b;
    buf_init(&b);
    strconv_format_uint(&b, a[1].u, (int)a[2].i);
    a[0].sl = slice_append_raw(a[0].sl, 1, b.data, (int64_t)b.len);
    return NAT_OK;
}

static NatStatus strconv_AppendFloat(G *g, Value *a) {
    (void)g;
    Buf b;
    buf_init(&b);
    format_float(&b, a + 1);
    a[0].sl = slice_append_raw(a[0].sl, 1, b.data, (int64_t)b.len);
    return NAT_OK;
}

static NatStatus strconv_AppendQuote(G *g, Value *a) {
    (void)g;
    Buf b;
    buf_init(&b);
    strconv_quote(&b, str_data(a[1].s), (size_t)str_len(a[1].s), false);
    a[0].sl = slice_append_raw(a[0].sl, 1, b.data, (int64_t)b.len);
    return NAT_OK;
}

static NatStatus quote(Value *a, bool ascii) {
    Buf b;
    buf_init(&b);
    strconv_quote(&b, str_data(a[0].s), (size_t)str_len(a[0].s), ascii);
    a[0].s = buf_string(&b);
    return NAT_OK;
}

static NatStatus strconv_Quote(G *g, Value *a) { (void)g; return quote(a, false); }
static NatStatus strconv_QuoteToASCII(G *g, Value *a) { (void)g; return quote(a, true); }

static NatStatus quote_rune(Value *a, bool ascii) {
    Buf b;
    buf_init(&b);
    strconv_quote_rune(&b, (int32_t)a[0].i, ascii);
    a[0].s = buf_string(&b);
    return NAT_OK;
}

static NatStatus strconv_QuoteRune(G *g, Value *a) { (void)g; return quote_rune(a, false); }
static NatStatus strconv_QuoteRuneToASCII(G *g, Value *a) { (void)g; return quote_rune(a, true); }

static NatStatus strconv_CanBackquote(G *g, Value *a) {
    (void)g;
    a[0].i = strconv_can_backquote(str_data(a[0].s), (size_t)str_len(a[0].s));
    return NAT_OK;
}

static NatStatus strconv_IsPrint(G *g, Value *a) {
    (void)g;
    a[0].i = strconv_is_print((int32_t)a[0].i);
    return NAT_OK;
}

#define N(NAME) { "strconv", #NAME, strconv_##NAME }
const NativeDesc strconv_natives[] = {
    N(parseInt), N(parseUint), N(parseFloat), N(unquote), N(unquoteChar),
    N(Itoa), N(FormatInt), N(FormatUint), N(FormatFloat), N(AppendInt), N(AppendUint),
    N(AppendFloat), N(AppendQuote), N(Quote), N(QuoteToASCII), N(QuoteRune),
    N(QuoteRuneToASCII), N(CanBackquote), N(IsPrint),
    { NULL, NULL, NULL },
};
