/* check_rangefunc.c — the checker's range over functions (Go 1.23):
 * `for k, v := range f` where f is func(yield func(K, V) bool).
 *
 * The loop's shape is checked with types2's words ("cannot range over f
 * (...): func must be func(yield func(...) bool): yield func does not
 * return bool", "range over f (...) permits only one iteration
 * variable"). Then the body is checked as the body of a function literal
 * of the yield type (a FuncCtx with .range set): the variables of the
 * enclosing function it uses are captured, exactly as a closure's are,
 * and the code generator compiles it as that closure (gen_rangefunc.c,
 * whose first comment gives the whole design). Unlike a literal's, the
 * body keeps the labels, break/continue nesting and results of the
 * function it is in: a return checks against the enclosing function's
 * results, a defer belongs to the enclosing function.
 *
 * What the body needs of the enclosing function is recorded on the loop's
 * RangeFunc (compiler.h) as hidden variables, captured like the others:
 * #state per loop, and for the outermost loop of a nest, #next (a return
 * or a branch out of a body) and #defers (a defer in a body). A return
 * with values assigns the enclosing function's results, named for it when
 * they have no names (as Go's rewrite does: FuncCtx.rv).
 */
#include "check_int.h"

/* A hidden variable (Go's rewrite spells them #next, #state1...) owned by fn. */
static Object *hidden_var(FuncCtx *fn, const char *name, Type *t, Pos pos) {
    Object *o = object_new(OBJ_VAR, intern_cstr(name), t, pos);
    o->state = 2;
    o->used = true;
    o->owner = fn->id;
    return o;
}

/* The outermost range-over-func loop of the nest whose body is being checked. */
static RangeFunc *outermost(Checker *ch) {
    RangeFunc *rf = ch->fn->range->u.range.rf;
    while (rf->outer) rf = rf->outer;
    return rf;
}

/* The loop's #next exists, and the bodies from here out capture it. */
static void need_next(Checker *ch) {
    RangeFunc *top = outermost(ch);
    if (!top->next) top->next = hidden_var(real_fn(ch->fn), "#next", ty_int, ch->fn->range->pos);
    note_capture(ch, top->next);
}

void rangefunc_note_exit(Checker *ch) { need_next(ch); }

void rangefunc_note_defer(Checker *ch) {
    RangeFunc *top = outermost(ch);
    if (!top->defers) top->defers = hidden_var(real_fn(ch->fn), "#defers", ty_any, ch->fn->range->pos);
    note_capture(ch, top->defers);
}

void rangefunc_note_return(Checker *ch, Node *n) {
    need_next(ch);
    if (!n->u.ret.results.len) return;
    FuncCtx *fn = real_fn(ch->fn);
    Type *sig = fn->sig;
    if (!fn->rv && fn->results) fn->rv = fn->results;
    if (!fn->rv) {
        /* unnamed results get names, for the body to assign them; the
         * function's code sees them as named results (its signature's
         * type is unchanged) */
        fn->rv = GC_MALLOC(sizeof(Object *) * (size_t)(sig->nresults + 1));
        NodeList *fields = &fn->ftype->u.functype.results;
        for (int i = 0; i < fields->len && i < sig->nresults; i++) {
            Node *f = fields->items[i];
            Object *o = hidden_var(fn, strf("#rv%d", i + 1), sig->results[i], f->pos);
            Node *nm = node_new(N_IDENT, f->pos);
            nm->u.ident.name = o->name;
            nm->obj = o;
            nm->type = o->type;
            o->decl = nm;
            list_push(&f->u.field.names, nm);
            fn->rv[i] = o;
        }
    }
    for (int i = 0; i < sig->nresults; i++)
        if (fn->rv[i]) note_capture(ch, fn->rv[i]);
}

/* Why f's type is not func(yield func(...) bool), in types2's words, or NULL. */
static const char *iterator_mismatch(const Type *u) {
    if (u->nparams != 1) return "wrong argument count";
    if (u->nresults != 0) return "unexpected results";
    const Type *cb = u->params[0]->under;
    if (cb->kind != TY_FUNC) return "argument is not func";
    if (cb->nparams > 2) return "yield func has too many parameters";
    if (cb->nresults != 1 || cb->results[0] != ty_bool)
        return cb->nresults == 1 && type_is_bool(cb->results[0]->under)
                   ? "yield func returns user-defined boolean, not bool"
                   : "yield func does not return bool";
    return NULL;
}

/* After an error in the loop's header: its variables are declared as
 * invalid and its body checked as a plain loop's (nothing more reported
 * about them). */
static void check_bad_range(Checker *ch, Node *n) {
    Node *vars[2] = { n->u.range.key, n->u.range.value };
    for (int i = 0; i < 2; i++) {
        if (!vars[i]) continue;
        if (n->u.range.tok == T_DEFINE && vars[i]->kind == N_IDENT) declare_var(ch, vars[i], ty_invalid)->used = true;
        else if (n->u.range.tok == T_ASSIGN && !vars[i]->type && !is_bad(vars[i])) check_lhs(ch, vars[i]);
    }
    ch->breakable++;
    ch->continuable++;
    check_block(ch, n->u.range.body, true);
    ch->breakable--;
    ch->continuable--;
}

/* RangeClause over a function:
 *   for [k [, v] (= | :=)] range f { body }   f: func(yield func([K [, V]]) bool)
 * is, to the rest of the checker, the call f(func(k K, v V) bool { body }). */
void check_range_func(Checker *ch, Node *n) {
    Node *x = n->u.range.x;
    const Type *u = x->type->under;
    const char *why = iterator_mismatch(u);
    if (why) {
        errorf(ch, start_pos(x), "cannot range over %s: func must be func(yield func(...) bool): %s",
               operand_string(x), why);
        check_bad_range(ch, n);
        return;
    }
    Type *yield = u->params[0];
    const Type *cb = yield->under;
    Node *vars[2] = { n->u.range.key, n->u.range.value };
    if (vars[0] && cb->nparams == 0) {
        errorf(ch, start_pos(vars[0]), "range over %s permits no iteration variables", operand_string(x));
        check_bad_range(ch, n);
        return;
    }
    if (vars[1] && cb->nparams < 2) {
        errorf(ch, start_pos(vars[1]), "range over %s permits only one iteration variable", operand_string(x));
        check_bad_range(ch, n);
        return;
    }
    RangeFunc *rf = GC_MALLOC(sizeof *rf);
    n->u.range.rf = rf;
    rf->yield = yield;
    rf->outer = ch->fn->range ? ch->fn->range->u.range.rf : NULL;
    rf->depth = rf->outer ? rf->outer->depth + 1 : 1;
    rf->state = hidden_var(ch->fn, "#state", ty_int, n->pos);
    bool define = n->u.range.tok == T_DEFINE;
    /* Go 1.21's rule: the variables := declares are the loop's, shared
     * by all iterations; the body assigns them. Go 1.22: they are the
     * body's parameters, new in each call. */
    bool shared = define && ch->c->lang < 122;
    if (shared) {
        for (int i = 0; i < 2; i++) {
            if (!vars[i]) continue;
            if (vars[i]->kind != N_IDENT) {
                errorf(ch, start_pos(vars[i]), "non-name %s on left side of :=", expr_string(vars[i]));
                continue;
            }
            declare_var(ch, vars[i], cb->params[i]);
        }
    }
    Node *lit = node_new(N_FUNCLIT, n->pos);
    lit->type = yield;
    lit->u.funclit.body = n->u.range.body;
    rf->lit = lit;
    FuncCtx body = { .sig = (Type *)cb, .outer = ch->fn, .lit = lit, .id = ++ch->next_fn_id, .range = n };
    ch->fn = &body;
    note_capture(ch, rf->state);
    open_scope(ch);
    for (int i = 0; i < 2; i++) {
        Node *v = vars[i];
        if (!v) continue;
        if (define && !shared) {
            if (v->kind != N_IDENT) {
                errorf(ch, start_pos(v), "non-name %s on left side of :=", expr_string(v));
                continue;
            }
            declare_var(ch, v, cb->params[i]);
            continue;
        }
        /* assigned from a parameter of the body's own */
        rf->params[i] = hidden_var(&body, i ? "#p2" : "#p1", cb->params[i], v->pos);
        if (shared) {
            if (v->obj && v->obj->name != intern_cstr("_")) note_capture(ch, v->obj);
            continue;
        }
        if (!v->type && !is_bad(v)) check_lhs(ch, v);
        if (v->type && !is_bad(v) && !assignable(cb->params[i], v->type))
            errorf(ch, start_pos(v), "cannot use %s (value of type %s) as %s value in assignment",
                   expr_string(v), type_string(cb->params[i]), type_string(v->type));
    }
    ch->breakable++;
    ch->continuable++;
    check_block(ch, n->u.range.body, true);
    ch->breakable--;
    ch->continuable--;
    close_scope(ch);
    ch->fn = body.outer;
}

/* Whether a statement under s is labelled name (a goto's target inside a
 * range-over-func body, which becomes code of its own function). */
static bool stmt_has_label(const Node *s, const char *name) {
    if (!s) return false;
    switch (s->kind) {
    case N_LABELED:
        return strcmp(s->u.labeled.label->u.ident.name, name) == 0 || stmt_has_label(s->u.labeled.stmt, name);
    case N_BLOCK:
        for (int i = 0; i < s->u.block.stmts.len; i++)
            if (stmt_has_label(s->u.block.stmts.items[i], name)) return true;
        return false;
    case N_IF: return stmt_has_label(s->u.if_.body, name) || stmt_has_label(s->u.if_.els, name);
    case N_FOR: return stmt_has_label(s->u.for_.body, name);
    case N_RANGE: return stmt_has_label(s->u.range.body, name);
    case N_SWITCH: case N_TYPESWITCH: return stmt_has_label(s->u.switch_.body, name);
    case N_SELECT: return stmt_has_label(s->u.select.body, name);
    case N_CASECLAUSE:
        for (int i = 0; i < s->u.clause.body.len; i++)
            if (stmt_has_label(s->u.clause.body.items[i], name)) return true;
        return false;
    case N_COMMCLAUSE:
        for (int i = 0; i < s->u.comm.body.len; i++)
            if (stmt_has_label(s->u.comm.body.items[i], name)) return true;
        return false;
    default: return false;
    }
}

bool rangefunc_body_has_label(const Node *range, const char *name) {
    return stmt_has_label(range->u.range.body, name);
}
