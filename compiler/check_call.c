/* check_call.c — the checker's calls (types2's call.go, builtins.go,
 * conversions.go).
 *
 * Owns check_call: a call of a function or method (the arguments against
 * the signature, f(g()) with a multi-value g, variadic calls), a
 * conversion T(x), and the builtins (len, cap, append, make, new, copy,
 * delete, panic, print, ..., whose constant results are folded here).
 */
#include "check_int.h"

/* ---- calls ---- */

static void check_args(Checker *ch, Node *call, Type *sig, const char *fname, bool prechecked);

/* Checks a conversion T(x): convertibility, and the constant result of a constant x. */
static void check_conversion(Checker *ch, Node *n, Type *t) {
    n->flags |= NF_CONV;
    n->type = t;
    if (n->u.call.args.len != 1) {
        if (n->u.call.args.len == 0)
            errorf(ch, n->u.call.rparen.line ? n->u.call.rparen : n->pos, "missing argument in conversion to %s", type_string(t));
        else
            errorf(ch, start_pos(n->u.call.args.items[1]), "too many arguments in conversion to %s", type_string(t));
        mark_bad(n);
        return;
    }
    Node *x = n->u.call.args.items[0];
    check_value(ch, x);
    if (is_bad(x) || t == ty_invalid) { mark_bad(n); return; }
    const Type *tu = t->under, *xu = x->type->under;
    if (x->cval && tu->kind >= TY_BOOL && tu->kind <= TY_STRING) {
        /* constant conversion */
        if (type_is_string(tu) && type_is_integer(xu)) {
            /* string(rune constant) */
            int32_t r = 0xFFFD;
            Const *ic = const_to_int(x->cval);
            if (ic && const_fits_int(ic, 32, false)) {
                int64_t v = const_int64_val(ic);
                if (v >= 0 && v <= 0x10FFFF && !(v >= 0xD800 && v <= 0xDFFF)) r = (int32_t)v;
            }
            char buf[4];
            int len;
            if (r < 0x80) { buf[0] = (char)r; len = 1; }
            else if (r < 0x800) { buf[0] = (char)(0xC0 | (r >> 6)); buf[1] = (char)(0x80 | (r & 0x3F)); len = 2; }
            else if (r < 0x10000) { buf[0] = (char)(0xE0 | (r >> 12)); buf[1] = (char)(0x80 | ((r >> 6) & 0x3F));
                                    buf[2] = (char)(0x80 | (r & 0x3F)); len = 3; }
            else { buf[0] = (char)(0xF0 | (r >> 18)); buf[1] = (char)(0x80 | ((r >> 12) & 0x3F));
                   buf[2] = (char)(0x80 | ((r >> 6) & 0x3F)); buf[3] = (char)(0x80 | (r & 0x3F)); len = 4; }
            n->cval = const_string(buf, (size_t)len);
            if (type_is_untyped(x->type)) convert_untyped(ch, x, type_default(x->type));
            return;
        }
        Const *r;
        const char *why = NULL;
        bool kinds_ok = (type_is_numeric(tu) && type_is_numeric(xu)) ||
                        (type_is_string(tu) && type_is_string(xu)) ||
                        (type_is_bool(tu) && type_is_bool(xu));
        if (!kinds_ok) {
            errorf(ch, start_pos(x), "cannot convert %s to type %s", operand_string(x), type_string(t));
            mark_bad(n);
            return;
        }
        if (type_is_integer(tu) && type_is_float(xu) && !const_is_int_valued(x->cval)) {
            errorf(ch, start_pos(x), "cannot convert %s to type %s", operand_string(x), type_string(t));
            mark_bad(n);
            return;
        }
        if (!representable(x->cval, t, &r, &why)) {
            if (why && strcmp(why, "truncated") == 0)
                errorf(ch, start_pos(x), "cannot convert %s to type %s", operand_string(x), type_string(t));
            else
                errorf(ch, start_pos(x), "%s overflows %s", type_is_untyped(x->type) ?
                       strf("constant %s", const_string_repr(x->cval)) : operand_string(x), type_string(t));
            mark_bad(n);
            return;
        }
        n->cval = r;
        if (type_is_untyped(x->type)) {
            if (type_is_numeric(tu) && type_is_numeric(xu)) {
                /* the operand keeps an exact value; give it the target type for codegen */
                x->type = t;
                x->cval = r;
            } else {
                convert_untyped(ch, x, t);
            }
        }
        return;
    }
    if (type_is_untyped(x->type)) {
        if (x->type->kind == TY_UNTYPED_NIL) {
            if (tu->kind == TY_POINTER || tu->kind == TY_SLICE || tu->kind == TY_MAP || tu->kind == TY_CHAN ||
                tu->kind == TY_FUNC || tu->kind == TY_INTERFACE) {
                x->type = t;
                return;
            }
            errorf(ch, start_pos(x), "cannot convert nil to type %s", type_string(t));
            mark_bad(n);
            return;
        }
        if (tu->kind == TY_INTERFACE || !(tu->kind >= TY_BOOL && tu->kind <= TY_STRING))
            default_type(ch, x);
        else
            convert_untyped(ch, x, t);
        if (is_bad(x)) { mark_bad(n); return; }
        xu = x->type->under;
    }
    bool ok = assignable(x->type, t) || type_identical(xu, tu) ||
              (type_is_numeric(xu) && type_is_numeric(tu)) ||
              (type_is_string(tu) && type_is_integer(xu)) ||
              (type_is_string(tu) && xu->kind == TY_SLICE && (xu->elem->under == ty_uint8 || xu->elem->under == ty_int32)) ||
              (type_is_string(xu) && tu->kind == TY_SLICE && (tu->elem->under == ty_uint8 || tu->elem->under == ty_int32)) ||
              (xu->kind == TY_POINTER && tu->kind == TY_POINTER && type_identical(xu->elem->under, tu->elem->under));
    if (!ok) {
        errorf(ch, start_pos(x), "cannot convert %s to type %s", operand_string(x), type_string(t));
        mark_bad(n);
    }
}

/* A built-in called with the wrong number of arguments (types2's words
 * and position: the call). */
static void wrong_arg_count(Checker *ch, Node *call, int want) {
    int got = call->u.call.args.len;
    errorf(ch, start_pos(call), "invalid operation: %s arguments for %s (expected %d, found %d)",
           got < want ? "not enough" : "too many", expr_string(call), want, got);
    for (int i = 0; i < got; i++) check_expr(ch, call->u.call.args.items[i]);   /* used, as in Go */
    mark_bad(call);
}

/* Checks len(x) or cap(x) (b), constant for a string constant and, without calls or receives in x, an array. */
static void check_builtin_len(Checker *ch, Node *n, Builtin b, const char *name) {
    NodeList *args = &n->u.call.args;
    if (args->len != 1) {
        wrong_arg_count(ch, n, 1);
        return;
    }
    /* len(x) and cap(x) of an array or a pointer to one are constants (and x is
     * not evaluated) when x holds no function call and no receive; the flag is
     * the caller's again afterwards, check_call adds to it if len is not constant */
    Node *x = args->items[0];
    bool outer_calls = ch->has_call_or_recv;
    ch->has_call_or_recv = false;
    check_value(ch, x);
    bool calls = ch->has_call_or_recv;
    ch->has_call_or_recv = outer_calls;
    if (is_bad(x)) { mark_bad(n); return; }
    const Type *u = x->type->under;
    if (u->kind == TY_POINTER && u->elem->under->kind == TY_ARRAY) {
        /* len and cap of a pointer to an array: the array's length (a nil pointer too) */
        n->type = ty_int;
        if (!calls) n->cval = const_int64(u->elem->under->len);
        return;
    }
    bool ok = (b == BI_LEN && type_is_string(u)) || u->kind == TY_SLICE || u->kind == TY_ARRAY ||
              u->kind == TY_CHAN || (b == BI_LEN && u->kind == TY_MAP);
    if (!ok) {
        errorf(ch, start_pos(x), "invalid argument: %s for built-in %s", operand_string(x), name);
        mark_bad(n);
        return;
    }
    n->type = ty_int;
    if (x->cval && type_is_string(u)) {
        size_t len;
        const_string_val(x->cval, &len);
        n->cval = const_int64((int64_t)len);
    } else if (u->kind == TY_ARRAY && !calls) {
        n->cval = const_int64(u->len);
    }
    if (type_is_untyped(x->type)) default_type(ch, x);
    return;
}

/* Checks min(x, ...) or max(x, ...) (b): ordered operands of one type, folded when all are constant. */
static void check_builtin_minmax(Checker *ch, Node *n, Builtin b) {
    NodeList *args = &n->u.call.args;
    if (args->len == 0) {
        wrong_arg_count(ch, n, 1);
        return;
    }
    for (int i = 0; i < args->len; i++) {
        check_value(ch, args->items[i]);
        if (is_bad(args->items[i])) { mark_bad(n); return; }
    }
    /* the result type: the first typed operand's, or the widest untyped kind */
    Type *t = NULL;
    for (int i = 0; i < args->len; i++)
        if (!type_is_untyped(args->items[i]->type)) { t = args->items[i]->type; break; }
    if (!t) {
        t = args->items[0]->type;
        for (int i = 1; i < args->len; i++)
            if (untyped_rank(args->items[i]->type) > untyped_rank(t)) t = args->items[i]->type;
    }
    for (int i = 0; i < args->len; i++) {
        Node *x = args->items[i];
        if (type_is_untyped(x->type)) convert_untyped(ch, x, t);
        if (is_bad(x)) { mark_bad(n); return; }
        if (!type_identical(x->type, t)) {
            errorf(ch, start_pos(x), "invalid argument: mismatched types %s (previous argument) and %s (type of %s)",
                   type_string(t), type_string(x->type), expr_string(x));
            mark_bad(n);
            return;
        }
        if (!is_ordered(t)) {
            errorf(ch, start_pos(x), "invalid argument: %s cannot be ordered", operand_string(x));
            mark_bad(n);
            return;
        }
    }
    n->type = t;
    bool allconst = true;
    for (int i = 0; i < args->len; i++) if (!args->items[i]->cval) allconst = false;
    if (allconst) {
        Const *best = args->items[0]->cval;
        for (int i = 1; i < args->len; i++) {
            Const *v = args->items[i]->cval;
            if (const_compare(b == BI_MIN ? T_LSS : T_GTR, v, best)) best = v;
        }
        n->cval = best;
    }
    return;
}

/* Checks append(s, x...) and append(s, t...), also append([]byte, string...). */
static void check_builtin_append(Checker *ch, Node *n) {
    NodeList *args = &n->u.call.args;
    if (args->len == 0) {
        wrong_arg_count(ch, n, 1);
        return;
    }
    Node *s0 = args->items[0];
    check_value(ch, s0);
    for (int i = 1; i < args->len; i++) check_value(ch, args->items[i]);
    if (is_bad(s0)) { mark_bad(n); return; }
    if (s0->type->kind == TY_UNTYPED_NIL) {
        errorf(ch, start_pos(s0), "first argument to append must be a typed slice; have untyped nil");
        mark_bad(n);
        return;
    }
    Type *st = s0->type;
    if (st->under->kind != TY_SLICE) {
        errorf(ch, start_pos(s0), "invalid append: argument must be a slice; have %s", operand_string(s0));
        mark_bad(n);
        return;
    }
    n->type = st;
    Type *elem = st->under->elem;
    if (n->u.call.has_ellipsis) {
        if (args->len != 2) {
            errorf(ch, start_pos(n), "can only use ... with final argument in list");
            mark_bad(n);
            return;
        }
        Node *t = args->items[1];
        if (is_bad(t)) { mark_bad(n); return; }
        if (elem->under == ty_uint8 && type_is_string(t->type->under)) {
            default_type(ch, t);
            return;
        }
        assign_to(ch, t, st, "argument to append");
        return;
    }
    for (int i = 1; i < args->len; i++) {
        if (!is_bad(args->items[i])) assign_to(ch, args->items[i], elem, "argument to append");
    }
    return;
}

/* Checks make(T, size...) of a slice, map or channel type. */
static void check_builtin_make(Checker *ch, Node *n) {
    NodeList *args = &n->u.call.args;
    if (args->len == 0) {
        wrong_arg_count(ch, n, 1);
        return;
    }
    Type *t = check_type(ch, args->items[0]);
    if (t == ty_invalid) { mark_bad(n); return; }
    n->type = t;
    TypeKind k = t->under->kind;
    if (k != TY_SLICE && k != TY_MAP && k != TY_CHAN) {
        errorf(ch, start_pos(args->items[0]), "invalid argument: cannot make %s; type must be slice, map, channel, or type parameter",
               expr_string(args->items[0]));
        mark_bad(n);
        return;
    }
    int min = k == TY_SLICE ? 2 : 1;
    if (args->len < min || args->len > 3) {
        errorf(ch, args->len < min ? n->u.call.rparen : start_pos(args->items[3]), "invalid operation: %s expects %d or %d arguments; found %d",
               expr_string(n), min, 3, args->len);
        mark_bad(n);
        return;
    }
    for (int i = 1; i < args->len; i++) {
        check_index_value(ch, args->items[i], -1, i == 1 ? "index" : "index");
        if (is_bad(args->items[i])) { mark_bad(n); return; }
    }
    if (args->len == 3 && args->items[1]->cval && args->items[2]->cval &&
        const_compare(T_GTR, args->items[1]->cval, args->items[2]->cval)) {
        errorf(ch, start_pos(args->items[1]), "invalid argument: length and capacity swapped");
        mark_bad(n);
        return;
    }
    if ((k == TY_MAP || k == TY_CHAN) && args->len > 2) {
        errorf(ch, start_pos(n), "invalid operation: %s expects 1 or 2 arguments; found %d",
               expr_string(n), args->len);
        mark_bad(n);
        return;
    }
    return;
}

/* Checks copy(dst, src) of slices of one element type (or a string into []byte). */
static void check_builtin_copy(Checker *ch, Node *n) {
    NodeList *args = &n->u.call.args;
    if (args->len != 2) {
        wrong_arg_count(ch, n, 2);
        return;
    }
    Node *d = args->items[0], *src = args->items[1];
    check_value(ch, d);
    check_value(ch, src);
    if (is_bad(d) || is_bad(src)) { mark_bad(n); return; }
    n->type = ty_int;
    if (d->type->under->kind != TY_SLICE) {
        errorf(ch, start_pos(n), "invalid argument: copy expects slice arguments; found %s and %s",
               operand_string(d), operand_string(src));
        mark_bad(n);
        return;
    }
    if (type_is_string(src->type->under) && d->type->under->elem->under == ty_uint8) {
        default_type(ch, src);
        return;
    }
    if (src->type->under->kind != TY_SLICE || !type_identical(src->type->under->elem, d->type->under->elem)) {
        errorf(ch, start_pos(n), "invalid argument: arguments to copy %s and %s have different element types %s and %s",
               operand_string(d), operand_string(src), type_string(d->type->under->elem),
               type_string(src->type->under->kind == TY_SLICE ? src->type->under->elem : src->type));
        mark_bad(n);
    }
    return;
}

/* Checks a call of builtin b (Go's argument rules, the result type, constant results). */
static void check_builtin(Checker *ch, Node *n, Builtin b) {
    NodeList *args = &n->u.call.args;
    const char *names[BI_COUNT] = { "append", "cap", "clear", "close", "copy", "delete", "len", "make",
                                    "max", "min", "new", "panic", "print", "println", "recover",
                                    "complex", "real", "imag" };
    const char *name = names[b];
    n->type = ty_invalid;
    switch (b) {
    case BI_LEN: case BI_CAP:
        check_builtin_len(ch, n, b, name);
        return;
    case BI_PRINT: case BI_PRINTLN:
        for (int i = 0; i < args->len; i++) {
            Node *x = args->items[i];
            check_value(ch, x);
            if (is_bad(x)) continue;
            if (x->type->kind == TY_UNTYPED_NIL) {
                errorf(ch, start_pos(x), "use of untyped nil in argument to built-in %s", name);
                continue;
            }
            default_type(ch, x);
        }
        n->flags |= NF_VOID;
        return;
    case BI_PANIC:
        if (args->len != 1) {
            wrong_arg_count(ch, n, 1);
            return;
        }
        check_value(ch, args->items[0]);
        assign_to(ch, args->items[0], ty_any, "argument to built-in panic");
        n->flags |= NF_VOID;
        return;
    case BI_MIN: case BI_MAX:
        check_builtin_minmax(ch, n, b);
        return;
    case BI_APPEND:
        check_builtin_append(ch, n);
        return;
    case BI_MAKE:
        check_builtin_make(ch, n);
        return;
    case BI_COPY:
        check_builtin_copy(ch, n);
        return;
    case BI_NEW: {
        if (args->len != 1) {
            wrong_arg_count(ch, n, 1);
            return;
        }
        Type *t = check_type(ch, args->items[0]);
        if (t == ty_invalid) { mark_bad(n); return; }
        n->type = types_pointer_to(t);
        return;
    }
    case BI_RECOVER:
        if (args->len) {
            wrong_arg_count(ch, n, 0);
            return;
        }
        n->type = ty_any;
        return;
    case BI_DELETE: {
        if (args->len != 2) {
            wrong_arg_count(ch, n, 2);
            return;
        }
        Node *m = args->items[0], *k = args->items[1];
        check_value(ch, m);
        check_value(ch, k);
        if (is_bad(m) || is_bad(k)) { mark_bad(n); return; }
        if (m->type->under->kind != TY_MAP) {
            errorf(ch, start_pos(m), "invalid argument: %s is not a map", operand_string(m));
            mark_bad(n);
            return;
        }
        if (!assign_to(ch, k, m->type->under->key, "argument to delete")) mark_bad(n);
        n->flags |= NF_VOID;
        return;
    }
    case BI_CLEAR: {
        if (args->len != 1) {
            wrong_arg_count(ch, n, 1);
            return;
        }
        Node *m = args->items[0];
        check_value(ch, m);
        if (is_bad(m)) { mark_bad(n); return; }
        TypeKind mk = m->type->under->kind;
        if (mk != TY_MAP && mk != TY_SLICE) {
            errorf(ch, start_pos(m), "invalid argument: %s cannot be cleared", operand_string(m));
            mark_bad(n);
            return;
        }
        n->flags |= NF_VOID;
        return;
    }
    case BI_CLOSE: {
        if (args->len != 1) {
            wrong_arg_count(ch, n, 1);
            mark_bad(n);
            return;
        }
        Node *c = args->items[0];
        check_value(ch, c);
        if (is_bad(c)) { mark_bad(n); return; }
        const Type *u = c->type->under;
        if (u->kind != TY_CHAN) {
            errorf(ch, start_pos(c), "invalid operation: cannot close non-channel %s", operand_string(c));
            mark_bad(n);
            return;
        }
        if (u->chan_dir == 2) {
            errorf(ch, start_pos(c), "invalid operation: cannot close receive-only channel %s", operand_string(c));
            mark_bad(n);
            return;
        }
        n->flags |= NF_VOID;
        return;
    }
    case BI_COMPLEX: case BI_REAL: case BI_IMAG: {
        /* real(c) of a c already reported is not reported again */
        bool bad = false;
        for (int i = 0; i < args->len; i++) {
            check_expr(ch, args->items[i]);
            bad |= is_bad(args->items[i]);
        }
        if (!bad || b == BI_COMPLEX) errorf(ch, start_pos(n), "complex numbers are not supported by minigo");
        mark_bad(n);
        return;
    }
    default:
        for (int i = 0; i < args->len; i++) check_expr(ch, args->items[i]);
        errorf(ch, start_pos(n), "built-in %s is not supported yet by minigo", name);
        mark_bad(n);
        return;
    }
}

/* Checks a call expression: a conversion, a builtin, or a call of a function or method value. */
void check_call(Checker *ch, Node *n) {
    Node *fun = n->u.call.fun;
    check_expr(ch, fun);
    if (is_bad(fun)) {
        for (int i = 0; i < n->u.call.args.len; i++) check_expr(ch, n->u.call.args.items[i]);
        mark_bad(n);
        return;
    }
    if (fun->flags & NF_TYPE) { check_conversion(ch, n, fun->type); return; }
    if (fun->flags & NF_BUILTIN) {
        check_builtin(ch, n, (Builtin)fun->obj->builtin);
        if (!is_bad(n) && !n->cval) ch->has_call_or_recv = true;   /* a non-constant result implies a call */
        return;
    }
    ch->has_call_or_recv = true;
    bool prechecked = false;
    if (fun->flags & NF_GENERIC) {
        if (!check_generic_call(ch, n)) { mark_bad(n); return; }
        prechecked = true;
    }
    if (!single_value(ch, fun)) { mark_bad(n); return; }
    Type *sig = fun->type->under;
    if (sig->kind != TY_FUNC) {
        errorf(ch, start_pos(n), "invalid operation: cannot call %s: %s is not a function", operand_string(fun),
                   type_string(fun->type));
        mark_bad(n);
        return;
    }
    Object *fo = fun->obj;
    if (fo && fo->kind == OBJ_FUNC && fo->native) n->flags |= NF_NATIVE;
    check_args(ch, n, sig, expr_string(fun), prechecked);
    if (sig->nresults == 0) { n->flags |= NF_VOID; n->type = ty_invalid; }
    else if (sig->nresults == 1) n->type = sig->results[0];
    else n->type = types_tuple(sig->results, sig->nresults);
}

const char *types_list_string(Node **args, int n, bool have) {
    size_t cap = 64;
    char *s = GC_MALLOC_ATOMIC(cap);
    size_t len = 0;
    s[len++] = '(';
    for (int i = 0; i < n; i++) {
        const char *t;
        Node *a = args[i];
        if (is_bad(a)) t = "invalid type";
        else if (have && a->cval && type_is_untyped(a->type) && untyped_rank(a->type)) t = "number";
        else t = type_string(a->type);
        size_t tl = strlen(t);
        if (len + tl + 4 > cap) {
            cap = (len + tl + 4) * 2;
            char *ns = GC_MALLOC_ATOMIC(cap);
            memcpy(ns, s, len);
            s = ns;
        }
        if (i) { s[len++] = ','; s[len++] = ' '; }
        memcpy(s + len, t, tl);
        len += tl;
    }
    s[len++] = ')';
    s[len] = 0;
    return s;
}

static const char *sig_params_string(const Type *sig) {
    Type *t = type_new(TY_FUNC);
    *t = *sig;
    t->nresults = 0;
    t->param_names = NULL;
    const char *s = type_string(t);   /* "func(...)" */
    return s + 4;
}

/* Checks a call's arguments against signature sig (f(g()) with a multi-value g, variadic calls). */
static void check_args(Checker *ch, Node *call, Type *sig, const char *fname, bool prechecked) {
    NodeList *args = &call->u.call.args;
    /* f(g()) with a multi-value g */
    if (args->len == 1 && !call->u.call.has_ellipsis) {
        Node *a = args->items[0];
        if (!prechecked) check_expr(ch, a);
        if (is_bad(a)) return;
        if (a->type && a->type->kind == TY_TUPLE) {
            Type *tup = a->type;
            bool ok = sig->variadic ? tup->nresults >= sig->nparams - 1 : tup->nresults == sig->nparams;
            for (int i = 0; ok && i < tup->nresults; i++) {
                Type *pt = (sig->variadic && i >= sig->nparams - 1) ? sig->params[sig->nparams - 1]->elem : sig->params[i];
                if (!assignable(tup->results[i], pt)) {
                    errorf(ch, start_pos(a), "cannot use %s (value of type %s) as %s value in argument to %s",
                           expr_string(a), type_string(tup->results[i]), type_string(pt), fname);
                    return;
                }
            }
            if (!ok) {
                errorf(ch, start_pos(a), "%s arguments in call to %s\n\thave %s\n\twant %s",
                       tup->nresults < sig->nparams ? "not enough" : "too many", fname,
                       type_string(tup), sig_params_string(sig));
            }
            return;
        }
    } else if (!prechecked) {
        for (int i = 0; i < args->len; i++) check_expr(ch, args->items[i]);
    }
    for (int i = 0; i < args->len; i++) {
        if (!is_bad(args->items[i])) single_value(ch, args->items[i]);
    }
    int np = sig->nparams;
    if (call->u.call.has_ellipsis) {
        if (!sig->variadic) {
            errorf(ch, start_pos(args->items[args->len - 1]), "have (...) but function is not variadic: %s", fname);
            return;
        }
        if (args->len != np) {
            errorf(ch, args->len < np ? start_pos(args->items[args->len - 1]) : start_pos(args->items[np]), "%s arguments in call to %s\n\thave %s\n\twant %s",
                   args->len < np ? "not enough" : "too many", fname, types_list_string(args->items, args->len, true),
                   sig_params_string(sig));
            return;
        }
        for (int i = 0; i < args->len; i++)
            assign_to(ch, args->items[i], sig->params[i], strf("argument to %s", fname));
        return;
    }
    bool too_few = sig->variadic ? args->len < np - 1 : args->len < np;
    bool too_many = !sig->variadic && args->len > np;
    if (too_few || too_many) {
        for (int i = 0; i < args->len; i++) if (is_bad(args->items[i])) return;
        errorf(ch, too_few ? (args->len ? start_pos(args->items[args->len - 1]) : start_pos(call)) : start_pos(args->items[np]),
               "%s arguments in call to %s\n\thave %s\n\twant %s",
               too_few ? "not enough" : "too many", fname, types_list_string(args->items, args->len, true),
               sig_params_string(sig));
        return;
    }
    for (int i = 0; i < args->len; i++) {
        Type *pt = (sig->variadic && i >= np - 1) ? sig->params[np - 1]->elem : sig->params[i];
        assign_to(ch, args->items[i], pt, strf("argument to %s", fname));
    }
}

