/* print.c — the print and println built-ins, and how a panic value is
 * shown after "panic: ", both in the runtime's own format (Go's
 * runtime/print.go: floats in strconv's shortest form, as Go 1.26).
 */
#include <gc.h>
#include <math.h>
#include <stdlib.h>
#include <stdio.h>
#include <string.h>
#include "natives.h"

/* Go's runtime printfloat (since Go 1.26): strconv's shortest 'g' form
 * for the value's own size, as %v prints it: 1.5, 1e+21, NaN, +Inf. */
static void runtime_float(Buf *b, double v, int bitsize) {
    FmtSpec spec = { .verb = 'g' };
    fmt_float(b, v, bitsize, 'g', &spec);
}

static void runtime_value(Buf *b, const RType *t, Value v) {
    char num[32];
    const RType *u = t->under;
    switch (u->kind) {
    case TY_BOOL: buf_puts(b, v.i ? "true" : "false"); break;
    case TY_INT: case TY_INT8: case TY_INT16: case TY_INT32: case TY_INT64:
        snprintf(num, sizeof num, "%lld", (long long)v.i);
        buf_puts(b, num);
        break;
    case TY_UINT: case TY_UINT8: case TY_UINT16: case TY_UINT32: case TY_UINT64: case TY_UINTPTR:
        snprintf(num, sizeof num, "%llu", (unsigned long long)v.u);
        buf_puts(b, num);
        break;
    case TY_FLOAT32: case TY_FLOAT64: runtime_float(b, v.f, u->kind == TY_FLOAT32 ? 32 : 64); break;
    case TY_STRING: buf_write(b, str_data(v.s), (size_t)str_len(v.s)); break;
    case TY_INTERFACE:
        if (!v.ifc) buf_puts(b, "(0x0,0x0)");
        else {
            snprintf(num, sizeof num, "(%p,%p)", (void *)v.ifc->type, (void *)v.ifc);
            buf_puts(b, num);
        }
        break;
    case TY_SLICE: {   /* [len/cap]0xARRAY */
        GoSlice *sl = v.sl;
        snprintf(num, sizeof num, "[%lld/%lld]", sl ? (long long)sl->len : 0, sl ? (long long)sl->cap : 0);
        buf_puts(b, num);
        snprintf(num, sizeof num, "0x%llx", sl ? (unsigned long long)(uintptr_t)sl->data : 0ull);
        buf_puts(b, num);
        break;
    }
    default:   /* pointers, channels, maps, funcs: the address, 0x0 when nil (not glibc's "(nil)") */
        snprintf(num, sizeof num, "0x%llx", (unsigned long long)(uintptr_t)v.p);
        buf_puts(b, num);
        break;
    }
}

static NatStatus print_natives(G *g, Value *args, bool ln) {
    (void)g;
    GoSlice *s = args[0].sl;
    Buf b;
    buf_init(&b);
    int64_t n = s ? s->len : 0;
    for (int64_t i = 0; i < n; i++) {
        GoBox *box = ((GoBox **)s->data)[i];
        if (ln && i) buf_putc(&b, ' ');
        if (!box) buf_puts(&b, "(0x0,0x0)");
        else runtime_value(&b, box->type, box->v);
    }
    if (ln) buf_putc(&b, '\n');
    out_write(2, b.data, b.len);
    return NAT_OK;
}

static NatStatus builtin_print_fn(G *g, Value *args) { return print_natives(g, args, false); }
static NatStatus builtin_println_fn(G *g, Value *args) { return print_natives(g, args, true); }

/* panic(v) as a deferred call */
static NatStatus builtin_panic_fn(G *g, Value *args) {
    if (!args[0].ifc) return vm_panic_msg(g, "panic called with nil argument (use -d=panicnil=1 to revert)");
    g->panic_val = args[0].ifc;
    return NAT_PANIC;
}

const NativeDesc builtin_panic = { "builtin", "panic", builtin_panic_fn };
const NativeDesc builtin_print = { "builtin", "print", builtin_print_fn };
const NativeDesc builtin_println = { "builtin", "println", builtin_println_fn };

/* Go's printpanicval (after preprintpanics turned errors and Stringers
 * into their text). */
void vm_format_panic_value(GoBox *v, char **out) {
    Buf b;
    buf_init(&b);
    if (!v) {
        buf_puts(&b, "nil");
    } else {
        const RType *t = v->type;
        const RType *u = t->under;
        bool basic = u->kind >= TY_BOOL && u->kind <= TY_STRING;
        bool predeclared = t == u || t == rtype_error;
        if (basic && (predeclared || strncmp(t->name ? t->name : "", "runtime.", 8) == 0)) {
            runtime_value(&b, t, v->v);
        } else if (basic) {
            /* a named basic type: main.T(5), main.S("x") */
            buf_puts(&b, t->str);
            buf_putc(&b, '(');
            if (u->kind == TY_STRING) {
                buf_putc(&b, '"');
                runtime_value(&b, t, v->v);
                buf_putc(&b, '"');
            } else {
                runtime_value(&b, t, v->v);
            }
            buf_putc(&b, ')');
        } else {
            char tmp[64];
            snprintf(tmp, sizeof tmp, "(%s) %p", t->str, v->v.p);
            buf_puts(&b, tmp);
        }
    }
    *out = (char *)buf_cstr(&b);
}
