/* check_expr.c — the checker's expressions and types (types2's expr.go,
 * operand.go, typexpr.go, lookup.go, index.go, literals.go).
 *
 * Owns check_expr and what it needs: constants and representability,
 * untyped conversion (convert_untyped), assignability and implements,
 * type expressions (check_type, func_type), identifiers and selectors
 * (with the method and field lookup), operators (unary, binary, shifts,
 * comparisons), index and slice expressions, type assertions, composite
 * literals and the sets of constants that find duplicate keys and cases.
 * Calls are check_call.c's.
 *
 * Invariant: after check_expr(n), n->type is set (ty_invalid after an
 * error, with NF_BAD: later checks stay quiet about n), and n->cval is set
 * exactly when n is a constant.
 */
#include "check_int.h"

static Selection *lookup_selection(Type *t, const char *name);

/* ---- constants and representability ---- */

/* Is constant c representable in basic type t? On success *rounded is the
 * value as t holds it. why: "overflows" or "truncated". */
bool representable(const Const *c, const Type *t, Const **rounded, const char **why) {
    *why = NULL;
    *rounded = (Const *)c;
    TypeKind k = t->under->kind;
    if (k == TY_BOOL || k == TY_UNTYPED_BOOL) return const_kind(c) == CK_BOOL;
    if (k == TY_STRING || k == TY_UNTYPED_STRING) return const_kind(c) == CK_STRING;
    if (const_kind(c) == CK_BOOL || const_kind(c) == CK_STRING) return false;
    if (type_is_integer(t->under)) {
        if (!const_is_int_valued(c)) { *why = "truncated"; return false; }
        Const *ic = const_to_int(c);
        if (k == TY_UNTYPED_INT || k == TY_UNTYPED_RUNE) { *rounded = ic; return true; }
        if (!const_fits_int(ic, type_int_bits(t->under), type_is_unsigned(t->under))) {
            *why = "overflows";
            return false;
        }
        *rounded = ic;
        return true;
    }
    if (type_is_float(t->under)) {
        if (k == TY_UNTYPED_FLOAT) { *rounded = const_to_float(c); return true; }
        Const *r = k == TY_FLOAT32 ? const_round_float32(c) : const_round_float64(c);
        if (!r) { *why = "overflows"; return false; }
        *rounded = r;
        return true;
    }
    return false;
}

/* types2 names the failure by the operand's type: a float value that does
 * not fit an integer type is "truncated" even when it is integer valued. */
const char *representable_why(const Type *from, const Type *to, const char *why) {
    if (why && type_is_float(from->under) && type_is_integer(to->under)) return "truncated";
    return why;
}

/* ---- untyped conversion ---- */

/* The kind order of untyped numeric constants: int < rune < float. */
int untyped_rank(const Type *t) {
    switch (t->kind) {
    case TY_UNTYPED_INT: return 1;
    case TY_UNTYPED_RUNE: return 2;
    case TY_UNTYPED_FLOAT: return 3;
    default: return 0;
    }
}

/* Gives an untyped operand the type `target` (a typed type, or an untyped
 * numeric kind of higher rank). Reports Go's errors. For an interface
 * target the operand takes its default type. */
void convert_untyped(Checker *ch, Node *x, Type *target) {
    stack_guard(x->pos);
    if (is_bad(x) || !type_is_untyped(x->type) || target == ty_invalid) return;
    Type *from = x->type;
    if (type_is_untyped(target)) {
        /* both untyped: numeric kinds widen */
        if (untyped_rank(from) && untyped_rank(target)) {
            if (untyped_rank(target) > untyped_rank(from)) {
                x->type = target;
                if (x->cval && target->kind == TY_UNTYPED_FLOAT) x->cval = const_to_float(x->cval);
            }
        }
        return;
    }
    Type *u = target->under;
    if (u->kind == TY_INTERFACE) {
        if (from->kind == TY_UNTYPED_NIL) { x->type = target; return; }
        convert_untyped(ch, x, type_default(from));
        return;
    }
    if (from->kind == TY_UNTYPED_NIL) {
        switch (u->kind) {
        case TY_POINTER: case TY_SLICE: case TY_MAP: case TY_CHAN: case TY_FUNC:
            x->type = target;
            return;
        default:
            errorf(ch, start_pos(x), "cannot use nil as %s value in %s", type_string(target), "assignment");
            mark_bad(x);
            return;
        }
    }
    if (x->cval) {
        Const *r;
        const char *why = NULL;
        bool basic_target = u->kind >= TY_BOOL && u->kind <= TY_STRING;
        if (!basic_target || !representable(x->cval, target, &r, &why)) {
            why = representable_why(x->type, target, why);
            if (why && basic_target && type_is_numeric(u) && const_kind(x->cval) != CK_BOOL &&
                const_kind(x->cval) != CK_STRING) {
                if (strcmp(why, "truncated") == 0)
                    errorf(ch, start_pos(x), "%s truncated to %s", operand_string(x), type_string(target));
                else
                    errorf(ch, start_pos(x), "%s overflows %s", operand_string(x), type_string(target));
            } else {
                errorf(ch, start_pos(x), "cannot convert %s to type %s", operand_string(x), type_string(target));
            }
            mark_bad(x);
            return;
        }
        x->cval = r;
        x->type = target;
        return;
    }
    /* non-constant untyped: bool from comparisons, or a shift of an untyped constant */
    if (from->kind == TY_UNTYPED_BOOL) {
        if (u->kind != TY_BOOL) {
            errorf(ch, start_pos(x), "cannot use %s as %s value", operand_string(x), type_string(target));
            mark_bad(x);
            return;
        }
        x->type = target;
        return;
    }
    if (untyped_rank(from)) {
        if (!type_is_numeric(u)) {
            errorf(ch, start_pos(x), "cannot use %s as %s value", operand_string(x), type_string(target));
            mark_bad(x);
            return;
        }
        x->type = target;
        /* push the type down into the operands of a non-constant shift / arithmetic */
        switch (x->kind) {
        case N_PAREN: convert_untyped(ch, x->u.unary.x, target); break;
        case N_UNARY: convert_untyped(ch, x->u.unary.x, target); break;
        case N_BINARY:
            if (x->u.binary.op == T_SHL || x->u.binary.op == T_SHR) {
                if (!type_is_integer(u)) {
                    errorf(ch, start_pos(x), "invalid operation: shifted operand %s must be integer",
                           operand_string(x->u.binary.x));
                    mark_bad(x);
                    return;
                }
                convert_untyped(ch, x->u.binary.x, target);
            } else {
                convert_untyped(ch, x->u.binary.x, target);
                convert_untyped(ch, x->u.binary.y, target);
            }
            break;
        default: break;
        }
        return;
    }
    x->type = target;
}

/* Default-types an untyped operand where no context type exists (x := 1). */
void default_type(Checker *ch, Node *x) {
    if (type_is_untyped(x->type) && x->type->kind != TY_UNTYPED_NIL)
        convert_untyped(ch, x, type_default(x->type));
}

/* ---- assignability ---- */

bool assignable(const Type *v, const Type *t) {
    if (v == t || type_identical(v, t)) return true;
    if (t->constraint) {
        /* a type parameter: itself, or an unnamed type assignable to
         * every type of its set */
        const Type *cu = t->constraint->under;
        if (v->name || !cu->has_terms || cu->nterms == 0) return false;
        for (int i = 0; i < cu->nterms; i++)
            if (!type_identical(v, cu->terms[i].type->under)) return false;
        return true;
    }
    const Type *vu = v->under, *tu = t->under;
    if (type_identical(vu, tu) && (!v->name || !t->name) && vu->kind != TY_INTERFACE) return true;
    if (tu->kind == TY_INTERFACE) return implements(v, t, NULL);
    if (vu->kind == TY_CHAN && tu->kind == TY_CHAN && vu->chan_dir == 3 &&
        type_identical(vu->elem, tu->elem) && (!v->name || !t->name))
        return true;
    return false;
}

/* Set by implements(): the missing method exists, with a pointer receiver. */
static bool missing_has_ptr_recv;

/* "(missing method M)" or "(method M has pointer receiver)" */
const char *missing_why(const char *name) {
    return missing_has_ptr_recv ? strf("method %s has pointer receiver", name) : strf("missing method %s", name);
}

bool implements(const Type *v, const Type *iface, const char **missing) {
    const Type *iu = iface->under;
    missing_has_ptr_recv = false;
    for (int i = 0; i < iu->nmethods; i++) {
        const Method *m = &iu->methods[i];
        Selection *sl;
        const Method *vm = method_set_lookup((Type *)v, m->name, &sl);
        if (vm && type_identical(vm->type, m->type)) continue;
        if (missing) *missing = m->name;
        missing_has_ptr_recv = !vm && sl && sl->kind == SEL_METHOD && sl->ptr_recv;
        return false;
    }
    return true;
}

const Method *method_set_lookup(Type *t, const char *name, Selection **slp) {
    Selection *sl = lookup_selection(t, name);
    if (slp) *slp = sl;
    if (!sl || sl->kind == SEL_FIELD) return NULL;
    const Type *holder;   /* whose method list has it */
    if (sl->kind == SEL_IMETHOD) {
        holder = sl->recv_type->under;
    } else {
        /* a pointer method is in the set when the path to it goes through
         * a pointer (t itself, or an embedded *T) */
        bool through_ptr = sl->recv_is_ptr;
        for (int i = 0; i < sl->npath; i++) through_ptr |= sl->deref[i];
        if (sl->ptr_recv && !through_ptr) return NULL;
        holder = sl->recv_is_ptr ? sl->recv_type->under->elem : sl->recv_type;
    }
    for (int i = 0; i < holder->nmethods; i++)
        if (holder->methods[i].name == sl->name) return &holder->methods[i];
    return NULL;
}

/* Reports an operand that is not a single value (a type, a package, a void call). */
bool single_value(Checker *ch, Node *x) {
    if (is_bad(x)) return false;
    if (x->flags & NF_TYPE) {
        errorf(ch, start_pos(x), "%s (type) is not an expression", expr_string(x));
    } else if (x->flags & NF_VOID) {
        errorf(ch, start_pos(x), "%s (no value) used as value", expr_string(x));
    } else if (x->flags & NF_BUILTIN) {
        errorf(ch, start_pos(x), "%s (built-in) must be called", expr_string(x));
    } else if (x->flags & NF_PKG) {
        errorf(ch, start_pos(x), "use of package %s not in selector", expr_string(x));
    } else if (x->flags & NF_GENERIC) {
        errorf(ch, start_pos(x), "cannot use generic function %s without instantiation",
               expr_string(x->kind == N_INDEX ? x->u.index.x : x));
    } else if (x->type && x->type->kind == TY_TUPLE) {
        errorf(ch, start_pos(x), "multiple-value %s (value of type %s) in single-value context",
               expr_string(x), type_string(x->type));
    } else {
        return true;
    }
    mark_bad(x);
    return false;
}

/* Checks an expression that must be a single value. */
void check_value(Checker *ch, Node *n) {
    check_expr(ch, n);
    single_value(ch, n);
}

/* ---- types ---- */

static int64_t array_length(Checker *ch, Node *len) {
    check_expr(ch, len);
    if (is_bad(len)) return 0;
    if (!len->cval) {
        errorf(ch, start_pos(len), "array length %s (%s) must be constant", expr_string(len),
               (len->flags & NF_ADDR) ? strf("variable of type %s", type_string(len->type))
                                      : strf("value of type %s", type_string(len->type)));
        return 0;
    }
    if (!const_is_int_valued(len->cval) || !type_is_numeric(len->type)) {
        errorf(ch, start_pos(len), "array length %s must be integer", operand_string(len));
        return 0;
    }
    Const *ic = const_to_int(len->cval);
    if (const_sign(ic) < 0 || !const_fits_int(ic, 63, false)) {
        errorf(ch, start_pos(len), "invalid array length %s", operand_string(len));
        return 0;
    }
    return const_int64_val(ic);
}

static int method_cmp(const void *a, const void *b) {
    return strcmp(((const Method *)a)->name, ((const Method *)b)->name);
}

/* Checks a type expression and returns the type it denotes (ty_invalid after an error). */
Type *check_type(Checker *ch, Node *n) {
    stack_guard(n->pos);
    switch (n->kind) {
    case N_IDENT: case N_SELECTOR: case N_INDEX:
        check_expr(ch, n);
        if (is_bad(n)) return ty_invalid;
        if (!(n->flags & NF_TYPE)) {
            errorf(ch, start_pos(n), "%s is not a type", expr_string(n));
            mark_bad(n);
            return ty_invalid;
        }
        if (n->flags & NF_GENERIC) {
            errorf(ch, start_pos(n), "cannot use generic type %s%s without instantiation", n->obj->name,
                   generic_tparams_string(n->obj->generic));
            mark_bad(n);
            return ty_invalid;
        }
        if (!ch->in_constraint && n->type->kind == TY_INTERFACE && !n->type->constraint &&
            (n->type->under->has_terms || n->type->under->comparable_only)) {
            errorf(ch, start_pos(n), "cannot use type %s outside a type constraint: %s", expr_string(n),
                   n->type->under->has_terms ? "interface contains type constraints"
                                             : "interface is (or embeds) comparable");
            mark_bad(n);
            return ty_invalid;
        }
        return n->type;
    case N_PAREN:
        return n->type = check_type(ch, n->u.unary.x);
    case N_STAR:
        n->flags |= NF_TYPE;
        return n->type = types_pointer_to(check_type(ch, n->u.unary.x));
    case N_ARRAYTYPE: {
        n->flags |= NF_TYPE;
        if (!n->u.arraytype.len) return n->type = types_slice_of(check_type(ch, n->u.arraytype.elem));
        if (n->u.arraytype.len->kind == N_ELLIPSIS) {
            errorf(ch, n->pos, "invalid use of [...] array (outside a composite literal)");
            return n->type = ty_invalid;
        }
        int64_t len = array_length(ch, n->u.arraytype.len);
        return n->type = types_array_of(check_type(ch, n->u.arraytype.elem), len);
    }
    case N_MAPTYPE: {
        n->flags |= NF_TYPE;
        Type *k = check_type(ch, n->u.maptype.key);
        Type *v = check_type(ch, n->u.maptype.value);
        TypeKind kk = k->under->kind;
        if (kk == TY_SLICE || kk == TY_MAP || kk == TY_FUNC)
            errorf(ch, start_pos(n->u.maptype.key), "invalid map key type %s", type_string(k));
        return n->type = types_map_of(k, v);
    }
    case N_CHANTYPE:
        n->flags |= NF_TYPE;
        return n->type = types_chan_of(check_type(ch, n->u.chantype.elem), n->u.chantype.dir);
    case N_FUNCTYPE:
        n->flags |= NF_TYPE;
        return n->type = func_type(ch, n, NULL, NULL);
    case N_STRUCTTYPE: {
        n->flags |= NF_TYPE;
        Type *t = type_new(TY_STRUCT);
        int count = 0;
        for (int i = 0; i < n->u.fields.list.len; i++) {
            Node *f = n->u.fields.list.items[i];
            count += f->u.field.names.len ? f->u.field.names.len : 1;
        }
        t->fields = GC_MALLOC(sizeof(Field) * (size_t)(count ? count : 1));
        for (int i = 0; i < n->u.fields.list.len; i++) {
            Node *f = n->u.fields.list.items[i];
            Type *ft = check_type(ch, f->u.field.type);
            if (!f->u.field.names.len) {
                Node *tn = f->u.field.type;
                if (tn->kind == N_STAR && tn->u.unary.x->kind == N_INDEX) tn = tn->u.unary.x->u.index.x;
                else if (tn->kind == N_INDEX) tn = tn->u.index.x;   /* an instance: List[T] is field List */
                if (ft->constraint || (ft->kind == TY_POINTER && ft->elem->constraint))
                    errorf(ch, start_pos(tn), "embedded field type cannot be a (pointer to a) type parameter");
                if (tn->kind == N_STAR) tn = tn->u.unary.x;
                const char *name = tn->kind == N_SELECTOR ? tn->u.selector.sel->u.ident.name
                                   : tn->kind == N_IDENT ? tn->u.ident.name : "?";
                for (int j = 0; j < t->nfields; j++)
                    if (t->fields[j].name == intern_cstr(name))
                        errorf(ch, tn->pos, "%s redeclared", name);
                t->fields[t->nfields++] = (Field){ intern_cstr(name), ft, true };
                continue;
            }
            for (int j = 0; j < f->u.field.names.len; j++) {
                Node *nm = f->u.field.names.items[j];
                const char *name = intern_cstr(nm->u.ident.name);
                for (int k = 0; k < t->nfields; k++)
                    if (t->fields[k].name == name && name != intern_cstr("_"))
                        errorf(ch, nm->pos, "%s redeclared", name);
                t->fields[t->nfields++] = (Field){ name, ft, false };
            }
        }
        return n->type = t;
    }
    case N_INTERFACETYPE: {
        n->flags |= NF_TYPE;
        Type *t = type_new(TY_INTERFACE);
        int cap = 8;
        t->methods = GC_MALLOC(sizeof(Method) * (size_t)cap);
        for (int i = 0; i < n->u.fields.list.len; i++) {
            Node *f = n->u.fields.list.items[i];
            Method *add = NULL;
            int nadd = 0;
            Method one;
            if (f->u.field.names.len) {
                one = (Method){ intern_cstr(f->u.field.names.items[0]->u.ident.name),
                                check_type(ch, f->u.field.type), NULL, false };
                add = &one;
                nadd = 1;
            } else {
                iface_add_elem(ch, t, f->u.field.type, &add, &nadd);
            }
            for (int j = 0; j < nadd; j++) {
                bool dup = false;
                for (int k = 0; k < t->nmethods; k++)
                    if (t->methods[k].name == add[j].name) dup = true;
                if (dup) {
                    if (f->u.field.names.len) errorf(ch, f->u.field.names.items[0]->pos, "duplicate method %s", add[j].name);
                    continue;
                }
                if (t->nmethods == cap) {
                    Method *m = GC_MALLOC(sizeof(Method) * (size_t)cap * 2);
                    memcpy(m, t->methods, sizeof(Method) * (size_t)cap);
                    t->methods = m;
                    cap *= 2;
                }
                t->methods[t->nmethods++] = add[j];
            }
        }
        qsort(t->methods, (size_t)t->nmethods, sizeof(Method), method_cmp);
        if (t->nmethods == 0 && !t->has_terms && !t->comparable_only) return n->type = ty_any;
        return n->type = t;
    }
    case N_ELLIPSIS:
        errorf(ch, n->pos, "invalid use of ...");
        return n->type = ty_invalid;
    default:
        check_expr(ch, n);
        if (!is_bad(n))
            errorf(ch, start_pos(n), "%s is not a type", expr_string(n));
        mark_bad(n);
        return ty_invalid;
    }
}

/* A func type; when declare_in is set, the parameters (and named results)
 * are declared there as variables. */
Type *func_type(Checker *ch, Node *ft, Scope *declare_in, Object ***result_objs) {
    Type *t = type_new(TY_FUNC);
    NodeList *lists[2] = { &ft->u.functype.params, &ft->u.functype.results };
    for (int w = 0; w < 2; w++) {
        int count = 0;
        for (int i = 0; i < lists[w]->len; i++) {
            Node *f = lists[w]->items[i];
            count += f->u.field.names.len ? f->u.field.names.len : 1;
        }
        Type **ts = GC_MALLOC(sizeof(Type *) * (size_t)(count ? count : 1));
        const char **names = GC_MALLOC(sizeof(char *) * (size_t)(count ? count : 1));
        Object **objs = GC_MALLOC(sizeof(Object *) * (size_t)(count ? count : 1));
        int k = 0;
        bool named = false;
        for (int i = 0; i < lists[w]->len; i++) {
            Node *f = lists[w]->items[i];
            Node *tn = f->u.field.type;
            Type *pt;
            if (tn->kind == N_ELLIPSIS) {
                if (w == 1 || i != lists[w]->len - 1 || f->u.field.names.len > 1) {
                    errorf(ch, tn->pos, "can only use ... with final parameter in list");
                    pt = ty_invalid;
                } else {
                    pt = types_slice_of(check_type(ch, tn->u.unary.x));
                    t->variadic = true;
                }
                tn->type = pt;
            } else {
                pt = check_type(ch, tn);
            }
            if (!f->u.field.names.len) {
                objs[k] = NULL;
                ts[k++] = pt;
                continue;
            }
            named = true;
            for (int j = 0; j < f->u.field.names.len; j++) {
                Node *nm = f->u.field.names.items[j];
                Object *o = object_new(OBJ_VAR, intern_cstr(nm->u.ident.name), pt, nm->pos);
                o->state = 2;
                o->used = true;   /* parameters need not be used */
                o->decl = nm;
                o->owner = ch->param_owner;
                nm->obj = o;
                nm->type = pt;
                if (declare_in && o->name != intern_cstr("_")) {
                    Object *old = scope_insert(declare_in, o);
                    if (old) errorf(ch, nm->pos, "duplicate argument %s", o->name);
                }
                objs[k] = o;
                names[k] = o->name;
                ts[k++] = pt;
            }
        }
        if (w == 0) { t->params = ts; t->nparams = count; t->param_names = named ? names : NULL; }
        else {
            t->result_names = named ? names : NULL;
            t->results = ts;
            t->nresults = count;
            if (result_objs) *result_objs = named ? objs : NULL;
        }
    }
    return t;
}

/* ---- identifiers and selectors ---- */

/* A local variable of an enclosing function is used inside a function
 * literal: it lives in a heap cell, and every literal between here and its
 * owner captures it. */
void note_capture(Checker *ch, Object *o) {
    o->captured = true;
    for (FuncCtx *f = ch->fn; f && f->id != o->owner; f = f->outer) {
        Node *lit = f->lit;
        if (!lit) break;
        bool have = false;
        for (int i = 0; i < lit->u.funclit.ncaptures; i++) if (lit->u.funclit.captures[i] == o) have = true;
        if (have) continue;
        Object **nc = GC_MALLOC(sizeof(Object *) * (size_t)(lit->u.funclit.ncaptures + 1));
        if (lit->u.funclit.ncaptures) memcpy(nc, lit->u.funclit.captures, sizeof(Object *) * (size_t)lit->u.funclit.ncaptures);
        nc[lit->u.funclit.ncaptures++] = o;
        lit->u.funclit.captures = nc;
    }
}

/* Records that the var initializer or function being checked refers to
 * the package-level var or function o. */
static void note_dep(Checker *ch, Object *o) {
    Object *w = ch->dep_owner;
    if (!w || !o || o == w) return;
    if (!(o->kind == OBJ_VAR && o->global) && !(o->kind == OBJ_FUNC && o->decl)) return;
    for (int i = 0; i < w->ndeps; i++) if (w->deps[i] == o) return;
    if (w->ndeps == w->deps_cap) {
        w->deps_cap = w->deps_cap ? 2 * w->deps_cap : 4;
        Object **nd = GC_MALLOC(sizeof *nd * (size_t)w->deps_cap);
        if (w->ndeps) memcpy(nd, w->deps, sizeof *nd * (size_t)w->ndeps);
        w->deps = nd;
    }
    w->deps[w->ndeps++] = o;
}

void use_object(Checker *ch, Node *n, Object *o) {
    n->obj = o;
    note_dep(ch, o);
    if (o->state != 2) resolve_object(ch, o);
    if (ch->live) mark_live(ch, o);
    o->used = true;
    switch (o->kind) {
    case OBJ_CONST:
        n->type = o->type;
        if (o->name == intern_cstr("iota") && o->decl == NULL) {
            if (ch->iota < 0) {
                errorf(ch, n->pos, "cannot use iota outside constant declaration");
                mark_bad(n);
                return;
            }
            n->cval = const_int64(ch->iota);
            return;
        }
        n->cval = o->cval;
        if (!o->cval) mark_bad(n);
        break;
    case OBJ_VAR:
        n->type = o->type;
        n->flags |= NF_ADDR;
        if (!o->global && ch->fn && o->owner != ch->fn->id) note_capture(ch, o);
        break;
    case OBJ_TYPE:
        n->type = o->type;
        n->flags |= NF_TYPE;
        if (o->generic) n->flags |= NF_GENERIC;
        break;
    case OBJ_FUNC:
        n->type = o->type;
        if (o->generic) n->flags |= NF_GENERIC;
        break;
    case OBJ_BUILTIN:
        n->flags |= NF_BUILTIN;
        n->type = ty_invalid;
        break;
    case OBJ_PKG:
        n->flags |= NF_PKG;
        n->type = ty_invalid;
        break;
    case OBJ_NIL:
        n->type = ty_untyped_nil;
        break;
    default:
        mark_bad(n);
        break;
    }
    if (o->type == ty_invalid && o->kind != OBJ_BUILTIN && o->kind != OBJ_PKG) mark_bad(n);
}

/* The REPL imports a standard package the first time its name is used. */
static Object *repl_auto_import(Checker *ch, const char *name, Pos pos) {
    Compiler *c = ch->c;
    const char *path = compiler_library ? compiler_library->path_named(name) : NULL;
    if (!path) return NULL;
    /* a checker of its own: this one is in the middle of a function */
    Checker sub = { .c = c, .diags = ch->diags, .iota = -1, .next_fn_id = ch->next_fn_id };
    Package *q = load_package(&sub, path, pos);
    ch->next_fn_id = sub.next_fn_id;
    if (!q) return NULL;
    Object *o = object_new(OBJ_PKG, name, ty_invalid, pos);
    o->state = 2;
    o->used = true;
    for (int k = 0; k < c->npkgs; k++) if (c->pkgs[k] == q) o->builtin = k;
    scope_replace(c->repl->files, o);
    return o;
}

/* What name denotes where the checker is. */
static Object *lookup(Checker *ch, const char *name, Pos pos) {
    Object *o = scope_lookup(ch->scope, name);
    if (!o && ch->c->repl && ch->pkg == ch->c->main_pkg) o = repl_auto_import(ch, name, pos);
    return o;
}

/* Checks an identifier: resolves it in the scopes and annotates its use. */
static void check_ident(Checker *ch, Node *n) {
    const char *name = intern_cstr(n->u.ident.name);
    if (name == intern_cstr("_")) {
        errorf(ch, n->pos, "cannot use _ as value");
        mark_bad(n);
        return;
    }
    Object *o = lookup(ch, name, n->pos);
    if (!o) {
        /* Go's universe has them; minigo's leaves them out */
        if (name == intern_cstr("complex64") || name == intern_cstr("complex128"))
            errorf(ch, n->pos, "complex numbers are not supported by minigo");
        else
            errorf(ch, n->pos, "undefined: %s", name);
        mark_bad(n);
        return;
    }
    use_object(ch, n, o);
}

static Package *package_of(Checker *ch, Object *o) {
    return ch->c->pkgs[o->builtin];
}

/* Whether a and b are the same name: the same interned string, or with
 * fold, the same up to case (how types2 finds a misspelled name). */
static bool same_name(const char *a, const char *b, bool fold) {
    return a == b || (fold && strcasecmp(a, b) == 0);
}

static Selection *lookup_impl(Type *t, const char *name, bool fold);

/* Finds field or method `name` of a value of type t, through embedded
 * fields (the shallowest wins, as in Go). A defined pointer type has the
 * fields of its pointer's base type but no methods (spec: a method's
 * receiver base type cannot be a pointer). */
static Selection *lookup_selection(Type *t, const char *name) {
    return lookup_impl(t, name, false);
}

static Selection *lookup_impl(Type *t, const char *name, bool fold) {
    if (t->constraint && t->under->kind == TY_POINTER) {
        /* a type parameter with a pointer core type (interface{ *T; M() }): its constraint's methods */
        for (int m = 0; m < t->nmethods; m++) {
            if (!same_name(t->methods[m].name, name, fold)) continue;
            Selection *sl = GC_MALLOC(sizeof *sl);
            sl->kind = SEL_METHOD;
            sl->name = t->methods[m].name;
            sl->recv_type = t;
            sl->method = t->methods[m].func;
            return sl;
        }
    }
    if (t->name && t->under != t && t->under->kind == TY_POINTER) {
        Selection *sl = lookup_impl(t->under, name, fold);
        return sl && sl->kind == SEL_FIELD ? sl : NULL;
    }
    typedef struct { Type *t; int *path; bool *deref; int n; } Item;
    Item cur[64], next[64];
    int ncur = 1, nnext;
    cur[0] = (Item){ t, NULL, NULL, 0 };
    if (t->under->kind == TY_INTERFACE) {
        for (int m = 0; m < t->under->nmethods; m++) {
            if (!same_name(t->under->methods[m].name, name, fold)) continue;
            Selection *sl = GC_MALLOC(sizeof *sl);
            sl->kind = SEL_IMETHOD;
            sl->name = t->under->methods[m].name;
            sl->recv_type = t;
            sl->method = NULL;
            return sl;
        }
        return NULL;
    }
    for (int depth = 0; depth < 8 && ncur; depth++) {
        nnext = 0;
        for (int c = 0; c < ncur; c++) {
            Item it = cur[c];
            Type *vt = it.t;
            bool is_ptr = vt->under->kind == TY_POINTER && !vt->name;
            Type *base = is_ptr ? vt->under->elem : vt;
            /* methods of the named type */
            for (int m = 0; m < base->nmethods && base->under->kind != TY_INTERFACE; m++) {
                if (!same_name(base->methods[m].name, name, fold)) continue;
                Selection *sl = GC_MALLOC(sizeof *sl);
                sl->kind = SEL_METHOD;
                sl->path = it.path;
                sl->deref = it.deref;
                sl->npath = it.n;
                sl->method = base->methods[m].func;
                sl->ptr_recv = base->methods[m].ptr_recv;
                sl->recv_is_ptr = is_ptr;
                sl->recv_type = vt;
                sl->name = base->methods[m].name;
                return sl;
            }
            if (it.n > 0 && base->under->kind == TY_INTERFACE) {
                /* a method of an embedded interface field */
                for (int m = 0; m < base->under->nmethods; m++) {
                    if (!same_name(base->under->methods[m].name, name, fold)) continue;
                    Selection *sl = GC_MALLOC(sizeof *sl);
                    sl->kind = SEL_IMETHOD;
                    sl->path = it.path;
                    sl->deref = it.deref;
                    sl->npath = it.n;
                    sl->name = base->under->methods[m].name;
                    sl->recv_type = vt;
                    return sl;
                }
                continue;
            }
            const Type *st = base->under;
            if (st->kind != TY_STRUCT) continue;
            for (int f = 0; f < st->nfields; f++) {
                const Field *fd = &st->fields[f];
                int *path = GC_MALLOC_ATOMIC(sizeof(int) * (size_t)(it.n + 1));
                bool *deref = GC_MALLOC_ATOMIC(sizeof(bool) * (size_t)(it.n + 1));
                if (it.n) { memcpy(path, it.path, sizeof(int) * (size_t)it.n); memcpy(deref, it.deref, sizeof(bool) * (size_t)it.n); }
                path[it.n] = f;
                deref[it.n] = is_ptr;
                if (fd->name && same_name(fd->name, name, fold)) {
                    Selection *sl = GC_MALLOC(sizeof *sl);
                    sl->kind = SEL_FIELD;
                    sl->name = fd->name;
                    sl->path = path;
                    sl->deref = deref;
                    sl->npath = it.n + 1;
                    return sl;
                }
                if (fd->embedded && nnext < 64) next[nnext++] = (Item){ fd->type, path, deref, it.n + 1 };
            }
        }
        memcpy(cur, next, sizeof(Item) * (size_t)nnext);
        ncur = nnext;
    }
    return NULL;
}

/* types2's lookupError: "type T has no field or method x", with a hint
 * when a field or method's name differs only in case. The exported API
 * of the library is Go's, its unexported names are minigo's own: those
 * give no hint. */
static const char *lookup_error(Type *t, const char *sel) {
    if (t->under->kind == TY_POINTER && t->under->elem->under->kind == TY_INTERFACE)
        return strf("type %s is pointer to interface, not interface", type_string(t));
    const char *msg = strf("type %s has no field or method %s", type_string(t), sel);
    Selection *alt = lookup_impl(t, sel, true);
    if (!alt || !alt->name) return msg;
    const Type *b = t->under->kind == TY_POINTER && !t->name ? t->under->elem : t;
    bool local = !b->name || strncmp(b->name, "main.", 5) == 0;
    bool sel_exported = isupper((unsigned char)sel[0]), alt_exported = isupper((unsigned char)alt->name[0]);
    if (local || (alt_exported && (sel_exported || strcmp(sel + 1, alt->name + 1) == 0)))
        return strf("%s, but does have %s %s", msg, alt->kind == SEL_FIELD ? "field" : "method", alt->name);
    return msg;
}

/* &x or a pointer-receiver call on x: a local scalar variable must live in
 * a cell (aggregates already live in a heap block). */
static void note_address_taken(Checker *ch, Node *x) {
    while (x->kind == N_PAREN) x = x->u.unary.x;
    if (x->kind == N_IDENT && x->obj && x->obj->kind == OBJ_VAR && !x->obj->global &&
        !type_is_aggregate(x->obj->type->under))
        x->obj->captured = true;
}

/* The type of a method expression: func(recv, params) results, from the
 * method's signature mt whose first `drop` parameters are replaced by recv
 * (1: mt has the receiver as its first parameter; 0: an interface method). */
Type *method_expr_type(Type *recv, const Type *mt, int drop) {
    Type *ft = type_new(TY_FUNC);
    ft->nparams = mt->nparams - drop + 1;
    ft->params = GC_MALLOC(sizeof(Type *) * (size_t)ft->nparams);
    ft->params[0] = recv;
    if (ft->nparams > 1) memcpy(ft->params + 1, mt->params + drop, sizeof(Type *) * (size_t)(ft->nparams - 1));
    ft->results = mt->results;
    ft->nresults = mt->nresults;
    ft->result_names = mt->result_names;
    ft->variadic = mt->variadic;
    return ft;
}

/* Checks a selector x.f: a package member, a field, a method value or a method expression. */
static void check_selector(Checker *ch, Node *n) {
    Node *x = n->u.selector.x;
    const char *sel = intern_cstr(n->u.selector.sel->u.ident.name);
    if (x->kind == N_IDENT) {
        Object *o = lookup(ch, intern_cstr(x->u.ident.name), x->pos);
        if (o && o->kind == OBJ_PKG) {
            o->used = true;
            x->obj = o;
            x->flags |= NF_PKG;
            if (o->builtin < 0) { mark_bad(n); return; }   /* an import that failed */
            Package *p = package_of(ch, o);
            Object *m = scope_lookup_local(p->scope, sel);
            if (!m || !(sel[0] >= 'A' && sel[0] <= 'Z')) {
                errorf(ch, n->u.selector.sel->pos, "undefined: %s.%s", x->u.ident.name, sel);
                mark_bad(n);
                return;
            }
            use_object(ch, n, m);
            n->u.selector.sel->obj = m;
            return;
        }
    }
    check_expr(ch, x);
    if (is_bad(x)) { mark_bad(n); return; }
    if (x->flags & NF_TYPE) {
        /* a method expression T.M or (*T).M: the method as a function
         * whose first parameter is the receiver */
        Selection *ms;
        const Method *mm = method_set_lookup(x->type, sel, &ms);
        if (mm && ms->kind == SEL_METHOD) {
            Object *m = ms->method;
            if (m->state != 2) resolve_object(ch, m);
            n->u.selector.selection = ms;
            note_dep(ch, ms->method);
            /* func(T, params) results; the method's own type when T is its receiver */
            n->type = ms->npath == 0 && ms->recv_is_ptr == ms->ptr_recv ? m->type : method_expr_type(x->type, m->type, 1);
            return;
        }
        if (mm && ms->kind == SEL_IMETHOD) {
            /* I.M of an interface type (or of a struct embedding one): func(I, params) results */
            n->u.selector.selection = ms;
            n->type = method_expr_type(x->type, mm->type, 0);
            return;
        }
        if (ms && ms->kind == SEL_METHOD) {
            errorf(ch, n->u.selector.sel->pos, "invalid method expression %s (needs pointer receiver (*%s).%s)", expr_string(n),
                   type_string(x->type), sel);
            mark_bad(n);
            return;
        }
        if (ms)   /* a field */
            errorf(ch, n->u.selector.sel->pos, "%s undefined (type %s has no method %s)", expr_string(n),
                   type_string(x->type), sel);
        else
            errorf(ch, n->u.selector.sel->pos, "%s undefined (%s)", expr_string(n), lookup_error(x->type, sel));
        mark_bad(n);
        return;
    }
    if (!single_value(ch, x)) { mark_bad(n); return; }
    Selection *sl = lookup_selection(x->type, sel);
    if (!sl) {
        errorf(ch, n->u.selector.sel->pos, "%s undefined (%s)", expr_string(n), lookup_error(x->type, sel));
        mark_bad(n);
        return;
    }
    n->u.selector.selection = sl;
    if (sl->kind == SEL_METHOD) note_dep(ch, sl->method);
    if (sl->kind == SEL_FIELD) {
        /* walk the path for the field's type */
        Type *t = x->type;
        for (int i = 0; i < sl->npath; i++) {
            Type *st = t->under->kind == TY_POINTER ? t->under->elem : t;
            t = st->under->fields[sl->path[i]].type;
        }
        n->type = t;
        /* a field is addressable if x is, or if the path goes through a pointer */
        bool through_ptr = false;
        for (int i = 0; i < sl->npath; i++) if (sl->deref[i]) through_ptr = true;
        if ((x->flags & NF_ADDR) || through_ptr) n->flags |= NF_ADDR;
        return;
    }
    if (sl->kind == SEL_IMETHOD) {
        const Type *iu = sl->npath ? sl->recv_type->under : x->type->under;
        for (int m = 0; m < iu->nmethods; m++)
            if (iu->methods[m].name == sel) n->type = iu->methods[m].type;
        return;
    }
    /* a method value x.M: only calls are supported for now */
    Object *m = sl->method;
    if (m->state != 2) resolve_object(ch, m);
    Type *full = m->type;   /* func(recv, params) results */
    Type *sig = type_new(TY_FUNC);
    sig->params = full->params + 1;
    sig->nparams = full->nparams - 1;
    sig->param_names = full->param_names ? full->param_names + 1 : NULL;
    sig->results = full->results;
    sig->nresults = full->nresults;
    sig->result_names = full->result_names;
    sig->variadic = full->variadic;
    n->type = sig;
    if (sl->ptr_recv && !sl->recv_is_ptr && !(x->flags & NF_ADDR) && sl->npath == 0) {
        errorf(ch, start_pos(n), "cannot call pointer method %s on %s", sel, type_string(x->type));
        mark_bad(n);
        return;
    }
    if (sl->ptr_recv && !sl->recv_is_ptr) note_address_taken(ch, x);
}

/* ---- operators ---- */

/* types2's reason a type is not comparable: "struct containing []int" */
const char *incomparable_why(const Type *t) {
    const Type *u = t->under;
    if (u->kind == TY_STRUCT) {
        for (int i = 0; i < u->nfields; i++) {
            const Type *ft = u->fields[i].type;
            if (type_comparable(ft)) continue;
            TypeKind k = ft->under->kind;
            if (k == TY_STRUCT || k == TY_ARRAY) return strf("struct containing %s", incomparable_why(ft));
            return strf("struct containing %s", type_string(ft));
        }
    }
    return type_string(t);
}

bool is_ordered(const Type *t) {
    return type_is_numeric(t->under) || type_is_string(t->under);
}

bool op_defined(TokKind op, const Type *t) {
    const Type *u = t->under;
    switch (op) {
    case T_ADD: return type_is_numeric(u) || type_is_string(u);
    case T_SUB: case T_MUL: case T_QUO: return type_is_numeric(u);
    case T_REM: case T_AND: case T_OR: case T_XOR: case T_AND_NOT: return type_is_integer(u);
    case T_LAND: case T_LOR: return type_is_bool(u);
    default: return false;
    }
}

static bool is_comparison(TokKind op) {
    return op == T_EQL || op == T_NEQ || op == T_LSS || op == T_LEQ || op == T_GTR || op == T_GEQ;
}

/* Type-checks a constant result against its typed type: "x (constant 200 of type int8) overflows int8". */
static void check_const_result(Checker *ch, Node *n) {
    if (!n->cval || type_is_untyped(n->type)) return;
    Const *r;
    const char *why = NULL;
    TypeKind k = n->type->under->kind;
    if (k < TY_BOOL || k > TY_STRING) return;
    if (!representable(n->cval, n->type, &r, &why)) {
        errorf(ch, start_pos(n), "%s overflows %s", operand_string(n), type_string(n->type));
        mark_bad(n);
        return;
    }
    n->cval = r;
}

/* Checks a shift x << y or x >> y: an integer x (untyped: by context), a non-negative integer y. */
void check_shift(Checker *ch, Node *n) {
    Node *x = n->u.binary.x, *y = n->u.binary.y;
    /* the count */
    if (y->cval) {
        if (type_is_untyped(y->type)) {
            if (!const_is_int_valued(y->cval) || const_kind(y->cval) == CK_BOOL || const_kind(y->cval) == CK_STRING) {
                errorf(ch, start_pos(y), "invalid operation: shift count %s must be integer", operand_string(y));
                mark_bad(n);
                return;
            }
            y->cval = const_to_int(y->cval);
        } else if (!type_is_integer(y->type->under)) {
            errorf(ch, start_pos(y), "invalid operation: shift count %s must be integer", operand_string(y));
            mark_bad(n);
            return;
        }
        if (const_sign(y->cval) < 0) {
            errorf(ch, start_pos(y), "invalid operation: negative shift count %s", operand_string(y));
            mark_bad(n);
            return;
        }
    } else if (!type_is_integer(y->type->under)) {
        errorf(ch, start_pos(y), "invalid operation: shift count %s must be integer", operand_string(y));
        mark_bad(n);
        return;
    }
    if (type_is_untyped(y->type)) convert_untyped(ch, y, ty_uint);
    /* the shifted operand */
    if (x->cval && type_is_untyped(x->type)) {
        if (!const_is_int_valued(x->cval) || const_kind(x->cval) == CK_BOOL || const_kind(x->cval) == CK_STRING) {
            errorf(ch, start_pos(x), "invalid operation: shifted operand %s must be integer", operand_string(x));
            mark_bad(n);
            return;
        }
        if (y->cval) {
            const char *err = NULL;
            uint64_t s = const_fits_int(y->cval, 64, true) ? const_uint64_val(y->cval) : UINT64_MAX;
            Const *r = const_shift(n->u.binary.op, const_to_int(x->cval), s, &err);
            if (!r) {
                errorf(ch, start_pos(y), "invalid shift count %s", operand_string(y));
                mark_bad(n);
                return;
            }
            n->cval = r;
            n->type = x->type->kind == TY_UNTYPED_FLOAT ? ty_untyped_int : x->type;
            return;
        }
        /* non-constant shift of an untyped constant: its type comes from the context */
        x->cval = const_to_int(x->cval);
        if (x->type->kind == TY_UNTYPED_FLOAT) x->type = ty_untyped_int;
        n->type = x->type;
        return;
    }
    if (!type_is_integer(x->type->under)) {
        errorf(ch, start_pos(x), "invalid operation: shifted operand %s must be integer", operand_string(x));
        mark_bad(n);
        return;
    }
    n->type = x->type;
    if (x->cval && y->cval) {
        const char *err = NULL;
        uint64_t s = const_fits_int(y->cval, 64, true) ? const_uint64_val(y->cval) : UINT64_MAX;
        Const *r = const_shift(n->u.binary.op, x->cval, s, &err);
        if (!r) {
            errorf(ch, start_pos(y), "invalid shift count %s", operand_string(y));
            mark_bad(n);
            return;
        }
        n->cval = r;
        check_const_result(ch, n);
    }
}

/* Checks a binary operation: matching operand types, the operator defined on them, constant folding. */
static void check_binary(Checker *ch, Node *n) {
    Node *x = n->u.binary.x, *y = n->u.binary.y;
    TokKind op = n->u.binary.op;
    check_value(ch, x);
    check_value(ch, y);
    if (is_bad(x) || is_bad(y)) { mark_bad(n); return; }
    if (op == T_SHL || op == T_SHR) { check_shift(ch, n); return; }

    /* match operand types */
    bool xu = type_is_untyped(x->type), yu = type_is_untyped(y->type);
    if (xu && yu) {
        if (untyped_rank(x->type) && untyped_rank(y->type)) {
            if (untyped_rank(x->type) < untyped_rank(y->type)) convert_untyped(ch, x, y->type);
            else convert_untyped(ch, y, x->type);
        }
    } else if (xu) {
        if (x->type->kind == TY_UNTYPED_NIL || is_comparison(op) || op_defined(op, y->type) || y->type->under->kind == TY_INTERFACE) {
            bool okconv = x->type->kind == TY_UNTYPED_NIL ||
                          (x->cval ? true : true);
            (void)okconv;
            if (x->cval && !(y->type->under->kind >= TY_BOOL && y->type->under->kind <= TY_STRING) &&
                y->type->under->kind != TY_INTERFACE) {
                errorf(ch, start_pos(n), "invalid operation: %s (mismatched types %s and %s)", expr_string(n),
                       type_string(x->type), type_string(y->type));
                mark_bad(n);
                return;
            }
            if (x->cval && y->type->under->kind != TY_INTERFACE) {
                Const *r; const char *why = NULL;
                if ((const_kind(x->cval) == CK_STRING) != type_is_string(y->type->under) ||
                    (const_kind(x->cval) == CK_BOOL) != type_is_bool(y->type->under)) {
                    errorf(ch, start_pos(n), "invalid operation: %s (mismatched types %s and %s)", expr_string(n),
                           type_string(x->type), type_string(y->type));
                    mark_bad(n);
                    return;
                }
                (void)r; (void)why;
            }
            convert_untyped(ch, x, y->type);
        } else {
            errorf(ch, start_pos(n), "invalid operation: %s (mismatched types %s and %s)", expr_string(n),
                   type_string(x->type), type_string(y->type));
            mark_bad(n);
            return;
        }
    } else if (yu) {
        if (y->cval && !(x->type->under->kind >= TY_BOOL && x->type->under->kind <= TY_STRING) &&
            x->type->under->kind != TY_INTERFACE) {
            errorf(ch, start_pos(n), "invalid operation: %s (mismatched types %s and %s)", expr_string(n),
                   type_string(x->type), type_string(y->type));
            mark_bad(n);
            return;
        }
        if (y->cval && x->type->under->kind != TY_INTERFACE &&
            ((const_kind(y->cval) == CK_STRING) != type_is_string(x->type->under) ||
             (const_kind(y->cval) == CK_BOOL) != type_is_bool(x->type->under))) {
            errorf(ch, start_pos(n), "invalid operation: %s (mismatched types %s and %s)", expr_string(n),
                   type_string(x->type), type_string(y->type));
            mark_bad(n);
            return;
        }
        convert_untyped(ch, y, x->type);
    }
    if (is_bad(x) || is_bad(y)) { mark_bad(n); return; }

    /* a type parameter: the operator must apply to every type of its set */
    const Type *tp = x->type->constraint ? x->type : y->type->constraint ? y->type : NULL;
    if (tp && is_comparison(op) && !is_nil_operand(x) && !is_nil_operand(y)) {
        const Type *cu = tp->constraint->under;
        bool all = cu->has_terms;
        for (int i = 0; all && i < cu->nterms; i++)
            all = (op == T_EQL || op == T_NEQ) ? type_comparable(cu->terms[i].type) : is_ordered(cu->terms[i].type);
        if (op == T_EQL || op == T_NEQ) {
            if (!all && !cu->comparable_only) {
                errorf(ch, start_pos(n), "invalid operation: %s (incomparable types in type set)", expr_string(n));
                mark_bad(n);
                return;
            }
        } else if (!all) {
            errorf(ch, start_pos(n), "invalid operation: %s (type parameter %s cannot use operator %s)", expr_string(n),
                   type_string(tp), tok_name(op));
            mark_bad(n);
            return;
        }
    }

    if (is_comparison(op)) {
        bool ok = assignable(x->type, y->type) || assignable(y->type, x->type);
        if (!ok) {
            errorf(ch, is_comparison(op) ? y->pos : start_pos(n), "invalid operation: %s (mismatched types %s and %s)",
                   expr_string(n), type_string(x->type), type_string(y->type));
            mark_bad(n);
            return;
        }
        const Type *t = x->type->kind == TY_UNTYPED_NIL ? y->type : x->type;
        if (op == T_EQL || op == T_NEQ) {
            bool xnil = is_nil_operand(x), ynil = is_nil_operand(y);
            if (!type_comparable(t) && !(xnil || ynil)) {
                const char *what = t->under->kind == TY_SLICE ? "slice" : t->under->kind == TY_MAP ? "map" :
                                   t->under->kind == TY_FUNC ? "func" : NULL;
                if (what)
                    errorf(ch, start_pos(n), "invalid operation: %s (%s can only be compared to nil)", expr_string(n), what);
                else
                    errorf(ch, start_pos(n), "invalid operation: %s (%s cannot be compared)", expr_string(n), incomparable_why(t));
                mark_bad(n);
                return;
            }
            if (xnil && ynil) {
                errorf(ch, start_pos(n), "invalid operation: %s (operator %s not defined on nil)", expr_string(n), tok_name(op));
                mark_bad(n);
                return;
            }
        } else if (!is_ordered(t)) {
            errorf(ch, start_pos(n), "invalid operation: %s (operator %s not defined on %s)", expr_string(n),
                   tok_name(op), operand_string(x));
            mark_bad(n);
            return;
        }
        n->type = ty_untyped_bool;
        if (x->cval && y->cval) n->cval = const_bool(const_compare(op, x->cval, y->cval));
        return;
    }

    if (!type_identical(x->type, y->type)) {
        errorf(ch, start_pos(n), "invalid operation: %s (mismatched types %s and %s)", expr_string(n),
               type_string(x->type), type_string(y->type));
        mark_bad(n);
        return;
    }
    if (!op_defined(op, x->type)) {
        errorf(ch, start_pos(n), "invalid operation: operator %s not defined on %s", tok_name(op), operand_string(x));
        mark_bad(n);
        return;
    }
    n->type = x->type;
    if ((op == T_QUO || op == T_REM) && y->cval && type_is_numeric(y->type->under) &&
        const_sign(y->cval) == 0 && (x->cval || type_is_integer(x->type->under))) {
        errorf(ch, y->pos, "invalid operation: division by zero");
        mark_bad(n);
        return;
    }
    if (x->cval && y->cval) {
        const char *err = NULL;
        bool int_div = type_is_integer(x->type->under);
        Const *r = const_binary(op, x->cval, y->cval, int_div, &err);
        if (!r) {
            errorf(ch, y->pos, "invalid operation: %s", err ? err : "bad constant operation");
            mark_bad(n);
            return;
        }
        n->cval = r;
        check_const_result(ch, n);
    }
}

/* Checks a unary operation: -x, +x, !x, ^x, &x, *x and the receive <-x. */
static void check_unary(Checker *ch, Node *n) {
    Node *x = n->u.unary.x;
    TokKind op = n->u.unary.op;
    if (op == T_AND) {
        Node *inner = x;
        while (inner->kind == N_PAREN) inner = inner->u.unary.x;
        check_expr(ch, x);
        if (is_bad(x)) { mark_bad(n); return; }
        if (inner->kind == N_COMPOSITE) {
            n->type = types_pointer_to(x->type);
            return;
        }
        if (!(x->flags & NF_ADDR)) {
            errorf(ch, start_pos(x), "invalid operation: cannot take address of %s", operand_string(x));
            mark_bad(n);
            return;
        }
        note_address_taken(ch, x);
        n->type = types_pointer_to(x->type);
        return;
    }
    check_value(ch, x);
    if (is_bad(x)) { mark_bad(n); return; }
    if (op == T_ARROW) {
        /* UnaryExpr -> "<-" UnaryExpr: receive */
        const Type *u = x->type->under;
        if (u->kind != TY_CHAN) {
            errorf(ch, start_pos(x), "invalid operation: cannot receive from non-channel %s %s",
                   type_string(x->type), operand_string(x));
            mark_bad(n);
            return;
        }
        if (u->chan_dir == 1) {
            errorf(ch, start_pos(x), "invalid operation: cannot receive from send-only channel %s %s",
                   type_string(x->type), operand_string(x));
            mark_bad(n);
            return;
        }
        n->type = u->elem;
        ch->has_call_or_recv = true;
        return;
    }
    const Type *u = x->type->under;
    bool ok = op == T_NOT ? type_is_bool(u) : op == T_XOR ? type_is_integer(u) : type_is_numeric(u);
    if (!ok) {
        errorf(ch, x->pos, "invalid operation: operator %s not defined on %s", tok_name(op), operand_string(x));
        mark_bad(n);
        return;
    }
    n->type = x->type;
    if (x->cval) {
        int bits = type_is_untyped(x->type) ? 0 : type_int_bits(u);
        n->cval = const_unary(op, x->cval, bits, type_is_unsigned(u));
        check_const_result(ch, n);
    }
}

/* ---- index, slice, composite ---- */

/* Checks an index (or slice bound) idx: an integer, non-negative and below length when known (>= 0). */
void check_index_value(Checker *ch, Node *idx, int64_t length, const char *what) {
    check_value(ch, idx);
    if (is_bad(idx)) return;
    if (type_is_untyped(idx->type)) {
        if (idx->cval && (const_kind(idx->cval) == CK_BOOL || const_kind(idx->cval) == CK_STRING)) {
            errorf(ch, start_pos(idx), "cannot convert %s to type int", operand_string(idx));
            mark_bad(idx);
            return;
        }
        if (idx->cval && !const_is_int_valued(idx->cval)) {
            errorf(ch, start_pos(idx), "%s truncated to int", operand_string(idx));
            mark_bad(idx);
            return;
        }
        convert_untyped(ch, idx, ty_int);
        if (is_bad(idx)) return;
    }
    if (!type_is_integer(idx->type->under)) {
        errorf(ch, start_pos(idx), "invalid argument: %s %s must be integer", what, operand_string(idx));
        mark_bad(idx);
        return;
    }
    if (idx->cval) {
        if (const_sign(idx->cval) < 0) {
            errorf(ch, start_pos(idx), "invalid argument: %s %s must not be negative", what, operand_string(idx));
            mark_bad(idx);
            return;
        }
        if (length >= 0 && const_fits_int(idx->cval, 64, false) && const_int64_val(idx->cval) >= length) {
            errorf(ch, start_pos(idx), "invalid argument: %s %s out of bounds [0:%lld]", what, expr_string(idx),
                   (long long)length);
            mark_bad(idx);
        }
    }
}

/* Checks an index expression x[i] of an array, pointer to array, slice, string or map. */
static void check_index(Checker *ch, Node *n) {
    Node *x = n->u.index.x;
    check_expr(ch, x);
    if (is_bad(x)) { check_expr(ch, n->u.index.index); mark_bad(n); return; }
    if (x->flags & NF_GENERIC) { check_generic_index(ch, n); return; }
    if (x->flags & NF_TYPE) {
        errorf(ch, start_pos(x), "%s is not a generic type", type_string(x->type));
        mark_bad(n);
        return;
    }
    if (!single_value(ch, x)) { mark_bad(n); return; }
    const Type *u = x->type->under;
    if (type_is_string(u)) {
        int64_t len = -1;
        if (x->cval) { size_t l; const_string_val(x->cval, &l); len = (int64_t)l; }
        check_index_value(ch, n->u.index.index, len, "index");
        if (is_bad(n->u.index.index)) { mark_bad(n); return; }
        if (type_is_untyped(x->type)) default_type(ch, x);
        n->type = ty_uint8;
        if (x->cval && n->u.index.index->cval) {
            size_t l;
            const char *s = const_string_val(x->cval, &l);
            n->cval = const_int64((unsigned char)s[const_int64_val(n->u.index.index->cval)]);
        }
        return;
    }
    if (u->kind == TY_SLICE || u->kind == TY_ARRAY) {
        check_index_value(ch, n->u.index.index, u->kind == TY_ARRAY ? u->len : -1, "index");
        if (is_bad(n->u.index.index)) { mark_bad(n); return; }
        n->type = u->elem;
        n->flags |= NF_ADDR;
        return;
    }
    if (u->kind == TY_POINTER && u->elem->under->kind == TY_ARRAY) {
        /* p[i] is (*p)[i] for a pointer to an array */
        check_index_value(ch, n->u.index.index, u->elem->under->len, "index");
        if (is_bad(n->u.index.index)) { mark_bad(n); return; }
        n->type = u->elem->under->elem;
        n->flags |= NF_ADDR;
        return;
    }
    if (u->kind == TY_MAP) {
        Node *k = n->u.index.index;
        check_value(ch, k);
        if (is_bad(k)) { mark_bad(n); return; }
        if (!assign_to(ch, k, u->key, "map index")) { mark_bad(n); return; }
        n->type = u->elem;
        n->flags |= NF_MAPINDEX;
        return;
    }
    check_expr(ch, n->u.index.index);
    errorf(ch, start_pos(n), "cannot index %s", operand_string(x));
    mark_bad(n);
}

static void check_composite_as(Checker *ch, Node *n, Type *t);

/* Whether a value of interface type xt could hold a T (for assertions):
 * a concrete T must implement xt. Reports Go's "impossible type assertion". */
bool check_assertable(Checker *ch, Node *at, Type *xt, Type *t, const char *what) {
    if (t->under->kind == TY_INTERFACE) return true;
    const char *missing = NULL;
    if (!implements(t, xt, &missing)) {
        errorf(ch, start_pos(at), "impossible %s: %s\n\t%s does not implement %s (%s)", what,
               expr_string(at), type_string(t), type_string(xt), missing_why(missing ? missing : "?"));
        return false;
    }
    return true;
}

/* The right side of an assignment to n variables: with two variables, a
 * type assertion, a map index or a receive yields (value, ok). */
void check_multi(Checker *ch, Node *v, int nvars) {
    check_expr(ch, v);
    if (nvars != 2 || is_bad(v)) return;
    Node *inner = v;
    while (inner->kind == N_PAREN) inner = inner->u.unary.x;
    if (inner->kind == N_TYPEASSERT || (inner->kind == N_INDEX && (inner->flags & NF_MAPINDEX)) ||
        (inner->kind == N_UNARY && inner->u.unary.op == T_ARROW)) {
        Type **ts = GC_MALLOC(sizeof(Type *) * 2);
        ts[0] = v->type;
        ts[1] = ty_bool;
        v->type = types_tuple(ts, 2);
        inner->type = v->type;
        v->flags |= NF_COMMAOK;
        inner->flags |= NF_COMMAOK;
    }
}

/* Checks a type assertion x.(T): x an interface, T a type a value of x could hold. */
static void check_type_assert(Checker *ch, Node *n) {
    Node *x = n->u.assert.x;
    check_value(ch, x);
    if (is_bad(x)) { mark_bad(n); return; }
    if (!n->u.assert.type) {
        errorf(ch, n->pos, "invalid syntax tree: use of .(type) outside type switch");
        mark_bad(n);
        return;
    }
    if (x->type->under->kind != TY_INTERFACE) {
        errorf(ch, start_pos(x), "invalid operation: %s is not an interface", operand_string(x));
        check_type(ch, n->u.assert.type);
        mark_bad(n);
        return;
    }
    Type *t = check_type(ch, n->u.assert.type);
    if (t == ty_invalid) { mark_bad(n); return; }
    n->type = t;
    if (!check_assertable(ch, n, x->type, t, "type assertion")) mark_bad(n);
}

/* An element of a composite literal: a nested literal may omit its type. */
static void check_element(Checker *ch, Node *e, Type *t, const char *context) {
    if (e->kind == N_COMPOSITE && !e->u.composite.type && t->under->kind == TY_POINTER &&
        (t->under->elem->under->kind == TY_STRUCT || t->under->elem->under->kind == TY_ARRAY ||
         t->under->elem->under->kind == TY_SLICE || t->under->elem->under->kind == TY_MAP)) {
        /* {…} for a *T element means &T{…}: rewrite the node in place */
        Node *lit = node_new(N_COMPOSITE, e->pos);
        lit->u.composite = e->u.composite;
        e->kind = N_UNARY;
        e->u.unary.op = T_AND;
        e->u.unary.x = lit;
        check_composite_as(ch, lit, t->under->elem);
        e->type = t;
        return;
    }
    if (e->kind == N_COMPOSITE && !e->u.composite.type) {
        check_composite_as(ch, e, t);
        return;
    }
    if (e->kind == N_UNARY && e->u.unary.op == T_AND && e->u.unary.x->kind == N_COMPOSITE &&
        !e->u.unary.x->u.composite.type && t->under->kind == TY_POINTER) {
        check_composite_as(ch, e->u.unary.x, t->under->elem);
        e->type = t;
        return;
    }
    check_value(ch, e);
    assign_to(ch, e, t, context);
}

/* ---- sets of constants: duplicate cases, map keys and array indexes ---- */

static uint64_t const_hash(const Const *c) {
    uint64_t h = 1469598103934665603ull;
    switch (const_kind(c)) {
    case CK_BOOL: return const_bool_val(c) ? 3 : 5;
    case CK_STRING: {
        size_t n;
        const char *p = const_string_val(c, &n);
        for (size_t i = 0; i < n; i++) h = (h ^ (unsigned char)p[i]) * 1099511628211ull;
        return h;
    }
    case CK_INT: case CK_FLOAT: {
        double d = const_float64_val(c);
        if (d == 0) d = 0;   /* -0 and +0 */
        uint64_t bits;
        memcpy(&bits, &d, sizeof bits);
        /* splitmix64's finalizer: small integers differ only in high bits */
        bits = (bits ^ (bits >> 30)) * 0xBF58476D1CE4E5B9ull;
        bits = (bits ^ (bits >> 27)) * 0x94D049BB133111EBull;
        return bits ^ (bits >> 31);
    }
    }
    return h;
}

static bool const_numeric(const Const *c) { return const_kind(c) == CK_INT || const_kind(c) == CK_FLOAT; }

static bool same_const(const Node *a, const Node *b) {
    if (!type_identical(a->type, b->type)) return false;
    if (const_numeric(a->cval) != const_numeric(b->cval)) return false;
    if (!const_numeric(a->cval) && const_kind(a->cval) != const_kind(b->cval)) return false;
    return const_compare(T_EQL, a->cval, b->cval);
}

/* Adds e (with e->cval set); returns an earlier operand with the same value
 * and an identical type, or NULL. */
Node *constset_add(ConstSet *s, Node *e) {
    if (2 * (s->len + 1) > s->cap) {
        Node **old = s->slots;
        int ocap = s->cap;
        s->cap = s->cap ? 2 * s->cap : 16;
        s->slots = GC_MALLOC(sizeof(Node *) * (size_t)s->cap);
        s->len = 0;
        for (int i = 0; i < ocap; i++) if (old[i]) constset_add(s, old[i]);
    }
    size_t mask = (size_t)s->cap - 1;
    for (size_t h = (size_t)const_hash(e->cval) & mask;; h = (h + 1) & mask) {
        Node *q = s->slots[h];
        if (!q) { s->slots[h] = e; s->len++; return NULL; }
        if (same_const(q, e)) return q;
    }
}

/* The same for integer indexes of an array or slice literal. */
typedef struct IndexSet { int64_t *slots; bool *used; int cap, len; } IndexSet;

static bool indexset_add(IndexSet *s, int64_t v) {
    if (2 * (s->len + 1) > s->cap) {
        int64_t *os = s->slots;
        bool *ou = s->used;
        int ocap = s->cap;
        s->cap = s->cap ? 2 * s->cap : 16;
        s->slots = GC_MALLOC_ATOMIC(sizeof(int64_t) * (size_t)s->cap);
        s->used = GC_MALLOC_ATOMIC((size_t)s->cap);
        memset(s->used, 0, (size_t)s->cap);
        s->len = 0;
        for (int i = 0; i < ocap; i++) if (ou[i]) indexset_add(s, os[i]);
    }
    size_t mask = (size_t)s->cap - 1;
    uint64_t x = (uint64_t)v;
    x = (x ^ (x >> 30)) * 0xBF58476D1CE4E5B9ull;
    x = (x ^ (x >> 27)) * 0x94D049BB133111EBull;
    for (size_t h = (size_t)(x ^ (x >> 31)) & mask;; h = (h + 1) & mask) {
        if (!s->used[h]) { s->used[h] = true; s->slots[h] = v; s->len++; return true; }
        if (s->slots[h] == v) return false;
    }
}

/* Checks the elements of composite literal n as a literal of type t (struct, array, slice, map). */
static void check_composite_as(Checker *ch, Node *n, Type *t) {
    n->type = t;
    const Type *u = t->under;
    NodeList *elts = &n->u.composite.elts;
    switch (u->kind) {
    case TY_STRUCT: {
        if (elts->len == 0) return;
        bool keyed = elts->items[0]->kind == N_KEYVALUE;
        if (keyed) {
            for (int i = 0; i < elts->len; i++) {
                Node *kv = elts->items[i];
                if (kv->kind != N_KEYVALUE || kv->u.kv.key->kind != N_IDENT) {
                    errorf(ch, start_pos(kv), "mixture of field:value and value elements in struct literal");
                    mark_bad(n);
                    return;
                }
                const char *name = intern_cstr(kv->u.kv.key->u.ident.name);
                int f = -1;
                for (int j = 0; j < u->nfields; j++) if (u->fields[j].name == name) f = j;
                if (f < 0) {
                    /* a field whose name differs only in case is named, as in types2 (only
                     * the library's exported fields are Go's) */
                    const char *alt = NULL;
                    bool local = !t->name || strncmp(t->name, "main.", 5) == 0;
                    for (int j = 0; j < u->nfields && !alt; j++) {
                        const char *fn = u->fields[j].name;
                        if (fn && strcasecmp(fn, name) == 0 &&
                            (local || (isupper((unsigned char)fn[0]) &&
                                       (isupper((unsigned char)name[0]) || strcmp(fn + 1, name + 1) == 0))))
                            alt = fn;
                    }
                    errorf(ch, kv->u.kv.key->pos, "unknown field %s in struct literal of type %s%s%s", name,
                           type_string(t), alt ? ", but does have " : "", alt ? alt : "");
                    continue;
                }
                kv->u.kv.key->flags = (uint32_t)f << 16;   /* the field index, for codegen */
                kv->u.kv.key->type = u->fields[f].type;
                check_element(ch, kv->u.kv.value, u->fields[f].type, "struct literal");
            }
        } else {
            for (int i = 0; i < elts->len; i++) {
                Node *e = elts->items[i];
                if (e->kind == N_KEYVALUE) {
                    errorf(ch, start_pos(e), "mixture of field:value and value elements in struct literal");
                    mark_bad(n);
                    return;
                }
                if (i >= u->nfields) {
                    errorf(ch, start_pos(e), "too many values in struct literal of type %s", type_string(t));
                    mark_bad(n);
                    return;
                }
                check_element(ch, e, u->fields[i].type, "struct literal");
            }
            if (elts->len < u->nfields) {
                errorf(ch, n->u.composite.rbrace.line ? n->u.composite.rbrace : n->pos,
                       "too few values in struct literal of type %s", type_string(t));
                mark_bad(n);
            }
        }
        return;
    }
    case TY_ARRAY: case TY_SLICE: {
        int64_t idx = 0, max = 0;
        IndexSet seen = {0};
        for (int i = 0; i < elts->len; i++) {
            Node *e = elts->items[i];
            if (e->kind == N_KEYVALUE) {
                Node *k = e->u.kv.key;
                check_value(ch, k);
                if (is_bad(k)) continue;
                if (!k->cval || !const_is_int_valued(k->cval) || !type_is_numeric(k->type->under)) {
                    errorf(ch, start_pos(k), "index %s must be integer constant", expr_string(k));
                    continue;
                }
                convert_untyped(ch, k, ty_int);
                idx = const_int64_val(const_to_int(k->cval));
                e->u.kv.key->flags |= NF_CONV;
                check_element(ch, e->u.kv.value, u->elem, "array or slice literal");
            } else {
                check_element(ch, e, u->elem, "array or slice literal");
            }
            if (u->kind == TY_ARRAY && idx >= u->len) {
                errorf(ch, start_pos(e), "index %lld out of bounds [0:%lld]", (long long)idx, (long long)u->len);
                mark_bad(n);
                return;
            }
            if (!indexset_add(&seen, idx))
                errorf(ch, start_pos(e), "duplicate index %lld in array or slice literal", (long long)idx);
            idx++;
            if (idx > max) max = idx;
        }
        return;
    }
    case TY_MAP: {
        ConstSet seen = {0};
        for (int i = 0; i < elts->len; i++) {
            Node *e = elts->items[i];
            if (e->kind != N_KEYVALUE) {
                errorf(ch, start_pos(e), "missing key in map literal");
                continue;
            }
            Node *k = e->u.kv.key;
            check_element(ch, k, u->key, "map literal");
            if (!is_bad(k) && k->cval && k->type && !type_is_untyped(k->type) && constset_add(&seen, k))
                errorf(ch, start_pos(k), "duplicate key %s in map literal", const_string_repr(k->cval));
            check_element(ch, e->u.kv.value, u->elem, "map literal");
        }
        return;
    }
    default:
        errorf(ch, n->pos, "invalid composite literal type %s", type_string(t));
        mark_bad(n);
        return;
    }
}

/* Checks a composite literal T{...}, [...]T{...} included. */
static void check_composite(Checker *ch, Node *n) {
    if (!n->u.composite.type) {
        errorf(ch, n->pos, "invalid composite literal type: missing type");
        mark_bad(n);
        return;
    }
    Node *tn = n->u.composite.type;
    Type *t;
    if (tn->kind == N_ARRAYTYPE && tn->u.arraytype.len && tn->u.arraytype.len->kind == N_ELLIPSIS) {
        /* [...]T{...}: the length is the literal's */
        Type *elem = check_type(ch, tn->u.arraytype.elem);
        int64_t idx = 0, max = 0;
        for (int i = 0; i < n->u.composite.elts.len; i++) {
            Node *e = n->u.composite.elts.items[i];
            if (e->kind == N_KEYVALUE) {
                check_value(ch, e->u.kv.key);
                if (e->u.kv.key->cval && const_is_int_valued(e->u.kv.key->cval))
                    idx = const_int64_val(const_to_int(e->u.kv.key->cval));
                clear_annotations(e->u.kv.key);
            }
            idx++;
            if (idx > max) max = idx;
        }
        t = types_array_of(elem, max);
        tn->type = t;
        tn->flags |= NF_TYPE;
    } else {
        t = check_type(ch, tn);
    }
    if (t == ty_invalid) { mark_bad(n); return; }
    check_composite_as(ch, n, t);
}

/* ---- expressions ---- */

/* Checks an expression: annotates its type, constant value, object and flags. */
void check_expr(Checker *ch, Node *n) {
    stack_guard(n->pos);
    switch (n->kind) {
    case N_IDENT: check_ident(ch, n); break;
    case N_BASICLIT: {
        const char *err = NULL;
        switch (n->u.lit.tok) {
        case T_INT:
            n->type = ty_untyped_int;
            n->cval = const_from_int_lit(n->u.lit.text, (size_t)n->u.lit.len, &err);
            break;
        case T_FLOAT:
            n->type = ty_untyped_float;
            n->cval = const_from_float_lit(n->u.lit.text, (size_t)n->u.lit.len, &err);
            break;
        case T_RUNE:
            n->type = ty_untyped_rune;
            n->cval = const_int64(n->u.lit.rune);
            break;
        default:
            n->type = ty_untyped_string;
            n->cval = const_string(n->u.lit.sval ? n->u.lit.sval : "", (size_t)n->u.lit.slen);
            break;
        }
        if (!n->cval) {
            errorf(ch, n->pos, "%s", err ? err : "invalid literal");
            mark_bad(n);
        }
        break;
    }
    case N_PAREN: {
        Node *x = n->u.unary.x;
        check_expr(ch, x);
        n->type = x->type;
        n->cval = x->cval;
        n->flags |= x->flags & (NF_TYPE | NF_VOID | NF_BUILTIN | NF_PKG | NF_BAD | NF_ADDR | NF_MAPINDEX);
        n->obj = x->obj;
        break;
    }
    case N_SELECTOR: check_selector(ch, n); break;
    case N_INDEX: check_index(ch, n); break;
    case N_CALL: check_call(ch, n); break;
    case N_UNARY: check_unary(ch, n); break;
    case N_BINARY: check_binary(ch, n); break;
    case N_COMPOSITE: check_composite(ch, n); break;
    case N_STAR: {
        Node *x = n->u.unary.x;
        check_expr(ch, x);
        if (is_bad(x)) { mark_bad(n); return; }
        if (x->flags & NF_TYPE) {
            n->flags |= NF_TYPE;
            n->type = types_pointer_to(x->type);
            return;
        }
        if (!single_value(ch, x)) { mark_bad(n); return; }
        if (x->type->kind == TY_UNTYPED_NIL) {
            errorf(ch, start_pos(x), "invalid operation: cannot indirect nil");
            mark_bad(n);
            return;
        }
        if (x->type->under->kind != TY_POINTER) {
            errorf(ch, start_pos(x), "invalid operation: cannot indirect %s", operand_string(x));
            mark_bad(n);
            return;
        }
        n->type = x->type->under->elem;
        n->flags |= NF_ADDR;
        break;
    }
    case N_ARRAYTYPE: case N_MAPTYPE: case N_CHANTYPE: case N_FUNCTYPE: case N_STRUCTTYPE: case N_INTERFACETYPE:
        check_type(ch, n);
        break;
    case N_FUNCLIT: {
        /* calls in the body are not calls of the enclosing expression (Go checks bodies later) */
        bool calls = ch->has_call_or_recv;
        n->type = check_func(ch, n->u.funclit.type, n->u.funclit.body, ch->scope, n, NULL);
        ch->has_call_or_recv = calls;
        break;
    }
    case N_SLICE: {
        Node *x = n->u.slice.x;
        check_value(ch, x);
        if (is_bad(x)) { mark_bad(n); break; }
        const Type *u = x->type->under;
        Node *idx[3] = { n->u.slice.lo, n->u.slice.hi, n->u.slice.max };
        if (type_is_string(u)) {
            if (n->u.slice.three) {
                errorf(ch, start_pos(n), "invalid operation: 3-index slice of string");
                mark_bad(n);
                break;
            }
            default_type(ch, x);
            n->type = x->type->under == ty_string && x->type != ty_string ? x->type : x->type;
        } else if (u->kind == TY_SLICE) {
            n->type = x->type;
        } else if (u->kind == TY_ARRAY || (u->kind == TY_POINTER && u->elem->under->kind == TY_ARRAY)) {
            const Type *at = u->kind == TY_ARRAY ? u : u->elem->under;
            if (u->kind == TY_ARRAY && !(x->flags & NF_ADDR)) {
                errorf(ch, start_pos(n), "invalid operation: %s (slice of unaddressable value)", expr_string(n));
                mark_bad(n);
                break;
            }
            if (u->kind == TY_ARRAY) note_address_taken(ch, x);
            n->type = types_slice_of(at->elem);
        } else {
            errorf(ch, start_pos(n), "cannot slice %s", operand_string(x));
            mark_bad(n);
            break;
        }
        for (int i = 0; i < 3; i++) {
            if (!idx[i]) continue;
            check_index_value(ch, idx[i], -1, "index");
            if (is_bad(idx[i])) { mark_bad(n); return; }
        }
        for (int i = 0; i < 3; i++)
            for (int j = i + 1; j < 3; j++)
                if (idx[i] && idx[j] && idx[i]->cval && idx[j]->cval && const_compare(T_GTR, idx[i]->cval, idx[j]->cval)) {
                    errorf(ch, start_pos(idx[j]), "invalid slice indices: %s < %s", const_string_repr(idx[j]->cval),
                           const_string_repr(idx[i]->cval));
                    mark_bad(n);
                    return;
                }
        break;
    }
    case N_TYPEASSERT:
        check_expr(ch, n->u.assert.x);
        check_type_assert(ch, n);
        break;
    case N_KEYVALUE:
        errorf(ch, n->pos, "unexpected key:value expression");
        mark_bad(n);
        break;
    default:
        errorf(ch, n->pos, "unexpected expression");
        mark_bad(n);
        break;
    }
}

