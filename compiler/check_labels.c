/* check_labels.c — labels, and the branch statements that name them
 * (the part of cmd/compile's syntax/branches.go that a function body's
 * labels need; types2 leaves these errors to it).
 *
 * A function's labels are one scope of their own, apart from its blocks
 * and from the labels of the function literals inside it (each body is
 * checked by its own call). One walk over the body's statements in
 * source order finds:
 *   - a label defined twice ("label L already defined at ...") or never
 *     used ("label L defined and not used");
 *   - goto L: L must be declared in the goto's block or an enclosing one
 *     ("jumps into block starting at ..." otherwise, "label L not
 *     defined" when there is no L), and a forward goto must not jump over
 *     a variable declaration of L's block ("jumps over declaration of x
 *     at ...");
 *   - break L and continue L: L must label an enclosing for, switch or
 *     select (continue: a for), and be defined before them.
 * Unlabelled break, continue and fallthrough are check_stmt.c's.
 *
 * Glossary: a *block* here is a statement list (a body, a case clause),
 * with where it starts and the labeled statement it belongs to; a
 * *forward goto* is one whose label has not been seen yet in the walk: it
 * is kept until a label of its block or of an enclosing one resolves it.
 */
#include "check_int.h"
#include "vec.h"

typedef struct LBlock {
    struct LBlock *parent;     /* the enclosing block, NULL for the body */
    Pos start;                 /* where it starts (the "{" or the case) */
    Node *lstmt;               /* the N_LABELED whose statement owns it, or NULL */
} LBlock;

typedef struct Label {
    const char *name;          /* interned */
    LBlock *parent;            /* the block declaring it */
    Node *lstmt;               /* its N_LABELED */
    bool used;
} Label;

typedef struct LabelScope {
    Checker *ch;
    Label *labels; int nlabels, cap;
} LabelScope;

typedef struct GotoList { Node **items; int len, cap; } GotoList;

/* Stands for "L is defined, but labels no enclosing statement". */
static Node invalid_target;

static Label *find_label(LabelScope *ls, const char *name) {
    for (int i = 0; i < ls->nlabels; i++)
        if (ls->labels[i].name == name) return &ls->labels[i];
    return NULL;
}

static const char *label_name(Node *ident) { return intern_cstr(ident->u.ident.name); }

/* Declares the label of s in block b; a second one of the same name is
 * an error, and the first stays the label. */
static Label *declare_label(LabelScope *ls, LBlock *b, Node *s) {
    Node *id = s->u.labeled.label;
    const char *name = label_name(id);
    Label *alt = find_label(ls, name);
    if (alt) {
        errorf(ls->ch, id->pos, "label %s already defined at %s", name,
               pos_ref(ls->ch, alt->lstmt->u.labeled.label->pos));
        return alt;
    }
    VEC_PUSH(ls->labels, ls->nlabels, ls->cap, ((Label){ name, b, s, false }));
    return &ls->labels[ls->nlabels - 1];
}

/* The N_LABELED that goto `name` in block b reaches: its label declared
 * in b or an enclosing block; NULL when there is none (yet). */
static Node *goto_target(LabelScope *ls, LBlock *b, const char *name) {
    Label *l = find_label(ls, name);
    if (!l) return NULL;
    l->used = true;   /* even if it is not a valid target */
    for (; b; b = b->parent)
        if (l->parent == b) return l->lstmt;
    return NULL;
}

/* The innermost enclosing statement labelled `name`, for break and
 * continue: NULL when there is no such label, &invalid_target when there
 * is one but it labels no enclosing statement. */
static Node *enclosing_target(LabelScope *ls, LBlock *b, const char *name) {
    Label *l = find_label(ls, name);
    if (!l) return NULL;
    l->used = true;
    for (; b; b = b->parent)
        if (b->lstmt == l->lstmt) return l->lstmt;
    return &invalid_target;
}

/* break L / continue L. */
static void check_labeled_branch(LabelScope *ls, LBlock *b, Node *s) {
    Node *id = s->u.branch.label;
    const char *name = label_name(id);
    bool brk = s->u.branch.tok == T_BREAK;
    const char *what = brk ? "break" : "continue";
    Node *t = enclosing_target(ls, b, name);
    if (!t) {
        errorf(ls->ch, id->pos, "%s label not defined: %s", what, name);
        return;
    }
    NodeKind k = t == &invalid_target ? N_BAD : t->u.labeled.stmt->kind;
    bool loop = k == N_FOR || k == N_RANGE;
    bool ok = brk ? loop || k == N_SWITCH || k == N_TYPESWITCH || k == N_SELECT : loop;
    if (!ok) errorf(ls->ch, id->pos, "invalid %s label %s", what, name);
}

/* What a := statement declares, as Go writes it: "x" or "a, b". */
static const char *lhs_string(NodeList *lhs) {
    const char *s = "";
    for (int i = 0; i < lhs->len; i++)
        s = strf("%s%s%s", s, i ? ", " : "", expr_string(lhs->items[i]));
    return s;
}

static GotoList block_branches(LabelScope *ls, LBlock *parent, Node *lstmt, Pos start, NodeList *body);

/* The walk of one block: returns its gotos still unresolved at its end,
 * for the enclosing block to resolve (or report). */
static GotoList block_branches(LabelScope *ls, LBlock *parent, Node *lstmt, Pos start, NodeList *body) {
    LBlock *b = GC_MALLOC(sizeof *b);
    *b = (LBlock){ parent, start, lstmt };
    GotoList fwd = {0};
    /* the block's last variable declaration so far, and the forward
     * gotos that were pending when it was seen: those jump over it
     * unless they leave the block */
    const char *var_name = NULL;
    Pos var_pos = {0};
    GotoList bad = {0};

#define INNER(start_, list_)                                                       \
    do {                                                                          \
        GotoList in_ = block_branches(ls, b, lstmt, (start_), (list_));           \
        for (int j_ = 0; j_ < in_.len; j_++) VEC_PUSH(fwd.items, fwd.len, fwd.cap, in_.items[j_]); \
    } while (0)
#define RECORD_VAR(pos_, name_)                                                    \
    do {                                                                          \
        var_pos = (pos_);                                                         \
        var_name = (name_);                                                       \
        bad.len = 0;                                                              \
        for (int j_ = 0; j_ < fwd.len; j_++) VEC_PUSH(bad.items, bad.len, bad.cap, fwd.items[j_]); \
    } while (0)

    for (int i = 0; i < body->len; i++) {
        Node *s = body->items[i];
        stack_guard(s->pos);
        lstmt = NULL;
        while (s->kind == N_LABELED) {
            const char *name = label_name(s->u.labeled.label);
            if (name != intern_cstr("_")) {
                Label *l = declare_label(ls, b, s);
                /* resolve the forward gotos to it */
                int keep = 0;
                for (int j = 0; j < fwd.len; j++) {
                    Node *g = fwd.items[j];
                    if (label_name(g->u.branch.label) != name) { fwd.items[keep++] = g; continue; }
                    l->used = true;
                    bool over = false;
                    for (int k = 0; var_name && k < bad.len; k++) over |= bad.items[k] == g;
                    if (over)
                        errorf(ls->ch, g->u.branch.label->pos, "goto %s jumps over declaration of %s at %s",
                               name, var_name, pos_ref(ls->ch, var_pos));
                }
                fwd.len = keep;
                lstmt = s;
            }
            s = s->u.labeled.stmt;
        }
        switch (s->kind) {
        case N_DECLSTMT: {
            Node *d = s->u.declstmt.decl;
            if (d->u.gendecl.tok == T_VAR && d->u.gendecl.specs.len > 0) {
                Node *name = d->u.gendecl.specs.items[0]->u.value.names.items[0];
                RECORD_VAR(name->pos, name->u.ident.name);
            }
            break;
        }
        case N_ASSIGN:
            if (s->u.assign.tok == T_DEFINE) RECORD_VAR(s->pos, lhs_string(&s->u.assign.lhs));
            break;
        case N_BRANCH:
            if (!s->u.branch.label) break;
            if (s->u.branch.tok == T_GOTO) {
                if (!goto_target(ls, b, label_name(s->u.branch.label)))
                    VEC_PUSH(fwd.items, fwd.len, fwd.cap, s);   /* maybe declared later */
            } else {
                check_labeled_branch(ls, b, s);
            }
            break;
        case N_BLOCK: INNER(s->pos, &s->u.block.stmts); break;
        case N_IF:
            INNER(s->u.if_.body->pos, &s->u.if_.body->u.block.stmts);
            if (s->u.if_.els) {
                NodeList one = { .items = &s->u.if_.els, .len = 1, .cap = 1 };
                INNER(s->u.if_.els->pos, &one);
            }
            break;
        case N_FOR: INNER(s->u.for_.body->pos, &s->u.for_.body->u.block.stmts); break;
        case N_RANGE: INNER(s->u.range.body->pos, &s->u.range.body->u.block.stmts); break;
        case N_SWITCH:
        case N_TYPESWITCH: {
            NodeList *cl = &s->u.switch_.body->u.block.stmts;
            for (int j = 0; j < cl->len; j++) INNER(cl->items[j]->pos, &cl->items[j]->u.clause.body);
            break;
        }
        case N_SELECT: {
            NodeList *cl = &s->u.select.body->u.block.stmts;
            for (int j = 0; j < cl->len; j++) INNER(cl->items[j]->pos, &cl->items[j]->u.comm.body);
            break;
        }
        default: break;
        }
    }
#undef INNER
#undef RECORD_VAR
    return fwd;
}

void check_labels(Checker *ch, Node *body) {
    LabelScope ls = { .ch = ch };
    GotoList fwd = block_branches(&ls, NULL, NULL, body->pos, &body->u.block.stmts);
    /* what is left was never reached by its label: there is none, or it
     * is inside a block the goto is not in */
    for (int i = 0; i < fwd.len; i++) {
        Node *id = fwd.items[i]->u.branch.label;
        const char *name = label_name(id);
        Label *l = find_label(&ls, name);
        if (l) {
            l->used = true;
            errorf(ch, id->pos, "goto %s jumps into block starting at %s", name, pos_ref(ch, l->parent->start));
        } else {
            errorf(ch, id->pos, "label %s not defined", name);
        }
    }
    /* the spec: "It is illegal to define a label that is never used." */
    for (int i = 0; i < ls.nlabels; i++)
        if (!ls.labels[i].used)
            errorf(ch, ls.labels[i].lstmt->u.labeled.label->pos, "label %s defined and not used", ls.labels[i].name);
}
