/* check_assign.c — the checker's assignments (types2's assignments.go,
 * and the var/const parts of decl.go).
 *
 * Owns assign_to (a value to a variable of a type, with untyped operands
 * converted), the left-hand sides, `=`, `op=`, `x++` and the short
 * variable declaration `:=`, and the var and const specs, local and
 * package-level, with their "assignment mismatch" counts.
 */
#include "check_int.h"

/* Checks that operand x can be assigned to a variable of type t; converts
 * untyped operands. context: "assignment", "argument to f", ... */
bool assign_to(Checker *ch, Node *x, Type *t, const char *context) {
    if (is_bad(x) || t == ty_invalid) return false;
    if ((x->flags & NF_GENERIC) && !(x->flags & NF_TYPE)) instantiate_to(ch, x, t);
    if (x->flags & (NF_TYPE | NF_VOID | NF_BUILTIN | NF_PKG)) return false; /* reported by single_value */
    if (type_is_untyped(x->type)) {
        Type *tu = t->under;
        if (x->type->kind == TY_UNTYPED_NIL) {
            switch (tu->kind) {
            case TY_POINTER: case TY_SLICE: case TY_MAP: case TY_CHAN: case TY_FUNC: case TY_INTERFACE:
                x->type = t;
                return true;
            default:
                errorf(ch, start_pos(x), "cannot use nil as %s value in %s", type_string(t), context);
                mark_bad(x);
                return false;
            }
        }
        if (tu->kind == TY_INTERFACE) {
            default_type(ch, x);
        } else if (x->cval && tu->kind >= TY_BOOL && tu->kind <= TY_STRING) {
            Const *r;
            const char *why = NULL;
            if (!representable(x->cval, t, &r, &why)) {
                why = representable_why(x->type, t, why);
                if (why)
                    errorf(ch, start_pos(x), "cannot use %s as %s value in %s (%s)", operand_string(x),
                           type_string(t), context, why);
                else
                    errorf(ch, start_pos(x), "cannot use %s as %s value in %s", operand_string(x),
                           type_string(t), context);
                mark_bad(x);
                return false;
            }
            x->cval = r;
            x->type = t;
            return true;
        } else if (x->cval) {
            errorf(ch, start_pos(x), "cannot use %s as %s value in %s", operand_string(x), type_string(t), context);
            mark_bad(x);
            return false;
        } else {
            bool ok = (x->type->kind == TY_UNTYPED_BOOL && tu->kind == TY_BOOL) ||
                      (untyped_rank(x->type) && type_is_numeric(tu));
            if (!ok) {
                errorf(ch, start_pos(x), "cannot use %s as %s value in %s", operand_string(x),
                       type_string(t), context);
                mark_bad(x);
                return false;
            }
            convert_untyped(ch, x, t);
            return !is_bad(x);
        }
    }
    if (!assignable(x->type, t)) {
        const char *missing = NULL;
        if (t->under->kind == TY_INTERFACE && !implements(x->type, t, &missing) && missing)
            errorf(ch, start_pos(x), "cannot use %s as %s value in %s: %s does not implement %s (%s)",
                   operand_string(x), type_string(t), context, type_string(x->type), type_string(t), missing_why(missing));
        else
            errorf(ch, start_pos(x), "cannot use %s as %s value in %s", operand_string(x), type_string(t), context);
        return false;
    }
    return true;
}

/* A single value was expected where a call returned several: Go words it
 * as an assignment mismatch. Returns true if it reported. */
static bool tuple_mismatch(Checker *ch, Node *v, int nvars) {
    if (is_bad(v) || !v->type || v->type->kind != TY_TUPLE || v->kind != N_CALL) return false;
    int got = v->type->nresults;
    errorf(ch, start_pos(v), "assignment mismatch: %d variable%s but %s returns %d value%s", nvars,
           nvars == 1 ? "" : "s", expr_string(v->u.call.fun), got, got == 1 ? "" : "s");
    mark_bad(v);
    return true;
}

/* Checks `var names [type] = values` (local or global). For globals the
 * objects already exist (name->obj). */
void check_var_spec(Checker *ch, Node *spec, bool global) {
    NodeList *names = &spec->u.value.names, *values = &spec->u.value.values;
    Type *t = spec->u.value.type ? check_type(ch, spec->u.value.type) : NULL;
    Type **types = GC_MALLOC(sizeof(Type *) * (size_t)names->len);
    if (values->len == 0) {
        if (!t) { errorf(ch, spec->pos, "missing type or init expr"); t = ty_invalid; }
        for (int i = 0; i < names->len; i++) types[i] = t;
    } else if (values->len == 1 && names->len > 1) {
        Node *v = values->items[0];
        check_multi(ch, v, names->len);
        if (!is_bad(v) && (!v->type || v->type->kind != TY_TUPLE || v->type->nresults != names->len)) {
            int got = v->type && v->type->kind == TY_TUPLE ? v->type->nresults : 1;
            if (v->kind == N_CALL && !(v->flags & (NF_CONV | NF_VOID)))
                errorf(ch, start_pos(v), "assignment mismatch: %d variables but %s returns %d value%s",
                       names->len, expr_string(v->u.call.fun), got, got == 1 ? "" : "s");
            else
                errorf(ch, start_pos(v), "assignment mismatch: %d variables but %d value%s", names->len, got,
                       got == 1 ? "" : "s");
            mark_bad(v);
        }
        for (int i = 0; i < names->len; i++) {
            if (is_bad(v)) types[i] = ty_invalid;
            else {
                Type *rt = v->type->results[i];
                if (t && !assignable(rt, t)) {
                    errorf(ch, start_pos(v), "cannot use %s value as %s value in assignment", type_string(rt), type_string(t));
                }
                types[i] = t ? t : rt;
            }
        }
    } else {
        if (values->len != names->len) {
            for (int i = 0; i < values->len; i++) check_expr(ch, values->items[i]);
            Node *v0 = values->items[0];
            if (values->len == 1 && v0->kind == N_CALL && !is_bad(v0))
                errorf(ch, start_pos(v0), "assignment mismatch: %d variable%s but %s returns %d value%s",
                       names->len, names->len == 1 ? "" : "s", expr_string(v0->u.call.fun),
                       v0->type && v0->type->kind == TY_TUPLE ? v0->type->nresults : 1,
                       v0->type && v0->type->kind == TY_TUPLE && v0->type->nresults == 1 ? "" : "s");
            else
                errorf(ch, names->len > values->len ? names->items[values->len]->pos : start_pos(values->items[names->len]),
                       "%s", names->len > values->len ? strf("missing init expr for %s", names->items[values->len]->u.ident.name)
                       : strf("extra init expr %s", expr_string(values->items[names->len])));
            for (int i = 0; i < names->len; i++) types[i] = ty_invalid;
        } else {
            for (int i = 0; i < names->len; i++) {
                Node *v = values->items[i];
                check_expr(ch, v);
                if (names->len == 1 && tuple_mismatch(ch, v, 1)) { types[i] = t ? t : ty_invalid; continue; }
                if (t && (v->flags & NF_GENERIC) && !(v->flags & NF_TYPE)) instantiate_to(ch, v, t);
                if (!single_value(ch, v)) { types[i] = ty_invalid; continue; }
                if (t) {
                    assign_to(ch, v, t, "variable declaration");
                    types[i] = t;
                } else {
                    if (v->type->kind == TY_UNTYPED_NIL) {
                        errorf(ch, start_pos(v), "use of untyped nil in variable declaration");
                        mark_bad(v);
                        types[i] = ty_invalid;
                        continue;
                    }
                    default_type(ch, v);
                    types[i] = v->type;
                }
            }
        }
    }
    for (int i = 0; i < names->len; i++) {
        Node *nm = names->items[i];
        if (global) {
            nm->obj->type = types[i];
            nm->type = types[i];
        } else {
            declare_var(ch, nm, types[i]);
        }
    }
}

/* Checks `const names [type] = values` under the spec's iota; declares the names if asked. */
void check_const_spec(Checker *ch, Node *spec, bool declare) {
    NodeList *names = &spec->u.value.names, *values = &spec->u.value.values;
    int saved_iota = ch->iota;
    ch->iota = spec->u.value.iota;
    Type *t = spec->u.value.type ? check_type(ch, spec->u.value.type) : NULL;
    if (t && t != ty_invalid && !(t->under->kind >= TY_BOOL && t->under->kind <= TY_STRING)) {
        errorf(ch, start_pos(spec->u.value.type), "invalid constant type %s", type_string(t));
        t = ty_invalid;
    }
    if (values->len == 0)
        errorf(ch, names->items[0]->pos, "missing init expr for const declaration");
    for (int i = 0; i < names->len; i++) {
        Node *nm = names->items[i];
        Object *o = declare ? object_new(OBJ_CONST, intern_cstr(nm->u.ident.name), ty_invalid, nm->pos) : nm->obj;
        o->decl = spec;
        nm->obj = o;
        if (i >= values->len) {
            if (values->len && i == values->len)
                errorf(ch, nm->pos, "missing init expr for const declaration");
            o->type = ty_invalid;
        } else {
            /* implicit repetition shares value nodes between specs: check a private copy */
            Node *v = values->items[i];
            Node *copy = v;
            if (v->type || v->flags) {
                /* already checked for an earlier spec: re-check under this iota */
                copy = v;
            }
            check_expr(ch, copy);
            if (!is_bad(copy) && !copy->cval) {
                errorf(ch, start_pos(copy), "%s is not constant", operand_string(copy));
                mark_bad(copy);
            }
            if (!is_bad(copy) && t && t != ty_invalid) assign_to(ch, copy, t, "constant declaration");
            o->type = is_bad(copy) ? ty_invalid : copy->type;
            o->cval = is_bad(copy) ? NULL : copy->cval;
            /* reset the shared nodes so the next spec re-evaluates them with its iota */
        }
        o->state = 2;
        nm->type = o->type;
        if (declare) {
            o->used = true;   /* unused constants are fine */
            if (o->name != intern_cstr("_")) {
                Object *old = scope_insert(ch->scope, o);
                if (old) errorf(ch, nm->pos, "%s redeclared in this block", o->name);
            }
        }
    }
    if (values->len > names->len)
        errorf(ch, start_pos(values->items[names->len]), "extra init expr");
    ch->iota = saved_iota;
}

/* x op= y and x++ read x: unlike plain assignment, they use it (types2). */
void check_lhs_read(Checker *ch, Node *x) {
    check_lhs(ch, x);
    if (x->kind == N_IDENT && x->obj) x->obj->used = true;
}

/* Checks an assignable left-hand side; marks it not "used". */
void check_lhs(Checker *ch, Node *x) {
    if (x->kind == N_IDENT) {
        const char *name = intern_cstr(x->u.ident.name);
        if (name == intern_cstr("_")) { x->type = NULL; return; }
        Object *o = scope_lookup(ch->scope, name);
        if (!o) {
            errorf(ch, x->pos, "undefined: %s", name);
            mark_bad(x);
            return;
        }
        bool was_used = o->used;
        use_object(ch, x, o);
        if (o->kind == OBJ_VAR && !o->global) o->used = was_used;
    } else {
        check_expr(ch, x);
    }
    if (is_bad(x)) return;
    if (!(x->flags & (NF_ADDR | NF_MAPINDEX))) {
        const char *why = "neither addressable nor a map index expression";
        Node *base = x;
        while (base->kind == N_SELECTOR || base->kind == N_PAREN)
            base = base->kind == N_PAREN ? base->u.unary.x : base->u.selector.x;
        if (x->kind == N_SELECTOR && base->kind == N_INDEX && (base->flags & NF_MAPINDEX)) {
            errorf(ch, start_pos(x), "cannot assign to struct field %s in map", expr_string(x));
            mark_bad(x);
            return;
        }
        if (x->cval || (x->obj && x->obj->kind == OBJ_CONST))
            errorf(ch, start_pos(x), "cannot assign to %s (neither addressable nor a map index expression)", expr_string(x));
        else if (x->kind == N_INDEX && type_is_string(x->u.index.x->type->under))
            errorf(ch, start_pos(x), "cannot assign to %s (neither addressable nor a map index expression)", expr_string(x));
        else
            errorf(ch, start_pos(x), "cannot assign to %s (%s)", operand_string(x), why);
        mark_bad(x);
    }
}

/* Checks an assignment `=`, an op-assignment `op=` or a short variable declaration `:=`. */
void check_assign(Checker *ch, Node *n) {
    NodeList *lhs = &n->u.assign.lhs, *rhs = &n->u.assign.rhs;
    TokKind tok = n->u.assign.tok;
    if (tok == T_DEFINE) {
        /* short variable declaration: at least one new non-blank variable */
        bool any_new = false;
        Object **objs = GC_MALLOC(sizeof(Object *) * (size_t)lhs->len);
        for (int i = 0; i < lhs->len; i++) {
            Node *x = lhs->items[i];
            if (x->kind != N_IDENT) {
                check_expr(ch, x);
                errorf(ch, start_pos(x), "non-name %s on left side of :=", expr_string(x));
                mark_bad(x);
                continue;
            }
            const char *name = intern_cstr(x->u.ident.name);
            for (int j = 0; j < i; j++)
                if (lhs->items[j]->kind == N_IDENT && intern_cstr(lhs->items[j]->u.ident.name) == name &&
                    name != intern_cstr("_"))
                    errorf(ch, x->pos, "%s repeated on left side of :=", name);
            Object *old = name == intern_cstr("_") ? NULL : scope_lookup_local(decl_scope(ch), name);
            if (old) objs[i] = old;
            else if (name != intern_cstr("_")) any_new = true;
        }
        if (!any_new) errorf(ch, n->pos, "no new variables on left side of :=");
        /* right-hand side, evaluated in the outer sense (new names not yet visible) */
        Type **types = GC_MALLOC(sizeof(Type *) * (size_t)lhs->len);
        if (rhs->len == 1 && lhs->len > 1) {
            Node *v = rhs->items[0];
            check_multi(ch, v, lhs->len);
            int got = !is_bad(v) && v->type && v->type->kind == TY_TUPLE ? v->type->nresults : 1;
            if (!is_bad(v) && got != lhs->len) {
                if (v->kind == N_CALL && !(v->flags & NF_CONV))
                    errorf(ch, start_pos(v), "assignment mismatch: %d variables but %s returns %d value%s",
                           lhs->len, expr_string(v->u.call.fun), got, got == 1 ? "" : "s");
                else
                    errorf(ch, start_pos(v), "assignment mismatch: %d variables but %d value%s", lhs->len, got, got == 1 ? "" : "s");
                mark_bad(v);
            }
            for (int i = 0; i < lhs->len; i++) types[i] = is_bad(v) ? ty_invalid : v->type->results[i];
        } else if (rhs->len != lhs->len) {
            for (int i = 0; i < rhs->len; i++) check_expr(ch, rhs->items[i]);
            Node *v0 = rhs->items[0];
            if (rhs->len == 1 && v0->kind == N_CALL && !is_bad(v0) && !(v0->flags & NF_CONV)) {
                int got = v0->type && v0->type->kind == TY_TUPLE ? v0->type->nresults : (v0->flags & NF_VOID) ? 0 : 1;
                errorf(ch, start_pos(v0), "assignment mismatch: %d variable%s but %s returns %d value%s", lhs->len,
                       lhs->len == 1 ? "" : "s", expr_string(v0->u.call.fun), got, got == 1 ? "" : "s");
            } else {
                errorf(ch, start_pos(v0), "assignment mismatch: %d variable%s but %d value%s", lhs->len,
                       lhs->len == 1 ? "" : "s", rhs->len, rhs->len == 1 ? "" : "s");
            }
            for (int i = 0; i < lhs->len; i++) types[i] = ty_invalid;
        } else {
            for (int i = 0; i < rhs->len; i++) {
                Node *v = rhs->items[i];
                check_expr(ch, v);
                if (lhs->len == 1 && tuple_mismatch(ch, v, 1)) { types[i] = ty_invalid; continue; }
                if (!single_value(ch, v)) { types[i] = ty_invalid; continue; }
                if (objs[i] && objs[i]->kind == OBJ_VAR) {
                    assign_to(ch, v, objs[i]->type, "assignment");
                    types[i] = objs[i]->type;
                    continue;
                }
                if (v->type->kind == TY_UNTYPED_NIL) {
                    errorf(ch, start_pos(v), "use of untyped nil in assignment");
                    mark_bad(v);
                    types[i] = ty_invalid;
                    continue;
                }
                default_type(ch, v);
                types[i] = v->type;
            }
        }
        for (int i = 0; i < lhs->len; i++) {
            Node *x = lhs->items[i];
            if (x->kind != N_IDENT) continue;
            if (objs[i]) {
                x->obj = objs[i];
                x->type = objs[i]->type;
                x->flags |= NF_ADDR;
                if (objs[i]->kind == OBJ_VAR && !type_identical(objs[i]->type, types[i]) && types[i] != ty_invalid &&
                    rhs->len == 1 && lhs->len > 1)
                    errorf(ch, start_pos(rhs->items[0]), "cannot use %s value as %s value in assignment",
                           type_string(types[i]), type_string(objs[i]->type));
            } else {
                declare_var(ch, x, types[i]);
            }
        }
        return;
    }
    if (tok != T_ASSIGN) {
        /* op-assignment x op= y */
        Node *x = lhs->items[0], *y = rhs->items[0];
        if (x->kind == N_IDENT && strcmp(x->u.ident.name, "_") == 0) {
            /* _ op= y reads _ (found by the libFuzzer target: it crashed) */
            errorf(ch, x->pos, "cannot use _ as value or type");
            check_value(ch, y);
            return;
        }
        check_lhs_read(ch, x);
        check_value(ch, y);
        if (is_bad(x) || is_bad(y)) return;
        /* check as the binary expression x op y */
        static const TokKind ops[][2] = {
            { T_ADD_ASSIGN, T_ADD }, { T_SUB_ASSIGN, T_SUB }, { T_MUL_ASSIGN, T_MUL }, { T_QUO_ASSIGN, T_QUO },
            { T_REM_ASSIGN, T_REM }, { T_AND_ASSIGN, T_AND }, { T_OR_ASSIGN, T_OR }, { T_XOR_ASSIGN, T_XOR },
            { T_SHL_ASSIGN, T_SHL }, { T_SHR_ASSIGN, T_SHR }, { T_AND_NOT_ASSIGN, T_AND_NOT },
        };
        TokKind op = T_ADD;
        for (size_t i = 0; i < sizeof ops / sizeof ops[0]; i++) if (ops[i][0] == tok) op = ops[i][1];
        Node *bin = node_new(N_BINARY, n->pos);
        bin->u.binary.op = op;
        bin->u.binary.x = x;
        bin->u.binary.y = y;
        if (op == T_SHL || op == T_SHR) {
            check_shift(ch, bin);
        } else {
            if (type_is_untyped(y->type)) convert_untyped(ch, y, x->type);
            if (is_bad(y)) return;
            if (!type_identical(x->type, y->type)) {
                errorf(ch, start_pos(x), "invalid operation: %s %s %s (mismatched types %s and %s)", expr_string(x),
                       tok_name(tok), expr_string(y), type_string(x->type), type_string(y->type));
                return;
            }
            if (!op_defined(op, x->type)) {
                errorf(ch, start_pos(x), "invalid operation: operator %s not defined on %s", tok_name(op), operand_string(x));
                return;
            }
            if ((op == T_QUO || op == T_REM) && y->cval && const_sign(y->cval) == 0 && type_is_integer(x->type->under)) {
                errorf(ch, y->pos, "invalid operation: division by zero");
                return;
            }
        }
        return;
    }
    /* plain assignment */
    for (int i = 0; i < lhs->len; i++) check_lhs(ch, lhs->items[i]);
    if (rhs->len == 1 && lhs->len > 1) {
        Node *v = rhs->items[0];
        check_multi(ch, v, lhs->len);
        if (is_bad(v)) return;
        int got = v->type && v->type->kind == TY_TUPLE ? v->type->nresults : 1;
        if (got != lhs->len) {
            if (v->kind == N_CALL && !(v->flags & NF_CONV))
                errorf(ch, start_pos(v), "assignment mismatch: %d variables but %s returns %d value%s", lhs->len,
                       expr_string(v->u.call.fun), got, got == 1 ? "" : "s");
            else
                errorf(ch, start_pos(v), "assignment mismatch: %d variables but %d value%s", lhs->len, got, got == 1 ? "" : "s");
            return;
        }
        for (int i = 0; i < lhs->len; i++) {
            Node *x = lhs->items[i];
            if (!x->type || is_bad(x)) continue;
            if (!(v->flags & NF_COMMAOK)) {
                if (!assignable(v->type->results[i], x->type))
                    errorf(ch, start_pos(v), "cannot use %s value as %s value in assignment",
                           type_string(v->type->results[i]), type_string(x->type));
                continue;
            }
            /* v, ok = m[k] / x.(T) / <-c: ok is an untyped bool */
            if (i == 1) {
                if (!type_is_bool(x->type->under) && !(x->type->under->kind == TY_INTERFACE && assignable(ty_bool, x->type)))
                    errorf(ch, start_pos(v), "cannot use %s (untyped bool value) as %s value in assignment",
                           expr_string(v), type_string(x->type));
                continue;
            }
            if (!assignable(v->type->results[0], x->type)) {
                Node *inner = v;
                while (inner->kind == N_PAREN) inner = inner->u.unary.x;
                errorf(ch, start_pos(v), "cannot use %s (%s of type %s) as %s value in assignment", expr_string(v),
                       inner->kind == N_INDEX ? "map index expression" : "comma, ok expression",
                       type_string(v->type->results[0]), type_string(x->type));
            }
        }
        return;
    }
    if (rhs->len != lhs->len) {
        for (int i = 0; i < rhs->len; i++) check_expr(ch, rhs->items[i]);
        Node *v0 = rhs->items[0];
        if (rhs->len == 1 && v0->kind == N_CALL && !is_bad(v0) && !(v0->flags & NF_CONV)) {
            int got = v0->type && v0->type->kind == TY_TUPLE ? v0->type->nresults : (v0->flags & NF_VOID) ? 0 : 1;
            errorf(ch, start_pos(v0), "assignment mismatch: %d variable%s but %s returns %d value%s", lhs->len,
                   lhs->len == 1 ? "" : "s", expr_string(v0->u.call.fun), got, got == 1 ? "" : "s");
        } else {
            errorf(ch, start_pos(v0), "assignment mismatch: %d variable%s but %d value%s", lhs->len, lhs->len == 1 ? "" : "s",
                   rhs->len, rhs->len == 1 ? "" : "s");
        }
        return;
    }
    for (int i = 0; i < lhs->len; i++) {
        Node *x = lhs->items[i], *v = rhs->items[i];
        check_expr(ch, v);
        if (lhs->len == 1 && tuple_mismatch(ch, v, 1)) continue;
        if (!single_value(ch, v)) continue;
        if (!x->type) {   /* blank */
            if (v->type->kind == TY_UNTYPED_NIL) {
                errorf(ch, start_pos(v), "use of untyped nil in assignment to _ identifier");
                mark_bad(v);
                continue;
            }
            if (type_is_untyped(v->type) && v->cval) {
                Type *d = type_default(v->type);
                assign_to(ch, v, d, "assignment to _ identifier");
            } else {
                default_type(ch, v);
            }
            continue;
        }
        if (is_bad(x)) continue;
        assign_to(ch, v, x->type, "assignment");
    }
}
