/* parse_int.h — what the lemon grammar (go.y) and the driver (parse.c)
 * share; private to parser/.
 *
 * The driver lexes the whole source into an array of Tokens, then feeds them
 * one by one to the lemon parser generated from go.y (token codes TK_xxx from
 * go.h). Grammar actions build the AST with the helpers below; they report
 * errors through perr(), which records the first error and makes the driver
 * stop. The lemon minor value of every terminal is a Token* into that array.
 */
#ifndef MINIGO_PARSE_INT_H
#define MINIGO_PARSE_INT_H

#include "ast.h"

typedef struct PCtx {
    DiagList *diags;
    const char *src;
    size_t len;
    bool repl;              /* parsing REPL input (see parse_repl) */
    Node *file;             /* the N_FILE being built */
    bool failed;            /* an error was reported: stop feeding tokens */
    bool syntax_err;        /* lemon's %syntax_error fired on err_major/err_tok */
    int err_major;
    Token *err_tok;
    bool seen_decl;         /* a non-import top-level declaration was seen */
    Node *last_decl;        /* the last top-level declaration (for "before {") */
    Node *body;             /* parse_body: the block parsed */
    bool lazy;              /* parse_library */
    bool trusted;           /* the library's source: tokens are fed without asking goparse_accepts first */
    struct LazyDecl *pending_decl; /* the LAZYDECL being fed */
} PCtx;

/* A function declaration parse_library did not parse: its tokens, from
 * `func` to its body's `{` (a LAZYBODY) or its last token (a native). */
typedef struct LazyDecl {
    Token *toks;
    int ntoks;
    int name_at;            /* toks[name_at] is the function's name */
    const char *recv_type;  /* a method: its receiver's type name; NULL: a function */
    const char *src;
    size_t len;
} LazyDecl;

/* The N_FUNCDECL of a LAZYDECL token (the `func`). */
Node *lazy_decl(PCtx *c, Token *func);

/* A function body parse_library skipped, not lexed: the source from its
 * `{` to its `}`. */
typedef struct LazyBody {
    const char *src;
    size_t len;
    Pos lbrace, rbrace;
} LazyBody;

/* The block node of a LAZYBODY token (the `{` of toks[from]). */
Node *lazy_block(PCtx *c, Token *lbrace);

/* Reports an error (the first one wins; later ones are dropped). */
void perr(PCtx *c, Pos pos, const char *fmt, ...)
#if defined(__GNUC__)
    __attribute__((format(printf, 3, 4)))
#endif
    ;

/* ---- node builders used by the grammar actions (parse.c) ---- */
Pos tok_end(const Token *t);
Node *mk_ident(Token *t);
Node *mk_lit(Token *t);
Node *mk_unary(Token *op, Node *x);
Node *mk_binary(Token *op, Node *x, Node *y);
NodeList *nl_new(void);
NodeList *nl_one(Node *n);
NodeList *nl_add(NodeList *l, Node *n);
/* Go's parameter-list rules: raw is a list of N_FIELD with at most one name
 * and a NULL type for a lone name; returns grouped N_FIELDs. close is the ')'
 * (for "missing parameter type"); dddok says whether a final ...T is allowed. */
NodeList *fix_params(PCtx *c, NodeList *raw, Pos close, bool dddok);
/* A type parameter list: each lone name takes the next constraint ([K, V any]). */
NodeList *fix_tparams(PCtx *c, NodeList *raw);
/* x[a, b, ...] at '[' lb and ']' rb: an N_INDEX with index a and the rest in u.index.more. */
Node *mk_index(Token *lb, Node *x, NodeList *args, Token *rb);
/* Builds an if/for/switch header's condition from a simple statement (Go's
 * "cannot use ... as value" check). */
Node *header_cond(PCtx *c, Node *s, const char *keyword, Token *semi);
/* A const group: iota per spec and implicit repetition of type and values. */
void fix_const_group(NodeList *specs);
/* go/defer: checks the expression is a (non-parenthesized) call. */
Node *mk_go_defer(PCtx *c, NodeKind kind, Token *kw, Node *x);
/* Adds a top-level declaration to the file. */
void add_decl(PCtx *c, Node *decl);
/* REPL: adds a statement to the current synthetic function. */
void add_repl_stmt(PCtx *c, Node *stmt);
/* Whether a statement node is a type switch guard (x.(type) or v := x.(type)). */
bool is_type_switch_guard(Node *s);

/* ---- generated parser (go.c) ---- */
void *goparseAlloc(void *(*mallocProc)(size_t), PCtx *ctx);
void goparse(void *p, int major, Token *minor);
/* Does the parser accept terminal `major` in its current state (simulating
 * the reductions it would do)? */
bool goparse_accepts(void *p, int major);
int goparse_nterminals(void);
const char *goparse_symbol_name(int major);
int goparse_stack_depth(void *p);
int goparse_stack_major(void *p, int i, Token **tok);

#endif
