/* check_stmt.c — the checker's statements (types2's stmt.go, return.go).
 *
 * Owns check_stmt and check_block: blocks, if, for, range, switch, type
 * switch, select, send, return, go and defer, unlabelled break and
 * continue (labels and goto are check_labels.c's), and the spec's
 * terminating-statement analysis (is_terminating, which "missing
 * return" relies on). Assignments and
 * local var/const declarations are check_assign.c's.
 */
#include "check_int.h"

static void check_stmt(Checker *ch, Node *n);

/* ---- statements ---- */

/* Checks a list of statements. */
static void check_stmts(Checker *ch, NodeList *l) {
    for (int i = 0; i < l->len; i++) check_stmt(ch, l->items[i]);
}

/* Checks the statements of a block (in a new scope if new_scope). */
void check_block(Checker *ch, Node *block, bool new_scope) {
    if (new_scope) open_scope(ch);
    check_stmts(ch, &block->u.block.stmts);
    if (new_scope) close_scope(ch);
}

/* Checks the condition of an if or for statement: a boolean value. */
static void check_cond(Checker *ch, Node *cond, const char *stmt) {
    check_value(ch, cond);
    if (is_bad(cond)) return;
    if (!type_is_bool(cond->type->under)) {
        errorf(ch, start_pos(cond), "non-boolean condition in %s statement", stmt);
        mark_bad(cond);
        return;
    }
    default_type(ch, cond);
}


static bool is_terminating_list(NodeList *l) {
    /* the last non-empty statement */
    for (int i = l->len - 1; i >= 0; i--) {
        if (l->items[i]->kind == N_EMPTYSTMT) continue;
        return is_terminating(l->items[i]);
    }
    return false;
}

static bool has_break(Node *n, Node *target, bool nested);

static bool has_break_list(NodeList *l, Node *target, bool nested) {
    for (int i = 0; i < l->len; i++) if (has_break(l->items[i], target, nested)) return true;
    return false;
}

/* Whether statement n contains a break that leaves `target` (unlabelled
 * breaks count only when not nested in another breakable statement). */
static bool has_break(Node *n, Node *target, bool nested) {
    if (!n) return false;
    stack_guard(n->pos);
    switch (n->kind) {
    case N_BRANCH:
        if (n->u.branch.tok != T_BREAK) return false;
        if (!n->u.branch.label) return !nested;
        return target->kind == N_LABELED && strcmp(n->u.branch.label->u.ident.name,
                                                   target->u.labeled.label->u.ident.name) == 0;
    case N_BLOCK: return has_break_list(&n->u.block.stmts, target, nested);
    case N_IF: return has_break(n->u.if_.body, target, nested) || has_break(n->u.if_.els, target, nested);
    case N_LABELED: return has_break(n->u.labeled.stmt, target, nested);
    case N_CASECLAUSE: return has_break_list(&n->u.clause.body, target, nested);
    case N_COMMCLAUSE: return has_break_list(&n->u.comm.body, target, nested);
    case N_FOR: return has_break(n->u.for_.body, target, true);
    case N_RANGE: return has_break(n->u.range.body, target, true);
    case N_SWITCH: case N_TYPESWITCH: return has_break(n->u.switch_.body, target, true);
    case N_SELECT: return has_break(n->u.select.body, target, true);
    default: return false;
    }
}

/* The spec's "terminating statement". */
bool is_terminating(Node *n) {
    stack_guard(n->pos);
    switch (n->kind) {
    case N_RETURN: return true;
    case N_BRANCH: return n->u.branch.tok == T_GOTO;
    case N_EXPRSTMT: {
        Node *x = n->u.unary.x;
        return x->kind == N_CALL && x->u.call.fun->kind == N_IDENT && x->u.call.fun->obj &&
               x->u.call.fun->obj->kind == OBJ_BUILTIN && x->u.call.fun->obj->builtin == BI_PANIC;
    }
    case N_BLOCK: return is_terminating_list(&n->u.block.stmts);
    case N_IF: return n->u.if_.els && is_terminating(n->u.if_.body) && is_terminating(n->u.if_.els);
    case N_LABELED: {
        Node *s = n->u.labeled.stmt;
        if (s->kind == N_FOR) return !s->u.for_.cond && !has_break(s->u.for_.body, n, false);
        if (s->kind == N_SWITCH || s->kind == N_TYPESWITCH || s->kind == N_SELECT) {
            if (!is_terminating(s)) return false;
            Node *body = s->kind == N_SELECT ? s->u.select.body : s->u.switch_.body;
            return !has_break(body, n, false);
        }
        return is_terminating(s);
    }
    case N_FOR: return !n->u.for_.cond && !has_break(n->u.for_.body, n, false);
    case N_SWITCH: case N_TYPESWITCH: {
        bool has_default = false;
        NodeList *cl = &n->u.switch_.body->u.block.stmts;
        for (int i = 0; i < cl->len; i++) {
            Node *c = cl->items[i];
            if (c->u.clause.is_default) has_default = true;
            NodeList *b = &c->u.clause.body;
            bool ft = b->len && b->items[b->len - 1]->kind == N_BRANCH && b->items[b->len - 1]->u.branch.tok == T_FALLTHROUGH;
            if (!ft && !is_terminating_list(b)) return false;
            if (has_break_list(b, n, false)) return false;
        }
        return has_default;
    }
    case N_SELECT: {
        NodeList *cl = &n->u.select.body->u.block.stmts;
        for (int i = 0; i < cl->len; i++) {
            NodeList *b = &cl->items[i]->u.comm.body;
            if (!is_terminating_list(b) || has_break_list(b, n, false)) return false;
        }
        return true;
    }
    default: return false;
    }
}

/* SendStmt -> Channel "<-" Expression */
static void check_send(Checker *ch, Node *n) {
    Node *c = n->u.send.ch, *v = n->u.send.value;
    check_value(ch, c);
    check_value(ch, v);
    if (is_bad(c) || is_bad(v)) return;
    const Type *u = c->type->under;
    if (u->kind != TY_CHAN) {
        errorf(ch, start_pos(c), "invalid operation: cannot send to non-channel %s %s", type_string(c->type),
               operand_string(c));
        return;
    }
    if (u->chan_dir == 2) {
        errorf(ch, start_pos(c), "invalid operation: cannot send to receive-only channel %s %s",
               type_string(c->type), operand_string(c));
        return;
    }
    assign_to(ch, v, u->elem, "send");
}

/* SelectStmt -> "select" "{" { CommClause } "}"
 * CommClause -> ( "case" SendStmt | RecvStmt | "default" ) ":" StatementList
 * Each clause is a scope of its own; the variables a RecvStmt declares
 * belong to it. */
static void check_select(Checker *ch, Node *n) {
    NodeList *clauses = &n->u.select.body->u.block.stmts;
    Node *first_default = NULL;
    ch->breakable++;
    for (int i = 0; i < clauses->len; i++) {
        Node *cl = clauses->items[i];
        Node *comm = cl->u.comm.comm;
        if (!comm) {
            if (first_default)
                errorf(ch, cl->pos, "multiple defaults (first at %s)", pos_ref(ch, first_default->pos));
            else
                first_default = cl;
        }
        /* the parser took the parentheses off a receive */
        Node *recv = !comm ? NULL : comm->kind == N_EXPRSTMT ? comm->u.unary.x
                   : comm->kind == N_ASSIGN ? comm->u.assign.rhs.items[0] : NULL;
        if (recv && !(recv->kind == N_UNARY && recv->u.unary.op == T_ARROW)) {
            /* neither the case nor its statements are checked further (as types2) */
            Pos at = comm->kind == N_EXPRSTMT ? comm->pos : start_pos(comm->u.assign.lhs.items[0]);
            errorf(ch, at, "select case must be send or receive (possibly with assignment)");
            continue;
        }
        open_scope(ch);
        if (comm) check_stmt(ch, comm);
        NodeList *body = &cl->u.comm.body;
        for (int j = 0; j < body->len; j++) {
            Node *s = body->items[j];
            if (s->kind == N_BRANCH && s->u.branch.tok == T_FALLTHROUGH) {
                errorf(ch, s->pos, "fallthrough statement out of place");
                continue;
            }
            check_stmt(ch, s);
        }
        close_scope(ch);
    }
    ch->breakable--;
}

/* Why values of type t cannot be compared with ==, in types2's words. */
static const char *incomparable_cause(const Type *t) {
    TypeKind k = t->under->kind;
    if (k == TY_SLICE || k == TY_MAP || k == TY_FUNC)
        return strf("%s can only be compared to nil", k == TY_SLICE ? "slice" : k == TY_MAP ? "map" : "func");
    return strf("%s cannot be compared", incomparable_why(t));
}

/* A case value e of a switch whose tag has type tt (printed as tag_str;
 * "true" for a switch without tag): e == tag must be a valid comparison,
 * e is converted to tt if untyped. types2's caseValues and comparison. */
static bool check_case_value(Checker *ch, Node *e, Type *tt, const char *tag_str) {
    if (type_is_untyped(e->type)) convert_untyped(ch, e, tt);
    if (is_bad(e)) return false;
    const char *cause = NULL;
    if (!assignable(e->type, tt) && !assignable(tt, e->type))
        cause = strf("mismatched types %s and %s", type_string(e->type), type_string(tt));
    else if (!is_nil_operand(e) && !type_comparable(e->type))
        cause = incomparable_cause(e->type);
    else if (!is_nil_operand(e) && !type_comparable(tt))
        cause = incomparable_cause(tt);
    if (cause) {
        errorf(ch, start_pos(e), "invalid case %s in switch on %s (%s)", expr_string(e), tag_str, cause);
        return false;
    }
    return true;
}

static bool has_nil(const Type *t) {
    switch (t->under->kind) {
    case TY_POINTER: case TY_SLICE: case TY_MAP: case TY_CHAN: case TY_FUNC: case TY_INTERFACE: return true;
    default: return false;
    }
}

/* Checks an expression switch: its tag, case values comparable with it (no duplicate constants), its clauses. */
static void check_switch(Checker *ch, Node *n) {
    open_scope(ch);
    if (n->u.switch_.init) check_stmt(ch, n->u.switch_.init);
    Node *tag = n->u.switch_.tag;
    if (tag) {
        check_value(ch, tag);
        if (!is_bad(tag) && tag->type->kind == TY_UNTYPED_NIL) {
            errorf(ch, start_pos(tag), "use of untyped nil in switch expression");
            mark_bad(tag);
        }
        if (!is_bad(tag)) default_type(ch, tag);
        if (!is_bad(tag) && !type_comparable(tag->type) && !has_nil(tag->type)) {
            errorf(ch, start_pos(tag), "cannot switch on %s (%s is not comparable)", operand_string(tag),
                   type_string(tag->type));
            mark_bad(tag);
        }
    }
    NodeList *clauses = &n->u.switch_.body->u.block.stmts;
    Node *first_default = NULL;
    ConstSet seen = {0};
    ch->breakable++;
    for (int i = 0; i < clauses->len; i++) {
        Node *cl = clauses->items[i];
        if (cl->u.clause.is_default) {
            if (first_default)
                errorf(ch, cl->pos, "multiple defaults (first at %s)", pos_ref(ch, first_default->pos));
            else
                first_default = cl;
        }
        for (int j = 0; j < cl->u.clause.list.len; j++) {
            Node *e = cl->u.clause.list.items[j];
            check_value(ch, e);
            if (is_bad(e)) continue;
            if (tag) {
                if (is_bad(tag)) continue;
                if (!check_case_value(ch, e, tag->type, expr_string(tag))) continue;
                if (e->cval && (type_is_integer(e->type->under) || type_is_string(e->type->under) || type_is_float(e->type->under))) {
                    /* a constant may appear in only one case */
                    Node *q = constset_add(&seen, e);
                    if (q)
                        errorf(ch, start_pos(e), "duplicate case %s in expression switch\n\t%s: previous case",
                               operand_string(e), pos_ref(ch, start_pos(q)));
                }
            } else {
                /* no tag: the tag is the constant true, of type bool */
                check_case_value(ch, e, ty_bool, "true");
            }
        }
        open_scope(ch);
        NodeList *body = &cl->u.clause.body;
        for (int j = 0; j < body->len; j++) {
            Node *s = body->items[j];
            if (s->kind == N_BRANCH && s->u.branch.tok == T_FALLTHROUGH) {
                if (j != body->len - 1)
                    errorf(ch, s->pos, "fallthrough statement out of place");
                else if (i == clauses->len - 1)
                    errorf(ch, s->pos, "cannot fallthrough final case in switch");
                continue;
            }
            check_stmt(ch, s);
        }
        close_scope(ch);
    }
    ch->breakable--;
    close_scope(ch);
}

/* switch [v :=] x.(type) { case T1, T2: ... }: each clause declares its
 * own v, of the case's type when it names one type, else of x's type. */
static void check_type_switch(Checker *ch, Node *n) {
    open_scope(ch);
    if (n->u.switch_.init) check_stmt(ch, n->u.switch_.init);
    Node *a = n->u.switch_.assign;
    Node *lhs = NULL, *ta;
    if (a->kind == N_ASSIGN) { lhs = a->u.assign.lhs.items[0]; ta = a->u.assign.rhs.items[0]; }
    else ta = a->u.unary.x;
    Node *x = ta->u.assert.x;
    check_value(ch, x);
    bool ok = !is_bad(x);
    if (ok && x->type->under->kind != TY_INTERFACE) {
        errorf(ch, start_pos(x), "%s is not an interface", operand_string(x));
        ok = false;
    }
    NodeList *clauses = &n->u.switch_.body->u.block.stmts;
    Object **vars = GC_MALLOC(sizeof(Object *) * (size_t)(clauses->len + 1));
    bool any_used = false;
    Node *first_default = NULL;
    ch->breakable++;
    for (int i = 0; i < clauses->len; i++) {
        Node *cl = clauses->items[i];
        Type *single = NULL;
        if (cl->u.clause.is_default) {
            if (first_default)
                errorf(ch, cl->pos, "multiple defaults (first at %s)", pos_ref(ch, first_default->pos));
            else
                first_default = cl;
        }
        for (int j = 0; j < cl->u.clause.list.len; j++) {
            Node *e = cl->u.clause.list.items[j];
            if (e->kind == N_IDENT && strcmp(e->u.ident.name, "nil") == 0 &&
                scope_lookup(ch->scope, intern_cstr("nil"))->kind == OBJ_NIL) {
                e->type = ty_untyped_nil;
                e->obj = scope_lookup(ch->scope, intern_cstr("nil"));
                single = NULL;
                continue;
            }
            Type *t = check_type(ch, e);
            if (t != ty_invalid && ok) check_assertable(ch, e, x->type, t, "type switch case");
            if (cl->u.clause.list.len == 1) single = t;
        }
        open_scope(ch);
        if (lhs) {
            Type *vt = single && single != ty_invalid ? single : (ok ? x->type : ty_invalid);
            Object *v = object_new(OBJ_VAR, intern_cstr(lhs->u.ident.name), vt, lhs->pos);
            v->state = 2;
            v->owner = ch->fn ? ch->fn->id : 0;
            v->decl = cl;   /* one variable per clause */
            if (v->name != intern_cstr("_")) scope_insert(ch->scope, v);
            vars[i] = v;
        }
        check_stmts(ch, &cl->u.clause.body);
        if (lhs && vars[i]->used) any_used = true;
        if (lhs) vars[i]->used = true;   /* reported once, below */
        close_scope(ch);
    }
    ch->breakable--;
    if (lhs) {
        lhs->obj = NULL;
        if (!any_used && !ch->unsupported && strcmp(lhs->u.ident.name, "_") != 0)
            errorf(ch, lhs->pos, "declared and not used: %s", lhs->u.ident.name);
        /* codegen finds each clause's variable through the clause */
        for (int i = 0; i < clauses->len; i++) clauses->items[i]->obj = vars[i];
    }
    close_scope(ch);
}

/* Checks a return statement against the function's results (named results: a bare return). */
static void check_return(Checker *ch, Node *n) {
    /* in a range-over-func body: the enclosing function's results */
    FuncCtx *fn = real_fn(ch->fn);
    Type *sig = fn->sig;
    NodeList *res = &n->u.ret.results;
    if (res->len == 0) {
        if (sig->nresults > 0 && !fn->results) {
            errorf(ch, n->pos, "not enough return values\n\thave ()\n\twant %s",
                   type_string(types_tuple(sig->results, sig->nresults)));
        }
        return;
    }
    if (res->len == 1 && sig->nresults > 1) {
        Node *v = res->items[0];
        check_expr(ch, v);
        if (is_bad(v)) return;
        if (v->type && v->type->kind == TY_TUPLE) {
            if (v->type->nresults != sig->nresults) {
                errorf(ch, start_pos(v), "%s return values\n\thave %s\n\twant %s",
                       v->type->nresults < sig->nresults ? "not enough" : "too many",
                       type_string(v->type), type_string(types_tuple(sig->results, sig->nresults)));
                return;
            }
            for (int i = 0; i < sig->nresults; i++)
                if (!assignable(v->type->results[i], sig->results[i]))
                    errorf(ch, start_pos(v), "cannot use %s value as %s value in return statement",
                           type_string(v->type->results[i]), type_string(sig->results[i]));
            return;
        }
    } else {
        for (int i = 0; i < res->len; i++) check_expr(ch, res->items[i]);
    }
    if (res->len != sig->nresults) {
        for (int i = 0; i < res->len; i++) if (is_bad(res->items[i])) return;
        errorf(ch, res->len ? start_pos(res->items[res->len > sig->nresults ? sig->nresults : 0]) : n->pos,
               "%s return values\n\thave %s\n\twant %s",
               res->len < sig->nresults ? "not enough" : "too many", types_list_string(res->items, res->len, true),
               type_string(types_tuple(sig->results, sig->nresults)));
        return;
    }
    for (int i = 0; i < res->len; i++) {
        Node *v = res->items[i];
        if (!single_value(ch, v)) continue;
        assign_to(ch, v, sig->results[i], "return statement");
    }
}

/* A return statement: the checks of check_return, then what a range-over-func body needs. */
static void check_return_stmt(Checker *ch, Node *n) {
    check_return(ch, n);
    if (ch->fn->range) rangefunc_note_return(ch, n);
}

/* Checks a three-clause or condition-only for statement. */
static void check_for(Checker *ch, Node *n) {
    open_scope(ch);
    if (n->u.for_.init) check_stmt(ch, n->u.for_.init);
    if (n->u.for_.cond) check_cond(ch, n->u.for_.cond, "for");
    if (n->u.for_.post) {
        Node *p = n->u.for_.post;
        if (p->kind == N_ASSIGN && p->u.assign.tok == T_DEFINE)
            errorf(ch, p->pos, "cannot declare in post statement of for loop");
        else
            check_stmt(ch, p);
    }
    ch->breakable++;
    ch->continuable++;
    check_block(ch, n->u.for_.body, true);
    ch->breakable--;
    ch->continuable--;
    close_scope(ch);
}

/* Checks a for-range statement: the range operand and its iteration variables. */
static void check_range(Checker *ch, Node *n) {
    open_scope(ch);
    Node *x = n->u.range.x;
    bool outer_calls = ch->has_call_or_recv;
    ch->has_call_or_recv = false;
    check_value(ch, x);
    bool calls = ch->has_call_or_recv;
    ch->has_call_or_recv = outer_calls;
    Type *kt = ty_invalid, *vt = ty_invalid;
    bool ok = !is_bad(x);
    if (ok) {
        const Type *u = x->type->under;
        if (type_is_integer(u)) {
            if (type_is_untyped(x->type)) {
                if (n->u.range.key && n->u.range.tok == T_ASSIGN) {
                    Node *k = n->u.range.key;
                    check_lhs(ch, k);
                    if (!is_bad(k) && k->type) convert_untyped(ch, x, k->type);
                } else {
                    convert_untyped(ch, x, ty_int);
                }
            }
            kt = x->type;
            if (n->u.range.value) {
                errorf(ch, start_pos(n->u.range.value), "range over %s permits only one iteration variable",
                       operand_string(x));
                ok = false;
            }
        } else if (type_is_string(u)) {
            default_type(ch, x);
            kt = ty_int;
            vt = ty_int32;
        } else if (u->kind == TY_SLICE || u->kind == TY_ARRAY) {
            kt = ty_int;
            vt = u->elem;
        } else if (u->kind == TY_MAP) {
            kt = u->key;
            vt = u->elem;
        } else if (u->kind == TY_POINTER && u->elem->under->kind == TY_ARRAY) {
            kt = ty_int;
            vt = u->elem->under->elem;
        } else if (u->kind == TY_CHAN) {
            kt = u->elem;
            if (u->chan_dir == 1) {
                errorf(ch, start_pos(x), "cannot range over %s: receive from send-only channel %s",
                       operand_string(x), type_string(x->type));
                ok = false;
            } else if (n->u.range.value) {
                errorf(ch, start_pos(n->u.range.value), "range over %s permits only one iteration variable",
                       operand_string(x));
                ok = false;
            }
        } else if (u->kind == TY_FUNC) {
            check_range_func(ch, n);
            close_scope(ch);
            return;
        } else {
            errorf(ch, start_pos(x), "cannot range over %s", operand_string(x));
            ok = false;
        }
    }
    Node *vars[2] = { n->u.range.key, n->u.range.value };
    Type *types[2] = { kt, vt };
    if (ok) {
        /* "if at most one iteration variable is present, the range expression x
         * is not evaluated when len(x) is constant" */
        const Type *u = x->type->under;
        if (u->kind == TY_POINTER) u = u->elem->under;
        Node *v = n->u.range.value;
        bool no_value = !v || (v->kind == N_IDENT && strcmp(v->u.ident.name, "_") == 0);
        if (u->kind == TY_ARRAY && !calls && no_value) n->flags |= NF_NOEVAL;
    }
    if (n->u.range.tok == T_DEFINE) {
        for (int i = 0; i < 2; i++) {
            if (!vars[i]) continue;
            if (vars[i]->kind != N_IDENT) {
                errorf(ch, start_pos(vars[i]), "non-name %s on left side of :=", expr_string(vars[i]));
                continue;
            }
            declare_var(ch, vars[i], ok ? types[i] : ty_invalid);
        }
    } else if (n->u.range.tok == T_ASSIGN) {
        for (int i = 0; i < 2; i++) {
            if (!vars[i]) continue;
            if (!vars[i]->type && !is_bad(vars[i])) check_lhs(ch, vars[i]);
            if (ok && vars[i]->type && !is_bad(vars[i]) && !assignable(types[i], vars[i]->type))
                errorf(ch, start_pos(vars[i]), "cannot use %s (value of type %s) as %s value in assignment",
                       expr_string(vars[i]), type_string(types[i]), type_string(vars[i]->type));
        }
    }
    ch->breakable++;
    ch->continuable++;
    check_block(ch, n->u.range.body, true);
    ch->breakable--;
    ch->continuable--;
    close_scope(ch);
}

/* Checks a statement. */
static void check_stmt(Checker *ch, Node *n) {
    stack_guard(n->pos);
    switch (n->kind) {
    case N_EMPTYSTMT: break;
    case N_BLOCK: check_block(ch, n, true); break;
    case N_EXPRSTMT: {
        Node *x = n->u.unary.x;
        if (n->flags & NF_REPLSHOW) {
            /* the REPL prints its values: any expression with a value will do */
            check_expr(ch, x);
            if (is_bad(x) || (x->flags & NF_VOID) || (x->type && x->type->kind == TY_TUPLE)) break;
            if (!single_value(ch, x)) break;
            if (x->type->kind == TY_UNTYPED_NIL) {
                errorf(ch, start_pos(x), "use of untyped nil in expression");
                mark_bad(x);
                break;
            }
            default_type(ch, x);
            break;
        }
        check_expr(ch, x);
        if (is_bad(x)) break;
        if (x->kind == N_CALL && !(x->flags & NF_CONV)) {
            if (x->u.call.fun->flags & NF_BUILTIN) {
                Builtin b = (Builtin)x->u.call.fun->obj->builtin;
                if (b != BI_PANIC && b != BI_PRINT && b != BI_PRINTLN && b != BI_COPY && b != BI_CLEAR &&
                    b != BI_CLOSE && b != BI_DELETE && b != BI_RECOVER)
                    errorf(ch, start_pos(x), "%s (value of type %s) is not used", expr_string(x), type_string(x->type));
            }
            break;
        }
        if (x->kind == N_UNARY && x->u.unary.op == T_ARROW) break;   /* a receive statement */
        if (x->flags & NF_TYPE) errorf(ch, start_pos(x), "%s (type) is not an expression", expr_string(x));
        else errorf(ch, start_pos(x), "%s is not used", operand_string(x));
        break;
    }
    case N_INCDEC: {
        Node *x = n->u.incdec.x;
        if (x->kind == N_IDENT && strcmp(x->u.ident.name, "_") == 0) {
            errorf(ch, x->pos, "cannot use _ as value or type");
            break;
        }
        check_lhs_read(ch, x);
        if (is_bad(x) || !x->type) break;
        if (!type_is_numeric(x->type->under))
            errorf(ch, start_pos(x), "invalid operation: %s%s (non-numeric type %s)", expr_string(x),
                   tok_name(n->u.incdec.tok), type_string(x->type));
        break;
    }
    case N_ASSIGN: check_assign(ch, n); break;
    case N_DECLSTMT: {
        Node *d = n->u.declstmt.decl;
        for (int i = 0; i < d->u.gendecl.specs.len; i++) {
            Node *spec = d->u.gendecl.specs.items[i];
            if (d->u.gendecl.tok == T_VAR) check_var_spec(ch, spec, false);
            else if (d->u.gendecl.tok == T_CONST) {
                for (int j = 0; j < spec->u.value.values.len; j++) clear_annotations(spec->u.value.values.items[j]);
                check_const_spec(ch, spec, true);
            } else if (d->u.gendecl.tok == T_TYPE) {
                Node *nm = spec->u.typespec.name;
                Object *o = object_new(OBJ_TYPE, intern_cstr(nm->u.ident.name), ty_invalid, nm->pos);
                o->decl = spec;
                o->used = true;
                nm->obj = o;
                if (spec->u.typespec.tparams.len) generic_new(ch, o, spec, &spec->u.typespec.tparams);
                if (o->name != intern_cstr("_")) {
                    Object *old = scope_insert(ch->scope, o);
                    if (old) errorf(ch, nm->pos, "%s redeclared in this block", o->name);
                }
                check_type_spec(ch, spec, o);
            }
        }
        break;
    }
    case N_IF:
        open_scope(ch);
        if (n->u.if_.init) check_stmt(ch, n->u.if_.init);
        check_cond(ch, n->u.if_.cond, "if");
        check_block(ch, n->u.if_.body, true);
        if (n->u.if_.els) {
            if (n->u.if_.els->kind == N_IF) check_stmt(ch, n->u.if_.els);
            else check_block(ch, n->u.if_.els, true);
        }
        close_scope(ch);
        break;
    case N_FOR: check_for(ch, n); break;
    case N_RANGE: check_range(ch, n); break;
    case N_SWITCH: check_switch(ch, n); break;
    case N_RETURN: check_return_stmt(ch, n); break;
    case N_BRANCH:
        /* errors: check_labels.c; here, whether the jump leaves a
         * range-over-func body (the loop then stops its iterator) */
        if (n->u.branch.label) {
            const char *name = n->u.branch.label->u.ident.name;
            if (n->u.branch.tok == T_GOTO) {
                if (ch->fn->range && !rangefunc_body_has_label(ch->fn->range, name))
                    errorf(ch, n->pos, "goto out of a range-over-func loop body is not supported by minigo");
                break;
            }
            struct LabelCtx *l = ch->labels;
            while (l && strcmp(l->name, name) != 0) l = l->outer;
            if (l && ch->fn->range && l->fn != ch->fn && l->stmt != ch->fn->range) rangefunc_note_exit(ch);
            break;
        }
        switch (n->u.branch.tok) {
        case T_BREAK:
            if (!ch->breakable) errorf(ch, n->pos, "break is not in a loop, switch, or select");
            break;
        case T_CONTINUE:
            if (!ch->continuable) errorf(ch, n->pos, "continue is not in a loop");
            break;
        case T_FALLTHROUGH:
            errorf(ch, n->pos, "fallthrough statement out of place");
            break;
        default:
            break;
        }
        break;
    case N_LABELED: {
        struct LabelCtx l = { n->u.labeled.label->u.ident.name, n->u.labeled.stmt, false, ch->labels, ch->fn };
        ch->labels = &l;
        check_stmt(ch, n->u.labeled.stmt);
        ch->labels = l.outer;
        break;
    }
    case N_GO:
    case N_DEFER: {
        Node *x = n->u.unary.x;
        const char *what = n->kind == N_GO ? "go" : "defer";
        if (n->kind == N_DEFER) {
            /* a defer in a range-over-func body belongs to the enclosing function */
            real_fn(ch->fn)->has_defer = true;
            if (ch->fn->range) rangefunc_note_defer(ch);
        }
        check_expr(ch, x);
        if (is_bad(x)) break;
        if (x->flags & NF_CONV) {
            errorf(ch, start_pos(x), "%s requires function call, not conversion", what);
            break;
        }
        if (x->u.call.fun->flags & NF_BUILTIN) {
            Builtin b = (Builtin)x->u.call.fun->obj->builtin;
            if (b != BI_PANIC && b != BI_PRINT && b != BI_PRINTLN && b != BI_RECOVER && b != BI_CLOSE)
                errorf(ch, start_pos(x), "%s of built-in %s is not supported yet by minigo", what, x->u.call.fun->obj->name);
        }
        break;
    }
    case N_SEND: check_send(ch, n); break;
    case N_SELECT: check_select(ch, n); break;
    case N_TYPESWITCH: check_type_switch(ch, n); break;
    default: errorf(ch, n->pos, "unexpected statement"); break;
    }
}

