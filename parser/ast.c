/* ast.c — allocation of syntax-tree nodes and lists, and the diagnostic list
 * shared by the parser and the checker.
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
    d->len++;
}

static bool pos_before(Pos a, Pos b) {
    return a.line < b.line || (a.line == b.line && a.col < b.col);
}

void diag_print(DiagList *d, FILE *out) {
    /* insertion sort: stable, and the lists are short */
    for (int i = 1; i < d->len; i++) {
        struct DiagItem it = d->items[i];
        int j = i;
        while (j > 0 && pos_before(it.pos, d->items[j - 1].pos)) {
            d->items[j] = d->items[j - 1];
            j--;
        }
        d->items[j] = it;
    }
    const char *fn = d->filename ? d->filename : "<input>";
    for (int i = 0; i < d->len; i++) {
        if (i == 10) {
            fprintf(out, "%s:%d:%d: too many errors\n", fn, d->items[i].pos.line, d->items[i].pos.col);
            break;
        }
        fprintf(out, "%s:%d:%d: %s\n", fn, d->items[i].pos.line, d->items[i].pos.col, d->items[i].msg);
    }
}
