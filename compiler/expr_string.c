/* expr_string.c — an expression as Go's checker spells it in messages
 * (go/types ExprString): `x + y`, `f(a, b)`, `s[i:j]`, `"a"`, `[]int{…}`.
 */
#include <gc.h>
#include <string.h>
#include "buf.h"
#include "compiler.h"

static void write_expr(Buf *b, const Node *n);

static void write_list(Buf *b, const NodeList *l) {
    for (int i = 0; i < l->len; i++) {
        if (i) buf_puts(b, ", ");
        write_expr(b, l->items[i]);
    }
}

static void write_fields(Buf *b, const NodeList *l) {
    for (int i = 0; i < l->len; i++) {
        const Node *f = l->items[i];
        if (i) buf_puts(b, ", ");
        for (int j = 0; j < f->u.field.names.len; j++) {
            if (j) buf_puts(b, ", ");
            write_expr(b, f->u.field.names.items[j]);
        }
        if (f->u.field.names.len) buf_puts(b, " ");
        write_expr(b, f->u.field.type);
    }
}

static void write_expr(Buf *b, const Node *n) {
    if (!n) return;
    stack_guard(n->pos);
    switch (n->kind) {
    case N_IDENT: buf_puts(b, n->u.ident.name); break;
    case N_BASICLIT: buf_write(b, n->u.lit.text, (size_t)n->u.lit.len); break;
    case N_COMPOSITE:
        write_expr(b, n->u.composite.type);
        buf_puts(b, n->u.composite.elts.len ? "{…}" : "{}");
        break;
    case N_FUNCLIT:
        write_expr(b, n->u.funclit.type);
        buf_puts(b, " {…}");
        break;
    case N_PAREN: buf_puts(b, "("); write_expr(b, n->u.unary.x); buf_puts(b, ")"); break;
    case N_SELECTOR:
        write_expr(b, n->u.selector.x);
        buf_puts(b, ".");
        write_expr(b, n->u.selector.sel);
        break;
    case N_INDEX:
        write_expr(b, n->u.index.x);
        buf_puts(b, "[");
        write_expr(b, n->u.index.index);
        buf_puts(b, "]");
        break;
    case N_SLICE:
        write_expr(b, n->u.slice.x);
        buf_puts(b, "[");
        write_expr(b, n->u.slice.lo);
        buf_puts(b, ":");
        write_expr(b, n->u.slice.hi);
        if (n->u.slice.three) { buf_puts(b, ":"); write_expr(b, n->u.slice.max); }
        buf_puts(b, "]");
        break;
    case N_TYPEASSERT:
        write_expr(b, n->u.assert.x);
        buf_puts(b, ".(");
        if (n->u.assert.type) write_expr(b, n->u.assert.type); else buf_puts(b, "type");
        buf_puts(b, ")");
        break;
    case N_CALL:
        write_expr(b, n->u.call.fun);
        buf_puts(b, "(");
        write_list(b, &n->u.call.args);
        if (n->u.call.has_ellipsis) buf_puts(b, "...");
        buf_puts(b, ")");
        break;
    case N_STAR: buf_puts(b, "*"); write_expr(b, n->u.unary.x); break;
    case N_UNARY: buf_puts(b, tok_name(n->u.unary.op)); write_expr(b, n->u.unary.x); break;
    case N_BINARY:
        write_expr(b, n->u.binary.x);
        buf_puts(b, " ");
        buf_puts(b, tok_name(n->u.binary.op));
        buf_puts(b, " ");
        write_expr(b, n->u.binary.y);
        break;
    case N_KEYVALUE:
        write_expr(b, n->u.kv.key);
        buf_puts(b, ": ");
        write_expr(b, n->u.kv.value);
        break;
    case N_ARRAYTYPE:
        buf_puts(b, "[");
        if (n->u.arraytype.len) write_expr(b, n->u.arraytype.len);
        buf_puts(b, "]");
        write_expr(b, n->u.arraytype.elem);
        break;
    case N_ELLIPSIS: buf_puts(b, "..."); write_expr(b, n->u.unary.x); break;
    case N_MAPTYPE:
        buf_puts(b, "map[");
        write_expr(b, n->u.maptype.key);
        buf_puts(b, "]");
        write_expr(b, n->u.maptype.value);
        break;
    case N_CHANTYPE:
        buf_puts(b, n->u.chantype.dir == 2 ? "<-chan " : n->u.chantype.dir == 1 ? "chan<- " : "chan ");
        write_expr(b, n->u.chantype.elem);
        break;
    case N_FUNCTYPE:
        buf_puts(b, "func(");
        write_fields(b, &n->u.functype.params);
        buf_puts(b, ")");
        if (n->u.functype.results.len) {
            const Node *r0 = n->u.functype.results.items[0];
            bool paren = n->u.functype.results.len > 1 || r0->u.field.names.len;
            buf_puts(b, paren ? " (" : " ");
            write_fields(b, &n->u.functype.results);
            if (paren) buf_puts(b, ")");
        }
        break;
    case N_STRUCTTYPE: buf_puts(b, "struct{…}"); break;
    case N_INTERFACETYPE: buf_puts(b, n->u.fields.list.len ? "interface{…}" : "interface{}"); break;
    default: buf_puts(b, "?"); break;
    }
}

const char *expr_string(const Node *n) {
    Buf b = {0};
    write_expr(&b, n);
    return buf_cstr(&b);
}
