/* fmt.c — package fmt's natives: Print, Println, Printf, Sprint, Sprintln,
 * Sprintf. Values are walked by their run-time Type (the interface box's
 * dynamic type) and printed with the primitives of fmtcore.c, following
 * Go's fmt/print.go (printArg, printValue).
 */
#include <gc.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "ioblock.h"
#include "map.h"
#include "natives.h"

/* Go's badVerb: %!verb(type=value), the value printed with %v and the
 * verb's flags, width and precision (%!d(float64=    3) for %5d of 3.0). */
static void bad_verb(Buf *out, const RType *t, Value v, const FmtSpec *spec, int depth) {
    FmtSpec s2 = *spec;
    s2.verb = 'v';
    /* written straight into out: the value may hold NUL bytes */
    buf_puts(out, "%!");
    buf_put_rune(out, spec->verb);
    buf_putc(out, '(');
    buf_puts(out, t->str);
    buf_putc(out, '=');
    fmt_value(out, t, v, &s2, depth);
    buf_putc(out, ')');
}

static bool is_named(const RType *t, const char *name) {
    return t->name && t->name[0] == 'f' && strcmp(t->name, name) == 0;
}

static void fmt_node(Buf *out, const Value *node, const FmtSpec *spec, int depth);
static void fmt_map(Buf *out, const RType *t, const struct GoMap *m, const FmtSpec *spec, int depth);

void fmt_value(Buf *out, const RType *t, Value v, const FmtSpec *spec, int depth) {
    const RType *u = t->under;
    int32_t verb = spec->verb;
    if (u->kind == TY_STRUCT && is_named(t, "fmt.node")) { fmt_node(out, v.p, spec, depth); return; }
    if (u->kind == TY_STRING && is_named(t, "fmt.raw")) { buf_write(out, str_data(v.s), (size_t)str_len(v.s)); return; }
    if (verb == 'T') {
        const char *s = t->str;
        fmt_string(out, s, strlen(s), 's', spec);
        return;
    }
    switch (u->kind) {
    case TY_BOOL:
        if (verb == 't' || verb == 'v') fmt_bool(out, v.i != 0, spec);
        else bad_verb(out, t, v, spec, depth);
        return;
    case TY_INT: case TY_INT8: case TY_INT16: case TY_INT32: case TY_INT64:
        if (!fmt_int_verb(out, v.u, true, verb, spec)) bad_verb(out, t, v, spec, depth);
        return;
    case TY_UINT: case TY_UINT8: case TY_UINT16: case TY_UINT32: case TY_UINT64: case TY_UINTPTR:
        if (!fmt_int_verb(out, v.u, false, verb, spec)) bad_verb(out, t, v, spec, depth);
        return;
    case TY_FLOAT32: case TY_FLOAT64:
        if (!fmt_float(out, v.f, u->kind == TY_FLOAT32 ? 32 : 64, verb, spec)) bad_verb(out, t, v, spec, depth);
        return;
    case TY_STRING:
        if (!fmt_string(out, str_data(v.s), (size_t)str_len(v.s), verb, spec)) bad_verb(out, t, v, spec, depth);
        return;
    case TY_SLICE: {
        GoSlice *s = v.sl;
        const RType *e = u->elem;
        if ((verb == 's' || verb == 'q' || verb == 'x' || verb == 'X') && e->under->kind == TY_UINT8) {
            fmt_string(out, s ? (const char *)s->data : "", s ? (size_t)s->len : 0, verb, spec);
            return;
        }
        if (spec->sharpV) {
            /* Go's printArg names a top-level []byte "[]byte", reflection "[]uint8" */
            const char *ts = depth == 0 && t == t->under && e == e->under && e->kind == TY_UINT8 ? "[]byte" : t->str;
            buf_puts(out, ts);
            if (!s) { buf_puts(out, "(nil)"); return; }
            buf_putc(out, '{');
        } else {
            buf_putc(out, '[');
        }
        int64_t n = s ? s->len : 0;
        int es = rtype_elem_size(e);
        for (int64_t i = 0; i < n; i++) {
            if (i) buf_puts(out, spec->sharpV ? ", " : " ");
            Value ev;
            if (rtype_is_aggregate(e)) {
                ev.p = (char *)s->data + i * s->elemsize;
            } else if (es == 1) {
                uint8_t b = ((uint8_t *)s->data)[i];
                ev.i = rtype_is_unsigned(e) || e->under->kind == TY_BOOL ? (int64_t)b : (int64_t)(int8_t)b;
            } else {
                ev = ((Value *)s->data)[i];
            }
            fmt_value(out, e, ev, spec, depth + 1);
        }
        buf_putc(out, spec->sharpV ? '}' : ']');
        return;
    }
    case TY_INTERFACE:
        /* an element of interface type: nil prints as <nil> whatever the verb */
        if (!v.ifc) {
            if (spec->sharpV) {
                buf_puts(out, t->str);
                buf_puts(out, "(nil)");
            } else {
                buf_puts(out, "<nil>");   /* unpadded, as Go's printValue */
            }
            return;
        }
        fmt_iface(out, v.ifc, spec);
        return;
    case TY_STRUCT: {
        const Value *blk = v.p;
        if (spec->sharpV) buf_puts(out, t->str);
        buf_putc(out, '{');
        int off = 0;
        for (int f = 0; f < u->nfields; f++) {
            const RType *ft = u->fields[f].type;
            if (f) buf_puts(out, spec->sharpV ? ", " : " ");
            if (spec->plusV || spec->sharpV) {
                buf_puts(out, u->fields[f].name);
                buf_putc(out, ':');
            }
            Value fv = value_load(ft, blk + off);
            fmt_value(out, ft, fv, spec, depth + 1);
            off += ft->slots;
        }
        buf_putc(out, '}');
        return;
    }
    case TY_ARRAY: {
        const Value *blk = v.p;
        const RType *e = u->elem;
        if ((verb == 's' || verb == 'q' || verb == 'x' || verb == 'X') && e->under->kind == TY_UINT8) {
            /* an array of bytes prints as its bytes, as a []byte does (it is packed) */
            fmt_string(out, (const char *)blk, (size_t)u->len, verb, spec);
            return;
        }
        if (spec->sharpV) { buf_puts(out, t->str); buf_putc(out, '{'); }
        else buf_putc(out, '[');
        for (int64_t j = 0; j < u->len; j++) {
            if (j) buf_puts(out, spec->sharpV ? ", " : " ");
            fmt_value(out, e, array_elem(u, blk, j), spec, depth + 1);
        }
        buf_putc(out, spec->sharpV ? '}' : ']');
        return;
    }
    case TY_POINTER: {
        const RType *e = u->elem->under;
        /* Go's printValue: &{...} at the top level for any verb but %p */
        if (v.p && depth == 0 && (e->kind == TY_STRUCT || e->kind == TY_ARRAY || e->kind == TY_SLICE || e->kind == TY_MAP) &&
            verb != 'p') {
            buf_putc(out, '&');
            Value ev = (e->kind == TY_STRUCT || e->kind == TY_ARRAY) ? v : *(Value *)v.p;
            fmt_value(out, u->elem, ev, spec, depth + 1);
            return;
        }
        /* fallthrough: print the address */
    }
    /* fall through */
    case TY_MAP:
        /* Go's printValue prints a map's elements with the verb, whatever it is */
        if (u->kind == TY_MAP && verb != 'p') {
            if (!v.p && spec->sharpV) { buf_puts(out, t->str); buf_puts(out, "(nil)"); return; }
            if (!v.p) { buf_puts(out, "map[]"); return; }
            fmt_map(out, t, v.p, spec, depth);
            return;
        }
        /* fall through */
    case TY_FUNC: case TY_CHAN: {
        /* Go's fmtPointer */
        uint64_t addr = (uint64_t)(uintptr_t)v.p;
        switch (verb) {
        case 'v':
            if (spec->sharpV) {
                buf_puts(out, "(");
                buf_puts(out, t->str);
                buf_puts(out, ")(");
                if (v.p) fmt_0x64(out, addr, true, spec);
                else buf_puts(out, "nil");
                buf_putc(out, ')');
            } else if (!v.p) {
                fmt_pad(out, "<nil>", 5, spec);
            } else {
                fmt_0x64(out, addr, !spec->sharp, spec);
            }
            return;
        case 'p':
            fmt_0x64(out, addr, !spec->sharp, spec);
            return;
        case 'b': case 'o': case 'd': case 'x': case 'X':
            fmt_int_verb(out, addr, false, verb, spec);
            return;
        default:
            bad_verb(out, t, v, spec, depth);
            return;
        }
    }
    default:
        buf_puts(out, "?");
        return;
    }
}

static void fmt_iface_depth(Buf *out, const GoBox *b, const FmtSpec *spec, int depth) {
    if (!b) {
        if (spec->verb == 'T' || spec->verb == 'v') fmt_pad(out, "<nil>", 5, spec);
        else fmt_bad_verb(out, spec, NULL, NULL);
        return;
    }
    fmt_value(out, b->type, b->v, spec, depth);
}

void fmt_iface(Buf *out, const GoBox *b, const FmtSpec *spec) { fmt_iface_depth(out, b, spec, 0); }

/* %w outside Errorf: Go's %!w(type=value) */
static void fmt_bad_verb_iface(Buf *out, const FmtSpec *spec, const GoBox *b) {
    if (!b) { fmt_bad_verb(out, spec, NULL, NULL); return; }
    bad_verb(out, b->type, b->v, spec, 0);
}

/* ---- maps: printed sorted by key (Go's internal/fmtsort) ---- */

/* Go's fmtsort orders interface keys of different dynamic types by the
 * addresses of their type descriptors; in Go's binaries the predeclared
 * types come in this order (string, ints, floats, bool), other types after. */
static int type_rank(const RType *t) {
    if (t != t->under) return 100;
    switch (t->kind) {
    case TY_STRING: return 0;
    case TY_INT: case TY_INT8: case TY_INT16: case TY_INT32: case TY_INT64:
    case TY_UINT: case TY_UINT8: case TY_UINT16: case TY_UINT32: case TY_UINT64: case TY_UINTPTR: return 1;
    case TY_FLOAT32: case TY_FLOAT64: return 2;
    case TY_BOOL: return 3;
    default: return 100;
    }
}

static int key_cmp(const RType *t, Value a, Value b);

static int slots_cmp(const RType *t, const Value *a, const Value *b) {
    const RType *u = t->under;
    if (u->kind == TY_STRUCT) {
        for (int i = 0; i < u->nfields; i++) {
            const RType *ft = u->fields[i].type;
            int off = u->fields[i].offset;
            Value x = value_load(ft, a + off);
            Value y = value_load(ft, b + off);
            int c = key_cmp(ft, x, y);
            if (c) return c;
        }
        return 0;
    }
    for (int64_t i = 0; i < u->len; i++) {
        int c = key_cmp(u->elem, array_elem(u, a, i), array_elem(u, b, i));
        if (c) return c;
    }
    return 0;
}

static int key_cmp(const RType *t, Value a, Value b) {
    const RType *u = t->under;
    switch (u->kind) {
    case TY_BOOL: case TY_INT: case TY_INT8: case TY_INT16: case TY_INT32: case TY_INT64:
        return a.i < b.i ? -1 : a.i > b.i;
    case TY_UINT: case TY_UINT8: case TY_UINT16: case TY_UINT32: case TY_UINT64: case TY_UINTPTR:
    case TY_POINTER: case TY_CHAN:
        return a.u < b.u ? -1 : a.u > b.u;
    case TY_FLOAT32: case TY_FLOAT64:
        if (a.f != a.f) return b.f != b.f ? 0 : -1;   /* NaNs first */
        if (b.f != b.f) return 1;
        return a.f < b.f ? -1 : a.f > b.f;
    case TY_STRING:
        return str_compare(a.s, b.s);
    case TY_STRUCT: case TY_ARRAY:
        return slots_cmp(t, a.p, b.p);
    case TY_INTERFACE: {
        GoBox *x = a.ifc, *y = b.ifc;
        if (!x || !y) return x ? 1 : y ? -1 : 0;
        if (x->type != y->type) {
            int rx = type_rank(x->type), ry = type_rank(y->type);
            if (rx != ry) return rx < ry ? -1 : 1;
            return x->type->id < y->type->id ? -1 : 1;
        }
        return key_cmp(x->type, x->v, y->v);
    }
    default:
        return 0;
    }
}

static int entry_cmp(const void *a, const void *b, void *key_type) {
    const MapEntry *x = a, *y = b;
    return key_cmp(key_type, x->key, y->key);
}

/* The live entries of m sorted by key; *n gets their number. */
static MapEntry *sorted_entries(const GoMap *m, int64_t *n) {
    int64_t cap = map_len(m) + 1, k = 0;
    MapEntry *es = GC_MALLOC(sizeof(MapEntry) * (size_t)cap);
    MapIter it;
    map_iter_init(&it, (GoMap *)m);
    for (MapEntry e; map_iter_next(&it, &e);) {
        if (k == cap) {   /* a racing writer added some */
            MapEntry *more = GC_MALLOC(sizeof(MapEntry) * (size_t)(cap *= 2));
            memcpy(more, es, sizeof(MapEntry) * (size_t)k);
            es = more;
        }
        es[k++] = e;
    }
    qsort_r(es, (size_t)k, sizeof *es, entry_cmp, (void *)m->type->under->key);
    *n = k;
    return es;
}

static void fmt_map(Buf *out, const RType *t, const GoMap *m, const FmtSpec *spec, int depth) {
    const RType *u = t->under;
    if (spec->sharpV) { buf_puts(out, t->str); buf_putc(out, '{'); }
    else buf_puts(out, "map[");
    int64_t n;
    MapEntry *es = sorted_entries(m, &n);
    for (int64_t i = 0; i < n; i++) {
        if (i) buf_puts(out, spec->sharpV ? ", " : " ");
        fmt_value(out, u->key, es[i].key, spec, depth + 1);
        buf_putc(out, ':');
        fmt_value(out, u->elem, es[i].val, spec, depth + 1);
    }
    buf_putc(out, spec->sharpV ? '}' : ']');
}

/* ---- values whose printing calls Go methods ----
 *
 * fmt calls Error(), String() and GoString() methods, which are Go code.
 * A native cannot call Go (DESIGN.md invariant 2), so package fmt's Go
 * source does it first: it asks needs_ whether any argument may have such
 * methods at any depth; if so, handle() replaces each method-bearing value
 * by its method's result (a "fmt.mstr", printed as a string with the verb,
 * or a "fmt.raw" for GoString) and each composite around one by a
 * "fmt.node" {x, elems}: the original value with its elements already
 * handled. The natives then print nodes like the composite they stand for.
 */

static const char *name_error, *name_string, *name_gostring;

static bool has_method(const RType *t, const char *name) { return rtype_method(t, name) != NULL; }

/* Whether printing a value of type t (at this depth) may call a method. */
static bool type_needs(const RType *t, int depth) {
    if (!name_error) {
        name_error = intern_cstr("Error");
        name_string = intern_cstr("String");
        name_gostring = intern_cstr("GoString");
    }
    if (depth > 8) return true;
    const RType *u = t->under;
    if (u->kind == TY_INTERFACE) return true;
    if (has_method(t, name_error) || has_method(t, name_string) || has_method(t, name_gostring)) return true;
    switch (u->kind) {
    case TY_STRUCT:
        for (int i = 0; i < u->nfields; i++)
            if (type_needs(u->fields[i].type, depth + 1)) return true;
        return false;
    case TY_SLICE: case TY_ARRAY:
        return type_needs(u->elem, depth + 1);
    case TY_MAP:
        return type_needs(u->key, depth + 1) || type_needs(u->elem, depth + 1);
    case TY_POINTER: {
        TypeKind ek = u->elem->under->kind;
        return depth == 0 && (ek == TY_STRUCT || ek == TY_ARRAY || ek == TY_SLICE || ek == TY_MAP) &&
               type_needs(u->elem, depth + 1);
    }
    default:
        return false;
    }
}

static GoBox *arg_at(GoSlice *args, int64_t i) { return ((GoBox **)args->data)[i]; }

/* func needs_(a []any) bool */
static NatStatus fmt_needs(G *g, Value *args) {
    (void)g;
    GoSlice *a = args[0].sl;
    bool need = false;
    for (int64_t i = 0; a && i < a->len && !need; i++) {
        GoBox *b = arg_at(a, i);
        need = b && type_needs(b->type, 0);
    }
    args[0].i = need;
    return NAT_OK;
}

static GoSlice *new_any_slice(int64_t n) { return slice_new(8, n, n, true); }

static void put_elem(GoSlice *s, int64_t i, const RType *t, Value v) {
    GoBox *b = NULL;
    if (t->under->kind == TY_INTERFACE) b = v.ifc;
    else b = box_new(t, v);
    ((GoBox **)s->data)[i] = b;
}

/* func decompose_(x any, depth int) []any: the elements of a composite
 * that needs method handling (map: keys and values alternating, sorted by
 * key; pointer at depth 0: the pointee), or nil for a leaf. */
static NatStatus fmt_decompose(G *g, Value *args) {
    (void)g;
    GoBox *b = args[0].ifc;
    int depth = (int)args[1].i;
    args[0].sl = NULL;
    if (!b || !type_needs(b->type, depth)) return NAT_OK;
    const RType *t = b->type, *u = t->under;
    Value v = b->v;
    switch (u->kind) {
    case TY_STRUCT: {
        GoSlice *s = new_any_slice(u->nfields);
        const Value *blk = v.p;
        for (int i = 0; i < u->nfields; i++) {
            const RType *ft = u->fields[i].type;
            int off = u->fields[i].offset;
            put_elem(s, i, ft, value_load(ft, blk + off));
        }
        args[0].sl = s;
        return NAT_OK;
    }
    case TY_ARRAY: {
        GoSlice *s = new_any_slice(u->len);
        const Value *blk = v.p;
        for (int64_t i = 0; i < u->len; i++)
            put_elem(s, i, u->elem, array_elem(u, blk, i));
        args[0].sl = s;
        return NAT_OK;
    }
    case TY_SLICE: {
        GoSlice *sl = v.sl;
        if (!sl) return NAT_OK;
        GoSlice *s = new_any_slice(sl->len);
        for (int64_t i = 0; i < sl->len; i++) {
            Value ev;
            if (sl->elemsize == 1) ev.i = ((uint8_t *)sl->data)[i];
            else if (rtype_is_aggregate(u->elem)) ev.p = (char *)sl->data + i * sl->elemsize;
            else ev = ((Value *)sl->data)[i];
            put_elem(s, i, u->elem, ev);
        }
        args[0].sl = s;
        return NAT_OK;
    }
    case TY_MAP: {
        const GoMap *m = v.p;
        if (!m) return NAT_OK;
        int64_t n;
        MapEntry *es = sorted_entries(m, &n);
        GoSlice *s = new_any_slice(2 * n);
        for (int64_t i = 0; i < n; i++) {
            put_elem(s, 2 * i, u->key, es[i].key);
            put_elem(s, 2 * i + 1, u->elem, es[i].val);
        }
        args[0].sl = s;
        return NAT_OK;
    }
    case TY_POINTER: {
        if (!v.p || depth) return NAT_OK;
        const RType *e = u->elem;
        GoSlice *s = new_any_slice(1);
        put_elem(s, 0, e, rtype_is_aggregate(e) ? v : *(Value *)v.p);
        args[0].sl = s;
        return NAT_OK;
    }
    default:
        return NAT_OK;
    }
}

/* func isNilPtr_(x any) bool */
static NatStatus fmt_is_nil_ptr(G *g, Value *args) {
    (void)g;
    GoBox *b = args[0].ifc;
    args[0].i = b && b->type->under->kind == TY_POINTER && !b->v.p;
    return NAT_OK;
}

/* An element of a node, of static type t: a nil interface element shows
 * its type under %#v, as Go's printValue does. */
static void node_elem(Buf *out, const GoBox *b, const RType *t, const FmtSpec *spec, int depth) {
    if (!b && t->under->kind == TY_INTERFACE) {
        if (spec->sharpV) {
            buf_puts(out, t->str);
            buf_puts(out, "(nil)");
        } else {
            buf_puts(out, "<nil>");
        }
        return;
    }
    fmt_iface_depth(out, b, spec, depth);
}

/* Prints a fmt.node: the composite x with its elements replaced. */
static void fmt_node(Buf *out, const Value *node, const FmtSpec *spec, int depth) {
    GoBox *x = node[0].ifc;
    GoSlice *elems = node[1].sl;
    const RType *t = x->type, *u = t->under;
    int64_t n = elems ? elems->len : 0;
    const char *sep = spec->sharpV ? ", " : " ";
    switch (u->kind) {
    case TY_STRUCT:
        if (spec->sharpV) buf_puts(out, t->str);
        buf_putc(out, '{');
        for (int64_t i = 0; i < n; i++) {
            if (i) buf_puts(out, sep);
            if (spec->plusV || spec->sharpV) { buf_puts(out, u->fields[i].name); buf_putc(out, ':'); }
            node_elem(out, arg_at(elems, i), u->fields[i].type, spec, depth + 1);
        }
        buf_putc(out, '}');
        return;
    case TY_ARRAY: case TY_SLICE:
        if (spec->sharpV) { buf_puts(out, t->str); buf_putc(out, '{'); }
        else buf_putc(out, '[');
        for (int64_t i = 0; i < n; i++) {
            if (i) buf_puts(out, sep);
            node_elem(out, arg_at(elems, i), u->elem, spec, depth + 1);
        }
        buf_putc(out, spec->sharpV ? '}' : ']');
        return;
    case TY_MAP:
        if (spec->sharpV) { buf_puts(out, t->str); buf_putc(out, '{'); }
        else buf_puts(out, "map[");
        for (int64_t i = 0; i + 1 < n; i += 2) {
            if (i) buf_puts(out, sep);
            node_elem(out, arg_at(elems, i), u->key, spec, depth + 1);
            buf_putc(out, ':');
            node_elem(out, arg_at(elems, i + 1), u->elem, spec, depth + 1);
        }
        buf_putc(out, spec->sharpV ? '}' : ']');
        return;
    case TY_POINTER:
        buf_putc(out, '&');
        fmt_iface_depth(out, arg_at(elems, 0), spec, depth + 1);
        return;
    default:
        fmt_iface_depth(out, x, spec, depth);
        return;
    }
}

/* ---- Print, Println, Sprintf ---- */

static bool is_plain_string(const GoBox *b) {
    return b && b->type->under->kind == TY_STRING && !is_named(b->type, "fmt.mstr");
}

static void sprint(Buf *out, GoSlice *args, bool ln) {
    int64_t n = args ? args->len : 0;
    FmtSpec spec = { .verb = 'v' };
    bool prev_string = false;
    for (int64_t i = 0; i < n; i++) {
        GoBox *b = arg_at(args, i);
        bool is_string = is_plain_string(b);
        if (i > 0 && (ln || (!is_string && !prev_string))) buf_putc(out, ' ');
        fmt_iface(out, b, &spec);
        prev_string = is_string;
    }
    if (ln) buf_putc(out, '\n');
}

typedef struct PrintfCtx { GoSlice *args; bool wrap; int32_t *verbs; } PrintfCtx;

static void pf_format(void *ctx, Buf *out, int i, const FmtSpec *spec) {
    PrintfCtx *c = ctx;
    if (c->verbs) {
        /* only recording which verb each argument gets */
        c->verbs[i] = spec->verb == 'v' && spec->sharpV ? -'v' : spec->verb;
        return;
    }
    if (spec->verb == 'w' && c->wrap) {
        FmtSpec s2 = *spec;
        s2.verb = 'v';
        fmt_iface(out, arg_at(c->args, i), &s2);
        return;
    }
    if (spec->verb == 'w') {
        fmt_bad_verb_iface(out, spec, arg_at(c->args, i));
        return;
    }
    fmt_iface(out, arg_at(c->args, i), spec);
}

static bool pf_as_int(void *ctx, int i, int64_t *v) {
    PrintfCtx *c = ctx;
    GoBox *b = arg_at(c->args, i);
    if (!b || !rtype_is_integer(b->type)) return false;
    if (rtype_is_unsigned(b->type) && b->v.u > (uint64_t)INT64_MAX) return false;
    *v = b->v.i;
    return true;
}

/* the "verb" of an argument no verb uses, printed as %!(EXTRA type=value) */
#define VERB_EXTRA (-'E')

static void pf_extra(void *ctx, Buf *out, int i) {
    PrintfCtx *c = ctx;
    GoBox *b = arg_at(c->args, i);
    if (c->verbs) { c->verbs[i] = VERB_EXTRA; return; }
    if (!b) { buf_puts(out, "<nil>"); return; }
    if (is_named(b->type, "fmt.extra")) {
        /* {x, handled x}: x's own type, the value its methods gave */
        const Value *ex = b->v.p;
        buf_puts(out, (ex[0].ifc->type)->str);
        b = ex[1].ifc;
    } else {
        buf_puts(out, b->type->str);
    }
    buf_putc(out, '=');
    FmtSpec spec = { .verb = 'v' };
    fmt_iface(out, b, &spec);
}

static void sprintf_(Buf *out, GoString *format, GoSlice *args, bool wrap, int32_t *verbs) {
    PrintfCtx ctx = { args, wrap, verbs };
    FmtArgs fa = { .n = args ? (int)args->len : 0, .ctx = &ctx, .format = pf_format, .as_int = pf_as_int,
                   .extra = pf_extra };
    fmt_printf(out, str_data(format), (size_t)str_len(format), &fa);
}

/* func verbs_(format string, a []any) []int32: the verb each argument
 * is printed with (-'v' for %#v, 0 for none, e.g. a '*' width). */
static NatStatus fmt_verbs(G *g, Value *args) {
    (void)g;
    GoSlice *a = args[1].sl;
    int64_t n = a ? a->len : 0;
    GoSlice *vs = slice_new(8, n, n, false);
    int32_t *tmp = GC_MALLOC_ATOMIC(sizeof(int32_t) * (size_t)(n + 1));
    memset(tmp, 0, sizeof(int32_t) * (size_t)(n + 1));
    Buf b;
    buf_init(&b);
    sprintf_(&b, args[0].s, a, false, tmp);
    for (int64_t i = 0; i < n; i++) ((Value *)vs->data)[i].i = tmp[i];
    args[0].sl = vs;
    return NAT_OK;
}

/* func sprint_(a []any, ln bool) string */
static NatStatus fmt_sprint(G *g, Value *args) {
    (void)g;
    Buf b;
    buf_init(&b);
    sprint(&b, args[0].sl, args[1].i != 0);
    args[0].s = str_new(b.data, b.len);
    return NAT_OK;
}

/* func sprintf_(format string, a []any, wrap bool) string */
static NatStatus fmt_sprintf(G *g, Value *args) {
    (void)g;
    Buf b;
    buf_init(&b);
    sprintf_(&b, args[0].s, args[1].sl, args[2].i != 0, NULL);
    args[0].s = str_new(b.data, b.len);
    return NAT_OK;
}

/* func write_(s string) (n int, err error) */
static NatStatus fmt_write(G *g, Value *args) {
    (void)g;
    GoString *s = args[0].s;
    out_write(1, str_data(s), (size_t)str_len(s));
    args[0].i = str_len(s);
    args[1].p = NULL;
    return NAT_OK;
}

/* ---- scanning into pointers of named types (what Go's scan does with
 * reflection): the Go side handles the predeclared pointer types itself ---- */

enum { KIND_OTHER, KIND_BOOL, KIND_INT, KIND_UINT, KIND_FLOAT, KIND_STRING, KIND_BYTES, KIND_NOT_POINTER };

static int type_bits(const RType *t) {
    switch (t->under->kind) {
    case TY_INT8: case TY_UINT8: return 8;
    case TY_INT16: case TY_UINT16: return 16;
    case TY_INT32: case TY_UINT32: case TY_FLOAT32: return 32;
    default: return 64;
    }
}

/* func ptrKind_(arg any) (kind int, bits int) */
static NatStatus fmt_ptr_kind(G *g, Value *args) {
    (void)g;
    GoBox *b = args[0].ifc;
    int kind = KIND_NOT_POINTER, bits = 0;
    if (b && b->type->under->kind == TY_POINTER) {
        const RType *e = b->type->under->elem;
        bits = type_bits(e);
        switch (e->under->kind) {
        case TY_BOOL: kind = KIND_BOOL; break;
        case TY_INT: case TY_INT8: case TY_INT16: case TY_INT32: case TY_INT64: kind = KIND_INT; break;
        case TY_UINT: case TY_UINT8: case TY_UINT16: case TY_UINT32: case TY_UINT64: case TY_UINTPTR:
            kind = KIND_UINT;
            break;
        case TY_FLOAT32: case TY_FLOAT64: kind = KIND_FLOAT; break;
        case TY_STRING: kind = KIND_STRING; break;
        case TY_SLICE: kind = e->under->elem->under->kind == TY_UINT8 ? KIND_BYTES : KIND_OTHER; break;
        default: kind = KIND_OTHER; break;
        }
    }
    args[0].i = kind;
    args[1].i = bits;
    return NAT_OK;
}

/* The slot a pointer argument points to (ptrKind_ said what it holds). */
static Value *target(Value *args) { return args[0].ifc->v.p; }

/* func setInt_(arg any, v int64): stored at the type's width, sign- or
 * zero-extended as slots keep integers (rtvalue.h) */
static NatStatus fmt_set_int(G *g, Value *args) {
    (void)g;
    const RType *e = args[0].ifc->type->under->elem;
    int64_t v = args[1].i;
    switch (e->under->kind) {
    case TY_BOOL: v = v != 0; break;
    case TY_INT8: v = (int8_t)v; break;
    case TY_INT16: v = (int16_t)v; break;
    case TY_INT32: v = (int32_t)v; break;
    case TY_UINT8: v = (uint8_t)v; break;
    case TY_UINT16: v = (uint16_t)v; break;
    case TY_UINT32: v = (uint32_t)v; break;
    default: break;
    }
    target(args)->i = v;
    return NAT_OK;
}

/* func setFloat_(arg any, v float64) */
static NatStatus fmt_set_float(G *g, Value *args) {
    (void)g;
    const RType *e = args[0].ifc->type->under->elem;
    double f = args[1].f;
    if (e->under->kind == TY_FLOAT32) f = (float)f;
    target(args)->f = f;
    return NAT_OK;
}

/* func setString_(arg any, v string) */
static NatStatus fmt_set_string(G *g, Value *args) {
    (void)g;
    target(args)->s = args[1].s;
    return NAT_OK;
}

/* func setBytes_(arg any, v []byte) */
static NatStatus fmt_set_bytes(G *g, Value *args) {
    (void)g;
    target(args)->sl = args[1].sl;
    return NAT_OK;
}

/* func readStdin_(b []byte) (n int, errno int): fmt.Scan's read of fd 0 */
static NatStatus fmt_read_stdin(G *g, Value *args) {
    GoSlice *b = args[0].sl;
    return io_read(g, args, 0, b ? b->data : NULL, b ? (size_t)b->len : 0);
}

/* func errnoText_(errno int) string: Go's text (syscall.Errno's) */
static NatStatus fmt_errno_text(G *g, Value *args) {
    (void)g;
    char buf[128];
    const char *m = strerror((int)args[0].i);
    snprintf(buf, sizeof buf, "%s", m);
    if (buf[0] >= 'A' && buf[0] <= 'Z') buf[0] = (char)(buf[0] - 'A' + 'a');
    args[0].s = str_cstr(buf);
    return NAT_OK;
}

const NativeDesc fmt_natives[] = {
    { "fmt", "readStdin_", fmt_read_stdin },
    { "fmt", "errnoText_", fmt_errno_text },
    { "fmt", "ptrKind_", fmt_ptr_kind },
    { "fmt", "setInt_", fmt_set_int },
    { "fmt", "setFloat_", fmt_set_float },
    { "fmt", "setString_", fmt_set_string },
    { "fmt", "setBytes_", fmt_set_bytes },
    { "fmt", "needs_", fmt_needs },
    { "fmt", "decompose_", fmt_decompose },
    { "fmt", "isNilPtr_", fmt_is_nil_ptr },
    { "fmt", "verbs_", fmt_verbs },
    { "fmt", "sprint_", fmt_sprint },
    { "fmt", "sprintf_", fmt_sprintf },
    { "fmt", "write_", fmt_write },
    { NULL, NULL, NULL },
};
