/* expr_string.c — an expression as Go's checker spells it in messages
 * (go/types ExprString): `x + y`, `f(a, b)`, `s[i:j]`, `"a"`, `[]int{…}`.
 */
#include <gc.h>
#include <string.h>
#include "compiler.h"

typedef struct EBuf { char *p; size_t len, cap; } EBuf;

static void put(EBuf *b, const char *s, size_t n) {
    if (b->len + n + 1 > b->cap) {
        size_t nc = (b->len + n + 1) * 2;
        char *np = GC_MALLOC_ATOMIC(nc);
        if (b->len) memcpy(np, b->p, b->len);
        b->p = np;
        b->cap = nc;
    }
    memcpy(b->p + b->len, s, n);
    b->len += n;
    b->p[b->len] = 0;
}

static void puts_(EBuf *b, const char *s) { put(b, s, strlen(s)); }

static void write_expr(EBuf *b, const Node *n);

static void write_list(EBuf *b, const NodeList *l) {
    for (int i = 0; i < l->len; i++) {
        if (i) puts_(b, ", ");
        write_expr(b, l->items[i]);
    }
}

static void write_fields(EBuf *b, const NodeList *l) {
    for (int i = 0; i < l->len; i++) {
        const Node *f = l->items[i];
        if (i) puts_(b, ", ");
        for (int j = 0; j < f->u.field.names.len; j++) {
            if (j) puts_(b, ", ");
            write_expr(b, f->u.field.names.items[j]);
        }
        if (f->u.field.names.len) puts_(b, " ");
        write_expr(b, f->u.field.type);
    }
}

static void write_expr(EBuf *b, const Node *n) {
    if (!n) return;
    stack_guard(n->pos);
    switch (n->kind) {
    case N_IDENT: puts_(b, n->u.ident.name); break;
    case N_BASICLIT: put(b, n->u.lit.text, (size_t)n->u.lit.len); break;
    case N_COMPOSITE:
        write_expr(b, n->u.composite.type);
        puts_(b, n->u.composite.elts.len ? "{…}" : "{}");
        break;
    case N_FUNCLIT:
        write_expr(b, n->u.funclit.type);
        puts_(b, " {…}");
        break;
    case N_PAREN: puts_(b, "("); write_expr(b, n->u.unary.x); puts_(b, ")"); break;
    case N_SELECTOR:
        write_expr(b, n->u.selector.x);
        puts_(b, ".");
        write_expr(b, n->u.selector.sel);
        break;
    case N_INDEX:
        write_expr(b, n->u.index.x);
        puts_(b, "[");
        write_expr(b, n->u.index.index);
        puts_(b, "]");
        break;
    case N_SLICE:
        write_expr(b, n->u.slice.x);
        puts_(b, "[");
        write_expr(b, n->u.slice.lo);
        puts_(b, ":");
        write_expr(b, n->u.slice.hi);
        if (n->u.slice.three) { puts_(b, ":"); write_expr(b, n->u.slice.max); }
        puts_(b, "]");
        break;
    case N_TYPEASSERT:
        write_expr(b, n->u.assert.x);
        puts_(b, ".(");
        if (n->u.assert.type) write_expr(b, n->u.assert.type); else puts_(b, "type");
        puts_(b, ")");
        break;
    case N_CALL:
        write_expr(b, n->u.call.fun);
        puts_(b, "(");
        write_list(b, &n->u.call.args);
        if (n->u.call.has_ellipsis) puts_(b, "...");
        puts_(b, ")");
        break;
    case N_STAR: puts_(b, "*"); write_expr(b, n->u.unary.x); break;
    case N_UNARY: puts_(b, tok_name(n->u.unary.op)); write_expr(b, n->u.unary.x); break;
    case N_BINARY:
        write_expr(b, n->u.binary.x);
        puts_(b, " ");
        puts_(b, tok_name(n->u.binary.op));
        puts_(b, " ");
        write_expr(b, n->u.binary.y);
        break;
    case N_KEYVALUE:
        write_expr(b, n->u.kv.key);
        puts_(b, ": ");
        write_expr(b, n->u.kv.value);
        break;
    case N_ARRAYTYPE:
        puts_(b, "[");
        if (n->u.arraytype.len) write_expr(b, n->u.arraytype.len);
        puts_(b, "]");
        write_expr(b, n->u.arraytype.elem);
        break;
    case N_ELLIPSIS: puts_(b, "..."); write_expr(b, n->u.unary.x); break;
    case N_MAPTYPE:
        puts_(b, "map[");
        write_expr(b, n->u.maptype.key);
        puts_(b, "]");
        write_expr(b, n->u.maptype.value);
        break;
    case N_CHANTYPE:
        puts_(b, n->u.chantype.dir == 2 ? "<-chan " : n->u.chantype.dir == 1 ? "chan<- " : "chan ");
        write_expr(b, n->u.chantype.elem);
        break;
    case N_FUNCTYPE:
        puts_(b, "func(");
        write_fields(b, &n->u.functype.params);
        puts_(b, ")");
        if (n->u.functype.results.len) {
            const Node *r0 = n->u.functype.results.items[0];
            bool paren = n->u.functype.results.len > 1 || r0->u.field.names.len;
            puts_(b, paren ? " (" : " ");
            write_fields(b, &n->u.functype.results);
            if (paren) puts_(b, ")");
        }
        break;
    case N_STRUCTTYPE: puts_(b, "struct{…}"); break;
    case N_INTERFACETYPE: puts_(b, n->u.fields.list.len ? "interface{…}" : "interface{}"); break;
    default: puts_(b, "?"); break;
    }
}

const char *expr_string(const Node *n) {
    EBuf b = {0};
    write_expr(&b, n);
    return b.p ? b.p : "";
}
