/* strings.c — package strings.
 *
 * The searching, splitting, trimming and case-mapping functions are
 * natives over (pointer, length) strings; the functions that call back a
 * Go function (Map, TrimFunc, IndexFunc, FieldsFunc, ...) and the Builder
 * and Replacer types are Go source, so the callbacks run as ordinary Go
 * calls on the goroutine's stack.
 *
 * Invariants (Go's): results that are substrings share the argument's
 * bytes (sub() makes a header into them); invalid UTF-8 decodes as
 * U+FFFD of width 1 wherever Go decodes runes, and the case mappings
 * write such bytes back as the encoding of U+FFFD, as Go's Map does.
 * Builder never rewrites bytes it has handed out in a String, so String
 * can share the buffer (bytes_string) as Go's does.
 */
#include <gc.h>
#include <string.h>
#include "natives.h"
#include "unicode.h"

/* ---- helpers ---- */

typedef struct Str { const char *p; int64_t n; } Str;

static Str str_of(const GoString *s) { return (Str){ str_data(s), str_len(s) }; }

/* s[i:j] sharing s's bytes */
static GoString *sub(GoString *s, int64_t i, int64_t j) {
    if (i == j) return NULL;
    if (i == 0 && j == str_len(s)) return s;
    GoString *r = GC_MALLOC(sizeof *r);
    r->len = j - i;
    r->data = s->data + i;
    return r;
}

static int64_t index_of(Str s, Str sep) {
    if (sep.n == 0) return 0;
    if (sep.n > s.n) return -1;
    const char *hit = memmem(s.p, (size_t)s.n, sep.p, (size_t)sep.n);
    return hit ? hit - s.p : -1;
}

static int64_t last_index_of(Str s, Str sep) {
    if (sep.n == 0) return s.n;
    for (int64_t i = s.n - sep.n; i >= 0; i--)
        if (memcmp(s.p + i, sep.p, (size_t)sep.n) == 0) return i;
    return -1;
}

static int64_t count_of(Str s, Str sep) {
    if (sep.n == 0) return (int64_t)utf8_rune_count(s.p, (size_t)s.n) + 1;
    int64_t n = 0;
    for (;;) {
        int64_t i = index_of(s, sep);
        if (i < 0) return n;
        n++;
        s.p += i + sep.n;
        s.n -= i + sep.n;
    }
}

static int decode(Str s, int64_t i, int32_t *r) {
    return utf8_decode(s.p + i, (size_t)(s.n - i), r);
}

/* Go's DecodeLastRuneInString over s[0:end). */
static int decode_last(Str s, int64_t end, int32_t *r) {
    if (end == 0) { *r = 0xFFFD; return 0; }
    int64_t start = end - 1;
    if ((unsigned char)s.p[start] < 0x80) { *r = (unsigned char)s.p[start]; return 1; }
    int64_t lim = end - 4 < 0 ? 0 : end - 4;
    for (start--; start >= lim; start--)
        if (((unsigned char)s.p[start] & 0xC0) != 0x80) break;
    if (start < 0) start = 0;
    int size = utf8_decode(s.p + start, (size_t)(end - start), r);
    if (start + size != end) { *r = 0xFFFD; return 1; }
    return size;
}

/* IndexRune: r == RuneError also finds invalid sequences, as Go's. */
static int64_t index_rune(Str s, int32_t r) {
    if (r >= 0 && r < 0x80) {
        const char *hit = memchr(s.p, r, (size_t)s.n);
        return hit ? hit - s.p : -1;
    }
    if (r == 0xFFFD) {
        for (int64_t i = 0; i < s.n;) {
            int32_t c;
            int w = decode(s, i, &c);
            if (c == 0xFFFD) return i;
            i += w;
        }
        return -1;
    }
    if (!utf8_valid_rune(r)) return -1;
    char buf[4];
    int n = utf8_encode(buf, r);
    return index_of(s, (Str){ buf, n });
}

static GoSlice *new_strings(int64_t n) { return slice_new(8, n, n, true); }

static void set_str(GoSlice *a, int64_t i, GoString *s) { ((GoString **)a->data)[i] = s; }

/* ---- searching ---- */

static NatStatus strings_Contains(G *g, Value *a) {
    (void)g;
    a[0].i = index_of(str_of(a[0].s), str_of(a[1].s)) >= 0;
    return NAT_OK;
}

static NatStatus strings_ContainsRune(G *g, Value *a) {
    (void)g;
    a[0].i = index_rune(str_of(a[0].s), (int32_t)a[1].i) >= 0;
    return NAT_OK;
}

static int64_t index_any(Str s, Str chars) {
    if (chars.n == 0) return -1;
    for (int64_t i = 0; i < s.n;) {
        int32_t r;
        int w = decode(s, i, &r);
        if (index_rune(chars, r) >= 0) return i;
        i += w;
    }
    return -1;
}

static int64_t last_index_any(Str s, Str chars) {
    if (chars.n == 0) return -1;
    for (int64_t i = s.n; i > 0;) {
        int32_t r;
        int w = decode_last(s, i, &r);
        i -= w;
        if (index_rune(chars, r) >= 0) return i;
    }
    return -1;
}

static NatStatus strings_ContainsAny(G *g, Value *a) {
    (void)g;
    a[0].i = index_any(str_of(a[0].s), str_of(a[1].s)) >= 0;
    return NAT_OK;
}

static NatStatus strings_Index(G *g, Value *a) {
    (void)g;
    a[0].i = index_of(str_of(a[0].s), str_of(a[1].s));
    return NAT_OK;
}

static NatStatus strings_IndexByte(G *g, Value *a) {
    (void)g;
    Str s = str_of(a[0].s);
    const char *hit = memchr(s.p, (int)(a[1].i & 0xFF), (size_t)s.n);
    a[0].i = hit ? hit - s.p : -1;
    return NAT_OK;
}

static NatStatus strings_IndexRune(G *g, Value *a) {
    (void)g;
    a[0].i = index_rune(str_of(a[0].s), (int32_t)a[1].i);
    return NAT_OK;
}

static NatStatus strings_IndexAny(G *g, Value *a) {
    (void)g;
    a[0].i = index_any(str_of(a[0].s), str_of(a[1].s));
    return NAT_OK;
}

static NatStatus strings_LastIndex(G *g, Value *a) {
    (void)g;
    a[0].i = last_index_of(str_of(a[0].s), str_of(a[1].s));
    return NAT_OK;
}

static NatStatus strings_LastIndexByte(G *g, Value *a) {
    (void)g;
    Str s = str_of(a[0].s);
    int64_t i = s.n - 1;
    while (i >= 0 && (unsigned char)s.p[i] != (unsigned char)a[1].i) i--;
    a[0].i = i;
    return NAT_OK;
}

static NatStatus strings_LastIndexAny(G *g, Value *a) {
    (void)g;
    a[0].i = last_index_any(str_of(a[0].s), str_of(a[1].s));
    return NAT_OK;
}

static NatStatus strings_Count(G *g, Value *a) {
    (void)g;
    a[0].i = count_of(str_of(a[0].s), str_of(a[1].s));
    return NAT_OK;
}

static NatStatus strings_HasPrefix(G *g, Value *a) {
    (void)g;
    Str s = str_of(a[0].s), p = str_of(a[1].s);
    a[0].i = s.n >= p.n && memcmp(s.p, p.p, (size_t)p.n) == 0;
    return NAT_OK;
}

static NatStatus strings_HasSuffix(G *g, Value *a) {
    (void)g;
    Str s = str_of(a[0].s), p = str_of(a[1].s);
    a[0].i = s.n >= p.n && memcmp(s.p + s.n - p.n, p.p, (size_t)p.n) == 0;
    return NAT_OK;
}

static NatStatus strings_Compare(G *g, Value *a) {
    (void)g;
    int c = str_compare(a[0].s, a[1].s);
    a[0].i = c < 0 ? -1 : c > 0;
    return NAT_OK;
}

/* Go's EqualFold: ASCII fast path, then rune by rune through SimpleFold's
 * orbit. */
static bool equal_fold(Str s, Str t) {
    int64_t i = 0, j = 0;
    while (i < s.n && j < t.n) {
        int32_t sr, tr;
        if ((unsigned char)s.p[i] < 0x80) { sr = (unsigned char)s.p[i]; i++; }
        else i += decode(s, i, &sr);
        if ((unsigned char)t.p[j] < 0x80) { tr = (unsigned char)t.p[j]; j++; }
        else j += decode(t, j, &tr);
        if (tr == sr) continue;
        if (tr < sr) { int32_t x = tr; tr = sr; sr = x; }
        if (tr < 0x80) {
            if ('A' <= sr && sr <= 'Z' && tr == sr + 'a' - 'A') continue;
            return false;
        }
        int32_t r = uni_simple_fold(sr);
        while (r != sr && r < tr) r = uni_simple_fold(r);
        if (r == tr) continue;
        return false;
    }
    return i == s.n && j == t.n;
}

static NatStatus strings_EqualFold(G *g, Value *a) {
    (void)g;
    a[0].i = equal_fold(str_of(a[0].s), str_of(a[1].s));
    return NAT_OK;
}

/* ---- splitting and joining ---- */

/* Go's explode: s split into UTF-8 sequences, at most n (n < 0: all). */
static GoSlice *explode(GoString *s, int64_t n) {
    Str st = str_of(s);
    int64_t l = (int64_t)utf8_rune_count(st.p, (size_t)st.n);
    if (n < 0 || n > l) n = l;
    GoSlice *a = new_strings(n);
    int64_t i = 0;
    for (int64_t k = 0; k < n; k++) {
        if (k == n - 1) {
            set_str(a, k, sub(s, i, st.n));
            break;
        }
        int32_t r;
        int w = decode(st, i, &r);
        set_str(a, k, sub(s, i, i + w));
        i += w;
    }
    return a;
}

/* Go's genSplit: sepSave bytes of sep kept at the end of each piece. */
static GoSlice *gen_split(GoString *s, GoString *sep, int64_t sep_save, int64_t n) {
    if (n == 0) return NULL;
    if (str_len(sep) == 0) return explode(s, n);
    Str st = str_of(s), sp = str_of(sep);
    if (n < 0) n = count_of(st, sp) + 1;
    if (n > st.n + 1) n = st.n + 1;
    GoSlice *a = new_strings(n);
    int64_t i = 0, pos = 0;
    while (i < n - 1) {
        int64_t m = index_of((Str){ st.p + pos, st.n - pos }, sp);
        if (m < 0) break;
        set_str(a, i, sub(s, pos, pos + m + sep_save));
        pos += m + sp.n;
        i++;
    }
    set_str(a, i, sub(s, pos, st.n));
    a->len = i + 1;
    return a;
}

static NatStatus strings_Split(G *g, Value *a) {
    (void)g;
    a[0].sl = gen_split(a[0].s, a[1].s, 0, -1);
    return NAT_OK;
}

static NatStatus strings_SplitN(G *g, Value *a) {
    (void)g;
    a[0].sl = gen_split(a[0].s, a[1].s, 0, a[2].i);
    return NAT_OK;
}

static NatStatus strings_SplitAfter(G *g, Value *a) {
    (void)g;
    a[0].sl = gen_split(a[0].s, a[1].s, str_len(a[1].s), -1);
    return NAT_OK;
}

static NatStatus strings_SplitAfterN(G *g, Value *a) {
    (void)g;
    a[0].sl = gen_split(a[0].s, a[1].s, str_len(a[1].s), a[2].i);
    return NAT_OK;
}

static NatStatus strings_Join(G *g, Value *a) {
    (void)g;
    GoSlice *el = a[0].sl;
    int64_t n = el ? el->len : 0;
    if (n == 0) { a[0].s = NULL; return NAT_OK; }
    GoString **e = el->data;
    if (n == 1) { a[0].s = e[0]; return NAT_OK; }
    Str sep = str_of(a[1].s);
    Buf b;
    buf_init(&b);
    for (int64_t i = 0; i < n; i++) {
        if (i) buf_write(&b, sep.p, (size_t)sep.n);
        buf_write(&b, str_data(e[i]), (size_t)str_len(e[i]));
    }
    a[0].s = str_new(b.data, b.len);
    return NAT_OK;
}

static NatStatus strings_Fields(G *g, Value *a) {
    (void)g;
    GoString *s = a[0].s;
    Str st = str_of(s);
    int64_t nf = 0, cap = 8;
    GoString **f = GC_MALLOC(sizeof *f * (size_t)cap);
    int64_t start = -1;
    for (int64_t i = 0; i <= st.n;) {
        int32_t r = ' ';
        int w = 1;
        if (i < st.n) w = decode(st, i, &r);
        if (uni_is_space(r)) {
            if (start >= 0) {
                if (nf == cap) {
                    GoString **nfp = GC_MALLOC(sizeof *f * (size_t)cap * 2);
                    memcpy(nfp, f, sizeof *f * (size_t)cap);
                    f = nfp;
                    cap *= 2;
                }
                f[nf++] = sub(s, start, i);
                start = -1;
            }
        } else if (start < 0) {
            start = i;
        }
        i += w;
    }
    GoSlice *out = new_strings(nf);
    if (nf) memcpy(out->data, f, sizeof *f * (size_t)nf);
    a[0].sl = out;
    return NAT_OK;
}

static NatStatus strings_Repeat(G *g, Value *a) {
    Str s = str_of(a[0].s);
    int64_t count = a[1].i;
    if (count < 0) return vm_panic_msg(g, "strings: negative Repeat count");
    if (s.n == 0 || count == 0) { a[0].s = NULL; return NAT_OK; }
    if (s.n > INT64_MAX / count) return vm_panic_msg(g, "strings: Repeat output length overflow");
    int64_t n = s.n * count;
    GoString *r = GC_MALLOC_ATOMIC(sizeof(GoString) + (size_t)n + 1);
    char *d = (char *)(r + 1);
    for (int64_t i = 0; i < count; i++) memcpy(d + i * s.n, s.p, (size_t)s.n);
    d[n] = 0;
    r->len = n;
    r->data = d;
    a[0].s = r;
    return NAT_OK;
}

static GoString *replace(GoString *s, GoString *old, GoString *new_, int64_t n) {
    Str st = str_of(s), o = str_of(old), nw = str_of(new_);
    if (str_equal(old, new_) || n == 0) return s;
    int64_t m = count_of(st, o);
    if (m == 0) return s;
    if (n < 0 || m < n) n = m;
    Buf b;
    buf_init(&b);
    int64_t start = 0;
    for (int64_t i = 0; i < n; i++) {
        int64_t j = start;
        if (o.n == 0) {
            if (i > 0) {
                int32_t r;
                j += decode(st, start, &r);
            }
        } else {
            j += index_of((Str){ st.p + start, st.n - start }, o);
        }
        buf_write(&b, st.p + start, (size_t)(j - start));
        buf_write(&b, nw.p, (size_t)nw.n);
        start = j + o.n;
    }
    buf_write(&b, st.p + start, (size_t)(st.n - start));
    return str_new(b.data, b.len);
}

static NatStatus strings_Replace(G *g, Value *a) {
    (void)g;
    a[0].s = replace(a[0].s, a[1].s, a[2].s, a[3].i);
    return NAT_OK;
}

static NatStatus strings_ReplaceAll(G *g, Value *a) {
    (void)g;
    a[0].s = replace(a[0].s, a[1].s, a[2].s, -1);
    return NAT_OK;
}

/* ---- case ---- */

/* Go's Map with a case mapping: unchanged strings are returned as they
 * are; invalid bytes become U+FFFD. */
static GoString *map_case(GoString *s, int c) {
    Str st = str_of(s);
    bool ascii = true;
    for (int64_t i = 0; i < st.n; i++)
        if ((unsigned char)st.p[i] >= 0x80) { ascii = false; break; }
    Buf b;
    buf_init(&b);
    bool changed = false;
    for (int64_t i = 0; i < st.n;) {
        int32_t r;
        int w = ascii ? (r = (unsigned char)st.p[i], 1) : decode(st, i, &r);
        int32_t m;
        if (r < 0x80) {
            m = r;
            if (c == UNI_LOWER_CASE) { if (r >= 'A' && r <= 'Z') m = r + 32; }
            else if (r >= 'a' && r <= 'z') m = r - 32;
        } else {
            m = uni_to(c, r);
        }
        if (m != r || (r == 0xFFFD && w == 1)) changed = true;
        buf_put_rune(&b, m);
        i += w;
    }
    return changed ? str_new(b.data, b.len) : s;
}

static NatStatus strings_ToUpper(G *g, Value *a) {
    (void)g;
    a[0].s = map_case(a[0].s, UNI_UPPER_CASE);
    return NAT_OK;
}

static NatStatus strings_ToLower(G *g, Value *a) {
    (void)g;
    a[0].s = map_case(a[0].s, UNI_LOWER_CASE);
    return NAT_OK;
}

static NatStatus strings_ToTitle(G *g, Value *a) {
    (void)g;
    a[0].s = map_case(a[0].s, UNI_TITLE_CASE);
    return NAT_OK;
}

/* ---- trimming ---- */

static bool in_cutset(Str cutset, int32_t r) { return index_rune(cutset, r) >= 0; }

static int64_t trim_left_at(Str s, Str cutset) {
    int64_t i = 0;
    while (i < s.n) {
        int32_t r;
        int w = decode(s, i, &r);
        if (!in_cutset(cutset, r)) break;
        i += w;
    }
    return i;
}

static int64_t trim_right_at(Str s, int64_t start, Str cutset) {
    int64_t j = s.n;
    while (j > start) {
        int32_t r;
        int w = decode_last(s, j, &r);
        if (!in_cutset(cutset, r)) break;
        j -= w;
    }
    return j;
}

static NatStatus strings_Trim(G *g, Value *a) {
    (void)g;
    Str s = str_of(a[0].s), cs = str_of(a[1].s);
    if (s.n == 0 || cs.n == 0) return NAT_OK;
    int64_t i = trim_left_at(s, cs);
    a[0].s = sub(a[0].s, i, trim_right_at(s, i, cs));
    return NAT_OK;
}

static NatStatus strings_TrimLeft(G *g, Value *a) {
    (void)g;
    Str s = str_of(a[0].s), cs = str_of(a[1].s);
    if (s.n == 0 || cs.n == 0) return NAT_OK;
    a[0].s = sub(a[0].s, trim_left_at(s, cs), s.n);
    return NAT_OK;
}

static NatStatus strings_TrimRight(G *g, Value *a) {
    (void)g;
    Str s = str_of(a[0].s), cs = str_of(a[1].s);
    if (s.n == 0 || cs.n == 0) return NAT_OK;
    a[0].s = sub(a[0].s, 0, trim_right_at(s, 0, cs));
    return NAT_OK;
}

static NatStatus strings_TrimSpace(G *g, Value *a) {
    (void)g;
    Str s = str_of(a[0].s);
    int64_t i = 0, j = s.n;
    while (i < s.n) {
        int32_t r;
        int w = decode(s, i, &r);
        if (!uni_is_space(r)) break;
        i += w;
    }
    while (j > i) {
        int32_t r;
        int w = decode_last(s, j, &r);
        if (!uni_is_space(r)) break;
        j -= w;
    }
    a[0].s = sub(a[0].s, i, j);
    return NAT_OK;
}

static NatStatus strings_TrimPrefix(G *g, Value *a) {
    (void)g;
    Str s = str_of(a[0].s), p = str_of(a[1].s);
    if (s.n >= p.n && memcmp(s.p, p.p, (size_t)p.n) == 0) a[0].s = sub(a[0].s, p.n, s.n);
    return NAT_OK;
}

static NatStatus strings_TrimSuffix(G *g, Value *a) {
    (void)g;
    Str s = str_of(a[0].s), p = str_of(a[1].s);
    if (s.n >= p.n && memcmp(s.p + s.n - p.n, p.p, (size_t)p.n) == 0) a[0].s = sub(a[0].s, 0, s.n - p.n);
    return NAT_OK;
}

static NatStatus strings_Cut(G *g, Value *a) {
    (void)g;
    GoString *s = a[0].s;
    Str sep = str_of(a[1].s);
    int64_t i = index_of(str_of(s), sep);
    if (i >= 0) {
        a[0].s = sub(s, 0, i);
        a[1].s = sub(s, i + sep.n, str_len(s));
        a[2].i = 1;
    } else {
        a[0].s = s;
        a[1].s = NULL;
        a[2].i = 0;
    }
    return NAT_OK;
}

static NatStatus strings_CutPrefix(G *g, Value *a) {
    (void)g;
    Str s = str_of(a[0].s), p = str_of(a[1].s);
    bool ok = s.n >= p.n && memcmp(s.p, p.p, (size_t)p.n) == 0;
    if (ok) a[0].s = sub(a[0].s, p.n, s.n);
    a[1].i = ok;
    return NAT_OK;
}

static NatStatus strings_CutSuffix(G *g, Value *a) {
    (void)g;
    Str s = str_of(a[0].s), p = str_of(a[1].s);
    bool ok = s.n >= p.n && memcmp(s.p + s.n - p.n, p.p, (size_t)p.n) == 0;
    if (ok) a[0].s = sub(a[0].s, 0, s.n - p.n);
    a[1].i = ok;
    return NAT_OK;
}

static NatStatus strings_Clone(G *g, Value *a) {
    (void)g;
    a[0].s = str_new(str_data(a[0].s), (size_t)str_len(a[0].s));
    return NAT_OK;
}

/* Each run of invalid bytes becomes one replacement. */
static NatStatus strings_ToValidUTF8(G *g, Value *a) {
    (void)g;
    Str s = str_of(a[0].s), rep = str_of(a[1].s);
    Buf b;
    buf_init(&b);
    bool invalid = false, any = false;
    for (int64_t i = 0; i < s.n;) {
        int32_t r;
        int w = decode(s, i, &r);
        if (r == 0xFFFD && w == 1) {
            if (!invalid) buf_write(&b, rep.p, (size_t)rep.n);
            invalid = any = true;
        } else {
            buf_write(&b, s.p + i, (size_t)w);
            invalid = false;
        }
        i += w;
    }
    if (any) a[0].s = str_new(b.data, b.len);
    return NAT_OK;
}

/* ---- helpers for the Go half ---- */

static NatStatus strings_decodeRune(G *g, Value *a) {
    (void)g;
    int32_t r;
    int w = utf8_decode(str_data(a[0].s), (size_t)str_len(a[0].s), &r);
    a[0].i = r;
    a[1].i = w;
    return NAT_OK;
}

static NatStatus strings_decodeLastRune(G *g, Value *a) {
    (void)g;
    int32_t r;
    Str s = str_of(a[0].s);
    int w = decode_last(s, s.n, &r);
    a[0].i = r;
    a[1].i = w;
    return NAT_OK;
}

static NatStatus strings_appendRune(G *g, Value *a) {
    (void)g;
    char buf[4];
    int n = utf8_encode(buf, (int32_t)a[1].i);
    a[0].sl = slice_append_raw(a[0].sl, 1, buf, n);
    return NAT_OK;
}

/* The bytes of b as a string, shared (callers never rewrite them). */
static NatStatus strings_bytesString(G *g, Value *a) {
    (void)g;
    GoSlice *b = a[0].sl;
    if (!b || b->len == 0) { a[0].s = NULL; return NAT_OK; }
    GoString *r = GC_MALLOC(sizeof *r);
    r->len = b->len;
    r->data = b->data;
    a[0].s = r;
    return NAT_OK;
}

#define N(NAME) { "strings", #NAME, strings_##NAME }
const NativeDesc strings_natives[] = {
    N(Contains), N(ContainsRune), N(ContainsAny), N(Index), N(IndexByte), N(IndexRune),
    N(IndexAny), N(LastIndex), N(LastIndexByte), N(LastIndexAny), N(Split), N(SplitN),
    N(SplitAfter), N(SplitAfterN), N(Join), N(Fields), N(Repeat), N(Replace), N(ReplaceAll),
    N(ToUpper), N(ToLower), N(ToTitle), N(TrimSpace), N(Trim), N(TrimLeft), N(TrimRight),
    N(TrimPrefix), N(TrimSuffix), N(HasPrefix), N(HasSuffix), N(Count), N(EqualFold),
    N(Compare), N(Cut), N(CutPrefix), N(CutSuffix), N(Clone), N(ToValidUTF8),
    N(decodeRune), N(decodeLastRune), N(appendRune), N(bytesString),
    { NULL, NULL, NULL },
};

/* Package bytes's one native: view(b) is bytesString(b), a string sharing
 * b's bytes, for its searches (stdlib/go/bytes/bytes.go). */
const NativeDesc bytes_natives[] = {
    { "bytes", "view", strings_bytesString },
    { NULL, NULL, NULL },
};
