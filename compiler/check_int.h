/* check_int.h — what the checker's files share (not for the rest of the
 * compiler: compiler.h is the checker's interface).
 *
 * The checker is split as Go's types2 is: check.c is the driver (packages,
 * imports, scopes, declarations, resolve_object, the REPL), check_expr.c
 * the expressions and types, check_call.c calls and builtins,
 * check_stmt.c statements, check_labels.c labels and goto,
 * check_assign.c assignments and var/const specs. They all work on one Checker, and report through errorf.
 */
#ifndef MINIGO_CHECK_INT_H
#define MINIGO_CHECK_INT_H

#include <ctype.h>
#include <gc.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include "buf.h"
#include "compiler.h"
#include "constant.h"
#include "vec.h"

/* A generic function or type (check_generic.c): its declaration, type
 * parameters and instances. */
typedef struct Inst { Type **targs; Type *type; Object *func; } Inst;
typedef struct Generic {
    Object *obj;              /* the generic function or type */
    Node *decl;               /* its N_FUNCDECL or N_TYPESPEC: only copies of it are checked */
    NodeList *tparams;        /* N_FIELDs: names and constraint */
    Type **tps; int ntps;     /* the type parameters, as the declaration's own check sees them */
    Scope *scope;             /* where they are declared (inside outer) */
    Scope *outer;             /* the scope the declaration is in (the package's, or a function's block) */
    Package *pkg; int file;   /* where it is declared */
    NodeList methods;         /* a generic type's method declarations */
    Inst *insts; int ninsts, insts_cap;  /* instances by type arguments */
    bool template_errors;     /* its own check failed: instances are not checked */
} Generic;

typedef struct FuncCtx {
    Type *sig;
    Object **results;          /* named result objects, or NULL */
    struct FuncCtx *outer;
    Node *lit;                 /* the N_FUNCLIT, or NULL for a declared function */
    int id;                    /* owner id of the variables it declares */
    bool has_defer;
    Node *ftype;               /* its N_FUNCTYPE (a range-over-func body: NULL) */
    Node *range;               /* a range-over-func loop's body: the N_RANGE (its rf), else NULL */
    Object **rv;               /* the results a return in a range-over-func body assigns: the
                                  named ones, or hidden ones named for it (NULL: none yet) */
} FuncCtx;

/* The function a statement's return returns from: ctx itself, or the one
 * a range-over-func body is in. */
static inline FuncCtx *real_fn(FuncCtx *ctx) {
    while (ctx && ctx->range) ctx = ctx->outer;
    return ctx;
}

typedef struct Checker {
    Compiler *c;
    Package *pkg;
    Scope *scope;
    FuncCtx *fn;
    DiagList *diags;
    int iota;                  /* value of iota, or -1 outside const declarations */
    int file;                  /* the index of pkg's file being checked (enter_file) */
    int breakable, continuable;/* nesting of statements break/continue may leave */
    struct LabelCtx { const char *name; Node *stmt; bool used; struct LabelCtx *outer;
                      FuncCtx *fn; } *labels; /* enclosing labeled statements (fn: the context they are in) */
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
    Package *checking;         /* the package whose check_package is running (instances' work list) */
    bool in_constraint;        /* checking a constraint: interfaces with type sets are allowed */
    NodeList generic_methods;  /* methods of generic types, until their types are declared */
    /* lazy library code (check.c's mark_live): whether what is being
     * checked runs (so what it uses must be compiled), and the library
     * functions and methods found live and not checked yet */
    bool live;
    Object **lazyq; int nlazyq, lazyq_cap;
    NodeList lazy_methods;     /* collect_decls: the package's unparsed methods */
} Checker;

/* Checked operands with constant values, hashed by value (numbers by their
 * float64 approximation, so that 1 and 1.0 meet), an equal value of an
 * identical type found in O(1): Go's valueMap, not a scan of the earlier
 * cases (a generated switch or table can have 100000 of them). */
typedef struct ConstSet { Node **slots; int cap, len; } ConstSet;

/* Whether an error was already reported on n (stay quiet about it). */
static inline bool is_bad(const Node *n) { return (n->flags & NF_BAD) != 0; }
/* Records that an error was reported on n: it has no type or value any more. */
static inline void mark_bad(Node *n) { n->flags |= NF_BAD; n->type = ty_invalid; n->cval = NULL; }

/* ---- check.c: errors and operands ---- */

/* Reports an error at pos, in Go's words ("main." dropped from type names). */
void errorf(Checker *ch, Pos pos, const char *fmt, ...)
#if defined(__GNUC__)
    __attribute__((format(printf, 3, 4)))
#endif
    ;
/* A formatted string in collected memory. */
char *strf(const char *fmt, ...)
#if defined(__GNUC__)
    __attribute__((format(printf, 1, 2)))
#endif
    ;
/* "file.go:LINE:COL" of p, for messages that point at another place. */
const char *pos_ref(Checker *ch, Pos p);
/* The same for where package-level object o is declared (in its own file). */
const char *object_ref(Checker *ch, const Object *o);
/* Makes file k of the package being checked current (its imports, and the
 * file diagnostics name); returns the one that was. */
int enter_file(Checker *ch, int k);
/* The leftmost position of an expression, where types2 reports it. */
Pos start_pos(const Node *n);
/* Whether n is the predeclared nil. */
bool is_nil_operand(const Node *n);
/* An operand as types2 describes it: "x (variable of type int)". */
const char *operand_string(const Node *n);

/* ---- check.c: scopes and declarations ---- */

/* Opens a block scope inside the current one. */
void open_scope(Checker *ch);
/* Closes the current scope, reporting its unused variables. */
void close_scope(Checker *ch);
/* The scope a variable declared here goes to (the REPL's top level: the input's). */
Scope *decl_scope(Checker *ch);
/* Declares the variable `name` of type t in decl_scope; reports a redeclaration. */
Object *declare_var(Checker *ch, Node *name, Type *t);
/* Clears the checker's annotations of an expression tree (a const spec's repeated values). */
void clear_annotations(Node *n);
/* Checks a type declaration `type T ...` (or alias) of object o. */
void check_type_spec(Checker *ch, Node *spec, Object *o);
/* Gives defined type named the underlying type u (its parts copied). */
void set_underlying(Type *named, Type *u);
/* A method's type without its receiver (full: the function taking it first). */
Type *method_sig(const Type *full);
/* Adds a function to generate, declared in package p. */
void add_func(Compiler *c, Node *d, Package *p);
/* Resolves a package-level object on first use: checks its declaration. */
void resolve_object(Checker *ch, Object *o);
/* Checks a function's signature and body (lit: the N_FUNCLIT, fo: the declared function's object). */
Type *check_func(Checker *ch, Node *ftype, Node *body, Scope *parent, Node *lit, Object *fo);
/* The package imported as path, checked on first use; NULL after an error at pos. */
Package *load_package(Checker *ch, const char *path, Pos pos);

/* ---- check_labels.c ---- */

/* Checks the labels of a function body and the goto, break and continue
 * statements that name them (Go's syntax/branches.go). */
void check_labels(Checker *ch, Node *body);

/* ---- check_expr.c ---- */

/* Whether constant c is representable in basic type t (*rounded: its value in t, *why: the failure). */
bool representable(const Const *c, const Type *t, Const **rounded, const char **why);
/* types2's word for a failed representation: "overflows" or "truncated". */
const char *representable_why(const Type *from, const Type *to, const char *why);
/* The kind order of untyped numeric constants (int < rune < float), 0 for others. */
int untyped_rank(const Type *t);
/* Gives untyped operand x the type target, reporting what cannot be converted. */
void convert_untyped(Checker *ch, Node *x, Type *target);
/* Gives untyped operand x its default type (x := 1). */
void default_type(Checker *ch, Node *x);
/* Go's assignability of a value of type v to type t (untyped aside). */
bool assignable(const Type *v, const Type *t);
/* The reason implements() failed: "(missing method M)" and the like. */
const char *missing_why(const char *name);
/* Whether type v implements interface iface (*missing: the first method missing). */
bool implements(const Type *v, const Type *iface, const char **missing);
/* Reports an operand that is not a single value (a type, a package, a void call). */
bool single_value(Checker *ch, Node *x);
/* Checks an expression that must be a single value. */
void check_value(Checker *ch, Node *n);
/* Checks a type expression and returns the type it denotes (ty_invalid after an error). */
Type *check_type(Checker *ch, Node *n);
/* Checks a func type; declares its parameters in declare_in when set. */
Type *func_type(Checker *ch, Node *ft, Scope *declare_in, Object ***result_objs);
/* A local variable o of an enclosing function is used here: it lives in a
 * cell, and every function literal between here and its owner captures it. */
void note_capture(Checker *ch, Object *o);
/* Annotates a use n of object o: its type, value and flags; resolves o first. */
void use_object(Checker *ch, Node *n, Object *o);
/* Live code uses o: the library functions and methods it can reach are
 * queued to be checked and generated (check.c). */
void mark_live(Checker *ch, Object *o);
/* Why type t is not comparable: "struct containing []int". */
const char *incomparable_why(const Type *t);
/* Whether values of type t can be ordered with < (numbers and strings). */
bool is_ordered(const Type *t);
/* Whether the binary operator op applies to operands of type t. */
bool op_defined(TokKind op, const Type *t);
/* Checks a shift x << y or x >> y. */
void check_shift(Checker *ch, Node *n);
/* Checks an index (or slice bound) idx, against length when known (>= 0). */
void check_index_value(Checker *ch, Node *idx, int64_t length, const char *what);
/* Checks that an interface value of type xt could hold a t (type assertions and switches). */
bool check_assertable(Checker *ch, Node *at, Type *xt, Type *t, const char *what);
/* Checks the right side v of an assignment to nvars variables (the v, ok forms). */
void check_multi(Checker *ch, Node *v, int nvars);
/* Adds constant operand e to s; returns an earlier one with the same value, or NULL. */
Node *constset_add(ConstSet *s, Node *e);
/* Checks an expression: annotates its type, constant value, object and flags. */
void check_expr(Checker *ch, Node *n);

/* ---- check_call.c ---- */

/* Checks a call: a function call, a conversion T(x) or a builtin. */
void check_call(Checker *ch, Node *n);
/* "(int, string)": the types of n operands, as Go lists them in a mismatch. */
const char *types_list_string(Node **args, int n, bool have);

/* ---- check_assign.c ---- */

/* Checks that operand x can be assigned to type t; converts it if untyped. */
bool assign_to(Checker *ch, Node *x, Type *t, const char *context);
/* Checks `var names [type] = values`, local or package-level (global). */
void check_var_spec(Checker *ch, Node *spec, bool global);
/* Checks `const names [type] = values` under the spec's iota; declares the names if asked. */
void check_const_spec(Checker *ch, Node *spec, bool declare);
/* Checks the left side of x op= y or x++ (which also read x). */
void check_lhs_read(Checker *ch, Node *x);
/* Checks an assignable left-hand side; marks it not "used". */
void check_lhs(Checker *ch, Node *x);
/* Checks an assignment, op-assignment or short variable declaration. */
void check_assign(Checker *ch, Node *n);

/* ---- check_generic.c ---- */

/* Forgets the work list of a previous compilation. */
void generics_reset(void);
/* The REPL: where the instances made so far end, and taking back those of
 * main_pkg's generics made after a mark (a failed input). */
int generics_mark(void);
void generics_rollback(int mark, const Package *main_pkg);
/* The Generic of object o declared by decl with type parameters tparams. */
Generic *generic_new(Checker *ch, Object *o, Node *decl, NodeList *tparams);
/* Resolving a generic function (its type parameters and signature) or type. */
void generic_resolve_func(Checker *ch, Object *o);
void generic_resolve_type(Checker *ch, Object *o);
/* Files a method with a generic receiver under its type. */
void generic_add_method(Checker *ch, Node *d);
/* Adds an interface element (a union, ~T, a type, an embedded interface)
 * to iface's type set; an embedded interface's methods come back in *methods. */
void iface_add_elem(Checker *ch, Type *iface, Node *elem, Method **methods, int *nmethods);
/* "[T any, U comparable]" */
const char *generic_tparams_string(const Generic *g);
/* Whether t mentions a type parameter. */
bool type_has_tparam(const Type *t);
/* t with g's type parameters replaced by targs (NULL entries: kept). */
Type *subst(Checker *ch, const Generic *g, Type *t, Type **targs);
/* The instance of generic type g (or its alias) for targs. */
Type *instantiate_type(Checker *ch, Generic *g, Type **targs, Pos pos);
/* The instance of generic function g for targs (NULL after an error). */
Object *instantiate_func(Checker *ch, Generic *g, Type **targs, Pos pos);
/* Checks x[T1, ...] where x is a generic function or type. */
void check_generic_index(Checker *ch, Node *n);
/* Checks the callee and arguments of a call of a generic function:
 * infers and instantiates; returns the instance's signature (NULL after an error). */
Type *check_generic_call(Checker *ch, Node *call);
/* A generic function x used as a value of func type target: instantiated
 * by unifying (false when x is not generic or does not fit). */
bool instantiate_to(Checker *ch, Node *x, Type *target);
/* Checks the bodies of the instances the current package asked for. */
void check_instances(Checker *ch);
/* The package whose check asked for the first instance not checked yet, or NULL. */
Package *generics_pending(void);

/* ---- check_stmt.c ---- */

/* Checks the statements of a block (in a new scope if new_scope). */
void check_block(Checker *ch, Node *block, bool new_scope);
/* Whether statement n is terminating (spec). */
bool is_terminating(Node *n);

/* ---- check_rangefunc.c ---- */

/* Checks `for ... range f` over a function f (already checked, not bad):
 * its shape, its variables and its body, in the scope range opened. */
void check_range_func(Checker *ch, Node *n);
/* A return statement in a range-over-func body (its values checked). */
void rangefunc_note_return(Checker *ch, Node *n);
/* A defer statement in a range-over-func body. */
void rangefunc_note_defer(Checker *ch);
/* A labeled break or continue in a range-over-func body whose target is outside the body. */
void rangefunc_note_exit(Checker *ch);
/* Whether the body of range-over-func loop range has a statement labelled name. */
bool rangefunc_body_has_label(const Node *range, const char *name);

#endif
