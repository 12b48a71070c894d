/* ast.c — allocation of syntax-tree nodes and lists, the diagnostic list
 * shared by the parser and the checker, and the bound on the tree's depth.
 *
 * Everything is GC-allocated (Boehm) and never freed by hand. Diagnostics are
 * printed sorted by position (a stable sort, so two errors at one position
 * keep the order in which they were found), at most 10, then "too many
 * errors", as `go build` does.
 */
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>
#include <gc.h>
#include "ast.h"

Node *node_new(NodeKind kind, Pos pos) {
    Node *n = GC_MALLOC(sizeof(Node));
    n->kind = kind;
    n->pos = pos;
    n->end = pos;
    return n;
}

void list_push(NodeList *l, Node *n) {
    if (l->len == l->cap) {
        int cap = l->cap ? l->cap * 2 : 4;
        Node **items = GC_MALLOC(sizeof(Node *) * (size_t)cap);
        if (l->len) memcpy(items, l->items, sizeof(Node *) * (size_t)l->len);
        l->items = items;
        l->cap = cap;
    }
    l->items[l->len++] = n;
}

void diag_add(DiagList *d, Pos pos, const char *fmt, ...) {
    va_list ap;
    va_start(ap, fmt);
    va_list ap2;
    va_copy(ap2, ap);
    int n = vsnprintf(NULL, 0, fmt, ap);
    va_end(ap);
    char *msg = GC_MALLOC_ATOMIC((size_t)n + 1);
    vsnprintf(msg, (size_t)n + 1, fmt, ap2);
    va_end(ap2);
    if (d->len == d->cap) {
        int cap = d->cap ? d->cap * 2 : 8;
        struct DiagItem *items = GC_MALLOC(sizeof(*items) * (size_t)cap);
        if (d->len) memcpy(items, d->items, sizeof(*items) * (size_t)d->len);
        d->items = items;
        d->cap = cap;
    }
    d->items[d->len].pos = pos;
    d->items[d->len].msg = msg;
    d->items[d->len].file = d->filename;
    d->items[d->len].fileno = d->fileno;
    d->len++;
}

static bool item_before(const struct DiagItem *x, const struct DiagItem *y) {
    if (x->fileno != y->fileno) return x->fileno < y->fileno;
    return x->pos.line < y->pos.line || (x->pos.line == y->pos.line && x->pos.col < y->pos.col);
}

/* A stable merge sort by position of items[lo, hi) through tmp: a program
 * can have many errors (a generated one, hundreds of thousands). */
static void diag_sort(struct DiagItem *items, struct DiagItem *tmp, int lo, int hi) {
    if (hi - lo < 2) return;
    int mid = lo + (hi - lo) / 2;
    diag_sort(items, tmp, lo, mid);
    diag_sort(items, tmp, mid, hi);
    int i = lo, j = mid, k = lo;
    while (i < mid && j < hi) tmp[k++] = item_before(&items[j], &items[i]) ? items[j++] : items[i++];
    while (i < mid) tmp[k++] = items[i++];
    while (j < hi) tmp[k++] = items[j++];
    memcpy(items + lo, tmp + lo, sizeof *items * (size_t)(hi - lo));
}

void diag_print(DiagList *d, FILE *out) {
    if (d->len > 1) {
        struct DiagItem *tmp = GC_MALLOC(sizeof *tmp * (size_t)d->len);
        diag_sort(d->items, tmp, 0, d->len);
    }
    for (int i = 0; i < d->len; i++) {
        const char *fn = d->items[i].file ? d->items[i].file : d->filename ? d->filename : "<input>";
        if (i == 10) {
            fprintf(out, "%s:%d:%d: too many errors\n", fn, d->items[i].pos.line, d->items[i].pos.col);
            break;
        }
        fprintf(out, "%s:%d:%d: %s\n", fn, d->items[i].pos.line, d->items[i].pos.col, d->items[i].msg);
    }
}

/* ---- depth ---- */

/* Pushes n's children (the non-NULL ones) on the walk stack. */
typedef struct Walk { struct { Node *n; int depth; } *items; int len, cap; } Walk;

static void walk_push(Walk *w, Node *n, int depth) {
    if (!n) return;
    if (w->len == w->cap) {
        int cap = w->cap ? w->cap * 2 : 256;
        void *items = malloc(sizeof w->items[0] * (size_t)cap);
        if (!items) return;   /* out of memory: the rest goes unchecked */
        if (w->len) memcpy(items, w->items, sizeof w->items[0] * (size_t)w->len);
        free(w->items);
        w->items = items;
        w->cap = cap;
    }
    w->items[w->len].n = n;
    w->items[w->len].depth = depth;
    w->len++;
}

/* Lists are pushed last item first, so that the walk meets them in
 * source order. */
static void walk_list(Walk *w, NodeList *l, int depth) {
    for (int i = l->len - 1; i >= 0; i--) walk_push(w, l->items[i], depth);
}

static void walk_children(Walk *w, Node *n, int d) {
    switch (n->kind) {
    case N_BAD: case N_IDENT: case N_BASICLIT: case N_EMPTYSTMT: case N_KIND_COUNT: break;
    case N_COMPOSITE: walk_list(w, &n->u.composite.elts, d); walk_push(w, n->u.composite.type, d); break;
    case N_FUNCLIT: walk_push(w, n->u.funclit.body, d); walk_push(w, n->u.funclit.type, d); break;
    case N_PAREN: case N_STAR: case N_UNARY: case N_ELLIPSIS: case N_EXPRSTMT: case N_GO: case N_DEFER:
        walk_push(w, n->u.unary.x, d);
        break;
    case N_SELECTOR: walk_push(w, n->u.selector.sel, d); walk_push(w, n->u.selector.x, d); break;
    case N_INDEX:
        walk_list(w, &n->u.index.more, d); walk_push(w, n->u.index.index, d); walk_push(w, n->u.index.x, d);
        break;
    case N_SLICE:
        walk_push(w, n->u.slice.max, d); walk_push(w, n->u.slice.hi, d);
        walk_push(w, n->u.slice.lo, d); walk_push(w, n->u.slice.x, d);
        break;
    case N_TYPEASSERT: walk_push(w, n->u.assert.type, d); walk_push(w, n->u.assert.x, d); break;
    case N_CALL: walk_list(w, &n->u.call.args, d); walk_push(w, n->u.call.fun, d); break;
    case N_BINARY: walk_push(w, n->u.binary.y, d); walk_push(w, n->u.binary.x, d); break;
    case N_KEYVALUE: walk_push(w, n->u.kv.value, d); walk_push(w, n->u.kv.key, d); break;
    case N_ARRAYTYPE: walk_push(w, n->u.arraytype.elem, d); walk_push(w, n->u.arraytype.len, d); break;
    case N_STRUCTTYPE: case N_INTERFACETYPE: walk_list(w, &n->u.fields.list, d); break;
    case N_FUNCTYPE: walk_list(w, &n->u.functype.results, d); walk_list(w, &n->u.functype.params, d); break;
    case N_MAPTYPE: walk_push(w, n->u.maptype.value, d); walk_push(w, n->u.maptype.key, d); break;
    case N_CHANTYPE: walk_push(w, n->u.chantype.elem, d); break;
    case N_FIELD: walk_push(w, n->u.field.type, d); walk_list(w, &n->u.field.names, d); break;
    case N_DECLSTMT: walk_push(w, n->u.declstmt.decl, d); break;
    case N_LABELED: walk_push(w, n->u.labeled.stmt, d); walk_push(w, n->u.labeled.label, d); break;
    case N_SEND: walk_push(w, n->u.send.value, d); walk_push(w, n->u.send.ch, d); break;
    case N_INCDEC: walk_push(w, n->u.incdec.x, d); break;
    case N_ASSIGN: walk_list(w, &n->u.assign.rhs, d); walk_list(w, &n->u.assign.lhs, d); break;
    case N_RETURN: walk_list(w, &n->u.ret.results, d); break;
    case N_BRANCH: walk_push(w, n->u.branch.label, d); break;
    case N_BLOCK: walk_list(w, &n->u.block.stmts, d); break;
    case N_IF:
        walk_push(w, n->u.if_.els, d); walk_push(w, n->u.if_.body, d);
        walk_push(w, n->u.if_.cond, d); walk_push(w, n->u.if_.init, d);
        break;
    case N_CASECLAUSE: walk_list(w, &n->u.clause.body, d); walk_list(w, &n->u.clause.list, d); break;
    case N_SWITCH: case N_TYPESWITCH:
        walk_push(w, n->u.switch_.body, d); walk_push(w, n->u.switch_.assign, d);
        walk_push(w, n->u.switch_.tag, d); walk_push(w, n->u.switch_.init, d);
        break;
    case N_COMMCLAUSE: walk_list(w, &n->u.comm.body, d); walk_push(w, n->u.comm.comm, d); break;
    case N_SELECT: walk_push(w, n->u.select.body, d); break;
    case N_FOR:
        walk_push(w, n->u.for_.body, d); walk_push(w, n->u.for_.post, d);
        walk_push(w, n->u.for_.cond, d); walk_push(w, n->u.for_.init, d);
        break;
    case N_RANGE:
        walk_push(w, n->u.range.body, d); walk_push(w, n->u.range.x, d);
        walk_push(w, n->u.range.value, d); walk_push(w, n->u.range.key, d);
        break;
    case N_IMPORTSPEC: walk_push(w, n->u.import.path, d); walk_push(w, n->u.import.name, d); break;
    case N_VALUESPEC:
        walk_list(w, &n->u.value.values, d); walk_push(w, n->u.value.type, d); walk_list(w, &n->u.value.names, d);
        break;
    case N_TYPESPEC:
        walk_push(w, n->u.typespec.type, d); walk_list(w, &n->u.typespec.tparams, d);
        walk_push(w, n->u.typespec.name, d);
        break;
    case N_GENDECL: walk_list(w, &n->u.gendecl.specs, d); break;
    case N_FUNCDECL:
        walk_push(w, n->u.func.body, d); walk_push(w, n->u.func.type, d);
        walk_list(w, &n->u.func.tparams, d);
        walk_push(w, n->u.func.name, d); walk_push(w, n->u.func.recv, d);
        break;
    case N_FILE: walk_list(w, &n->u.file.decls, d); walk_push(w, n->u.file.package, d); break;
    }
}

Node *ast_deeper_than(Node *root, int limit) {
    Walk w = {0};
    Node *found = NULL;
    walk_push(&w, root, 1);
    while (w.len > 0 && !found) {
        w.len--;
        Node *n = w.items[w.len].n;
        int depth = w.items[w.len].depth;
        if (depth > limit) found = n;
        else walk_children(&w, n, depth + 1);
    }
    free(w.items);
    return found;
}

/* ---- copies ---- */

static void clone_list(NodeList *l) {
    NodeList old = *l;
    l->items = NULL;
    l->len = l->cap = 0;
    for (int i = 0; i < old.len; i++) list_push(l, ast_clone(old.items[i]));
}

Node *ast_clone(const Node *n) {
    if (!n) return NULL;
    Node *m = node_new(n->kind, n->pos);
    *m = *n;
    m->type = NULL;
    m->cval = NULL;
    m->obj = NULL;
    m->flags = 0;
#define C(f) (m->u.f = ast_clone(n->u.f))
#define L(f) clone_list(&m->u.f)
    switch (n->kind) {
    case N_BAD: case N_IDENT: case N_BASICLIT: case N_EMPTYSTMT: case N_KIND_COUNT: break;
    case N_COMPOSITE: C(composite.type); L(composite.elts); break;
    case N_FUNCLIT: C(funclit.type); C(funclit.body); m->u.funclit.captures = NULL; m->u.funclit.ncaptures = 0; break;
    case N_PAREN: case N_STAR: case N_UNARY: case N_ELLIPSIS: case N_EXPRSTMT: case N_GO: case N_DEFER:
        C(unary.x);
        break;
    case N_SELECTOR: C(selector.x); C(selector.sel); m->u.selector.selection = NULL; break;
    case N_INDEX: C(index.x); C(index.index); L(index.more); break;
    case N_SLICE: C(slice.x); C(slice.lo); C(slice.hi); C(slice.max); break;
    case N_TYPEASSERT: C(assert.x); C(assert.type); break;
    case N_CALL: C(call.fun); L(call.args); break;
    case N_BINARY: C(binary.x); C(binary.y); break;
    case N_KEYVALUE: C(kv.key); C(kv.value); break;
    case N_ARRAYTYPE: C(arraytype.len); C(arraytype.elem); break;
    case N_STRUCTTYPE: case N_INTERFACETYPE: L(fields.list); break;
    case N_FUNCTYPE: L(functype.params); L(functype.results); break;
    case N_MAPTYPE: C(maptype.key); C(maptype.value); break;
    case N_CHANTYPE: C(chantype.elem); break;
    case N_FIELD: L(field.names); C(field.type); break;
    case N_DECLSTMT: C(declstmt.decl); break;
    case N_LABELED: C(labeled.label); C(labeled.stmt); break;
    case N_SEND: C(send.ch); C(send.value); break;
    case N_INCDEC: C(incdec.x); break;
    case N_ASSIGN: L(assign.lhs); L(assign.rhs); break;
    case N_RETURN: L(ret.results); break;
    case N_BRANCH: C(branch.label); break;
    case N_BLOCK:
        if (n->u.block.lazy) {   /* parse_library's: the copy is parsed */
            m->u.block.lazy = NULL;
            DiagList dl = { .filename = "lazy body" };
            Node tmp = *n;
            if (parse_body(&tmp, &dl)) m->u.block.stmts = tmp.u.block.stmts;
        }
        L(block.stmts);
        break;
    case N_IF: C(if_.init); C(if_.cond); C(if_.body); C(if_.els); break;
    case N_CASECLAUSE: L(clause.list); L(clause.body); break;
    case N_SWITCH: case N_TYPESWITCH: C(switch_.init); C(switch_.tag); C(switch_.assign); C(switch_.body); break;
    case N_COMMCLAUSE: C(comm.comm); L(comm.body); break;
    case N_SELECT: C(select.body); break;
    case N_FOR: C(for_.init); C(for_.cond); C(for_.post); C(for_.body); break;
    case N_RANGE: C(range.key); C(range.value); C(range.x); C(range.body); break;
    case N_IMPORTSPEC: C(import.name); C(import.path); break;
    case N_VALUESPEC: L(value.names); C(value.type); L(value.values); break;
    case N_TYPESPEC: C(typespec.name); L(typespec.tparams); C(typespec.type); break;
    case N_GENDECL: L(gendecl.specs); break;
    case N_FUNCDECL: C(func.recv); C(func.name); L(func.tparams); C(func.type); C(func.body); break;
    case N_FILE: C(file.package); L(file.imports); L(file.decls); break;
    }
#undef C
#undef L
    return m;
}
