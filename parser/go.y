/* go.y — the grammar of minigo's Go subset, for the lemon parser generator.
 *
 * lemon turns this file into go.c/go.h (token codes TK_xxx). parse.c feeds it
 * the lexer's tokens (semicolons already inserted), one Token* per terminal.
 * The rules follow the Go specification; their shapes follow Go's old yacc
 * grammar (src/cmd/gc/go.y, Go <= 1.5), which is LALR(1):
 *
 *  - Types are expressions in the AST, but the grammar keeps "type only"
 *    forms (non_expr_type: []T, map, chan, func, struct, interface) out of
 *    `expr`; they are allowed where Go allows a type among expressions: call
 *    arguments (make([]int, 3)), parentheses, conversions ([]byte(s)) and
 *    composite literal types.
 *  - The composite-literal/block ambiguity of if/for/switch headers: the
 *    driver turns the `{` that opens a statement body into LBODY (see
 *    parse.c, "loophack"); a TypeName composite literal needs a plain LBRACE,
 *    so `if x == T{} {` fails and `if x == (T{}) {` works, as in Go.
 *  - Lists separated by semicolons accept a trailing one (osemi); lists
 *    separated by commas accept a trailing comma (ocomma).
 *  - The start symbol is chosen by a synthetic first token: FILESTART for a
 *    source file, REPLSTART for REPL input (declarations and statements).
 *
 * Errors: lemon calls %syntax_error with the lookahead; parse.c turns the
 * parser state into Go's wording. Actions report the non-grammar errors Go's
 * parser reports (mixed parameters, go/defer operands, header statements).
 */

%name goparse
%token_prefix TK_
%token_type {Token *}
%default_type {Node *}
%extra_context {PCtx *ctx}
%stack_size 0
%start_symbol start

%include {
#include <stdlib.h>
#include <string.h>
#include <gc.h>
#include "parse_int.h"

/* The parser stack holds AST pointers: keep it on the collected heap. */
#define malloc(n) GC_MALLOC(n)
#define realloc(p, n) GC_REALLOC(p, n)
#define free(p) GC_FREE(p)

#define YYNOERRORRECOVERY 1
/* Keep lemon's symbol names (yyTokenName): parse.c names the construct a
 * syntax error is in from the symbols on the stack. */
#undef NDEBUG
#if defined(__GNUC__)
#pragma GCC diagnostic ignored "-Wunused-variable"
#pragma GCC diagnostic ignored "-Wunused-but-set-variable"
#endif

static Node *new_list_node(NodeKind k, Pos p) { return node_new(k, p); }

/* The receive of a select case without its parentheses ("RecvExpr must be
 * a (possibly parenthesized) receive operation"); anything else is left as
 * it is, for the checker to reject (as types2 does). */
static Node *recv_expr(Node *x) {
    Node *r = x;
    while (r->kind == N_PAREN) r = r->u.unary.x;
    return r->kind == N_UNARY && r->u.unary.op == T_ARROW ? r : x;
}
#define LV(x) (*(x))   /* NodeList* -> NodeList */
}

%syntax_error {
    if (!ctx->failed && !ctx->syntax_err) {
        ctx->syntax_err = true;
        ctx->err_major = yymajor;
        ctx->err_tok = TOKEN;
    }
}

%stack_overflow {
    perr(ctx, (Pos){0, 0, 0}, "parser stack overflow");
}

/* Synthetic start tokens and the tokens the driver produces itself: DFUNC
 * is a `func` that starts a REPL declaration, LBODY the `{` of an
 * if/for/switch/select body, NLBRACE the `{` of a literal whose type is a
 * name (T{...}, pkg.T{...}), which Go does not allow in those headers. */
%token FILESTART REPLSTART DFUNC LBODY NLBRACE.
/* parse_library's skipped function body (the `{` token standing for the
 * whole block), and parse_body's start symbol. */
%token LAZYBODY BODYSTART LAZYDECL DECLSTART.
/* The `[` of a type parameter list (TPARAMS: after `func F`, and after
 * `type T` when the driver sees a parameter list, not an array length) and
 * of type arguments in a type (TARGS: `List[int]` where a type is read;
 * the driver asks the parser which `[` it can take, and when both fit, as
 * after a field or parameter name, `a [5]int` with a space is an array and
 * `List[int]` without one an instantiation, as gofmt writes them). */
%token TPARAMS TARGS.

/* Operator precedence, loosest first (Go's five binary levels). */
%left NOTPAREN.
%left LPAREN.
%left OROR.
%left ANDAND.
%left EQ NE LT LE GT GE.
%left PLUS MINUS OR XOR.
%left STAR SLASH PERCENT SHL SHR AND ANDNOT.

%type file_body {int}
%type topdecls {int}
%type osemi {int}
%type ocomma {int}
%type import_body {NodeList *}
%type import_group {NodeList *}
%type import_seq {NodeList *}
%type var_group {NodeList *}
%type var_seq {NodeList *}
%type const_group {NodeList *}
%type const_seq {NodeList *}
%type type_group {NodeList *}
%type type_seq {NodeList *}
%type name_list {NodeList *}
%type expr_list {NodeList *}
%type oexpr_list {NodeList *}
%type arg_list {NodeList *}
%type eot_list {NodeList *}
%type params {NodeList *}
%type tparams {NodeList *}
%type tparam_list {NodeList *}
%type param_list {NodeList *}
%type results {NodeList *}
%type field_list {NodeList *}
%type ofield_list {NodeList *}
%type iface_list {NodeList *}
%type oiface_list {NodeList *}
%type stmt_list {NodeList *}
%type case_list {NodeList *}
%type comm_list {NodeList *}
%type complit_body {NodeList *}
%type elt_list {NodeList *}
%type otag {Token *}
%type lbrace {Token *}

/* ---------------------------------------------------------------- files */

start ::= FILESTART file.
start ::= REPLSTART repl.
start ::= BODYSTART block(B). { ctx->body = B; }
start ::= DECLSTART FUNC(F) func_rest(D). { D->pos = F->pos; ctx->body = D; }

/* SourceFile = PackageClause ";" { ImportDecl ";" } { TopLevelDecl ";" } */
file ::= PACKAGE sym(N) SEMI topdecls. { ctx->file->u.file.package = N; }

topdecls(A) ::= . { A = 0; }
topdecls(A) ::= topdecls topdecl SEMI. { A = 0; }

topdecl ::= IMPORT(K) import_body(B). {
    Node *d = node_new(N_GENDECL, K->pos);
    d->u.gendecl.tok = T_IMPORT;
    d->u.gendecl.specs = LV(B);
    if (B->len > 0 && B->items[0]->flags) d->u.gendecl.lparen = B->items[0]->end;
    if (ctx->seen_decl) perr(ctx, K->pos, "syntax error: imports must appear before other declarations");
    for (int i = 0; i < B->len; i++) { B->items[i]->flags = 0; list_push(&ctx->file->u.file.imports, B->items[i]); }
    list_push(&ctx->file->u.file.decls, d);
}
topdecl ::= gen_decl(D). { add_decl(ctx, D); }
topdecl ::= FUNC(F) func_rest(D). { D->pos = F->pos; add_decl(ctx, D); }
topdecl ::= LAZYDECL(F). { add_decl(ctx, lazy_decl(ctx, F)); }

/* REPL input: a sequence of declarations and statements (see parse_repl).
 * The driver turns a `func` that starts a declaration into DFUNC. */
repl ::= repl_items.
repl_items ::= repl_item.
repl_items ::= repl_items SEMI repl_item.
repl_item ::= .
repl_item ::= IMPORT(K) import_body(B). {
    Node *d = node_new(N_GENDECL, K->pos);
    d->u.gendecl.tok = T_IMPORT;
    d->u.gendecl.specs = LV(B);
    for (int i = 0; i < B->len; i++) { B->items[i]->flags = 0; list_push(&ctx->file->u.file.imports, B->items[i]); }
    list_push(&ctx->file->u.file.decls, d);
}
repl_item ::= gen_decl(D). { add_decl(ctx, D); }
repl_item ::= DFUNC(F) func_rest(D). { D->pos = F->pos; add_decl(ctx, D); }
repl_item ::= nondecl_stmt(S). { add_repl_stmt(ctx, S); }

/* ---------------------------------------------------------------- imports */

import_body(A) ::= import_spec(S). { A = nl_one(S); }
import_body(A) ::= LPAREN(P) import_group(G) RPAREN. {
    A = G;
    /* remember the '(' in the first spec's end slot (fixed up by topdecl) */
    if (A->len > 0) { A->items[0]->flags = 1; A->items[0]->end = P->pos; }
}
import_group(A) ::= . { A = nl_new(); }
import_group(A) ::= import_seq(B) osemi. { A = B; }
import_seq(A) ::= import_spec(S). { A = nl_one(S); }
import_seq(A) ::= import_seq(B) SEMI import_spec(S). { A = nl_add(B, S); }

import_spec(A) ::= import_path(P). { A = node_new(N_IMPORTSPEC, P->pos); A->u.import.path = P; }
import_spec(A) ::= sym(N) import_path(P). {
    A = node_new(N_IMPORTSPEC, N->pos); A->u.import.name = N; A->u.import.path = P;
}
import_spec(A) ::= DOT(D) import_path(P). {
    Token *t = D;
    A = node_new(N_IMPORTSPEC, t->pos);
    A->u.import.name = node_new(N_IDENT, t->pos);
    A->u.import.name->u.ident.name = ".";
    A->u.import.path = P;
}
import_path(A) ::= LITERAL(T). {
    A = mk_lit(T);
    if (T->kind != T_STRING) perr(ctx, T->pos, "syntax error: import path must be a string");
}

/* ---------------------------------------------------------------- declarations */

/* A const, var or type declaration, at top level or as a statement. */
gen_decl(A) ::= VAR(K) var_spec(S). {
    A = node_new(N_GENDECL, K->pos); A->u.gendecl.tok = T_VAR; list_push(&A->u.gendecl.specs, S);
}
gen_decl(A) ::= VAR(K) LPAREN(P) var_group(G) RPAREN. {
    A = node_new(N_GENDECL, K->pos); A->u.gendecl.tok = T_VAR; A->u.gendecl.specs = LV(G);
    A->u.gendecl.lparen = P->pos;
}
gen_decl(A) ::= CONST(K) const_spec(S). {
    A = node_new(N_GENDECL, K->pos); A->u.gendecl.tok = T_CONST; list_push(&A->u.gendecl.specs, S);
}
gen_decl(A) ::= CONST(K) LPAREN(P) const_group(G) RPAREN. {
    A = node_new(N_GENDECL, K->pos); A->u.gendecl.tok = T_CONST; A->u.gendecl.specs = LV(G);
    A->u.gendecl.lparen = P->pos;
    fix_const_group(G);
}
gen_decl(A) ::= TYPE(K) type_spec(S). {
    A = node_new(N_GENDECL, K->pos); A->u.gendecl.tok = T_TYPE; list_push(&A->u.gendecl.specs, S);
}
gen_decl(A) ::= TYPE(K) LPAREN(P) type_group(G) RPAREN. {
    A = node_new(N_GENDECL, K->pos); A->u.gendecl.tok = T_TYPE; A->u.gendecl.specs = LV(G);
    A->u.gendecl.lparen = P->pos;
}

var_group(A) ::= . { A = nl_new(); }
var_group(A) ::= var_seq(B) osemi. { A = B; }
var_seq(A) ::= var_spec(S). { A = nl_one(S); }
var_seq(A) ::= var_seq(B) SEMI var_spec(S). { A = nl_add(B, S); }

const_group(A) ::= . { A = nl_new(); }
const_group(A) ::= const_seq(B) osemi. { A = B; }
const_seq(A) ::= const_spec(S). { A = nl_one(S); }
const_seq(A) ::= const_seq(B) SEMI const_spec(S). { A = nl_add(B, S); }

type_group(A) ::= . { A = nl_new(); }
type_group(A) ::= type_seq(B) osemi. { A = B; }
type_seq(A) ::= type_spec(S). { A = nl_one(S); }
type_seq(A) ::= type_seq(B) SEMI type_spec(S). { A = nl_add(B, S); }

/* VarSpec = IdentifierList ( Type [ "=" ExpressionList ] | "=" ExpressionList ) */
var_spec(A) ::= name_list(N) ntype(T). {
    A = node_new(N_VALUESPEC, N->items[0]->pos); A->u.value.names = LV(N); A->u.value.type = T;
}
var_spec(A) ::= name_list(N) ntype(T) ASSIGN expr_list(V). {
    A = node_new(N_VALUESPEC, N->items[0]->pos); A->u.value.names = LV(N); A->u.value.type = T;
    A->u.value.values = LV(V);
}
var_spec(A) ::= name_list(N) ASSIGN expr_list(V). {
    A = node_new(N_VALUESPEC, N->items[0]->pos); A->u.value.names = LV(N); A->u.value.values = LV(V);
}

/* ConstSpec = IdentifierList [ [ Type ] "=" ExpressionList ] */
const_spec(A) ::= name_list(N). {
    A = node_new(N_VALUESPEC, N->items[0]->pos); A->u.value.names = LV(N);
}
const_spec(A) ::= name_list(N) ntype(T). {
    A = node_new(N_VALUESPEC, N->items[0]->pos); A->u.value.names = LV(N); A->u.value.type = T;
}
const_spec(A) ::= name_list(N) ntype(T) ASSIGN expr_list(V). {
    A = node_new(N_VALUESPEC, N->items[0]->pos); A->u.value.names = LV(N); A->u.value.type = T;
    A->u.value.values = LV(V);
}
const_spec(A) ::= name_list(N) ASSIGN expr_list(V). {
    A = node_new(N_VALUESPEC, N->items[0]->pos); A->u.value.names = LV(N); A->u.value.values = LV(V);
}

/* TypeSpec = identifier [ "=" ] Type */
type_spec(A) ::= sym(N) ntype(T). {
    A = node_new(N_TYPESPEC, N->pos); A->u.typespec.name = N; A->u.typespec.type = T;
}
type_spec(A) ::= sym(N) ASSIGN ntype(T). {
    A = node_new(N_TYPESPEC, N->pos); A->u.typespec.name = N; A->u.typespec.type = T;
    A->u.typespec.assign = true;
}
type_spec(A) ::= sym(N) TPARAMS tparams(P) RBRACK ntype(T). {
    A = node_new(N_TYPESPEC, N->pos); A->u.typespec.name = N; A->u.typespec.type = T;
    A->u.typespec.tparams = LV(P);
}
type_spec(A) ::= sym(N) TPARAMS tparams(P) RBRACK ASSIGN ntype(T). {
    A = node_new(N_TYPESPEC, N->pos); A->u.typespec.name = N; A->u.typespec.type = T;
    A->u.typespec.assign = true; A->u.typespec.tparams = LV(P);
}

/* TypeParameters = "[" TypeParamList [ "," ] "]"; TypeParamDecl =
 * IdentifierList TypeConstraint. A name without a constraint takes the
 * next one (fix_tparams), as parameters do. */
tparams(A) ::= tparam_list(L) ocomma. { A = fix_tparams(ctx, L); }
tparam_list(A) ::= tparam(P). { A = nl_one(P); }
tparam_list(A) ::= tparam_list(L) COMMA tparam(P). { A = nl_add(L, P); }
tparam(A) ::= sym(N). { A = node_new(N_FIELD, N->pos); list_push(&A->u.field.names, N); }
tparam(A) ::= sym(N) celem(C). {
    A = node_new(N_FIELD, N->pos); list_push(&A->u.field.names, N); A->u.field.type = C;
}
/* A constraint element: a union of terms, each a type or ~type (the
 * checker reads N_BINARY T_OR and N_UNARY T_TILDE). */
celem(A) ::= cterm(T). { A = T; }
celem(A) ::= celem(X) OR(O) cterm(Y). { A = mk_binary(O, X, Y); }
cterm(A) ::= ntype(T). { A = T; }
cterm(A) ::= TILDE(O) ntype(T). { A = mk_unary(O, T); }

/* FunctionDecl = "func" FunctionName Signature [ FunctionBody ]
 * MethodDecl   = "func" Receiver MethodName Signature [ FunctionBody ] */
func_rest(A) ::= sym(N) LPAREN params(P) RPAREN(R) results(Res) fbody(B). {
    A = new_list_node(N_FUNCDECL, N->pos);
    A->u.func.name = N;
    A->u.func.type = node_new(N_FUNCTYPE, N->pos);
    A->u.func.type->u.functype.params = LV(fix_params(ctx, P, R->pos, true));
    A->u.func.type->u.functype.results = LV(Res);
    A->u.func.body = B;
    A->end = B ? B->end : tok_end(R);
}
func_rest(A) ::= LPAREN(LP) params(RP) RPAREN(RR) sym(N) LPAREN params(P) RPAREN(R) results(Res) fbody(B). {
    A = new_list_node(N_FUNCDECL, N->pos);
    NodeList *recv = fix_params(ctx, RP, RR->pos, false);
    if (recv->len == 0) perr(ctx, N->pos, "method has no receiver");
    else if (recv->len > 1 || recv->items[0]->u.field.names.len > 1)
        perr(ctx, N->pos, "method has multiple receivers");
    (void)LP;
    if (recv->len > 0) A->u.func.recv = recv->items[0];
    A->u.func.name = N;
    A->u.func.type = node_new(N_FUNCTYPE, N->pos);
    A->u.func.type->u.functype.params = LV(fix_params(ctx, P, R->pos, true));
    A->u.func.type->u.functype.results = LV(Res);
    A->u.func.body = B;
    A->end = B ? B->end : tok_end(R);
}

func_rest(A) ::= sym(N) TPARAMS tparams(TP) RBRACK LPAREN params(P) RPAREN(R) results(Res) fbody(B). {
    A = new_list_node(N_FUNCDECL, N->pos);
    A->u.func.name = N;
    A->u.func.tparams = LV(TP);
    A->u.func.type = node_new(N_FUNCTYPE, N->pos);
    A->u.func.type->u.functype.params = LV(fix_params(ctx, P, R->pos, true));
    A->u.func.type->u.functype.results = LV(Res);
    A->u.func.body = B;
    A->end = B ? B->end : tok_end(R);
}

fbody(A) ::= . { A = NULL; }
fbody(A) ::= block(B). { A = B; }
fbody(A) ::= LAZYBODY(B). { A = lazy_block(ctx, B); }

/* Parameters = "(" [ ParameterList [ "," ] ] ")"; grouping is done by fix_params. */
params(A) ::= . { A = nl_new(); }
params(A) ::= param_list(L) ocomma. { A = L; }
param_list(A) ::= param(P). { A = nl_one(P); }
param_list(A) ::= param_list(L) COMMA param(P). { A = nl_add(L, P); }

param(A) ::= ntype(T). {
    A = node_new(N_FIELD, T->pos);
    if (T->kind == N_IDENT) list_push(&A->u.field.names, T);   /* a lone name */
    else A->u.field.type = T;
}
param(A) ::= sym(N) ntype(T). {
    A = node_new(N_FIELD, N->pos); list_push(&A->u.field.names, N); A->u.field.type = T;
}
param(A) ::= sym(N) ELLIPSIS(E) ntype(T). {
    A = node_new(N_FIELD, N->pos); list_push(&A->u.field.names, N);
    A->u.field.type = node_new(N_ELLIPSIS, E->pos); A->u.field.type->u.unary.x = T;
    A->u.field.type->end = T->end;
}
param(A) ::= ELLIPSIS(E) ntype(T). {
    A = node_new(N_FIELD, E->pos);
    A->u.field.type = node_new(N_ELLIPSIS, E->pos); A->u.field.type->u.unary.x = T;
    A->u.field.type->end = T->end;
}

/* Result = Parameters | Type */
results(A) ::= . [NOTPAREN] { A = nl_new(); }
results(A) ::= result_type(T). {
    Node *f = node_new(N_FIELD, T->pos); f->u.field.type = T; A = nl_one(f);
}
results(A) ::= LPAREN params(P) RPAREN(R). { A = fix_params(ctx, P, R->pos, false); }

/* ---------------------------------------------------------------- types */

/* Type: any type, including a parenthesized one. */
ntype(A) ::= recvchantype(T). { A = T; }
ntype(A) ::= fntype(T). { A = T; }
ntype(A) ::= othertype(T). { A = T; }
ntype(A) ::= ptrtype(T). { A = T; }
ntype(A) ::= dotname(T). { A = T; }
ntype(A) ::= gname(T). { A = T; }
ntype(A) ::= LPAREN(P) ntype(T) RPAREN(R). {
    A = node_new(N_PAREN, P->pos); A->u.unary.x = T; A->end = tok_end(R);
}

/* A type that may follow `chan` without ambiguity. */
non_recvchantype(A) ::= fntype(T). { A = T; }
non_recvchantype(A) ::= othertype(T). { A = T; }
non_recvchantype(A) ::= ptrtype(T). { A = T; }
non_recvchantype(A) ::= dotname(T). { A = T; }
non_recvchantype(A) ::= gname(T). { A = T; }
non_recvchantype(A) ::= LPAREN(P) ntype(T) RPAREN(R). {
    A = node_new(N_PAREN, P->pos); A->u.unary.x = T; A->end = tok_end(R);
}

/* A function's result type without parentheses. */
result_type(A) ::= recvchantype(T). { A = T; }
result_type(A) ::= fntype(T). { A = T; }
result_type(A) ::= othertype(T). { A = T; }
result_type(A) ::= ptrtype(T). { A = T; }
result_type(A) ::= dotname(T). { A = T; }
result_type(A) ::= gname(T). { A = T; }

/* Types that are not expressions: allowed among expressions only in
 * arguments and parentheses. */
non_expr_type(A) ::= recvchantype(T). { A = T; }
non_expr_type(A) ::= fntype(T). { A = T; }
non_expr_type(A) ::= othertype(T). { A = T; }
non_expr_type(A) ::= STAR(S) non_expr_type(T). { A = node_new(N_STAR, S->pos); A->u.unary.x = T; A->end = T->end; }

/* A generic type's instance where a type is read: List[int], pkg.Set[T]. */
gname(A) ::= dotname(X) TARGS(B) eot_list(L) ocomma RBRACK(R). { A = mk_index(B, X, L, R); }

/* TypeName = identifier | PackageName "." identifier */
dotname(A) ::= name(N). { A = N; }
dotname(A) ::= name(X) DOT sym(S). {
    A = node_new(N_SELECTOR, S->pos); A->u.selector.x = X; A->u.selector.sel = S; A->end = S->end;
}

othertype(A) ::= LBRACK(B) RBRACK ntype(T). {
    A = node_new(N_ARRAYTYPE, B->pos); A->u.arraytype.elem = T; A->end = T->end;
}
othertype(A) ::= LBRACK(B) expr(N) RBRACK ntype(T). {
    A = node_new(N_ARRAYTYPE, B->pos); A->u.arraytype.len = N; A->u.arraytype.elem = T; A->end = T->end;
}
othertype(A) ::= LBRACK(B) ELLIPSIS(E) RBRACK ntype(T). {
    A = node_new(N_ARRAYTYPE, B->pos); A->u.arraytype.len = node_new(N_ELLIPSIS, E->pos);
    A->u.arraytype.elem = T; A->end = T->end;
}
othertype(A) ::= CHAN(C) non_recvchantype(T). {
    A = node_new(N_CHANTYPE, C->pos); A->u.chantype.dir = 3; A->u.chantype.elem = T; A->end = T->end;
}
othertype(A) ::= CHAN(C) ARROW ntype(T). {
    A = node_new(N_CHANTYPE, C->pos); A->u.chantype.dir = 1; A->u.chantype.elem = T; A->end = T->end;
}
othertype(A) ::= MAP(M) LBRACK ntype(K) RBRACK ntype(V). {
    A = node_new(N_MAPTYPE, M->pos); A->u.maptype.key = K; A->u.maptype.value = V; A->end = V->end;
}
othertype(A) ::= structtype(T). { A = T; }
othertype(A) ::= interfacetype(T). { A = T; }

ptrtype(A) ::= STAR(S) ntype(T). { A = node_new(N_STAR, S->pos); A->u.unary.x = T; A->end = T->end; }

recvchantype(A) ::= ARROW(R) CHAN ntype(T). {
    A = node_new(N_CHANTYPE, R->pos); A->u.chantype.dir = 2; A->u.chantype.elem = T; A->end = T->end;
}

/* FunctionType = "func" Signature */
fntype(A) ::= FUNC(F) LPAREN params(P) RPAREN(R) results(Res). {
    A = node_new(N_FUNCTYPE, F->pos);
    A->u.functype.params = LV(fix_params(ctx, P, R->pos, true));
    A->u.functype.results = LV(Res);
    A->end = tok_end(R);
    if (Res->len > 0 && Res->items[Res->len - 1]->u.field.type)
        A->end = Res->items[Res->len - 1]->u.field.type->end;
}

/* StructType = "struct" "{" { FieldDecl ";" } "}" */
structtype(A) ::= STRUCT(S) LBRACE ofield_list(F) RBRACE(R). {
    A = node_new(N_STRUCTTYPE, S->pos); A->u.fields.list = LV(F); A->end = tok_end(R);
}
ofield_list(A) ::= . { A = nl_new(); }
ofield_list(A) ::= field_list(F) osemi. { A = F; }
field_list(A) ::= field(F). { A = nl_one(F); }
field_list(A) ::= field_list(L) SEMI field(F). { A = nl_add(L, F); }

/* FieldDecl = (IdentifierList Type | EmbeddedField) [ Tag ] */
field(A) ::= name_list(N) ntype(T) otag. {
    A = node_new(N_FIELD, N->items[0]->pos); A->u.field.names = LV(N); A->u.field.type = T;
}
field(A) ::= embed(E) otag. {
    A = node_new(N_FIELD, E->pos); A->u.field.type = E; A->u.field.embedded = true;
}
field(A) ::= STAR(S) embed(E) otag. {
    A = node_new(N_FIELD, S->pos);
    A->u.field.type = node_new(N_STAR, S->pos); A->u.field.type->u.unary.x = E;
    A->u.field.type->end = E->end;
    A->u.field.embedded = true;
}
otag(A) ::= . { A = NULL; }
otag(A) ::= LITERAL(T). {
    A = T;
    if (T->kind == T_STRING) perr(ctx, T->pos, "struct tags are not supported by minigo");
    else perr(ctx, T->pos, "syntax error: unexpected literal %.*s, expected semicolon, newline, or }",
              (int)T->len, T->text);
}

embed(A) ::= dotname(N). { A = N; }
embed(A) ::= gname(N). { A = N; }

/* InterfaceType = "interface" "{" { InterfaceElem ";" } "}" */
interfacetype(A) ::= INTERFACE(I) LBRACE oiface_list(F) RBRACE(R). {
    A = node_new(N_INTERFACETYPE, I->pos); A->u.fields.list = LV(F); A->end = tok_end(R);
}
oiface_list(A) ::= . { A = nl_new(); }
oiface_list(A) ::= iface_list(F) osemi. { A = F; }
iface_list(A) ::= iface_elem(F). { A = nl_one(F); }
iface_list(A) ::= iface_list(L) SEMI iface_elem(F). { A = nl_add(L, F); }

/* MethodElem = MethodName Signature; or an embedded interface name. */
iface_elem(A) ::= sym(N) LPAREN params(P) RPAREN(R) results(Res). {
    A = node_new(N_FIELD, N->pos);
    list_push(&A->u.field.names, N);
    A->u.field.type = node_new(N_FUNCTYPE, N->pos);
    A->u.field.type->u.functype.params = LV(fix_params(ctx, P, R->pos, true));
    A->u.field.type->u.functype.results = LV(Res);
}
/* An embedded interface, or a type set: a type term or a union of terms
 * (the checker tells a constraint from an ordinary interface). */
iface_elem(A) ::= celem(E). { A = node_new(N_FIELD, E->pos); A->u.field.type = E; A->u.field.embedded = true; }

/* ---------------------------------------------------------------- expressions */

expr(A) ::= uexpr(X). { A = X; }
expr(A) ::= expr(X) OROR(O) expr(Y). { A = mk_binary(O, X, Y); }
expr(A) ::= expr(X) ANDAND(O) expr(Y). { A = mk_binary(O, X, Y); }
expr(A) ::= expr(X) EQ(O) expr(Y). { A = mk_binary(O, X, Y); }
expr(A) ::= expr(X) NE(O) expr(Y). { A = mk_binary(O, X, Y); }
expr(A) ::= expr(X) LT(O) expr(Y). { A = mk_binary(O, X, Y); }
expr(A) ::= expr(X) LE(O) expr(Y). { A = mk_binary(O, X, Y); }
expr(A) ::= expr(X) GE(O) expr(Y). { A = mk_binary(O, X, Y); }
expr(A) ::= expr(X) GT(O) expr(Y). { A = mk_binary(O, X, Y); }
expr(A) ::= expr(X) PLUS(O) expr(Y). { A = mk_binary(O, X, Y); }
expr(A) ::= expr(X) MINUS(O) expr(Y). { A = mk_binary(O, X, Y); }
expr(A) ::= expr(X) OR(O) expr(Y). { A = mk_binary(O, X, Y); }
expr(A) ::= expr(X) XOR(O) expr(Y). { A = mk_binary(O, X, Y); }
expr(A) ::= expr(X) STAR(O) expr(Y). { A = mk_binary(O, X, Y); }
expr(A) ::= expr(X) SLASH(O) expr(Y). { A = mk_binary(O, X, Y); }
expr(A) ::= expr(X) PERCENT(O) expr(Y). { A = mk_binary(O, X, Y); }
expr(A) ::= expr(X) AND(O) expr(Y). { A = mk_binary(O, X, Y); }
expr(A) ::= expr(X) ANDNOT(O) expr(Y). { A = mk_binary(O, X, Y); }
expr(A) ::= expr(X) SHL(O) expr(Y). { A = mk_binary(O, X, Y); }
expr(A) ::= expr(X) SHR(O) expr(Y). { A = mk_binary(O, X, Y); }

/* UnaryExpr = PrimaryExpr | unary_op UnaryExpr */
uexpr(A) ::= pexpr(X). { A = X; }
uexpr(A) ::= STAR(O) uexpr(X). { A = node_new(N_STAR, O->pos); A->u.unary.x = X; A->end = X->end; }
uexpr(A) ::= AND(O) uexpr(X). { A = mk_unary(O, X); }
uexpr(A) ::= PLUS(O) uexpr(X). { A = mk_unary(O, X); }
uexpr(A) ::= MINUS(O) uexpr(X). { A = mk_unary(O, X); }
uexpr(A) ::= NOT(O) uexpr(X). { A = mk_unary(O, X); }
uexpr(A) ::= XOR(O) uexpr(X). { A = mk_unary(O, X); }
uexpr(A) ::= ARROW(O) uexpr(X). { A = mk_unary(O, X); }
uexpr(A) ::= TILDE(O) uexpr(X). {
    A = mk_unary(O, X);
    perr(ctx, O->pos, "cannot use ~ outside of interface or type constraint (use ^ for bitwise complement)");
}

/* Call = PrimaryExpr "(" [ ArgumentList [ "..." ] [ "," ] ] ")" */
call(A) ::= pexpr(F) LPAREN(P) RPAREN(R). {
    A = node_new(N_CALL, P->pos); A->u.call.fun = F; A->u.call.rparen = R->pos; A->end = tok_end(R);
}
call(A) ::= pexpr(F) LPAREN(P) arg_list(Args) ocomma RPAREN(R). {
    A = node_new(N_CALL, P->pos); A->u.call.fun = F; A->u.call.args = LV(Args);
    A->u.call.rparen = R->pos; A->end = tok_end(R);
}
call(A) ::= pexpr(F) LPAREN(P) arg_list(Args) ELLIPSIS ocomma RPAREN(R). {
    A = node_new(N_CALL, P->pos); A->u.call.fun = F; A->u.call.args = LV(Args);
    A->u.call.has_ellipsis = true; A->u.call.rparen = R->pos; A->end = tok_end(R);
}
arg_list(A) ::= expr_or_type(X). { A = nl_one(X); }
arg_list(A) ::= arg_list(L) COMMA expr_or_type(X). { A = nl_add(L, X); }

/* PrimaryExpr without a leading parenthesis. */
pexpr_no_paren(A) ::= LITERAL(T). { A = mk_lit(T); }
pexpr_no_paren(A) ::= name(N). { A = N; }
pexpr_no_paren(A) ::= pexpr(X) DOT sym(S). {
    A = node_new(N_SELECTOR, S->pos); A->u.selector.x = X; A->u.selector.sel = S; A->end = S->end;
}
pexpr_no_paren(A) ::= pexpr(X) DOT(D) LPAREN expr_or_type(T) RPAREN(R). {
    A = node_new(N_TYPEASSERT, D->pos); A->u.assert.x = X; A->u.assert.type = T; A->end = tok_end(R);
}
pexpr_no_paren(A) ::= pexpr(X) DOT(D) LPAREN TYPE RPAREN(R). {
    A = node_new(N_TYPEASSERT, D->pos); A->u.assert.x = X; A->end = tok_end(R);
}
/* An index x[i], or an instantiation F[int], F[K, V] (the checker tells them apart). */
pexpr_no_paren(A) ::= pexpr(X) LBRACK(B) expr(I) RBRACK(R). {
    A = node_new(N_INDEX, B->pos); A->u.index.x = X; A->u.index.index = I;
    A->u.index.rbrack = R->pos; A->end = tok_end(R);
}
pexpr_no_paren(A) ::= pexpr(X) LBRACK(B) non_expr_type(I) RBRACK(R). {
    A = node_new(N_INDEX, B->pos); A->u.index.x = X; A->u.index.index = I;
    A->u.index.rbrack = R->pos; A->end = tok_end(R);
}
pexpr_no_paren(A) ::= pexpr(X) LBRACK(B) expr_or_type(I) COMMA eot_list(L) ocomma RBRACK(R). {
    NodeList *all = nl_one(I);
    for (int k = 0; k < L->len; k++) nl_add(all, L->items[k]);
    A = mk_index(B, X, all, R);
}
pexpr_no_paren(A) ::= pexpr(X) LBRACK(B) oexpr(Lo) COLON oexpr(Hi) RBRACK(R). {
    A = node_new(N_SLICE, B->pos); A->u.slice.x = X; A->u.slice.lo = Lo; A->u.slice.hi = Hi;
    A->end = tok_end(R);
}
pexpr_no_paren(A) ::= pexpr(X) LBRACK(B) oexpr(Lo) COLON(C1) oexpr(Hi) COLON(C2) oexpr(Max) RBRACK(R). {
    A = node_new(N_SLICE, B->pos); A->u.slice.x = X; A->u.slice.lo = Lo; A->u.slice.hi = Hi;
    A->u.slice.max = Max; A->u.slice.three = true; A->end = tok_end(R);
    if (!Hi) perr(ctx, C2->pos, "middle index required in 3-index slice");
    else if (!Max) perr(ctx, R->pos, "final index required in 3-index slice");
    (void)C1;
}
pexpr_no_paren(A) ::= call(C). { A = C; }
/* Conversion of a type that is not a name: []byte(s), func()(f) */
pexpr_no_paren(A) ::= convtype(T) LPAREN(P) expr(X) ocomma RPAREN(R). {
    A = node_new(N_CALL, P->pos); A->u.call.fun = T; list_push(&A->u.call.args, X);
    A->u.call.rparen = R->pos; A->end = tok_end(R);
}
/* CompositeLit = LiteralType LiteralValue */
pexpr_no_paren(A) ::= comptype(T) LBRACE(B) complit_body(E) RBRACE(R). {
    A = node_new(N_COMPOSITE, B->pos); A->u.composite.type = T; A->u.composite.elts = LV(E);
    A->u.composite.rbrace = R->pos; A->end = tok_end(R);
}
pexpr_no_paren(A) ::= pexpr_no_paren(T) NLBRACE(B) complit_body(E) RBRACE(R). {
    A = node_new(N_COMPOSITE, B->pos); A->u.composite.type = T; A->u.composite.elts = LV(E);
    A->u.composite.rbrace = R->pos; A->end = tok_end(R);
}
pexpr_no_paren(A) ::= fnliteral(F). { A = F; }

pexpr(A) ::= pexpr_no_paren(X). { A = X; }
pexpr(A) ::= LPAREN(P) expr_or_type(X) RPAREN(R). {
    A = node_new(N_PAREN, P->pos); A->u.unary.x = X; A->end = tok_end(R);
}

expr_or_type(A) ::= expr(X). { A = X; }
expr_or_type(A) ::= non_expr_type(T). { A = T; }

convtype(A) ::= fntype(T). { A = T; }
convtype(A) ::= othertype(T). { A = T; }
comptype(A) ::= othertype(T). { A = T; }

/* LiteralValue = "{" [ ElementList [ "," ] ] "}" */
complit_body(A) ::= . { A = nl_new(); }
complit_body(A) ::= elt_list(L) ocomma. { A = L; }
elt_list(A) ::= elt(E). { A = nl_one(E); }
elt_list(A) ::= elt_list(L) COMMA elt(E). { A = nl_add(L, E); }
elt(A) ::= elt_val(V). { A = V; }
elt(A) ::= elt_val(K) COLON(C) elt_val(V). {
    A = node_new(N_KEYVALUE, C->pos); A->u.kv.key = K; A->u.kv.value = V; A->end = V->end;
}
elt_val(A) ::= expr(X). { A = X; }
elt_val(A) ::= LBRACE(B) complit_body(E) RBRACE(R). {
    A = node_new(N_COMPOSITE, B->pos); A->u.composite.elts = LV(E);
    A->u.composite.rbrace = R->pos; A->end = tok_end(R);
}

/* FunctionLit = "func" Signature FunctionBody */
fnliteral(A) ::= fntype(T) block(B). {
    A = node_new(N_FUNCLIT, T->pos); A->u.funclit.type = T; A->u.funclit.body = B; A->end = B->end;
}

oexpr(A) ::= . { A = NULL; }
oexpr(A) ::= expr(X). { A = X; }

expr_list(A) ::= expr(X). { A = nl_one(X); }
expr_list(A) ::= expr_list(L) COMMA expr(X). { A = nl_add(L, X); }
oexpr_list(A) ::= . { A = nl_new(); }
oexpr_list(A) ::= expr_list(L). { A = L; }
eot_list(A) ::= expr_or_type(X). { A = nl_one(X); }
eot_list(A) ::= eot_list(L) COMMA expr_or_type(X). { A = nl_add(L, X); }

name_list(A) ::= sym(N). { A = nl_one(N); }
name_list(A) ::= name_list(L) COMMA sym(N). { A = nl_add(L, N); }

name(A) ::= sym(S). { A = S; }
sym(A) ::= IDENT(T). { A = mk_ident(T); }

osemi(A) ::= . { A = 0; }
osemi(A) ::= SEMI. { A = 1; }
ocomma(A) ::= . { A = 0; }
ocomma(A) ::= COMMA. { A = 1; }

/* ---------------------------------------------------------------- statements */

block(A) ::= LBRACE(B) stmt_list(S) RBRACE(R). {
    A = node_new(N_BLOCK, B->pos); A->u.block.stmts = LV(S); A->u.block.rbrace = R->pos; A->end = tok_end(R);
}
body(A) ::= LBODY(B) stmt_list(S) RBRACE(R). {
    A = node_new(N_BLOCK, B->pos); A->u.block.stmts = LV(S); A->u.block.rbrace = R->pos; A->end = tok_end(R);
}

/* StatementList = { Statement ";" }; empty statements are dropped. */
stmt_list(A) ::= stmt(S). { A = nl_new(); if (S) nl_add(A, S); }
stmt_list(A) ::= stmt_list(L) SEMI stmt(S). { A = L; if (S) nl_add(A, S); }

stmt(A) ::= . { A = NULL; }
stmt(A) ::= gen_decl(D). { A = node_new(N_DECLSTMT, D->pos); A->u.declstmt.decl = D; }
stmt(A) ::= nondecl_stmt(S). { A = S; }

nondecl_stmt(A) ::= simple_stmt(S). { A = S; }
nondecl_stmt(A) ::= block(B). { A = B; }
nondecl_stmt(A) ::= if_stmt(S). { A = S; }
nondecl_stmt(A) ::= for_stmt(S). { A = S; }
nondecl_stmt(A) ::= switch_stmt(S). { A = S; }
nondecl_stmt(A) ::= select_stmt(S). { A = S; }
/* LabeledStmt = Label ":" Statement */
nondecl_stmt(A) ::= sym(N) COLON(C) stmt(S). {
    A = node_new(N_LABELED, N->pos); A->u.labeled.label = N;
    if (!S) { S = node_new(N_EMPTYSTMT, tok_end(C)); }
    A->u.labeled.stmt = S;
}
nondecl_stmt(A) ::= FALLTHROUGH(K). {
    A = node_new(N_BRANCH, K->pos); A->u.branch.tok = T_FALLTHROUGH; A->end = tok_end(K);
}
nondecl_stmt(A) ::= BREAK(K). { A = node_new(N_BRANCH, K->pos); A->u.branch.tok = T_BREAK; A->end = tok_end(K); }
nondecl_stmt(A) ::= BREAK(K) sym(N). {
    A = node_new(N_BRANCH, K->pos); A->u.branch.tok = T_BREAK; A->u.branch.label = N; A->end = N->end;
}
nondecl_stmt(A) ::= CONTINUE(K). {
    A = node_new(N_BRANCH, K->pos); A->u.branch.tok = T_CONTINUE; A->end = tok_end(K);
}
nondecl_stmt(A) ::= CONTINUE(K) sym(N). {
    A = node_new(N_BRANCH, K->pos); A->u.branch.tok = T_CONTINUE; A->u.branch.label = N; A->end = N->end;
}
nondecl_stmt(A) ::= GOTO(K) sym(N). {
    A = node_new(N_BRANCH, K->pos); A->u.branch.tok = T_GOTO; A->u.branch.label = N; A->end = N->end;
}
nondecl_stmt(A) ::= GO(K) expr(X). { A = mk_go_defer(ctx, N_GO, K, X); }
nondecl_stmt(A) ::= DEFER(K) expr(X). { A = mk_go_defer(ctx, N_DEFER, K, X); }
nondecl_stmt(A) ::= RETURN(K) oexpr_list(L). {
    A = node_new(N_RETURN, K->pos); A->u.ret.results = LV(L);
    A->end = L->len ? L->items[L->len - 1]->end : tok_end(K);
}

/* SimpleStmt = ExpressionStmt | SendStmt | IncDecStmt | Assignment | ShortVarDecl */
simple_stmt(A) ::= expr(X). { A = node_new(N_EXPRSTMT, X->pos); A->u.unary.x = X; A->end = X->end; }
simple_stmt(A) ::= expr(X) ARROW(O) expr(Y). {
    A = node_new(N_SEND, O->pos); A->u.send.ch = X; A->u.send.value = Y; A->end = Y->end;
}
simple_stmt(A) ::= expr(X) INC(O). {
    A = node_new(N_INCDEC, O->pos); A->u.incdec.x = X; A->u.incdec.tok = T_INC; A->end = tok_end(O);
}
simple_stmt(A) ::= expr(X) DEC(O). {
    A = node_new(N_INCDEC, O->pos); A->u.incdec.x = X; A->u.incdec.tok = T_DEC; A->end = tok_end(O);
}
simple_stmt(A) ::= expr(X) ASOP(O) expr(Y). {
    A = node_new(N_ASSIGN, O->pos); list_push(&A->u.assign.lhs, X); A->u.assign.tok = O->kind;
    list_push(&A->u.assign.rhs, Y); A->end = Y->end;
}
simple_stmt(A) ::= expr_list(X) ASSIGN(O) expr_list(Y). {
    A = node_new(N_ASSIGN, O->pos); A->u.assign.lhs = LV(X); A->u.assign.tok = T_ASSIGN;
    A->u.assign.rhs = LV(Y); A->end = Y->items[Y->len - 1]->end;
}
simple_stmt(A) ::= expr_list(X) DEFINE(O) expr_list(Y). {
    A = node_new(N_ASSIGN, O->pos); A->u.assign.lhs = LV(X); A->u.assign.tok = T_DEFINE;
    A->u.assign.rhs = LV(Y); A->end = Y->items[Y->len - 1]->end;
}

osimple_stmt(A) ::= . { A = NULL; }
osimple_stmt(A) ::= simple_stmt(S). { A = S; }

/* IfStmt = "if" [ SimpleStmt ";" ] Expression Block [ "else" ( IfStmt | Block ) ] */
if_stmt(A) ::= IF(K) osimple_stmt(S) body(B) else_part(E). {
    A = node_new(N_IF, K->pos);
    if (!S) perr(ctx, B->pos, "syntax error: missing condition in if statement");
    A->u.if_.cond = header_cond(ctx, S, "if", NULL);
    A->u.if_.body = B; A->u.if_.els = E; A->end = E ? E->end : B->end;
}
if_stmt(A) ::= IF(K) osimple_stmt(I) SEMI(Semi) osimple_stmt(S) body(B) else_part(E). {
    A = node_new(N_IF, K->pos);
    A->u.if_.init = I;
    A->u.if_.cond = header_cond(ctx, S, "if", Semi);
    A->u.if_.body = B; A->u.if_.els = E; A->end = E ? E->end : B->end;
}
else_part(A) ::= . { A = NULL; }
else_part(A) ::= ELSE if_stmt(S). { A = S; }
else_part(A) ::= ELSE block(B). { A = B; }

/* ForStmt = "for" [ Condition | ForClause | RangeClause ] Block */
for_stmt(A) ::= FOR(K) osimple_stmt(S) body(B). {
    A = node_new(N_FOR, K->pos);
    A->u.for_.cond = S ? header_cond(ctx, S, "for", NULL) : NULL;
    A->u.for_.body = B; A->end = B->end;
}
for_stmt(A) ::= FOR(K) osimple_stmt(I) SEMI osimple_stmt(C) SEMI osimple_stmt(P) body(B). {
    A = node_new(N_FOR, K->pos);
    A->u.for_.init = I;
    A->u.for_.cond = C ? header_cond(ctx, C, "for", NULL) : NULL;
    if (P && P->kind == N_ASSIGN && P->u.assign.tok == T_DEFINE)
        perr(ctx, P->pos, "syntax error: cannot declare in post statement of for loop");
    A->u.for_.post = P;
    A->u.for_.body = B; A->end = B->end;
}
for_stmt(A) ::= FOR(K) expr_list(X) ASSIGN RANGE expr(R) body(B). {
    A = node_new(N_RANGE, K->pos); A->u.range.tok = T_ASSIGN;
    A->u.range.key = X->items[0]; A->u.range.value = X->len > 1 ? X->items[1] : NULL;
    if (X->len > 2) perr(ctx, X->items[2]->pos, "range clause permits at most two iteration variables");
    A->u.range.x = R; A->u.range.body = B; A->end = B->end;
}
for_stmt(A) ::= FOR(K) expr_list(X) DEFINE RANGE expr(R) body(B). {
    A = node_new(N_RANGE, K->pos); A->u.range.tok = T_DEFINE;
    A->u.range.key = X->items[0]; A->u.range.value = X->len > 1 ? X->items[1] : NULL;
    if (X->len > 2) perr(ctx, X->items[2]->pos, "range clause permits at most two iteration variables");
    A->u.range.x = R; A->u.range.body = B; A->end = B->end;
}
for_stmt(A) ::= FOR(K) RANGE expr(R) body(B). {
    A = node_new(N_RANGE, K->pos); A->u.range.tok = T_EOF;
    A->u.range.x = R; A->u.range.body = B; A->end = B->end;
}

/* SwitchStmt = ExprSwitchStmt | TypeSwitchStmt */
switch_stmt(A) ::= SWITCH(K) osimple_stmt(S) switch_body(B). {
    if (is_type_switch_guard(S)) {
        A = node_new(N_TYPESWITCH, K->pos); A->u.switch_.assign = S;
    } else {
        A = node_new(N_SWITCH, K->pos);
        A->u.switch_.tag = S ? header_cond(ctx, S, "switch", NULL) : NULL;
    }
    A->u.switch_.body = B; A->end = B->end;
}
switch_stmt(A) ::= SWITCH(K) osimple_stmt(I) SEMI osimple_stmt(S) switch_body(B). {
    if (is_type_switch_guard(S)) {
        A = node_new(N_TYPESWITCH, K->pos); A->u.switch_.assign = S;
    } else {
        A = node_new(N_SWITCH, K->pos);
        A->u.switch_.tag = S ? header_cond(ctx, S, "switch", NULL) : NULL;
    }
    A->u.switch_.init = I;
    A->u.switch_.body = B; A->end = B->end;
}
switch_body(A) ::= LBODY(L) case_list(C) RBRACE(R). {
    A = node_new(N_BLOCK, L->pos); A->u.block.stmts = LV(C); A->u.block.rbrace = R->pos; A->end = tok_end(R);
}
case_list(A) ::= . { A = nl_new(); }
case_list(A) ::= case_list(L) case_clause(C). { A = nl_add(L, C); }
case_clause(A) ::= CASE(K) eot_list(E) COLON(C) stmt_list(S). {
    A = node_new(N_CASECLAUSE, K->pos); A->u.clause.list = LV(E); A->u.clause.body = LV(S);
    A->u.clause.colon = C->pos;
}
case_clause(A) ::= DEFAULT(K) COLON(C) stmt_list(S). {
    A = node_new(N_CASECLAUSE, K->pos); A->u.clause.is_default = true; A->u.clause.body = LV(S);
    A->u.clause.colon = C->pos;
}

/* SelectStmt = "select" "{" { CommClause } "}" */
select_stmt(A) ::= SELECT(K) LBODY(L) comm_list(C) RBRACE(R). {
    A = node_new(N_SELECT, K->pos);
    A->u.select.body = node_new(N_BLOCK, L->pos);
    A->u.select.body->u.block.stmts = LV(C);
    A->u.select.body->u.block.rbrace = R->pos;
    A->u.select.body->end = tok_end(R);
    A->end = tok_end(R);
}
comm_list(A) ::= . { A = nl_new(); }
comm_list(A) ::= comm_list(L) comm_clause(C). { A = nl_add(L, C); }
comm_clause(A) ::= CASE(K) comm(S) COLON(C) stmt_list(B). {
    A = node_new(N_COMMCLAUSE, K->pos); A->u.comm.comm = S; A->u.comm.body = LV(B); A->u.comm.colon = C->pos;
}
comm_clause(A) ::= DEFAULT(K) COLON(C) stmt_list(B). {
    A = node_new(N_COMMCLAUSE, K->pos); A->u.comm.body = LV(B); A->u.comm.colon = C->pos;
}
comm(A) ::= expr(X). {
    A = node_new(N_EXPRSTMT, X->pos); A->u.unary.x = recv_expr(X); A->end = X->end;
}
comm(A) ::= expr(X) ARROW(O) expr(Y). {
    A = node_new(N_SEND, O->pos); A->u.send.ch = X; A->u.send.value = Y; A->end = Y->end;
}
comm(A) ::= expr_list(X) ASSIGN(O) expr(Y). {
    A = node_new(N_ASSIGN, O->pos); A->u.assign.lhs = LV(X); A->u.assign.tok = T_ASSIGN;
    list_push(&A->u.assign.rhs, recv_expr(Y)); A->end = Y->end;
}
comm(A) ::= expr_list(X) DEFINE(O) expr(Y). {
    A = node_new(N_ASSIGN, O->pos); A->u.assign.lhs = LV(X); A->u.assign.tok = T_DEFINE;
    list_push(&A->u.assign.rhs, recv_expr(Y)); A->end = Y->end;
}

%code {
/* Probing the tables: would the parser shift `major` (after whatever
 * reductions it would first do)? Simulates the reductions on a copy of the
 * top of the stack, without touching the parser. */
bool goparse_accepts(void *p, int major) {
    yyParser *ps = (yyParser *)p;
    int k = (int)(ps->yytos - ps->yystack);   /* index of the real top */
    YYACTIONTYPE over[128];                   /* states pushed above real[k] */
    int n = 0;
    YYACTIONTYPE state = ps->yytos->stateno;
    /* each reduction pops at least as much as it pushes, except for empty
     * rules, which cannot repeat without a shift: the bound is generous */
    long limit = 4L * (k + 1) + 10000;
    for (long steps = 0; steps < limit; steps++) {
        YYACTIONTYPE act = yy_find_shift_action((YYCODETYPE)major, state);
        if (act >= YY_MIN_REDUCE && act <= YY_MAX_REDUCE) {
            unsigned rule = act - YY_MIN_REDUCE;
            int size = -yyRuleInfoNRhs[rule];
            if (n >= size) n -= size;
            else { k -= size - n; n = 0; if (k < 0) return false; }
            YYACTIONTYPE below = n > 0 ? over[n - 1] : ps->yystack[k].stateno;
            YYACTIONTYPE go = yy_find_reduce_action(below, yyRuleInfoLhs[rule]);
            if (n == (int)(sizeof over / sizeof over[0])) return true;
            over[n++] = go;
            state = go;
        } else if (act <= YY_MAX_SHIFTREDUCE) {
            return true;
        } else if (act == YY_ACCEPT_ACTION) {
            return true;
        } else {
            return false;
        }
    }
    return false;
}

int goparse_nterminals(void) { return YYNTOKEN; }

const char *goparse_symbol_name(int major) {
    return major >= 0 && major < YYNOCODE ? yyTokenName[major] : "?";
}

int goparse_stack_depth(void *p) {
    yyParser *ps = (yyParser *)p;
    return (int)(ps->yytos - ps->yystack);
}

/* The i-th entry from the top (0 = top): its symbol, and its Token if it
 * is a terminal. */
int goparse_stack_major(void *p, int i, Token **tok) {
    yyParser *ps = (yyParser *)p;
    yyStackEntry *e = ps->yytos - i;
    if (tok) *tok = e->major < YYNTOKEN ? e->minor.yy0 : NULL;
    return e->major;
}
}
