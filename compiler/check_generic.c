/* check_generic.c — generics: type parameters, constraints and their type
 * sets, inference of type arguments, and instantiation.
 *
 * The design: each instance is its own code. A generic function or type is
 * never generated itself; each (declaration, type arguments) pair is
 * instantiated once (the Generic's cache; identical type arguments give the
 * same instance) by checking a copy of the declaration (ast_clone) in a
 * scope where each type parameter's name denotes its type argument. So the
 * code generator sees only ordinary typed code: Sum[int] runs ADDI and
 * Sum[float64] ADDF, with no type tags, as DESIGN.md asks; the instance
 * is named as Go names it, main.Sum[int] (traces print main.Sum[...]).
 *
 * The declaration itself is checked once as well ("the template"), on a
 * copy, with each type parameter a type of its own: a defined type named T
 * whose constraint is recorded in Type.constraint and whose underlying type
 * stands for its type set (the core type when the constraint has one,
 * ~[]E gives []E; the constraint's interface when it has no terms; else
 * its first term's underlying type). That check gives Go's errors in
 * generic code that no instance reaches; an operation the representative
 * allows but another type of the set does not is caught by the instance
 * that has that type.
 *
 * Instances whose type arguments still mention type parameters (a
 * generic function calling another inside its own template) get a
 * signature only. Bodies are checked from a work list at the end of the
 * package check that asked for them (check_instances), so that an
 * instantiation never nests one function's check inside another's.
 */
#include "check_int.h"

typedef struct Work {
    Node *decl;        /* the copy to check: an N_FUNCDECL */
    Object *fo;        /* the instance (NULL for a method, whose object keeps its full type) */
    Scope *scope;      /* where its type parameters' names are bound */
    Generic *g;
    Package *owner;    /* the package whose check asked for it */
    bool template_;    /* the declaration's own check */
} Work;

static Work *work;
static int nwork, work_cap, work_next;

static void enqueue(Checker *ch, Node *decl, Object *fo, Scope *scope, Generic *g, bool template_) {
    VEC_PUSH(work, nwork, work_cap, ((Work){ decl, fo, scope, g, ch->checking, template_ }));
}

/* Every instance made, in order (the REPL takes back a failed input's). */
static struct Made { Generic *g; Inst *at; } *made;
static int nmade, made_cap;

static void note_made(Generic *g) { VEC_PUSH(made, nmade, made_cap, ((struct Made){ g, &g->insts[g->ninsts - 1] })); }

void generics_reset(void) {
    work = NULL;
    nwork = work_cap = work_next = 0;
    made = NULL;
    nmade = made_cap = 0;
}

int generics_mark(void) { return nmade; }

void generics_rollback(int mark, const Package *main_pkg) {
    for (int i = nmade - 1; i >= mark; i--) {
        Generic *g = made[i].g;
        if (g->pkg != main_pkg) continue;   /* the library's code is kept, as its packages are */
        for (int k = 0; k < g->ninsts; k++)
            if (g->insts[k].targs == made[i].at->targs) {
                memmove(&g->insts[k], &g->insts[k + 1], sizeof(Inst) * (size_t)(g->ninsts - k - 1));
                g->ninsts--;
                break;
            }
    }
    if (mark < nmade) nmade = mark;
    for (int i = work_next; i < nwork; i++)
        if (work[i].g->pkg == main_pkg) work[i].decl = NULL;
}

Generic *generic_new(Checker *ch, Object *o, Node *decl, NodeList *tparams) {
    Generic *g = GC_MALLOC(sizeof *g);
    g->obj = o;
    g->decl = decl;
    g->tparams = tparams;
    g->pkg = ch->pkg;
    g->file = ch->file;
    g->outer = ch->scope ? ch->scope : ch->pkg->scope;
    o->generic = g;
    return g;
}

/* ---- the checker's context, saved around a check elsewhere ---- */

typedef struct Saved {
    Package *pkg;
    Scope *scope;
    FuncCtx *fn;
    int file, iota, breakable, continuable;
    Object *initing, *dep_owner;
    bool in_constraint;
} Saved;

static Saved enter(Checker *ch, Generic *g, Scope *scope) {
    Saved s = { ch->pkg, ch->scope, ch->fn, ch->file, ch->iota, ch->breakable, ch->continuable,
                ch->initing, ch->dep_owner, ch->in_constraint };
    ch->pkg = g->pkg;
    enter_file(ch, g->file);
    ch->scope = scope;
    ch->fn = NULL;
    ch->iota = -1;
    ch->breakable = ch->continuable = 0;
    ch->initing = NULL;
    ch->in_constraint = false;
    return s;
}

static void leave(Checker *ch, Saved s) {
    ch->pkg = s.pkg;
    enter_file(ch, s.file);
    ch->scope = s.scope;
    ch->fn = s.fn;
    ch->iota = s.iota;
    ch->breakable = s.breakable;
    ch->continuable = s.continuable;
    ch->initing = s.initing;
    ch->dep_owner = s.dep_owner;
    ch->in_constraint = s.in_constraint;
}

/* ---- type sets ---- */

typedef struct Terms { Term *t; int n, cap; bool all; } Terms;

static void terms_add(Terms *ts, Type *t, bool tilde) {
    for (int i = 0; i < ts->n; i++)
        if (ts->t[i].tilde == tilde && type_identical(ts->t[i].type, t)) return;
    VEC_PUSH(ts->t, ts->n, ts->cap, ((Term){ t, tilde }));
}

/* The terms of a type used as a union element or an interface element:
 * an interface gives its type set, another type itself. */
static void type_terms(Checker *ch, Node *at, Type *t, Terms *out, bool in_union) {
    const Type *u = t->under;
    if (u->kind != TY_INTERFACE) { terms_add(out, t, false); return; }
    if (in_union && u->nmethods) {
        errorf(ch, start_pos(at), "cannot use %s in union (%s contains methods)", type_string(t), type_string(t));
        return;
    }
    if (in_union && u->comparable_only) {
        errorf(ch, start_pos(at), "cannot use comparable in union");
        return;
    }
    if (!u->has_terms) { out->all = true; return; }
    for (int i = 0; i < u->nterms; i++) terms_add(out, u->terms[i].type, u->terms[i].tilde);
}

/* A union element: terms separated by |, each T or ~T. */
static void union_terms(Checker *ch, Node *n, Terms *out) {
    if (n->kind == N_BINARY && n->u.binary.op == T_OR) {
        union_terms(ch, n->u.binary.x, out);
        union_terms(ch, n->u.binary.y, out);
        return;
    }
    if (n->kind == N_UNARY && n->u.unary.op == T_TILDE) {
        Type *t = check_type(ch, n->u.unary.x);
        if (t == ty_invalid) return;
        if (t->under != t || t->kind == TY_INTERFACE) {
            if (t->kind == TY_INTERFACE)
                errorf(ch, start_pos(n), "invalid use of ~ (%s is an interface)", type_string(t));
            else
                errorf(ch, start_pos(n), "invalid use of ~ (underlying type of %s is %s)", type_string(t),
                       type_string(t->under));
            return;
        }
        terms_add(out, t, true);
        return;
    }
    Type *t = check_type(ch, n);
    if (t == ty_invalid) return;
    if (t->constraint) {
        errorf(ch, start_pos(n), "term cannot be a type parameter");
        return;
    }
    type_terms(ch, n, t, out, n->kind == N_BINARY || out->n > 0);
}

/* The intersection of two type sets (an interface's elements). */
static void terms_intersect(Terms *acc, const Terms *b) {
    if (b->all) return;
    if (acc->all) { *acc = *b; acc->all = false; return; }
    Terms r = {0};
    for (int i = 0; i < acc->n; i++)
        for (int j = 0; j < b->n; j++) {
            Term x = acc->t[i], y = b->t[j];
            if (x.tilde && y.tilde) {
                if (type_identical(x.type->under, y.type->under)) terms_add(&r, x.type, true);
            } else if (x.tilde) {
                if (type_identical(y.type->under, x.type)) terms_add(&r, y.type, false);
            } else if (y.tilde) {
                if (type_identical(x.type->under, y.type)) terms_add(&r, x.type, false);
            } else if (type_identical(x.type, y.type)) {
                terms_add(&r, x.type, false);
            }
        }
    *acc = r;
}

void iface_add_elem(Checker *ch, Type *iface, Node *elem, Method **methods, int *nmethods) {
    bool saved = ch->in_constraint;
    ch->in_constraint = true;
    Terms ts = {0};
    if ((elem->kind == N_BINARY && elem->u.binary.op == T_OR) || (elem->kind == N_UNARY && elem->u.unary.op == T_TILDE)) {
        union_terms(ch, elem, &ts);
    } else {
        Type *e = check_type(ch, elem);
        ch->in_constraint = saved;
        if (e == ty_invalid) return;
        if (e->under->kind == TY_INTERFACE) {
            *methods = e->under->methods;
            *nmethods = e->under->nmethods;
            if (e->under->comparable_only) iface->comparable_only = true;
            if (!e->under->has_terms) return;
        }
        type_terms(ch, elem, e, &ts, false);
    }
    ch->in_constraint = saved;
    Terms acc = { iface->terms, iface->nterms, iface->nterms, !iface->has_terms };
    terms_intersect(&acc, &ts);
    iface->has_terms = !acc.all;
    iface->terms = acc.t;
    iface->nterms = acc.n;
}

/* A constraint as written in a type parameter list: an interface, or a
 * union or type, which stands for interface{ it }. */
static Type *check_constraint(Checker *ch, Node *n) {
    bool saved = ch->in_constraint;
    ch->in_constraint = true;
    Type *c;
    if ((n->kind == N_BINARY && n->u.binary.op == T_OR) || (n->kind == N_UNARY && n->u.unary.op == T_TILDE)) {
        Terms ts = {0};
        union_terms(ch, n, &ts);
        c = type_new(TY_INTERFACE);
        c->has_terms = !ts.all;
        c->terms = ts.t;
        c->nterms = ts.n;
    } else {
        Type *t = check_type(ch, n);
        if (t == ty_invalid || t->under->kind == TY_INTERFACE) {
            c = t == ty_invalid ? ty_any : t;
        } else {
            c = type_new(TY_INTERFACE);
            c->has_terms = true;
            c->terms = GC_MALLOC(sizeof(Term));
            c->terms[0] = (Term){ t, false };
            c->nterms = 1;
        }
    }
    ch->in_constraint = saved;
    return c;
}

/* What stands for type parameter tp's type set in the template (see the
 * top comment). */
static void tparam_set_under(Type *tp, Type *c) {
    const Type *cu = c->under;
    Type *rep = (Type *)cu;
    if (cu->has_terms && cu->nterms > 0) rep = cu->terms[0].type->under;
    else if (cu->has_terms) rep = ty_any;
    set_underlying(tp, rep);
    if (rep->kind != TY_INTERFACE && cu->nmethods) {
        /* the constraint's methods, as methods of T: each a function
         * taking T first (nothing runs them: only instances run) */
        tp->methods = GC_MALLOC(sizeof(Method) * (size_t)cu->nmethods);
        tp->nmethods = cu->nmethods;
        for (int i = 0; i < cu->nmethods; i++) {
            const Method *m = &cu->methods[i];
            Object *mo = object_new(OBJ_FUNC, m->name, method_expr_type(tp, m->type, 0), (Pos){0, 0, 0});
            mo->state = 2;
            mo->used = true;
            tp->methods[i] = (Method){ m->name, m->type, mo, false };
        }
    }
}

/* Declares g's type parameters in g->scope (a scope of their own inside
 * the package's) and checks their constraints. */
static void declare_tparams(Checker *ch, Generic *g) {
    g->scope = scope_new(g->outer);
    int n = 0;
    for (int i = 0; i < g->tparams->len; i++) n += g->tparams->items[i]->u.field.names.len;
    g->tps = GC_MALLOC(sizeof(Type *) * (size_t)(n ? n : 1));
    g->ntps = n;
    int k = 0;
    for (int i = 0; i < g->tparams->len; i++) {
        Node *f = g->tparams->items[i];
        for (int j = 0; j < f->u.field.names.len; j++) {
            Node *nm = f->u.field.names.items[j];
            Type *tp = type_new(TY_INTERFACE);
            tp->name = intern_cstr(nm->u.ident.name);
            tp->under = ty_any;
            tp->constraint = ty_any;
            Object *o = object_new(OBJ_TYPE, tp->name, tp, nm->pos);
            o->state = 2;
            o->used = true;
            o->decl = nm;
            nm->obj = o;
            g->tps[k++] = tp;
            if (o->name != intern_cstr("_") && scope_insert(g->scope, o))
                errorf(ch, nm->pos, "%s redeclared in this block", o->name);
        }
    }
    Scope *saved = ch->scope;
    ch->scope = g->scope;
    k = 0;
    for (int i = 0; i < g->tparams->len; i++) {
        Node *f = g->tparams->items[i];
        Type *c = check_constraint(ch, f->u.field.type);
        for (int j = 0; j < f->u.field.names.len; j++) g->tps[k++]->constraint = c;
    }
    for (k = 0; k < n; k++) tparam_set_under(g->tps[k], g->tps[k]->constraint);
    ch->scope = saved;
}

/* "[T any, U comparable]", as Go prints a generic type's parameters. */
const char *generic_tparams_string(const Generic *g) {
    Buf b = {0};
    buf_puts(&b, "[");
    for (int i = 0; i < g->tparams->len; i++) {
        Node *f = g->tparams->items[i];
        if (i) buf_puts(&b, ", ");
        for (int j = 0; j < f->u.field.names.len; j++) {
            if (j) buf_puts(&b, ", ");
            buf_puts(&b, f->u.field.names.items[j]->u.ident.name);
        }
        buf_puts(&b, " ");
        buf_puts(&b, expr_string(f->u.field.type));
    }
    buf_puts(&b, "]");
    return buf_cstr(&b);
}

/* ---- substitution ---- */

static int tp_index(const Generic *g, const Type *t) {
    for (int i = 0; i < g->ntps; i++) if (g->tps[i] == t) return i;
    return -1;
}

/* Whether t mentions a type parameter of g (or, with g NULL, any). */
static bool mentions(const Generic *g, const Type *t, int depth) {
    if (!t || depth > 64) return false;
    if (g ? tp_index(g, t) >= 0 : t->constraint != NULL) return true;
    if (t->origin) {
        for (int i = 0; i < t->ntargs; i++) if (mentions(g, t->targs[i], depth + 1)) return true;
        return false;
    }
    if (t->name) return false;
    switch (t->kind) {
    case TY_POINTER: case TY_SLICE: case TY_ARRAY: case TY_CHAN: return mentions(g, t->elem, depth + 1);
    case TY_MAP: return mentions(g, t->key, depth + 1) || mentions(g, t->elem, depth + 1);
    case TY_FUNC: case TY_TUPLE:
        for (int i = 0; i < t->nparams; i++) if (mentions(g, t->params[i], depth + 1)) return true;
        for (int i = 0; i < t->nresults; i++) if (mentions(g, t->results[i], depth + 1)) return true;
        return false;
    case TY_STRUCT:
        for (int i = 0; i < t->nfields; i++) if (mentions(g, t->fields[i].type, depth + 1)) return true;
        return false;
    case TY_INTERFACE:
        for (int i = 0; i < t->nmethods; i++) if (mentions(g, t->methods[i].type, depth + 1)) return true;
        for (int i = 0; i < t->nterms; i++) if (mentions(g, t->terms[i].type, depth + 1)) return true;
        return false;
    default: return false;
    }
}

bool type_has_tparam(const Type *t) { return mentions(NULL, t, 0); }

static Type **subst_list(Checker *ch, const Generic *g, Type **ts, int n, Type **targs) {
    if (!n) return ts;
    Type **r = GC_MALLOC(sizeof(Type *) * (size_t)n);
    for (int i = 0; i < n; i++) r[i] = subst(ch, g, ts[i], targs);
    return r;
}

Type *subst(Checker *ch, const Generic *g, Type *t, Type **targs) {
    int i = tp_index(g, t);
    if (i >= 0) return targs[i] ? targs[i] : t;
    if (!mentions(g, t, 0)) return t;
    if (t->origin) {
        Type **a = subst_list(ch, g, t->targs, t->ntargs, targs);
        return instantiate_type(ch, t->origin->generic, a, (Pos){0, 0, 0});
    }
    switch (t->kind) {
    case TY_POINTER: return types_pointer_to(subst(ch, g, t->elem, targs));
    case TY_SLICE: return types_slice_of(subst(ch, g, t->elem, targs));
    case TY_ARRAY: return types_array_of(subst(ch, g, t->elem, targs), t->len);
    case TY_CHAN: return types_chan_of(subst(ch, g, t->elem, targs), t->chan_dir);
    case TY_MAP: return types_map_of(subst(ch, g, t->key, targs), subst(ch, g, t->elem, targs));
    case TY_FUNC: case TY_TUPLE: {
        Type *r = type_new(t->kind);
        *r = *t;
        r->under = r;
        r->slice_of = r->ptr_to = r->derived = r->derived_next = NULL;
        r->slots = 0;
        r->params = subst_list(ch, g, t->params, t->nparams, targs);
        r->results = subst_list(ch, g, t->results, t->nresults, targs);
        return r;
    }
    case TY_STRUCT: {
        Type *r = type_new(TY_STRUCT);
        r->nfields = t->nfields;
        r->fields = GC_MALLOC(sizeof(Field) * (size_t)(t->nfields ? t->nfields : 1));
        for (int k = 0; k < t->nfields; k++) {
            r->fields[k] = t->fields[k];
            r->fields[k].type = subst(ch, g, t->fields[k].type, targs);
        }
        return r;
    }
    case TY_INTERFACE: {
        Type *r = type_new(TY_INTERFACE);
        r->has_terms = t->has_terms;
        r->comparable_only = t->comparable_only;
        r->nmethods = t->nmethods;
        r->methods = GC_MALLOC(sizeof(Method) * (size_t)(t->nmethods ? t->nmethods : 1));
        for (int k = 0; k < t->nmethods; k++) {
            r->methods[k] = t->methods[k];
            r->methods[k].type = subst(ch, g, t->methods[k].type, targs);
        }
        r->nterms = t->nterms;
        r->terms = GC_MALLOC(sizeof(Term) * (size_t)(t->nterms ? t->nterms : 1));
        for (int k = 0; k < t->nterms; k++)
            r->terms[k] = (Term){ subst(ch, g, t->terms[k].type, targs), t->terms[k].tilde };
        return r;
    }
    default: return t;
    }
}

/* ---- satisfaction ---- */

static bool in_terms(const Type *t, const Type *c) {
    for (int i = 0; i < c->nterms; i++) {
        const Term *tm = &c->terms[i];
        if (tm->tilde ? type_identical(t->under, tm->type->under) : type_identical(t, tm->type)) return true;
    }
    return false;
}

static const char *terms_string(const Type *c) {
    Type tmp = *c;
    tmp.nmethods = 0;
    tmp.comparable_only = false;
    return type_string(&tmp);
}

/* "in call to F, ": how Go begins a type parameter's failure in a call */
static const char *satisfy_call;

/* Whether type argument a satisfies constraint c (with g's type
 * parameters in c replaced by targs); *why gets Go's reason. */
static bool satisfies(Checker *ch, const Generic *g, Type *a, Type *c, Type **targs, const char **why) {
    Type *cu = subst(ch, g, c->under, targs);
    const char *cname = c->name ? type_string(c) : type_string(cu);
    if (a->constraint) {
        /* a type parameter: its own type set must lie inside c's */
        const Type *au = a->constraint->under;
        if (cu->has_terms) {
            bool ok = au->has_terms;
            for (int i = 0; ok && i < au->nterms; i++) {
                const Term *tm = &au->terms[i];
                bool found = false;
                for (int j = 0; j < cu->nterms; j++) {
                    const Term *cm = &cu->terms[j];
                    if (cm->tilde ? type_identical(tm->type->under, cm->type->under)
                                  : !tm->tilde && type_identical(tm->type, cm->type))
                        found = true;
                }
                ok = found;
            }
            if (!ok) {
                *why = strf("%s%s (type %s) does not satisfy %s", satisfy_call ? satisfy_call : "", type_string(a),
                            type_string(a), cname);
                return false;
            }
        }
        if (cu->comparable_only && !au->comparable_only) {
            bool ok = au->has_terms;
            for (int i = 0; ok && i < au->nterms; i++) ok = type_comparable(au->terms[i].type);
            if (!ok) {
                *why = strf("%s does not satisfy comparable", type_string(a));
                return false;
            }
        }
    } else {
        if (cu->has_terms && !in_terms(a, cu)) {
            *why = strf("%s does not satisfy %s (%s missing in %s)", type_string(a), cname, type_string(a),
                        terms_string(cu));
            return false;
        }
        if (cu->comparable_only && !type_comparable(a)) {
            *why = strf("%s does not satisfy comparable", type_string(a));
            return false;
        }
    }
    const char *missing = NULL;
    if (cu->nmethods && !implements(a, cu, &missing)) {
        *why = strf("%s does not satisfy %s (%s)", type_string(a), cname, missing_why(missing));
        return false;
    }
    return true;
}

/* Checks targs against g's constraints, reporting at pos (or at each
 * explicit type argument's node). */
static bool check_satisfied(Checker *ch, Generic *g, Type **targs, Pos pos, Node **argnodes, int nexplicit) {
    for (int i = 0; i < g->ntps; i++) {
        const char *why;
        if (!satisfies(ch, g, targs[i], g->tps[i]->constraint, targs, &why)) {
            errorf(ch, i < nexplicit && argnodes ? start_pos(argnodes[i]) : pos, "%s", why);
            return false;
        }
    }
    return true;
}

/* ---- instances ---- */

static Inst *cache_find(Generic *g, Type **targs) {
    for (int i = 0; i < g->ninsts; i++) {
        bool same = true;
        for (int k = 0; same && k < g->ntps; k++) same = type_identical(g->insts[i].targs[k], targs[k]);
        if (same) return &g->insts[i];
    }
    return NULL;
}

static const char *targs_string(Type **targs, int n, bool rt) {
    Buf b = {0};
    buf_puts(&b, "[");
    for (int i = 0; i < n; i++) {
        if (i) buf_puts(&b, ",");
        buf_puts(&b, rt ? type_string_rt(targs[i]) : type_string(targs[i]));
    }
    buf_puts(&b, "]");
    return buf_cstr(&b);
}

/* A scope binding the names of a type parameter list (idents) to targs. */
static Scope *bind(Generic *g, Node **names, int n, Type **targs) {
    Scope *s = scope_new(g->outer);
    for (int i = 0; i < n; i++) {
        const char *name = intern_cstr(names[i]->u.ident.name);
        if (name == intern_cstr("_")) continue;
        Object *o = object_new(OBJ_TYPE, name, targs[i], names[i]->pos);
        o->state = 2;
        o->used = true;
        o->decl = names[i];
        scope_insert(s, o);
    }
    return s;
}

static Node **tparam_names(Generic *g) {
    Node **r = GC_MALLOC(sizeof(Node *) * (size_t)(g->ntps ? g->ntps : 1));
    int k = 0;
    for (int i = 0; i < g->tparams->len; i++)
        for (int j = 0; j < g->tparams->items[i]->u.field.names.len; j++)
            r[k++] = g->tparams->items[i]->u.field.names.items[j];
    return r;
}

static bool is_own_template(const Generic *g, Type **targs) {
    for (int i = 0; i < g->ntps; i++) if (targs[i] != g->tps[i]) return false;
    return true;
}

static bool any_tparam(Type **targs, int n) {
    for (int i = 0; i < n; i++) if (type_has_tparam(targs[i])) return true;
    return false;
}

static int depth;   /* nesting of instantiations (a runaway recursion is a cycle) */

/* A method of generic type g, for its instance inst. */
static void instantiate_method(Checker *ch, Generic *g, Type *inst, Node *md, Type **targs, bool template_) {
    /* of the template instances, only the type's own checks its methods'
     * bodies; for the others a signature is enough: nothing runs them */
    bool own = template_ && is_own_template(g, targs);
    Node *d = ast_clone(md);
    /* the receiver is the first parameter (collect_decls), one node in the
     * original, two in the copy: keep the parameter's */
    d->u.func.recv = d->u.func.type->u.functype.params.items[0];
    Node *rt = d->u.func.recv->u.field.type;
    bool ptr = false;
    while (rt->kind == N_PAREN) rt = rt->u.unary.x;
    if (rt->kind == N_STAR) { ptr = true; rt = rt->u.unary.x; }
    while (rt->kind == N_PAREN) rt = rt->u.unary.x;
    int n = 1 + rt->u.index.more.len;
    Node **names = GC_MALLOC(sizeof(Node *) * (size_t)n);
    names[0] = rt->u.index.index;
    for (int i = 1; i < n; i++) names[i] = rt->u.index.more.items[i - 1];
    for (int i = 0; i < n; i++) {
        if (names[i]->kind == N_IDENT && strcmp(names[i]->u.ident.name, "_") == 0)
            names[i]->u.ident.name = strf("_#%d", i);   /* unnamed: bound under a name of its own */
        if (names[i]->kind != N_IDENT) {
            errorf(ch, start_pos(names[i]), "receiver type parameter %s must be an identifier", expr_string(names[i]));
            return;
        }
    }
    if (n != g->ntps) {
        errorf(ch, start_pos(rt), "receiver declares %d type parameters, but receiver base type declares %d", n,
               g->ntps);
        return;
    }
    Scope *s = bind(g, names, n, targs);
    Saved sv = enter(ch, g, s);
    Type *full = func_type(ch, d->u.func.type, NULL, NULL);
    leave(ch, sv);
    const char *mname = intern_cstr(d->u.func.name->u.ident.name);
    Object *mo = object_new(OBJ_FUNC, mname, full, d->u.func.name->pos);
    mo->decl = d;
    mo->used = true;
    mo->state = 2;
    mo->file = g->file;
    d->u.func.name->obj = mo;
    Type *sig = method_sig(full);
    Method *nm = GC_MALLOC(sizeof(Method) * (size_t)(inst->nmethods + 1));
    if (inst->nmethods) memcpy(nm, inst->methods, sizeof(Method) * (size_t)inst->nmethods);
    nm[inst->nmethods] = (Method){ mname, sig, mo, ptr };
    inst->methods = nm;
    inst->nmethods++;
    const char *tn = strchr(inst->name, '.') ? strchr(inst->name, '.') + 1 : inst->name;
    d->u.func.name->u.ident.name = ptr ? strf("(*%s).%s", tn, mname) : strf("%s.%s", tn, mname);
    if (!template_) {
        add_func(ch->c, d, g->pkg);
        enqueue(ch, d, NULL, s, g, false);
    } else if (own) {
        enqueue(ch, d, NULL, s, g, true);
    }
}

Type *instantiate_type(Checker *ch, Generic *g, Type **targs, Pos pos) {
    Inst *hit = cache_find(g, targs);
    if (hit) return hit->type;
    if (depth > 64) {
        errorf(ch, pos, "instantiation cycle");
        return ty_invalid;
    }
    Node *spec = g->decl;
    Type **ta = GC_MALLOC(sizeof(Type *) * (size_t)(g->ntps ? g->ntps : 1));
    memcpy(ta, targs, sizeof(Type *) * (size_t)g->ntps);
    bool template_ = any_tparam(ta, g->ntps);
    Type *named = type_new(TY_INVALID);
    named->name = strf("%s.%s%s", g->pkg->name, g->obj->name, targs_string(ta, g->ntps, true));
    named->origin = g->obj;
    named->targs = ta;
    named->ntargs = g->ntps;
    VEC_PUSH(g->insts, g->ninsts, g->insts_cap, ((Inst){ ta, named, NULL }));
    note_made(g);
    int at = g->ninsts - 1;
    Scope *s = bind(g, tparam_names(g), g->ntps, ta);
    depth++;
    Saved sv = enter(ch, g, s);
    Node *body = ast_clone(spec->u.typespec.type);
    if (spec->u.typespec.assign) {
        Type *u = check_type(ch, body);
        g->insts[at].type = u;
        leave(ch, sv);
        depth--;
        return u;
    }
    Type *u = check_type(ch, body);
    leave(ch, sv);
    set_underlying(named, u->under);
    for (int i = 0; i < g->methods.len; i++) instantiate_method(ch, g, named, g->methods.items[i], ta, template_);
    depth--;
    return named;
}

Object *instantiate_func(Checker *ch, Generic *g, Type **targs, Pos pos) {
    Inst *hit = cache_find(g, targs);
    if (hit) return hit->func;
    if (depth > 64 || g->ninsts > 4096) {
        errorf(ch, pos, "instantiation cycle");
        return NULL;
    }
    Type **ta = GC_MALLOC(sizeof(Type *) * (size_t)(g->ntps ? g->ntps : 1));
    memcpy(ta, targs, sizeof(Type *) * (size_t)g->ntps);
    bool template_ = any_tparam(ta, g->ntps);
    depth++;
    Type *sig = subst(ch, g, g->obj->type, ta);
    depth--;
    Object *inst = object_new(OBJ_FUNC, intern_cstr(strf("%s%s", g->obj->name, targs_string(ta, g->ntps, true))), sig,
                              g->obj->pos);
    inst->state = 2;
    inst->used = true;
    inst->file = g->file;
    inst->index = -1;
    VEC_PUSH(g->insts, g->ninsts, g->insts_cap, ((Inst){ ta, NULL, inst }));
    note_made(g);
    if (template_) return inst;
    Node *d = ast_clone(g->decl);
    d->u.func.tparams.len = 0;
    d->u.func.name->obj = inst;
    inst->decl = d;
    add_func(ch->c, d, g->pkg);
    enqueue(ch, d, inst, bind(g, tparam_names(g), g->ntps, ta), g, false);
    return inst;
}

/* ---- declarations ---- */

void generic_resolve_func(Checker *ch, Object *o) {
    Generic *g = o->generic;
    declare_tparams(ch, g);
    Scope *saved = ch->scope;
    ch->scope = g->scope;
    o->type = func_type(ch, g->decl->u.func.type, NULL, NULL);
    ch->scope = saved;
    if (g->decl->u.func.body) {
        Node *d = ast_clone(g->decl);
        enqueue(ch, d, NULL, g->scope, g, true);
    } else {
        errorf(ch, g->decl->u.func.name->pos, "missing function body");
    }
}

void generic_resolve_type(Checker *ch, Object *o) {
    Generic *g = o->generic;
    declare_tparams(ch, g);
    o->state = 2;
    o->type = type_new(TY_STRUCT);   /* until the template is made: not invalid, uses are generic */
    /* the template: the type with its own parameters (the methods' own check) */
    o->type = instantiate_type(ch, g, g->tps, o->pos);
}

/* A method whose receiver's base type is generic (`func (l *List[T])`):
 * kept by its type, instantiated with it. */
void generic_add_method(Checker *ch, Node *d) {
    Node *rt = d->u.func.recv->u.field.type;
    while (rt->kind == N_PAREN || rt->kind == N_STAR) rt = rt->u.unary.x;
    Node *base = rt->u.index.x;
    Object *o = base->kind == N_IDENT ? scope_lookup(ch->pkg->scope, intern_cstr(base->u.ident.name)) : NULL;
    if (!o || o->kind != OBJ_TYPE || !o->generic) {
        if (!o) errorf(ch, base->pos, "undefined: %s", expr_string(base));
        else errorf(ch, start_pos(base), "%s is not a generic type", expr_string(base));
        return;
    }
    Generic *g = o->generic;
    list_push(&g->methods, d);
    /* the REPL: a method declared after the type was instantiated */
    for (int i = 0; i < g->ninsts; i++)
        if (g->insts[i].type && g->insts[i].type->origin == o)
            instantiate_method(ch, g, g->insts[i].type, d, g->insts[i].targs, any_tparam(g->insts[i].targs, g->ntps));
}

/* ---- uses: F[int], List[string], and calls ---- */

static int index_args(Node *n, Node ***out) {
    int k = 1 + n->u.index.more.len;
    Node **a = GC_MALLOC(sizeof(Node *) * (size_t)k);
    a[0] = n->u.index.index;
    for (int i = 1; i < k; i++) a[i] = n->u.index.more.items[i - 1];
    *out = a;
    return k;
}

/* Makes n, a use of a generic function, a use of its instance inst. */
static void become_instance(Checker *ch, Node *n, Object *inst) {
    if (n->kind == N_INDEX) {
        const char *s = expr_string(n);
        n->pos = start_pos(n);
        n->kind = N_IDENT;
        n->u.ident.name = s;
    }
    n->flags &= ~(uint32_t)NF_GENERIC;
    n->obj = inst;
    n->type = inst->type;
    if (inst->decl) {
        Object *w = ch->dep_owner;
        if (w && w != inst) {
            for (int i = 0; i < w->ndeps; i++) if (w->deps[i] == inst) return;
            VEC_PUSH(w->deps, w->ndeps, w->deps_cap, inst);
        }
    }
}

void check_generic_index(Checker *ch, Node *n) {
    Node *x = n->u.index.x;
    Object *o = x->obj;
    Generic *g = o ? o->generic : NULL;
    Node **args;
    int k = index_args(n, &args);
    Type **targs = GC_MALLOC(sizeof(Type *) * (size_t)(k > (g ? g->ntps : 0) ? k : g->ntps));
    bool bad = false;
    for (int i = 0; i < k; i++) {
        targs[i] = check_type(ch, args[i]);
        if (targs[i] == ty_invalid) bad = true;
    }
    if (bad || !g) { mark_bad(n); return; }
    if (k > g->ntps) {
        if (o->kind == OBJ_TYPE)
            errorf(ch, start_pos(x), "too many type arguments for type %s: have %d, want %d", o->name, k, g->ntps);
        else
            errorf(ch, start_pos(args[g->ntps]), "got %d type arguments but want %d", k, g->ntps);
        mark_bad(n);
        return;
    }
    if (o->kind == OBJ_TYPE) {
        if (k < g->ntps) {
            errorf(ch, start_pos(x), "not enough type arguments for type %s: have %d, want %d", o->name, k, g->ntps);
            mark_bad(n);
            return;
        }
        if (!check_satisfied(ch, g, targs, n->pos, args, k)) { mark_bad(n); return; }
        Type *t = instantiate_type(ch, g, targs, n->pos);
        n->type = t;
        n->flags |= NF_TYPE;
        if (t == ty_invalid) mark_bad(n);
        return;
    }
    /* a function: complete here, or completed by inference in a call */
    n->obj = o;
    n->type = o->type;
    if (k < g->ntps) { n->flags |= NF_GENERIC; return; }
    if (!check_satisfied(ch, g, targs, n->pos, args, k)) { mark_bad(n); return; }
    Object *inst = instantiate_func(ch, g, targs, n->pos);
    if (!inst) { mark_bad(n); return; }
    become_instance(ch, n, inst);
}

/* ---- inference ---- */

/* Unifies parameter type p (mentioning g's type parameters) with argument
 * type a, binding targs; false when they cannot match. */
static bool unify(const Generic *g, Type *p, Type *a, Type **targs, int depth_) {
    if (depth_ > 64) return false;
    int i = tp_index(g, p);
    if (i >= 0) {
        if (!targs[i]) { targs[i] = a; return true; }
        if (type_identical(targs[i], a)) return true;
        /* inexact: a defined type and a type literal of the same underlying type */
        if ((!targs[i]->name || !a->name) && targs[i]->kind != TY_INTERFACE && type_identical(targs[i]->under, a->under)) {
            if (!targs[i]->name) targs[i] = a;
            return true;
        }
        return false;
    }
    if (!mentions(g, p, 0)) return true;
    if (p->origin) {
        /* inexact: an instance (iter.Seq[V]) and a type literal of its underlying type */
        if (a->origin != p->origin) return !a->name && unify(g, p->under, a, targs, depth_ + 1);
        for (int k = 0; k < p->ntargs; k++)
            if (!unify(g, p->targs[k], a->targs[k], targs, depth_ + 1)) return false;
        return true;
    }
    if (a->name) a = a->under;
    if (p->kind != a->kind) return false;
    switch (p->kind) {
    case TY_POINTER: case TY_SLICE: return unify(g, p->elem, a->elem, targs, depth_ + 1);
    case TY_ARRAY: return p->len == a->len && unify(g, p->elem, a->elem, targs, depth_ + 1);
    case TY_CHAN: return unify(g, p->elem, a->elem, targs, depth_ + 1);
    case TY_MAP: return unify(g, p->key, a->key, targs, depth_ + 1) && unify(g, p->elem, a->elem, targs, depth_ + 1);
    case TY_FUNC:
        if (p->nparams != a->nparams || p->nresults != a->nresults || p->variadic != a->variadic) return false;
        for (int k = 0; k < p->nparams; k++) if (!unify(g, p->params[k], a->params[k], targs, depth_ + 1)) return false;
        for (int k = 0; k < p->nresults; k++) if (!unify(g, p->results[k], a->results[k], targs, depth_ + 1)) return false;
        return true;
    case TY_STRUCT:
        if (p->nfields != a->nfields) return false;
        for (int k = 0; k < p->nfields; k++)
            if (p->fields[k].name != a->fields[k].name || !unify(g, p->fields[k].type, a->fields[k].type, targs, depth_ + 1))
                return false;
        return true;
    default: return true;
    }
}

/* Core types: a type parameter whose constraint has one term (~[]E)
 * relates its argument to the others'; one not yet known with such a
 * constraint is that term. Returns whether anything was learned. */
static bool infer_core(Checker *ch, const Generic *g, Type **targs) {
    bool changed = false;
    for (int i = 0; i < g->ntps; i++) {
        const Type *cu = g->tps[i]->constraint->under;
        if (!cu->has_terms || cu->nterms != 1) continue;
        const Term *tm = &cu->terms[0];
        if (targs[i]) {
            if (!mentions(g, tm->type, 0)) continue;
            Type **before = GC_MALLOC(sizeof(Type *) * (size_t)g->ntps);
            memcpy(before, targs, sizeof(Type *) * (size_t)g->ntps);
            unify(g, tm->type, tm->tilde ? targs[i]->under : targs[i], targs, 0);
            for (int k = 0; k < g->ntps; k++) if (before[k] != targs[k]) changed = true;
        } else {
            Type *t = subst(ch, g, tm->type, targs);
            if (!mentions(g, t, 0)) { targs[i] = t; changed = true; }
        }
    }
    return changed;
}

/* Infers the type arguments of a call of generic g with the explicit
 * ones first; reports and returns false when it cannot. */
static bool infer(Checker *ch, Generic *g, Node *call, Type **targs, const char *fname) {
    NodeList *args = &call->u.call.args;
    Type *sig = g->obj->type;
    int np = sig->nparams;
    /* typed arguments */
    Node *single = args->len == 1 ? args->items[0] : NULL;
    bool tuple = single && single->type && single->type->kind == TY_TUPLE;
    int na = tuple ? single->type->nresults : args->len;
    for (int i = 0; i < na; i++) {
        Type *pt = (sig->variadic && i >= np - 1) ? (call->u.call.has_ellipsis ? sig->params[np - 1] : sig->params[np - 1]->elem)
                   : i < np ? sig->params[i] : NULL;
        if (!pt) break;
        Type *at;
        Node *a = tuple ? single : args->items[i];
        if (tuple) at = single->type->results[i];
        else {
            if (is_bad(a) || (a->flags & NF_GENERIC)) continue;
            at = a->type;
            if (!at || type_is_untyped(at)) continue;
        }
        if (!unify(g, pt, at, targs, 0)) {
            Type *want = subst(ch, g, pt, targs);
            int k = tp_index(g, pt);
            if (k >= 0)
                errorf(ch, start_pos(a), "in call to %s, type %s of %s does not match inferred type %s for %s", fname,
                       type_string(at), expr_string(a), type_string(targs[k]), type_string(pt));
            else
                errorf(ch, start_pos(a), "in call to %s, type %s of %s does not match %s", fname, type_string(at),
                       expr_string(a), type_string(want));
            return false;
        }
    }
    while (infer_core(ch, g, targs)) {}
    /* untyped constants: the default type of the largest kind */
    for (int k = 0; k < g->ntps; k++) {
        if (targs[k]) continue;
        Node *best = NULL;
        for (int i = 0; !tuple && i < args->len; i++) {
            Type *pt = (sig->variadic && i >= np - 1) ? sig->params[np - 1]->elem : i < np ? sig->params[i] : NULL;
            Node *a = args->items[i];
            if (pt != g->tps[k] || is_bad(a) || !a->type || !type_is_untyped(a->type) || a->type == ty_untyped_nil) continue;
            if (!best) { best = a; continue; }
            int rb = untyped_rank(best->type), ra = untyped_rank(a->type);
            if ((rb == 0) != (ra == 0) || (rb == 0 && best->type != a->type)) {
                errorf(ch, start_pos(a), "in call to %s, mismatched types %s and %s (cannot infer %s)", fname,
                       type_string(best->type), type_string(a->type), type_string(g->tps[k]));
                return false;
            }
            if (ra > rb) best = a;
        }
        if (best) targs[k] = type_default(best->type);
    }
    while (infer_core(ch, g, targs)) {}
    for (int k = 0; k < g->ntps; k++)
        if (!targs[k]) {
            errorf(ch, call->pos, "in call to %s, cannot infer %s (declared at %s)", fname, type_string(g->tps[k]),
                   object_ref(ch, tparam_names(g)[k]->obj));
            return false;
        }
    return true;
}

bool instantiate_to(Checker *ch, Node *x, Type *target) {
    Object *o = x->obj;
    Generic *g = o ? o->generic : NULL;
    if (!g || target->under->kind != TY_FUNC) return false;
    Type **targs = GC_MALLOC(sizeof(Type *) * (size_t)(g->ntps ? g->ntps : 1));
    if (x->kind == N_INDEX) {
        Node **args;
        int k = index_args(x, &args);
        for (int i = 0; i < k && i < g->ntps; i++) targs[i] = args[i]->type;
    }
    if (!unify(g, o->type, target->under, targs, 0)) return false;
    while (infer_core(ch, g, targs)) {}
    for (int k = 0; k < g->ntps; k++) if (!targs[k]) return false;
    if (!check_satisfied(ch, g, targs, start_pos(x), NULL, 0)) { mark_bad(x); return true; }
    Object *inst = instantiate_func(ch, g, targs, x->pos);
    if (!inst) { mark_bad(x); return true; }
    become_instance(ch, x, inst);
    return true;
}

Type *check_generic_call(Checker *ch, Node *call) {
    Node *fun = call->u.call.fun;
    Object *o = fun->obj;
    Generic *g = o->generic;
    Type **targs = GC_MALLOC(sizeof(Type *) * (size_t)(g->ntps ? g->ntps : 1));
    Node **explicit_ = NULL;
    int nexp = 0;
    if (fun->kind == N_INDEX) {
        nexp = index_args(fun, &explicit_);
        for (int i = 0; i < nexp; i++) targs[i] = explicit_[i]->type;
    }
    NodeList *args = &call->u.call.args;
    for (int i = 0; i < args->len; i++) check_expr(ch, args->items[i]);
    for (int i = 0; i < args->len; i++) if (is_bad(args->items[i])) return NULL;
    const char *fname = expr_string(fun->kind == N_INDEX ? fun->u.index.x : fun);
    if (!infer(ch, g, call, targs, fname)) return NULL;
    /* generic functions passed as arguments: instantiated for their parameter's type */
    Type *sig = g->obj->type;
    for (int i = 0; i < args->len; i++) {
        Node *a = args->items[i];
        if (!(a->flags & NF_GENERIC) || i >= sig->nparams) continue;
        instantiate_to(ch, a, subst(ch, g, sig->params[i], targs));
    }
    satisfy_call = strf("in call to %s, ", fname);
    bool sat = check_satisfied(ch, g, targs, call->pos, explicit_, nexp);
    satisfy_call = NULL;
    if (!sat) return NULL;
    Object *inst = instantiate_func(ch, g, targs, call->pos);
    if (!inst) return NULL;
    become_instance(ch, fun, inst);
    return inst->type;
}

/* ---- the work list ---- */

/* The package of the first instance still to check, or NULL. */
Package *generics_pending(void) {
    for (int i = work_next; i < nwork; i++)
        if (work[i].decl) return work[i].owner;
    return NULL;
}

void check_instances(Checker *ch) {
    bool saved_live = ch->live;
    for (int i = work_next; i < nwork; i++) {
        Work w = work[i];
        if (w.owner != ch->checking || !w.decl) continue;
        work[i].decl = NULL;
        ch->live = !w.template_;   /* an instance runs; a template's own check does not */
        if (!w.template_ && w.g->template_errors) continue;
        Saved sv = enter(ch, w.g, w.scope);
        DiagList *saved_diags = ch->diags;
        DiagList scratch = { .filename = saved_diags->filename, .fileno = saved_diags->fileno };
        if (!w.template_) ch->diags = &scratch;
        int before = ch->diags->len;
        ch->dep_owner = w.fo ? w.fo : w.decl->u.func.name->obj;
        bool saved_lenient = ch->repl_lenient;
        check_func(ch, w.decl->u.func.type, w.decl->u.func.body, w.scope, NULL, w.fo);
        ch->repl_lenient = saved_lenient;
        if (w.template_ && ch->diags->len > before) w.g->template_errors = true;
        ch->diags = saved_diags;
        if (scratch.len && !saved_diags->len)
            for (int k = 0; k < scratch.len; k++)
                diag_add(saved_diags, scratch.items[k].pos, "%s", scratch.items[k].msg);
        leave(ch, sv);
    }
    while (work_next < nwork && !work[work_next].decl) work_next++;
    ch->live = saved_live;
}
