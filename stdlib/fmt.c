/* fmt.c — package fmt's natives: Print, Println, Printf, Sprint, Sprintln,
 * Sprintf. Values are walked by their run-time Type (the interface box's
 * dynamic type) and printed with the primitives of fmtcore.c, following
 * Go's fmt/print.go (printArg, printValue).
 */
#include <gc.h>
#include <string.h>
#include "natives.h"

static void bad_verb(Buf *out, const Type *t, Value v, const FmtSpec *spec, int depth) {
    Buf tmp;
    buf_init(&tmp);
    FmtSpec s2 = *spec;
    s2.verb = 'v';
    s2.has_width = false;
    fmt_value(&tmp, t, v, &s2, depth);
    fmt_bad_verb(out, spec, type_string(t), buf_cstr(&tmp));
}

void fmt_value(Buf *out, const Type *t, Value v, const FmtSpec *spec, int depth) {
    const Type *u = t->under;
    int32_t verb = spec->verb;
    if (verb == 'T') {
        const char *s = type_string(t);
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
        const Type *e = u->elem;
        if ((verb == 's' || verb == 'q' || verb == 'x' || verb == 'X') && e->under->kind == TY_UINT8) {
            fmt_string(out, s ? (const char *)s->data : "", s ? (size_t)s->len : 0, verb, spec);
            return;
        }
        if (spec->sharpV) {
            const char *ts = type_string(t);
            buf_puts(out, ts);
            if (!s) { buf_puts(out, "(nil)"); return; }
            buf_putc(out, '{');
        } else {
            buf_putc(out, '[');
        }
        int64_t n = s ? s->len : 0;
        int es = type_elem_size(e);
        for (int64_t i = 0; i < n; i++) {
            if (i) buf_puts(out, spec->sharpV ? ", " : " ");
            Value ev;
            if (es == 1) {
                uint8_t b = ((uint8_t *)s->data)[i];
                ev.i = type_is_unsigned(e->under) || e->under->kind == TY_BOOL ? (int64_t)b : (int64_t)(int8_t)b;
            } else {
                ev = ((Value *)s->data)[i];
            }
            fmt_value(out, e, ev, spec, depth + 1);
        }
        buf_putc(out, spec->sharpV ? '}' : ']');
        return;
    }
    case TY_INTERFACE:
        if (!v.ifc && spec->sharpV) {
            buf_puts(out, type_string(t));
            buf_puts(out, "(nil)");
            return;
        }
        fmt_iface(out, v.ifc, spec);
        return;
    case TY_STRUCT: {
        const Value *blk = v.p;
        if (spec->sharpV) buf_puts(out, type_string(t));
        buf_putc(out, '{');
        int off = 0;
        for (int f = 0; f < u->nfields; f++) {
            const Type *ft = u->fields[f].type;
            if (f) buf_puts(out, spec->sharpV ? ", " : " ");
            if (spec->plusV || spec->sharpV) {
                buf_puts(out, u->fields[f].name);
                buf_putc(out, ':');
            }
            Value fv = type_is_aggregate(ft->under) ? (Value){ .p = (void *)(blk + off) } : blk[off];
            fmt_value(out, ft, fv, spec, depth + 1);
            off += type_slots(ft);
        }
        buf_putc(out, '}');
        return;
    }
    case TY_ARRAY: {
        const Value *blk = v.p;
        const Type *e = u->elem;
        int es = type_slots(e);
        if (spec->sharpV) { buf_puts(out, type_string(t)); buf_putc(out, '{'); }
        else buf_putc(out, '[');
        for (int64_t j = 0; j < u->len; j++) {
            if (j) buf_puts(out, spec->sharpV ? ", " : " ");
            Value ev = type_is_aggregate(e->under) ? (Value){ .p = (void *)(blk + j * es) } : blk[j * es];
            fmt_value(out, e, ev, spec, depth + 1);
        }
        buf_putc(out, spec->sharpV ? '}' : ']');
        return;
    }
    case TY_POINTER: {
        const Type *e = u->elem->under;
        if (v.p && depth == 0 && (e->kind == TY_STRUCT || e->kind == TY_ARRAY || e->kind == TY_SLICE || e->kind == TY_MAP) &&
            (verb == 'v')) {
            buf_putc(out, '&');
            Value ev = (e->kind == TY_STRUCT || e->kind == TY_ARRAY) ? v : *(Value *)v.p;
            fmt_value(out, u->elem, ev, spec, depth + 1);
            return;
        }
        /* fallthrough: print the address */
    }
    /* fall through */
    case TY_FUNC: case TY_CHAN: case TY_MAP: {
        if (verb != 'v' && verb != 'p' && verb != 'x' && verb != 'X') { bad_verb(out, t, v, spec, depth); return; }
        if (!v.p && verb == 'v') {
            if (spec->sharpV) { buf_puts(out, "("); buf_puts(out, type_string(t)); buf_puts(out, ")(nil)"); }
            else fmt_pad(out, "<nil>", 5, spec);
            return;
        }
        fmt_0x64(out, (uint64_t)(uintptr_t)v.p, !spec->sharp || verb == 'v' || verb == 'p', spec);
        return;
    }
    default:
        buf_puts(out, "?");
        return;
    }
}

void fmt_iface(Buf *out, const GoBox *b, const FmtSpec *spec) {
    if (!b) {
        if (spec->verb == 'T' || spec->verb == 'v') fmt_pad(out, "<nil>", 5, spec);
        else fmt_bad_verb(out, spec, NULL, NULL);
        return;
    }
    fmt_value(out, b->type, b->v, spec, 0);
}

/* ---- Print, Println ---- */

static GoBox *arg_at(GoSlice *args, int64_t i) { return ((GoBox **)args->data)[i]; }

static void sprint(Buf *out, GoSlice *args, bool ln) {
    int64_t n = args ? args->len : 0;
    FmtSpec spec = { .verb = 'v' };
    bool prev_string = false;
    for (int64_t i = 0; i < n; i++) {
        GoBox *b = arg_at(args, i);
        bool is_string = b && b->type->under->kind == TY_STRING;
        if (i > 0 && (ln || (!is_string && !prev_string))) buf_putc(out, ' ');
        fmt_iface(out, b, &spec);
        prev_string = is_string;
    }
    if (ln) buf_putc(out, '\n');
}

typedef struct PrintfCtx { GoSlice *args; } PrintfCtx;

static void pf_format(void *ctx, Buf *out, int i, const FmtSpec *spec) {
    PrintfCtx *c = ctx;
    fmt_iface(out, arg_at(c->args, i), spec);
}

static bool pf_as_int(void *ctx, int i, int64_t *v) {
    PrintfCtx *c = ctx;
    GoBox *b = arg_at(c->args, i);
    if (!b || !type_is_integer(b->type->under)) return false;
    if (type_is_unsigned(b->type->under) && b->v.u > (uint64_t)INT64_MAX) return false;
    *v = b->v.i;
    return true;
}

static void pf_extra(void *ctx, Buf *out, int i) {
    PrintfCtx *c = ctx;
    GoBox *b = arg_at(c->args, i);
    if (!b) { buf_puts(out, "<nil>"); return; }
    buf_puts(out, type_string(b->type));
    buf_putc(out, '=');
    FmtSpec spec = { .verb = 'v' };
    fmt_iface(out, b, &spec);
}

static void sprintf_(Buf *out, GoString *format, GoSlice *args) {
    PrintfCtx ctx = { args };
    FmtArgs fa = { .n = args ? (int)args->len : 0, .ctx = &ctx, .format = pf_format, .as_int = pf_as_int,
                   .extra = pf_extra };
    fmt_printf(out, str_data(format), (size_t)str_len(format), &fa);
}

static NatStatus write_result(Value *args, Buf *b) {
    out_write(1, b->data, b->len);
    args[0].i = (int64_t)b->len;
    args[1].p = NULL;
    return NAT_OK;
}

static NatStatus fmt_Print(G *g, Value *args) {
    (void)g;
    Buf b;
    buf_init(&b);
    sprint(&b, args[0].sl, false);
    return write_result(args, &b);
}

static NatStatus fmt_Println(G *g, Value *args) {
    (void)g;
    Buf b;
    buf_init(&b);
    sprint(&b, args[0].sl, true);
    return write_result(args, &b);
}

static NatStatus fmt_Printf(G *g, Value *args) {
    (void)g;
    Buf b;
    buf_init(&b);
    sprintf_(&b, args[0].s, args[1].sl);
    return write_result(args, &b);
}

static NatStatus fmt_Sprint(G *g, Value *args) {
    (void)g;
    Buf b;
    buf_init(&b);
    sprint(&b, args[0].sl, false);
    args[0].s = str_new(b.data, b.len);
    return NAT_OK;
}

static NatStatus fmt_Sprintln(G *g, Value *args) {
    (void)g;
    Buf b;
    buf_init(&b);
    sprint(&b, args[0].sl, true);
    args[0].s = str_new(b.data, b.len);
    return NAT_OK;
}

static NatStatus fmt_Sprintf(G *g, Value *args) {
    (void)g;
    Buf b;
    buf_init(&b);
    sprintf_(&b, args[0].s, args[1].sl);
    args[0].s = str_new(b.data, b.len);
    return NAT_OK;
}

const NativeDesc fmt_natives[] = {
    { "fmt", "Print", fmt_Print, NULL },
    { "fmt", "Println", fmt_Println, NULL },
    { "fmt", "Printf", fmt_Printf, NULL },
    { "fmt", "Sprint", fmt_Sprint, NULL },
    { "fmt", "Sprintln", fmt_Sprintln, NULL },
    { "fmt", "Sprintf", fmt_Sprintf, NULL },
    { NULL, NULL, NULL, NULL },
};
