/* check.c — the type checker.
 *
 * Resolves every name, computes the type of every expression, folds
 * constants exactly (constant.c), and reports Go's errors in Go's words
 * (types2's wording, checked against `go vet`). It annotates the AST in
 * place: Node.type, Node.cval, Node.obj and Node.flags (compiler.h); the
 * code generator relies on these and re-checks nothing.
 *
 * Package-level objects are resolved lazily, in dependency order, as Go
 * allows declarations in any order; package variables are recorded in the
 * order their initializers must run.
 *
 * Glossary: "operand" — a checked expression; "untyped" — the type of a
 * constant (or comparison) not yet given a type by its context; converting
 * it to the context's type is convert_untyped().
 */
#include <ctype.h>
#include <gc.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include "compiler.h"
#include "constant.h"

typedef struct FuncCtx {
    Type *sig;
    Object **results;          /* named result objects, or NULL */
    struct FuncCtx *outer;
    Node *lit;                 /* the N_FUNCLIT, or NULL for a declared function */
    int id;                    /* owner id of the variables it declares */
    bool has_defer;
} FuncCtx;

typedef struct Checker {
    Compiler *c;
    Package *pkg;
    Scope *scope;
    FuncCtx *fn;
    DiagList *diags;
    int iota;                  /* value of iota, or -1 outside const declarations */
    int breakable, continuable;/* nesting of statements break/continue may leave */
    struct LabelCtx { const char *name; Node *stmt; bool used; struct LabelCtx *outer; } *labels; /* enclosing labeled statements */
    Object *initing;           /* package variable whose initializer is being checked */
    Object *dep_owner;         /* the package-level var or func whose references are being recorded */
    bool unsupported;          /* a "not supported" error skipped part of the program */
    int next_fn_id;            /* ids of functions, for variable ownership */
    int param_owner;           /* owner id given to parameters being declared */
    NodeList methods;          /* method declarations of the package being checked */
    bool has_call_or_recv;     /* the expression being checked calls a function or receives
                                  (len and cap of an array are constant only without them) */
    /* the REPL: the function scope of the statements typed at the top
     * level (what they declare goes to the input's scope, as package
     * variables), and whether unused variables are let go */
    Scope *repl_top;
    bool repl_lenient;
    bool repl_stmts;           /* the next check_func is of the REPL's statements: sets repl_top */
} Checker;

static void check_expr(Checker *ch, Node *n);
static Type *check_type(Checker *ch, Node *n);
static void check_block(Checker *ch, Node *block, bool new_scope);
static void check_stmt(Checker *ch, Node *n);
static void resolve_object(Checker *ch, Object *o);
static void convert_untyped(Checker *ch, Node *x, Type *target);
static Type *check_func(Checker *ch, Node *ftype, Node *body, Scope *parent, Node *lit, Object *fo);
static bool assign_to(Checker *ch, Node *x, Type *t, const char *context);
static void check_index_value(Checker *ch, Node *idx, int64_t length, const char *what);
static void check_type_assert(Checker *ch, Node *n);
static void check_multi(Checker *ch, Node *v, int nvars);
static bool implements(const Type *v, const Type *iface, const char **missing);
static void clear_annotations(Node *n);
static Selection *lookup_selection(Type *t, const char *name);
static void note_address_taken(Checker *ch, Node *x);

/* ---- errors ---- */

static void errorf(Checker *ch, Pos pos, const char *fmt, ...)
#if defined(__GNUC__)
    __attribute__((format(printf, 3, 4)))
#endif
    ;

static void errorf(Checker *ch, Pos pos, const char *fmt, ...) {
    char buf[1024];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(buf, sizeof buf, fmt, ap);
    va_end(ap);
    if (strstr(buf, "not supported")) ch->unsupported = true;
    /* cmd/compile writes the main package's types unqualified: P, *P, []P */
    char out[1024];
    size_t o = 0;
    for (size_t i = 0; buf[i] && o + 1 < sizeof out; i++) {
        bool word_start = i == 0 || !(isalnum((unsigned char)buf[i - 1]) || buf[i - 1] == '_' || buf[i - 1] == '.');
        if (word_start && strncmp(buf + i, "main.", 5) == 0 && (isalpha((unsigned char)buf[i + 5]) || buf[i + 5] == '_' || (unsigned char)buf[i + 5] >= 0x80)) {
            i += 4;
            continue;
        }
        out[o++] = buf[i];
    }
    out[o] = 0;
    diag_add(ch->diags, pos, "%s", out);
}

static char *strf(const char *fmt, ...)
#if defined(__GNUC__)
    __attribute__((format(printf, 1, 2)))
#endif
    ;

static char *strf(const char *fmt, ...) {
    va_list ap;
    va_start(ap, fmt);
    int n = vsnprintf(NULL, 0, fmt, ap);
    va_end(ap);
    char *s = GC_MALLOC_ATOMIC((size_t)n + 1);
    va_start(ap, fmt);
    vsnprintf(s, (size_t)n + 1, fmt, ap);
    va_end(ap);
    return s;
}

/* "file.go:LINE:COL", as Go refers to another place in a message. */
static const char *pos_ref(Checker *ch, Pos p) {
    return strf("%s:%d:%d", ch->diags->filename ? ch->diags->filename : "", p.line, p.col);
}

/* The leftmost position of an expression: where types2 reports it. */
static Pos start_pos(const Node *n) {
    for (;;) {
        switch (n->kind) {
        case N_BINARY: n = n->u.binary.x; break;
        case N_CALL: n = n->u.call.fun; break;
        case N_INDEX: n = n->u.index.x; break;
        case N_SLICE: n = n->u.slice.x; break;
        case N_SELECTOR: n = n->u.selector.x; break;
        case N_TYPEASSERT: n = n->u.assert.x; break;
        case N_KEYVALUE: n = n->u.kv.key; break;
        case N_COMPOSITE: if (n->u.composite.type) { n = n->u.composite.type; break; } return n->pos;
        default: return n->pos;
        }
    }
}

static bool is_bad(const Node *n) { return (n->flags & NF_BAD) != 0; }
static void mark_bad(Node *n) { n->flags |= NF_BAD; n->type = ty_invalid; n->cval = NULL; }

/* "x (variable of type int)", "300 (untyped int constant)", ... */
/* The predeclared nil (after conversion it has the other operand's type). */
static bool is_nil_operand(const Node *n) {
    while (n->kind == N_PAREN) n = n->u.unary.x;
    return n->type->kind == TY_UNTYPED_NIL || (n->kind == N_IDENT && n->obj && n->obj->kind == OBJ_NIL);
}

/* types2 describes a named type by its structure: "struct type P". */
static const char *composite_kind(const Type *t) {
    if (!t->name || t == t->under) return "";
    switch (t->under->kind) {
    case TY_STRUCT: return "struct ";
    case TY_SLICE: return "slice ";
    case TY_ARRAY: return "array ";
    case TY_MAP: return "map ";
    case TY_POINTER: return "pointer ";
    case TY_FUNC: return "func ";
    case TY_INTERFACE: return t == ty_error ? "" : "interface ";
    case TY_CHAN: return "chan ";
    default: return "";
    }
}

static const char *operand_string(const Node *n) {
    const char *e = expr_string(n);
    if (n->kind == N_IDENT && n->obj && n->obj->kind == OBJ_NIL) return "nil";
    if (n->cval) {
        const char *v = const_string_repr(n->cval);
        if (type_is_untyped(n->type)) {
            if (strcmp(v, e) == 0)
                return strf("%s (%s constant)", e, type_string(n->type));
            return strf("%s (%s constant %s)", e, type_string(n->type), v);
        }
        if (strcmp(v, e) == 0)
            return strf("%s (constant of type %s)", e, type_string(n->type));
        return strf("%s (constant %s of type %s)", e, v, type_string(n->type));
    }
    if (n->flags & NF_TYPE) return strf("%s (type)", e);
    if (n->type && n->type->kind == TY_UNTYPED_NIL) return "nil";
    if (n->type && type_is_untyped(n->type))
        return strf("%s (%s value)", e, type_string(n->type));
    const char *what = (n->kind == N_IDENT && n->obj && n->obj->kind == OBJ_VAR) ? "variable" :
                       (n->flags & NF_MAPINDEX) ? "map index expression" : "value";
    return strf("%s (%s of %stype %s)", e, what, composite_kind(n->type), type_string(n->type));
}

/* ---- constants and representability ---- */

/* Is constant c representable in basic type t? On success *rounded is the
 * value as t holds it. why: "overflows" or "truncated". */
static bool representable(const Const *c, const Type *t, Const **rounded, const char **why) {
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
static const char *representable_why(const Type *from, const Type *to, const char *why) {
    if (why && type_is_float(from->under) && type_is_integer(to->under)) return "truncated";
    return why;
}

/* ---- untyped conversion ---- */

/* The kind order of untyped numeric constants: int < rune < float. */
static int untyped_rank(const Type *t) {
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
static void convert_untyped(Checker *ch, Node *x, Type *target) {
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
static void default_type(Checker *ch, Node *x) {
    if (type_is_untyped(x->type) && x->type->kind != TY_UNTYPED_NIL)
        convert_untyped(ch, x, type_default(x->type));
}

/* ---- assignability ---- */

static bool implements(const Type *v, const Type *iface, const char **missing);

static bool assignable(const Type *v, const Type *t) {
    if (v == t || type_identical(v, t)) return true;
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
static const char *missing_why(const char *name) {
    return missing_has_ptr_recv ? strf("method %s has pointer receiver", name) : strf("missing method %s", name);
}

static bool implements(const Type *v, const Type *iface, const char **missing) {
    const Type *iu = iface->under;
    missing_has_ptr_recv = false;
    for (int i = 0; i < iu->nmethods; i++) {
        const Method *m = &iu->methods[i];
        bool found = false;
        const Type *vu = v->under;
        if (vu->kind == TY_INTERFACE) {
            for (int j = 0; j < vu->nmethods; j++)
                if (vu->methods[j].name == m->name && type_identical(vu->methods[j].type, m->type)) found = true;
        } else {
            for (int j = 0; j < v->nmethods; j++)
                if (v->methods[j].name == m->name && !v->methods[j].ptr_recv &&
                    type_identical(v->methods[j].type, m->type)) found = true;
            if (!found && v->kind == TY_POINTER && v->elem->name) {
                const Type *e = v->elem;
                for (int j = 0; j < e->nmethods; j++)
                    if (e->methods[j].name == m->name && type_identical(e->methods[j].type, m->type)) found = true;
            }
            if (!found) {
                /* promoted through embedded fields */
                Selection *sl = lookup_selection((Type *)v, m->name);
                if (sl && sl->npath > 0 && sl->kind != SEL_FIELD) {
                    bool any_deref = v->under->kind == TY_POINTER;
                    for (int k = 0; k < sl->npath; k++) any_deref |= sl->deref[k];
                    const Type *mt = NULL;
                    if (sl->kind == SEL_IMETHOD) {
                        const Type *iu2 = sl->recv_type->under;
                        for (int k = 0; k < iu2->nmethods; k++) if (iu2->methods[k].name == m->name) mt = iu2->methods[k].type;
                    } else {
                        const Type *bt = sl->recv_is_ptr ? sl->recv_type->under->elem : sl->recv_type;
                        for (int k = 0; k < bt->nmethods; k++) if (bt->methods[k].name == m->name) mt = bt->methods[k].type;
                    }
                    if (mt && (sl->kind == SEL_IMETHOD || !sl->ptr_recv || sl->recv_is_ptr || any_deref) &&
                        type_identical(mt, m->type))
                        found = true;
                }
            }
        }
        if (!found) {
            if (missing) *missing = m->name;
            if (vu->kind != TY_INTERFACE)
                for (int j = 0; j < v->nmethods; j++)
                    if (v->methods[j].name == m->name && v->methods[j].ptr_recv) missing_has_ptr_recv = true;
            return false;
        }
    }
    return true;
}

/* Checks that operand x can be assigned to a variable of type t; converts
 * untyped operands. context: "assignment", "argument to f", ... */
static bool assign_to(Checker *ch, Node *x, Type *t, const char *context) {
    if (is_bad(x) || t == ty_invalid) return false;
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

/* Reports an operand that is not a single value (a type, a package, a void call). */
static bool single_value(Checker *ch, Node *x) {
    if (is_bad(x)) return false;
    if (x->flags & NF_TYPE) {
        errorf(ch, start_pos(x), "%s (type) is not an expression", expr_string(x));
    } else if (x->flags & NF_VOID) {
        errorf(ch, start_pos(x), "%s (no value) used as value", expr_string(x));
    } else if (x->flags & NF_BUILTIN) {
        errorf(ch, start_pos(x), "%s (built-in) must be called", expr_string(x));
    } else if (x->flags & NF_PKG) {
        errorf(ch, start_pos(x), "use of package %s not in selector", expr_string(x));
    } else if (x->type && x->type->kind == TY_TUPLE) {
        errorf(ch, start_pos(x), "multiple-value %s (value of type %s) in single-value context",
               expr_string(x), type_string(x->type));
    } else {
        return true;
    }
    mark_bad(x);
    return false;
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

static void check_value(Checker *ch, Node *n) {
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

static Type *func_type(Checker *ch, Node *ft, Scope *declare_in, Object ***result_objs);

static int method_cmp(const void *a, const void *b) {
    return strcmp(((const Method *)a)->name, ((const Method *)b)->name);
}

static Type *check_type(Checker *ch, Node *n) {
    stack_guard(n->pos);
    switch (n->kind) {
    case N_IDENT: case N_SELECTOR:
        check_expr(ch, n);
        if (is_bad(n)) return ty_invalid;
        if (!(n->flags & NF_TYPE)) {
            errorf(ch, start_pos(n), "%s is not a type", expr_string(n));
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
                Type *e = check_type(ch, f->u.field.type);
                if (e->under->kind != TY_INTERFACE) {
                    if (e != ty_invalid)
                        errorf(ch, start_pos(f->u.field.type), "interface contains type constraints, which are not supported by minigo");
                    continue;
                }
                add = e->under->methods;
                nadd = e->under->nmethods;
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
        if (t->nmethods == 0) return n->type = ty_any;
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
static Type *func_type(Checker *ch, Node *ft, Scope *declare_in, Object ***result_objs) {
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
static void note_capture(Checker *ch, Object *o) {
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

static void use_object(Checker *ch, Node *n, Object *o) {
    n->obj = o;
    note_dep(ch, o);
    if (o->state != 2) resolve_object(ch, o);
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
        break;
    case OBJ_FUNC:
        n->type = o->type;
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

static Package *load_package(Checker *ch, const char *path, Pos pos);

/* The REPL imports a standard package the first time its name is used. */
static Object *repl_auto_import(Checker *ch, const char *name, Pos pos) {
    Compiler *c = ch->c;
    const char *path = stdlib_path_named(name);
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

static void check_ident(Checker *ch, Node *n) {
    const char *name = intern_cstr(n->u.ident.name);
    if (name == intern_cstr("_")) {
        errorf(ch, n->pos, "cannot use _ as value");
        mark_bad(n);
        return;
    }
    Object *o = lookup(ch, name, n->pos);
    if (!o) {
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
static Type *method_expr_type(Type *recv, const Type *mt, int drop) {
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
        Selection *ms = lookup_selection(x->type, sel);
        /* a pointer method is in the method set when the path to it goes
         * through a pointer (x's type or an embedded *T) */
        bool through_ptr = ms && ms->recv_is_ptr;
        for (int i = 0; ms && i < ms->npath; i++) if (ms->deref[i]) through_ptr = true;
        if (ms && ms->kind == SEL_METHOD && !(ms->ptr_recv && !through_ptr)) {
            Object *m = ms->method;
            if (m->state != 2) resolve_object(ch, m);
            n->u.selector.selection = ms;
            note_dep(ch, ms->method);
            /* func(T, params) results; the method's own type when T is its receiver */
            n->type = ms->npath == 0 && ms->recv_is_ptr == ms->ptr_recv ? m->type : method_expr_type(x->type, m->type, 1);
            return;
        }
        if (ms && ms->kind == SEL_IMETHOD) {
            /* I.M of an interface type (or of a struct embedding one): func(I, params) results */
            const Type *iu = ms->npath ? ms->recv_type->under : x->type->under;
            const Type *mt = NULL;
            for (int i = 0; i < iu->nmethods; i++)
                if (iu->methods[i].name == sel) mt = iu->methods[i].type;
            n->u.selector.selection = ms;
            n->type = method_expr_type(x->type, mt, 0);
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

static bool is_comparable(const Type *t);

/* types2's reason a type is not comparable: "struct containing []int" */
static const char *incomparable_why(const Type *t) {
    const Type *u = t->under;
    if (u->kind == TY_STRUCT) {
        for (int i = 0; i < u->nfields; i++) {
            const Type *ft = u->fields[i].type;
            if (is_comparable(ft)) continue;
            TypeKind k = ft->under->kind;
            if (k == TY_STRUCT || k == TY_ARRAY) return strf("struct containing %s", incomparable_why(ft));
            return strf("struct containing %s", type_string(ft));
        }
    }
    return type_string(t);
}

static bool is_comparable(const Type *t) {
    switch (t->under->kind) {
    case TY_SLICE: case TY_MAP: case TY_FUNC: return false;
    case TY_STRUCT:
        for (int i = 0; i < t->under->nfields; i++)
            if (!is_comparable(t->under->fields[i].type)) return false;
        return true;
    case TY_ARRAY: return is_comparable(t->under->elem);
    default: return true;
    }
}

static bool is_ordered(const Type *t) {
    return type_is_numeric(t->under) || type_is_string(t->under);
}

static bool op_defined(TokKind op, const Type *t) {
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

static void check_shift(Checker *ch, Node *n) {
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
            if (!is_comparable(t) && !(xnil || ynil)) {
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

/* ---- calls ---- */

static void check_args(Checker *ch, Node *call, Type *sig, const char *fname);

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

static void check_builtin(Checker *ch, Node *n, Builtin b) {
    NodeList *args = &n->u.call.args;
    const char *names[BI_COUNT] = { "append", "cap", "clear", "close", "copy", "delete", "len", "make",
                                    "max", "min", "new", "panic", "print", "println", "recover",
                                    "complex", "real", "imag" };
    const char *name = names[b];
    n->type = ty_invalid;
    switch (b) {
    case BI_LEN: case BI_CAP: {
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
    case BI_MIN: case BI_MAX: {
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
    case BI_APPEND: {
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
    case BI_MAKE: {
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
    case BI_COPY: {
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
    case BI_COMPLEX: case BI_REAL: case BI_IMAG:
        errorf(ch, n->pos, "complex numbers are not supported by minigo");
        mark_bad(n);
        return;
    default:
        for (int i = 0; i < args->len; i++) check_expr(ch, args->items[i]);
        errorf(ch, start_pos(n), "built-in %s is not supported yet by minigo", name);
        mark_bad(n);
        return;
    }
}

static void check_call(Checker *ch, Node *n) {
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
    check_args(ch, n, sig, expr_string(fun));
    if (sig->nresults == 0) { n->flags |= NF_VOID; n->type = ty_invalid; }
    else if (sig->nresults == 1) n->type = sig->results[0];
    else n->type = types_tuple(sig->results, sig->nresults);
}

static const char *types_list_string(Node **args, int n, bool have) {
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

static void check_args(Checker *ch, Node *call, Type *sig, const char *fname) {
    NodeList *args = &call->u.call.args;
    /* f(g()) with a multi-value g */
    if (args->len == 1 && !call->u.call.has_ellipsis) {
        Node *a = args->items[0];
        check_expr(ch, a);
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
    } else {
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

/* ---- index, slice, composite ---- */

static void check_index_value(Checker *ch, Node *idx, int64_t length, const char *what) {
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

static void check_index(Checker *ch, Node *n) {
    Node *x = n->u.index.x;
    check_expr(ch, x);
    if (is_bad(x)) { check_expr(ch, n->u.index.index); mark_bad(n); return; }
    if (x->flags & NF_TYPE) {
        errorf(ch, start_pos(n), "generics are not supported by minigo");
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
static bool check_assertable(Checker *ch, Node *at, Type *xt, Type *t, const char *what) {
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
static void check_multi(Checker *ch, Node *v, int nvars) {
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

/* Checked operands with constant values, hashed by value (numbers by their
 * float64 approximation, so that 1 and 1.0 meet), an equal value of an
 * identical type found in O(1): Go's valueMap, not a scan of the earlier
 * cases (a generated switch or table can have 100000 of them). */
typedef struct ConstSet { Node **slots; int cap, len; } ConstSet;

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
static Node *constset_add(ConstSet *s, Node *e) {
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

static void check_expr(Checker *ch, Node *n) {
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

/* ---- declarations ---- */

/* Where a variable declared here goes: the current scope, or for a
 * statement typed at the REPL's top level, the input's scope (the
 * variable outlives the input: a package variable). */
static Scope *decl_scope(Checker *ch) {
    return ch->repl_top && ch->scope == ch->repl_top ? ch->pkg->scope : ch->scope;
}

static Object *declare_var(Checker *ch, Node *name, Type *t) {
    const char *nm = intern_cstr(name->u.ident.name);
    Object *o = object_new(OBJ_VAR, nm, t, name->pos);
    o->state = 2;
    o->decl = name;
    o->owner = ch->fn ? ch->fn->id : 0;
    name->obj = o;
    name->type = t;
    if (nm == intern_cstr("_")) { o->used = true; return o; }
    Scope *s = decl_scope(ch);
    if (s != ch->scope) {
        o->global = true;
        o->owner = 0;
        o->used = true;
        o->index = ch->c->nglobals++;
    }
    Object *old = scope_insert(s, o);
    if (old) {
        errorf(ch, name->pos, "%s redeclared in this block", nm);
        o->used = true;
    }
    return o;
}

/* Checks `var names [type] = values` (local or global). For globals the
 * objects already exist (name->obj). */
static void check_var_spec(Checker *ch, Node *spec, bool global) {
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

static void check_const_spec(Checker *ch, Node *spec, bool declare) {
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

/* Clears the checker's annotations of an expression tree, so that the value
 * nodes a const spec shares with the previous one (implicit repetition) are
 * evaluated again under the new iota. */
static void clear_annotations(Node *n) {
    if (!n) return;
    stack_guard(n->pos);
    n->type = NULL;
    n->cval = NULL;
    n->flags = 0;
    switch (n->kind) {
    case N_PAREN: case N_STAR: case N_UNARY: clear_annotations(n->u.unary.x); break;
    case N_BINARY: clear_annotations(n->u.binary.x); clear_annotations(n->u.binary.y); break;
    case N_CALL:
        clear_annotations(n->u.call.fun);
        for (int i = 0; i < n->u.call.args.len; i++) clear_annotations(n->u.call.args.items[i]);
        break;
    case N_SELECTOR: clear_annotations(n->u.selector.x); break;
    case N_INDEX: clear_annotations(n->u.index.x); clear_annotations(n->u.index.index); break;
    default: break;
    }
}

static void check_type_spec(Checker *ch, Node *spec, Object *o) {
    if (spec->u.typespec.assign) {
        o->state = 1;
        o->type = check_type(ch, spec->u.typespec.type);
        o->state = 2;
        return;
    }
    Type *named = type_new(TY_INVALID);
    const char *name = o->name;
    named->name = strf("%s.%s", ch->pkg->name, name);   /* Go's %T: main.T, also for local types */
    o->type = named;
    o->state = 2;   /* the name may be used (via pointers) inside its own definition */
    Type *u = check_type(ch, spec->u.typespec.type);
    named->under = u->under;
    named->kind = u->under->kind;
    named->elem = u->under->elem;
    named->key = u->under->key;
    named->len = u->under->len;
    named->chan_dir = u->under->chan_dir;
    named->fields = u->under->fields;
    named->nfields = u->under->nfields;
    named->params = u->under->params;
    named->nparams = u->under->nparams;
    named->results = u->under->results;
    named->nresults = u->under->nresults;
    named->variadic = u->under->variadic;
    if (u->under->kind == TY_INTERFACE) {
        named->methods = u->under->methods;
        named->nmethods = u->under->nmethods;
    }
}

/* Resolves a package-level object on first use. */
static void resolve_object(Checker *ch, Object *o) {
    if (o->state == 2) return;
    stack_guard_here();
    if (o->state == 1) {
        if (o->kind == OBJ_TYPE) return;
        errorf(ch, o->pos, "initialization cycle or invalid recursive reference to %s", o->name);
        o->type = ty_invalid;
        o->state = 2;
        return;
    }
    o->state = 1;
    Scope *saved_scope = ch->scope;
    FuncCtx *saved_fn = ch->fn;
    int saved_iota = ch->iota;
    ch->scope = ch->pkg->scope;
    ch->fn = NULL;
    Node *spec = o->decl;
    switch (o->kind) {
    case OBJ_CONST:
        /* constants of one spec are resolved together */
        for (int i = 0; i < spec->u.value.values.len; i++) clear_annotations(spec->u.value.values.items[i]);
        check_const_spec(ch, spec, false);
        break;
    case OBJ_TYPE:
        check_type_spec(ch, spec, o);
        break;
    case OBJ_VAR: {
        NodeList *names = &spec->u.value.names;
        for (int i = 0; i < names->len; i++) names->items[i]->obj->state = 1;
        Object *saved_owner = ch->dep_owner;
        ch->dep_owner = names->items[0]->obj;
        check_var_spec(ch, spec, true);
        ch->dep_owner = saved_owner;
        for (int i = 0; i < names->len; i++) names->items[i]->obj->state = 2;
        Compiler *c = ch->c;
        if (c->ninits == c->inits_cap) {
            c->inits_cap = c->inits_cap ? c->inits_cap * 2 : 16;
            struct InitItem *ni = GC_MALLOC(sizeof *ni * (size_t)c->inits_cap);
            if (c->ninits) memcpy(ni, c->inits, sizeof *ni * (size_t)c->ninits);
            c->inits = ni;
        }
        c->inits[c->ninits++].spec = spec;
        break;
    }
    case OBJ_FUNC: {
        Node *fd = spec;
        o->type = func_type(ch, fd->u.func.type, NULL, NULL);
        break;
    }
    default:
        break;
    }
    o->state = 2;
    ch->scope = saved_scope;
    ch->fn = saved_fn;
    ch->iota = saved_iota;
}

/* ---- statements ---- */

static void report_unused(Checker *ch, Scope *s) {
    /* uses inside skipped (unsupported) code were not seen: say nothing */
    if (ch->unsupported || ch->repl_lenient) return;
    for (int i = 0; i < s->cap; i++) {
        Object *o = s->objs[i];
        if (o && o->kind == OBJ_VAR && !o->used)
            errorf(ch, o->pos, "declared and not used: %s", o->name);
    }
}

static void open_scope(Checker *ch) { ch->scope = scope_new(ch->scope); }
static void close_scope(Checker *ch) {
    report_unused(ch, ch->scope);
    ch->scope = ch->scope->parent;
}

static void check_stmts(Checker *ch, NodeList *l) {
    for (int i = 0; i < l->len; i++) check_stmt(ch, l->items[i]);
}

static void check_block(Checker *ch, Node *block, bool new_scope) {
    if (new_scope) open_scope(ch);
    check_stmts(ch, &block->u.block.stmts);
    if (new_scope) close_scope(ch);
}

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

static void check_lhs(Checker *ch, Node *x);

/* x op= y and x++ read x: unlike plain assignment, they use it (types2). */
static void check_lhs_read(Checker *ch, Node *x) {
    check_lhs(ch, x);
    if (x->kind == N_IDENT && x->obj) x->obj->used = true;
}

/* Checks an assignable left-hand side; marks it not "used". */
static void check_lhs(Checker *ch, Node *x) {
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

static void check_assign(Checker *ch, Node *n) {
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

static bool is_terminating(Node *n);

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
static bool is_terminating(Node *n) {
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
    else if (!is_nil_operand(e) && !is_comparable(e->type))
        cause = incomparable_cause(e->type);
    else if (!is_nil_operand(e) && !is_comparable(tt))
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
        if (!is_bad(tag) && !is_comparable(tag->type) && !has_nil(tag->type)) {
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

static void check_return(Checker *ch, Node *n) {
    Type *sig = ch->fn->sig;
    NodeList *res = &n->u.ret.results;
    if (res->len == 0) {
        if (sig->nresults > 0 && !ch->fn->results) {
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
                errorf(ch, start_pos(vars[i]), "cannot use %s (value of type %s) as %s value in range clause",
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
    case N_RETURN: check_return(ch, n); break;
    case N_BRANCH:
        if (n->u.branch.label) {
            const char *name = n->u.branch.label->u.ident.name;
            const char *what = n->u.branch.tok == T_BREAK ? "break" : n->u.branch.tok == T_CONTINUE ? "continue" : "goto";
            if (n->u.branch.tok == T_GOTO) { errorf(ch, n->pos, "goto is not supported by minigo"); break; }
            struct LabelCtx *l = ch->labels;
            while (l && strcmp(l->name, name) != 0) l = l->outer;
            if (!l) {
                errorf(ch, n->u.branch.label->pos, "%s label not defined: %s", what, name);
                break;
            }
            l->used = true;
            NodeKind k = l->stmt->kind;
            bool loop = k == N_FOR || k == N_RANGE;
            if (n->u.branch.tok == T_CONTINUE ? !loop : !(loop || k == N_SWITCH || k == N_TYPESWITCH || k == N_SELECT))
                errorf(ch, n->u.branch.label->pos, "invalid %s label %s", what, name);
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
            errorf(ch, n->pos, "goto is not supported by minigo");
            break;
        }
        break;
    case N_LABELED: {
        struct LabelCtx l = { n->u.labeled.label->u.ident.name, n->u.labeled.stmt, false, ch->labels };
        ch->labels = &l;
        check_stmt(ch, n->u.labeled.stmt);
        ch->labels = l.outer;
        if (!l.used) errorf(ch, n->pos, "label %s defined and not used", l.name);
        break;
    }
    case N_GO:
    case N_DEFER: {
        Node *x = n->u.unary.x;
        const char *what = n->kind == N_GO ? "go" : "defer";
        if (n->kind == N_DEFER) ch->fn->has_defer = true;
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

/* ---- functions and packages ---- */

/* Checks a function's signature and body; parent is the scope it sees
 * (the package's, or the enclosing function's for a literal). */
static Type *check_func(Checker *ch, Node *ftype, Node *body, Scope *parent, Node *lit, Object *fo) {
    stack_guard(ftype->pos);
    FuncCtx fn = { .outer = ch->fn, .lit = lit, .id = ++ch->next_fn_id };
    Scope *saved = ch->scope;
    ch->scope = scope_new(parent);
    ch->scope->is_func = true;
    if (ch->repl_stmts) {
        ch->repl_top = ch->scope;
        ch->repl_stmts = false;
    }
    int saved_owner = ch->param_owner;
    ch->param_owner = fn.id;
    fn.sig = func_type(ch, ftype, ch->scope, &fn.results);
    ch->param_owner = saved_owner;
    /* named results are variables of the function scope, used or not */
    for (int i = 0; fn.results && i < fn.sig->nresults; i++) {
        Object *r = fn.results[i];
        if (r) r->used = true;
    }
    if (fo) fo->type = fn.sig;
    ch->fn = &fn;
    int saved_b = ch->breakable, saved_c = ch->continuable, saved_iota = ch->iota;
    struct LabelCtx *saved_labels = ch->labels;
    ch->labels = NULL;
    ch->breakable = ch->continuable = 0;
    ch->iota = -1;
    check_block(ch, body, false);
    if (fn.has_defer) body->flags |= NF_HASDEFER;
    ch->breakable = saved_b;
    ch->continuable = saved_c;
    ch->labels = saved_labels;
    ch->iota = saved_iota;
    report_unused(ch, ch->scope);
    if (fn.sig->nresults > 0 && !is_terminating(body))
        errorf(ch, body->u.block.rbrace, "missing return");
    ch->fn = fn.outer;
    ch->scope = saved;
    return fn.sig;
}

static void check_func_body(Checker *ch, Node *fd, Object *fo) {
    if (fo->type == ty_invalid && fd->u.func.recv) return;
    Object *saved = ch->dep_owner;
    ch->dep_owner = fd->u.func.name->obj ? fd->u.func.name->obj : fo;
    check_func(ch, fd->u.func.type, fd->u.func.body, ch->pkg->scope, NULL, fd->u.func.recv ? NULL : fo);
    ch->dep_owner = saved;
}

static const NativeDesc *find_native(const NativeDesc *natives, const char *name) {
    for (const NativeDesc *n = natives; n && n->name; n++)
        if (strcmp(n->name, name) == 0) return n;
    return NULL;
}

static Package *load_package(Checker *ch, const char *path, Pos pos);

/* Adds a function to generate, declared in package p. */
static void add_func(Compiler *c, Node *d, Package *p) {
    list_push(&c->funcs, d);
    if (c->funcs.len > c->func_pkg_cap) {
        int cap = c->funcs.cap > c->funcs.len ? c->funcs.cap : c->funcs.len * 2;
        Package **np = GC_MALLOC(sizeof(Package *) * (size_t)cap);
        if (c->func_pkg_cap) memcpy(np, c->func_pkg, sizeof(Package *) * (size_t)c->func_pkg_cap);
        c->func_pkg = np;
        c->func_pkg_cap = cap;
    }
    c->func_pkg[c->funcs.len - 1] = p;
}

static void collect_decls(Checker *ch, Package *p) {
    Node *file = p->file;
    for (int i = 0; i < file->u.file.decls.len; i++) {
        Node *d = file->u.file.decls.items[i];
        if (d->kind == N_FUNCDECL) {
            Node *nm = d->u.func.name;
            const char *name = intern_cstr(nm->u.ident.name);
            if (d->u.func.recv) {
                /* a method: a function whose first parameter is the receiver */
                Node *ft = node_new(N_FUNCTYPE, d->u.func.type->pos);
                list_push(&ft->u.functype.params, d->u.func.recv);
                for (int k = 0; k < d->u.func.type->u.functype.params.len; k++)
                    list_push(&ft->u.functype.params, d->u.func.type->u.functype.params.items[k]);
                ft->u.functype.results = d->u.func.type->u.functype.results;
                d->u.func.type = ft;
                Object *o = object_new(OBJ_FUNC, name, ty_invalid, nm->pos);
                o->decl = d;
                o->used = true;
                nm->obj = o;
                if (d->u.func.body) add_func(ch->c, d, p);
                else errorf(ch, nm->pos, "missing function body");
                list_push(&ch->methods, d);
                continue;
            }
            if (d->u.func.type->u.functype.params.len == 0 && 0) {}
            Object *o = object_new(OBJ_FUNC, name, ty_invalid, nm->pos);
            o->decl = d;
            o->used = true;
            nm->obj = o;
            if (name == intern_cstr("init")) {
                if (d->u.func.type->u.functype.params.len || d->u.func.type->u.functype.results.len)
                    errorf(ch, nm->pos, "func init must have no arguments and no return values");
                add_func(ch->c, d, p);
                continue;
            }
            if (name == intern_cstr("main") && p == ch->c->main_pkg &&
                (d->u.func.type->u.functype.params.len || d->u.func.type->u.functype.results.len))
                errorf(ch, nm->pos, "func main must have no arguments and no return values");
            if (!d->u.func.body) {
                o->native = (struct NativeDesc *)find_native(p->natives, name);
                if (!o->native) errorf(ch, nm->pos, "missing function body");
            } else {
                add_func(ch->c, d, p);
            }
            if (name == intern_cstr("_") || !name[0]) continue;   /* "": the REPL's statements */
            Object *old = scope_insert(p->scope, o);
            if (old) errorf(ch, nm->pos, "%s redeclared in this block\n\t%s: other declaration of %s", name,
                            pos_ref(ch, old->pos), name);
            continue;
        }
        if (d->kind != N_GENDECL) continue;
        for (int j = 0; j < d->u.gendecl.specs.len; j++) {
            Node *spec = d->u.gendecl.specs.items[j];
            switch (d->u.gendecl.tok) {
            case T_IMPORT: break;
            case T_CONST: case T_VAR: {
                NodeList *names = &spec->u.value.names;
                for (int k = 0; k < names->len; k++) {
                    Node *nm = names->items[k];
                    Object *o = object_new(d->u.gendecl.tok == T_CONST ? OBJ_CONST : OBJ_VAR,
                                           intern_cstr(nm->u.ident.name), ty_invalid, nm->pos);
                    o->decl = spec;
                    o->used = true;
                    o->global = d->u.gendecl.tok == T_VAR;
                    nm->obj = o;
                    if (o->global) o->index = ch->c->nglobals++;
                    if (o->name == intern_cstr("_")) continue;
                    Object *old = scope_insert(p->scope, o);
                    if (old) errorf(ch, nm->pos, "%s redeclared in this block", o->name);
                }
                break;
            }
            case T_TYPE: {
                Node *nm = spec->u.typespec.name;
                Object *o = object_new(OBJ_TYPE, intern_cstr(nm->u.ident.name), ty_invalid, nm->pos);
                o->decl = spec;
                o->used = true;
                nm->obj = o;
                if (o->name == intern_cstr("_")) continue;
                Object *old = scope_insert(p->scope, o);
                if (old) errorf(ch, nm->pos, "%s redeclared in this block", o->name);
                break;
            }
            default: break;
            }
        }
    }
}

/* Gives each method declaration its signature and adds it to the method
 * set of its receiver's base type. Methods must be known before any body
 * is checked (method values and interface satisfaction need them). */
static void attach_methods(Checker *ch) {
    for (int i = 0; i < ch->methods.len; i++) {
        Node *d = ch->methods.items[i];
        Object *o = d->u.func.name->obj;
        Node *rt = d->u.func.recv->u.field.type;
        bool ptr = false;
        while (rt->kind == N_PAREN) rt = rt->u.unary.x;
        if (rt->kind == N_STAR) { ptr = true; rt = rt->u.unary.x; }
        Type *base = rt->kind == N_IDENT ? check_type(ch, rt) : ty_invalid;
        if (base == ty_invalid) {
            if (rt->kind != N_IDENT) errorf(ch, start_pos(rt), "invalid receiver type %s", expr_string(rt));
            o->type = ty_invalid;
            o->state = 2;
            continue;
        }
        if (base->name && base->under == base) {
            errorf(ch, start_pos(rt), "cannot define new methods on non-local type %s", type_string(base));
            o->type = ty_invalid;
            o->state = 2;
            continue;
        }
        if (!base->name || base->under == base || base->under->kind == TY_POINTER || base->under->kind == TY_INTERFACE) {
            errorf(ch, start_pos(rt), "invalid receiver type %s", type_string(base));
            o->type = ty_invalid;
            o->state = 2;
            continue;
        }
        Scope *saved = ch->scope;
        ch->scope = ch->pkg->scope;
        Type *full = func_type(ch, d->u.func.type, NULL, NULL);
        ch->scope = saved;
        o->type = full;
        o->state = 2;
        Type *sig = type_new(TY_FUNC);
        sig->params = full->params + 1;
        sig->nparams = full->nparams - 1;
        sig->results = full->results;
        sig->nresults = full->nresults;
        sig->variadic = full->variadic;
        bool dup = false;
        int replace = -1;   /* the REPL: a method declared by an earlier input is replaced */
        for (int m = 0; m < base->nmethods; m++)
            if (base->methods[m].name == o->name) {
                if (ch->c->repl && base->methods[m].func && base->methods[m].func->epoch != o->epoch) replace = m;
                else dup = true;
            }
        if (base->under->kind == TY_STRUCT)
            for (int f = 0; f < base->under->nfields; f++)
                if (base->under->fields[f].name == o->name) {
                    errorf(ch, d->u.func.name->pos, "field and method with the same name %s", o->name);
                    dup = true;
                }
        if (dup) {
            if (!ch->diags->len) {
                Pos pp = { 0, 0, 0 };
                for (int j = 0; j < base->nmethods; j++)
                    if (base->methods[j].name == o->name && base->methods[j].func) pp = base->methods[j].func->pos;
                errorf(ch, d->u.func.name->pos, "method %s.%s already declared at %s", base->name, o->name,
                       pos_ref(ch, pp));
            }
            continue;
        }
        ReplState *r = ch->c->repl;
        if (r) {
            /* goroutines of earlier inputs may be looking the methods up:
             * a new array, published before the count that covers it */
            if (r->nundo == r->undo_cap) {
                r->undo_cap = r->undo_cap ? 2 * r->undo_cap : 8;
                struct MethodUndo *nu = GC_MALLOC(sizeof *nu * (size_t)r->undo_cap);
                if (r->nundo) memcpy(nu, r->undo, sizeof *nu * (size_t)r->nundo);
                r->undo = nu;
            }
            r->undo[r->nundo++] = (struct MethodUndo){ base, base->methods, base->nmethods };
        }
        Method *nm = GC_MALLOC(sizeof(Method) * (size_t)(base->nmethods + 1));
        if (base->nmethods) memcpy(nm, base->methods, sizeof(Method) * (size_t)base->nmethods);
        int at = replace >= 0 ? replace : base->nmethods;
        nm[at] = (Method){ o->name, sig, o, ptr };
        __atomic_store_n(&base->methods, nm, __ATOMIC_RELEASE);
        if (replace < 0) __atomic_store_n(&base->nmethods, base->nmethods + 1, __ATOMIC_RELEASE);
        /* the trace name: main.T.M or main.(*T).M */
        const char *tn = strchr(base->name, '.') ? strchr(base->name, '.') + 1 : base->name;
        o->decl->u.func.name->u.ident.name = ptr ? strf("(*%s).%s", tn, o->name) : strf("%s.%s", tn, o->name);
    }
    ch->methods.len = 0;
}

/* Resolves a file's package-level types, constants and function
 * signatures (variables wait for the method sets: resolve_vars). */
static void resolve_decls(Checker *ch, Node *file) {
    for (int i = 0; i < file->u.file.decls.len; i++) {
        Node *d = file->u.file.decls.items[i];
        if (d->kind == N_FUNCDECL) {
            Object *o = d->u.func.name->obj;
            if (o && !d->u.func.recv) {
                if (o->name == intern_cstr("init")) o->type = func_type(ch, d->u.func.type, NULL, NULL);
                else resolve_object(ch, o);
            }
            continue;
        }
        if (d->kind != N_GENDECL || d->u.gendecl.tok == T_IMPORT) continue;
        for (int j = 0; j < d->u.gendecl.specs.len; j++) {
            Node *spec = d->u.gendecl.specs.items[j];
            if (d->u.gendecl.tok == T_TYPE) {
                if (spec->u.typespec.name->obj) resolve_object(ch, spec->u.typespec.name->obj);
            } else if (d->u.gendecl.tok == T_CONST) {
                NodeList *names = &spec->u.value.names;
                for (int k = 0; k < names->len; k++) resolve_object(ch, names->items[k]->obj);
            }
        }
    }
}

static void resolve_vars(Checker *ch, Node *d) {
    for (int j = 0; j < d->u.gendecl.specs.len; j++) {
        NodeList *names = &d->u.gendecl.specs.items[j]->u.value.names;
        for (int k = 0; k < names->len; k++) resolve_object(ch, names->items[k]->obj);
    }
}

/* Declares the packages a file imports in file_scope; returns the object
 * of each import (NULL where it failed or is blank), for the unused-import
 * check. The REPL replaces an earlier import of the same name. */
static Object **declare_imports(Checker *ch, Node *file, Scope *file_scope, bool replace) {
    Object **imports = GC_MALLOC(sizeof(Object *) * (size_t)(file->u.file.imports.len + 1));
    for (int i = 0; i < file->u.file.imports.len; i++) {
        Node *imp = file->u.file.imports.items[i];
        Node *path = imp->u.import.path;
        const char *ps = path->u.lit.sval ? path->u.lit.sval : "";
        Package *q = load_package(ch, ps, path->pos);
        const char *name = q ? q->name : NULL;
        if (!q) {
            /* declare the name anyway, so its uses are not "undefined" too */
            const char *base = strrchr(ps, '/');
            name = imp->u.import.name ? imp->u.import.name->u.ident.name : base ? base + 1 : ps;
            Object *bad = object_new(OBJ_PKG, intern_cstr(name), ty_invalid, path->pos);
            bad->builtin = -1;
            bad->state = 2;
            bad->used = true;
            if (replace) scope_replace(file_scope, bad);
            else scope_insert(file_scope, bad);
            continue;
        }
        if (imp->u.import.name) {
            name = imp->u.import.name->u.ident.name;
            if (strcmp(name, ".") == 0) {
                errorf(ch, imp->u.import.name->pos, "dot imports are not supported by minigo");
                continue;
            }
        }
        if (strcmp(name, "_") == 0) continue;
        Object *o = object_new(OBJ_PKG, intern_cstr(name), ty_invalid, path->pos);
        o->decl = imp;
        o->state = 2;
        for (int k = 0; k < ch->c->npkgs; k++) if (ch->c->pkgs[k] == q) o->builtin = k;
        if (replace) {
            scope_replace(file_scope, o);
        } else if (scope_insert(file_scope, o)) {
            errorf(ch, path->pos, "%s redeclared in this block", name);
            continue;
        }
        imports[i] = o;
    }
    return imports;
}

static void check_package(Checker *ch, Package *p) {
    Package *saved_pkg = ch->pkg;
    Scope *saved_scope = ch->scope;
    ch->pkg = p;
    ch->scope = p->scope;
    /* imports live in a file scope between the package scope and the universe */
    Node *file = p->file;
    Scope *file_scope = scope_new(universe);
    p->scope->parent = file_scope;
    Object **imports = declare_imports(ch, file, file_scope, false);
    collect_decls(ch, p);
    resolve_decls(ch, file);
    /* methods before variables: an initializer may need a method set
     * (var e error = myErr{}) */
    attach_methods(ch);
    for (int i = 0; i < file->u.file.decls.len; i++) {
        Node *d = file->u.file.decls.items[i];
        if (d->kind == N_GENDECL && d->u.gendecl.tok == T_VAR) resolve_vars(ch, d);
    }
    /* function bodies */
    for (int i = 0; i < file->u.file.decls.len; i++) {
        Node *d = file->u.file.decls.items[i];
        if (d->kind == N_FUNCDECL && d->u.func.body)
            check_func_body(ch, d, d->u.func.name->obj);
    }
    for (int i = 0; i < file->u.file.imports.len; i++) {
        Object *o = imports[i];
        if (o && !o->used && !ch->unsupported) {
            Node *imp = file->u.file.imports.items[i];
            Node *path = imp->u.import.path;
            if (imp->u.import.name)
                errorf(ch, imp->u.import.name->pos, "\"%s\" imported as %s and not used", path->u.lit.sval, o->name);
            else
                errorf(ch, path->pos, "\"%s\" imported and not used", path->u.lit.sval);
        }
    }
    if (p == ch->c->main_pkg) {
        Object *m = scope_lookup_local(p->scope, intern_cstr("main"));
        if (!m || m->kind != OBJ_FUNC)
            diag_add(ch->diags, (Pos){0, 0, 0}, "function main is undeclared in the main package");
    }
    p->checked = true;
    ch->pkg = saved_pkg;
    ch->scope = saved_scope;
}

static Package *load_package(Checker *ch, const char *path, Pos pos) {
    Compiler *c = ch->c;
    for (int i = 0; i < c->npkgs; i++)
        if (strcmp(c->pkgs[i]->path, path) == 0) return c->pkgs[i];
    const char *src;
    const NativeDesc *natives;
    if (!stdlib_lookup(path, &src, &natives)) {
        if (stdlib_known_unsupported(path))
            errorf(ch, pos, "package \"%s\" is not supported by minigo", path);
        else
            errorf(ch, pos, "package %s is not in std", path);
        return NULL;
    }
    DiagList pd = { .filename = path };
    Node *file = parse_file(src, strlen(src), &pd);
    if (!file) {
        errorf(ch, pos, "internal error: package %s does not parse", path);
        diag_print(&pd, stderr);
        return NULL;
    }
    Package *p = GC_MALLOC(sizeof *p);
    p->path = path;
    p->name = file->u.file.package->u.ident.name;
    p->file = file;
    p->natives = natives;
    p->scope = scope_new(universe);
    p->filename = path;
    Package **np = GC_MALLOC(sizeof(Package *) * (size_t)(c->npkgs + 1));
    if (c->npkgs) memcpy(np, c->pkgs, sizeof(Package *) * (size_t)c->npkgs);
    np[c->npkgs++] = p;
    c->pkgs = np;
    DiagList *saved = ch->diags;
    DiagList inner = { .filename = path };
    ch->diags = &inner;
    check_package(ch, p);
    ch->diags = saved;
    if (inner.len) {
        errorf(ch, pos, "internal error: package %s does not check", path);
        diag_print(&inner, stderr);
    }
    return p;
}

/* Package runtime is always there: run-time panics are its types. */
static void load_runtime(Checker *ch) {
    Package *rt = load_package(ch, "runtime", (Pos){0, 0, 0});
    if (rt) {
        static const char *const names[VM_RTERR_COUNT] = {
            [VM_RTERR_STRING] = "errorString", [VM_RTERR_PLAIN] = "plainError",
            [VM_RTERR_BOUNDS] = "boundsError", [VM_RTERR_ASSERT] = "TypeAssertionError",
            [VM_RTERR_PANICNIL] = "PanicNilError",
        };
        for (int i = 0; i < VM_RTERR_COUNT; i++) {
            Object *o = scope_lookup_local(rt->scope, intern_cstr(names[i]));
            Type *t = o && o->kind == OBJ_TYPE ? o->type : NULL;
            if (t && (i == VM_RTERR_ASSERT || i == VM_RTERR_PANICNIL)) t = types_pointer_to(t);
            vm_rterr_types[i] = t;
        }
    }
}

bool check_program(Compiler *c, Node *file, const char *filename) {
    types_init();
    Checker ch = { .c = c, .diags = c->diags, .iota = -1 };
    Package *p = GC_MALLOC(sizeof *p);
    p->path = "main";
    p->name = "main";
    p->file = file;
    p->filename = filename;
    p->scope = scope_new(universe);
    c->main_pkg = p;
    Package **np = GC_MALLOC(sizeof(Package *) * (size_t)(c->npkgs + 1));
    if (c->npkgs) memcpy(np, c->pkgs, sizeof(Package *) * (size_t)c->npkgs);
    np[c->npkgs++] = p;
    c->pkgs = np;
    if (strcmp(file->u.file.package->u.ident.name, "main") != 0) {
        diag_add(c->diags, file->u.file.package->pos, "package %s is not a main package",
                 file->u.file.package->u.ident.name);
        return false;
    }
    load_runtime(&ch);
    check_package(&ch, p);
    return c->diags->len == 0;
}

/* ---- the REPL ---- */

/* Marks the expression statements typed at the top level, whose values
 * the REPL prints. */
/* A call of fmt's Print, Println, Printf or Fprint...: at the prompt it
 * shows its output, not also its byte count and error. */
static bool is_fmt_print(const Node *x) {
    if (x->kind != N_CALL) return false;
    const Node *f = x->u.call.fun;
    if (f->kind != N_SELECTOR || f->u.selector.x->kind != N_IDENT) return false;
    const char *pkg = f->u.selector.x->u.ident.name, *name = f->u.selector.sel->u.ident.name;
    return strcmp(pkg, "fmt") == 0 && (strncmp(name, "Print", 5) == 0 || strncmp(name, "Fprint", 6) == 0);
}

static void mark_shown(Node *file) {
    NodeList *decls = &file->u.file.decls;
    for (int i = 0; i < decls->len; i++) {
        Node *d = decls->items[i];
        if (d->kind != N_FUNCDECL || d->u.func.name->u.ident.name[0]) continue;
        NodeList *stmts = &d->u.func.body->u.block.stmts;
        for (int j = 0; j < stmts->len; j++)
            if (stmts->items[j]->kind == N_EXPRSTMT && !is_fmt_print(stmts->items[j]->u.unary.x))
                stmts->items[j]->flags |= NF_REPLSHOW;
    }
}

static bool is_repl_stmts(const Node *d) { return d->kind == N_FUNCDECL && !d->u.func.name->u.ident.name[0]; }

/* Takes back what a failed input added: its functions and variable
 * initializers (a library it loaded stays), and the methods it attached. */
static void repl_undo(Compiler *c, int nfuncs, int ninits) {
    ReplState *r = c->repl;
    int k = nfuncs;
    for (int i = nfuncs; i < c->funcs.len; i++) {
        if (c->func_pkg[i] == c->main_pkg) continue;
        c->funcs.items[k] = c->funcs.items[i];
        c->func_pkg[k++] = c->func_pkg[i];
    }
    c->funcs.len = k;
    k = ninits;
    for (int i = ninits; i < c->ninits; i++) {
        Object *o = c->inits[i].spec->u.value.names.items[0]->obj;
        if (o && o->epoch == object_epoch) continue;   /* this input's */
        c->inits[k++] = c->inits[i];
    }
    c->ninits = k;
    for (int i = r->nundo - 1; i >= 0; i--) {
        r->undo[i].type->methods = r->undo[i].methods;
        r->undo[i].type->nmethods = r->undo[i].nmethods;
    }
}

/* The input's declarations become the session's, replacing earlier ones
 * of the same names (code compiled before keeps what it referred to). */
static void repl_merge(ReplState *r, Scope *in) {
    for (int i = 0; i < in->cap; i++) {
        Object *o = in->objs[i];
        if (!o) continue;
        int k = 0;
        for (int j = 0; j < r->norder; j++)
            if (r->order[j]->name != o->name) r->order[k++] = r->order[j];
        r->norder = k;
        if (r->norder == r->order_cap) {
            r->order_cap = r->order_cap ? 2 * r->order_cap : 32;
            Object **no = GC_MALLOC(sizeof *no * (size_t)r->order_cap);
            if (r->norder) memcpy(no, r->order, sizeof *no * (size_t)r->norder);
            r->order = no;
        }
        r->order[r->norder++] = o;
        scope_replace(r->session, o);
    }
}

static int by_pos(const void *a, const void *b) {
    const Object *x = *(Object *const *)a, *y = *(Object *const *)b;
    if (x->epoch != y->epoch) return x->epoch < y->epoch ? -1 : 1;
    return x->pos.line != y->pos.line ? (x->pos.line < y->pos.line ? -1 : 1) : (x->pos.col < y->pos.col ? -1 : x->pos.col > y->pos.col);
}

bool check_repl_input(Compiler *c, Node *file) {
    ReplState *r = c->repl;
    Checker ch = { .c = c, .diags = c->diags, .iota = -1, .next_fn_id = r->next_fn_id };
    if (!c->main_pkg) {
        /* the first input: the session's package main */
        Package *p = GC_MALLOC(sizeof *p);
        p->path = "main";
        p->name = "main";
        p->filename = "repl";
        r->files = scope_new(universe);
        r->session = scope_new(r->files);
        p->scope = r->session;
        c->main_pkg = p;
        Package **np = GC_MALLOC(sizeof(Package *) * (size_t)(c->npkgs + 1));
        if (c->npkgs) memcpy(np, c->pkgs, sizeof(Package *) * (size_t)c->npkgs);
        np[c->npkgs++] = p;
        c->pkgs = np;
        load_runtime(&ch);
        Package *rp = load_package(&ch, "minigo/repl", (Pos){0, 0, 0});
        r->show = rp ? scope_lookup_local(rp->scope, intern_cstr("Show")) : NULL;
    }
    object_epoch++;
    Package *p = c->main_pkg;
    Scope *in = scope_new(r->session);
    p->scope = in;
    p->file = file;
    ch.pkg = p;
    ch.scope = in;
    int nfuncs = c->funcs.len, ninits = c->ninits, nerr = c->diags->len;
    if (r->pending) repl_abort(c);
    r->nundo = 0;
    declare_imports(&ch, file, r->files, true);
    mark_shown(file);
    collect_decls(&ch, p);
    resolve_decls(&ch, file);
    attach_methods(&ch);
    /* in the order typed: variables, and the statements (what they
     * declare is seen by what follows them, and by the functions) */
    NodeList *decls = &file->u.file.decls;
    for (int i = 0; i < decls->len; i++) {
        Node *d = decls->items[i];
        if (d->kind == N_GENDECL && d->u.gendecl.tok == T_VAR) resolve_vars(&ch, d);
        if (!is_repl_stmts(d)) continue;
        ch.repl_lenient = true;
        Object *fo = d->u.func.name->obj;
        Object *saved = ch.dep_owner;
        ch.dep_owner = fo;
        /* check_func makes the function scope; repl_top is set to it there */
        ch.repl_stmts = true;
        check_func(&ch, d->u.func.type, d->u.func.body, in, NULL, fo);
        ch.repl_top = NULL;
        ch.dep_owner = saved;
        ch.repl_lenient = false;
    }
    for (int i = 0; i < decls->len; i++) {
        Node *d = decls->items[i];
        if (d->kind == N_FUNCDECL && d->u.func.body && !is_repl_stmts(d))
            check_func_body(&ch, d, d->u.func.name->obj);
    }
    r->next_fn_id = ch.next_fn_id;
    p->scope = r->session;
    r->pending = in;
    r->pending_funcs = nfuncs;
    r->pending_inits = ninits;
    if (c->diags->len > nerr) {
        repl_abort(c);
        return false;
    }
    return true;
}

void repl_commit(Compiler *c) {
    ReplState *r = c->repl;
    repl_merge(r, r->pending);
    if (r->norder > 1) qsort(r->order, (size_t)r->norder, sizeof *r->order, by_pos);
    r->pending = NULL;
}

void repl_abort(Compiler *c) {
    repl_undo(c, c->repl->pending_funcs, c->repl->pending_inits);
    c->repl->pending = NULL;
}
