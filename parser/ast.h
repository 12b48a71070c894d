/* ast.h — the syntax tree of a Go source file.
 *
 * The parser (go.y through lemon, driven by parse.c) builds it; the checker
 * annotates it in place (type, constant value, resolved object) and the code
 * generator walks it. Nodes are GC-allocated and never freed by hand.
 *
 * One struct Node for every kind, with a union of per-kind fields, in the
 * spirit of go/ast: expressions, types (type expressions are expressions
 * here, as in Go's grammar), statements and declarations. Lists are NodeList.
 * Every node has `pos`, the position Go reports for it (for a binary
 * expression, the operator; for a call, the '('... see each kind below — the
 * rule is "where cmd/compile points"). Optional children are NULL.
 *
 * Positions the parser sets where a kind below does not say: a keyword
 * statement (go, defer, return, break..., if, for, switch, select) and
 * N_GENDECL/N_FUNCDECL/N_FUNCLIT/N_DECLSTMT point at their keyword; N_BLOCK
 * at '{' (u.block.rbrace at '}'); N_PAREN at '('; N_ARRAYTYPE at '[';
 * N_STRUCTTYPE, N_INTERFACETYPE, N_MAPTYPE, N_CHANTYPE at their keyword
 * ('<-' for <-chan T); N_FUNCTYPE at 'func' (at the name for a declared
 * function or an interface method); N_ELLIPSIS at '...'; N_FIELD,
 * N_VALUESPEC at the first name (the type if none); N_TYPESPEC and
 * N_LABELED at the name; N_IMPORTSPEC at the name, else the path;
 * N_EXPRSTMT at its expression's pos. `end` is set for expressions,
 * blocks, function declarations and most statements. Empty statements are
 * dropped from statement lists; N_EMPTYSTMT only appears as the statement
 * of a label that ends a block (`L: }`).
 */
#ifndef MINIGO_AST_H
#define MINIGO_AST_H

#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>
#include "lexer.h"

typedef struct Node Node;

typedef struct NodeList {
    Node **items;
    int len, cap;
} NodeList;

void list_push(NodeList *l, Node *n);

typedef enum NodeKind {
    /* ---- expressions ---- */
    N_BAD,
    N_IDENT,        /* ident.name */
    N_BASICLIT,     /* lit: tok is T_INT/T_FLOAT/T_RUNE/T_STRING */
    N_COMPOSITE,    /* composite: type (may be NULL inside an outer literal), elts; pos = '{' */
    N_FUNCLIT,      /* funclit: type (N_FUNCTYPE), body (N_BLOCK) */
    N_PAREN,        /* unary.x */
    N_SELECTOR,     /* selector: x, sel (N_IDENT); pos = the sel's pos */
    N_INDEX,        /* index: x, index, more (F[K, V]: an instantiation); pos = '[' */
    N_SLICE,        /* slice: x, lo, hi, max (each may be NULL), three; pos = '[' */
    N_TYPEASSERT,   /* assert: x, type (NULL for x.(type) in a type switch); pos = '.' */
    N_CALL,         /* call: fun, args, has_ellipsis; pos = '(' */
    N_STAR,         /* unary.x: *x, a dereference or a pointer type; pos = '*' */
    N_UNARY,        /* unary: op (T_ADD T_SUB T_NOT T_XOR T_AND T_ARROW), x; pos = op */
    N_BINARY,       /* binary: op, x, y; pos = op */
    N_KEYVALUE,     /* kv: key, value (in composite literals); pos = ':' */
    /* ---- type expressions ---- */
    N_ARRAYTYPE,    /* arraytype: len (NULL for a slice type, N_ELLIPSIS for [...]T), elem */
    N_STRUCTTYPE,   /* fields: list of N_FIELD */
    N_FUNCTYPE,     /* functype: params, results (lists of N_FIELD) */
    N_INTERFACETYPE,/* fields: list of N_FIELD (methods: names+type N_FUNCTYPE; embedded: type only) */
    N_MAPTYPE,      /* maptype: key, value */
    N_CHANTYPE,     /* chantype: dir, elem */
    N_ELLIPSIS,     /* unary.x: ...T in a parameter list (x = T), or [...] (x = NULL) */
    N_FIELD,        /* field: names (list of N_IDENT, may be empty), type, embedded */

    /* ---- statements ---- */
    N_DECLSTMT,     /* decl: a N_GENDECL */
    N_EMPTYSTMT,
    N_LABELED,      /* labeled: label (N_IDENT), stmt */
    N_EXPRSTMT,     /* unary.x */
    N_SEND,         /* send: ch, value; pos = '<-' */
    N_INCDEC,       /* incdec: x, tok (T_INC/T_DEC); pos = the operator */
    N_ASSIGN,       /* assign: lhs, tok (T_ASSIGN, T_DEFINE, T_ADD_ASSIGN ...), rhs; pos = the operator */
    N_GO,           /* unary.x: the call */
    N_DEFER,        /* unary.x: the call */
    N_RETURN,       /* ret: results */
    N_BRANCH,       /* branch: tok (T_BREAK T_CONTINUE T_GOTO T_FALLTHROUGH), label (may be NULL) */
    N_BLOCK,        /* block: stmts, rbrace */
    N_IF,           /* if_: init, cond, body (N_BLOCK), els (N_IF or N_BLOCK or NULL) */
    N_CASECLAUSE,   /* clause: list (NULL list = default), body (stmts); pos = 'case'/'default' */
    N_SWITCH,       /* switch_: init, tag (may be NULL), body (N_BLOCK of N_CASECLAUSE) */
    N_TYPESWITCH,   /* switch_: init, assign (N_EXPRSTMT of x.(type), or N_ASSIGN v := x.(type)), body */
    N_COMMCLAUSE,   /* comm: comm (N_SEND, N_EXPRSTMT of <-c, N_ASSIGN with <-c rhs; NULL = default), body */
    N_SELECT,       /* select: body (N_BLOCK of N_COMMCLAUSE) */
    N_FOR,          /* for_: init, cond, post (each may be NULL), body */
    N_RANGE,        /* range: key, value (may be NULL), tok (T_ASSIGN, T_DEFINE, or T_EOF when
                       there are no variables: `for range x`), x, body; pos = 'for' */

    /* ---- declarations ---- */
    N_IMPORTSPEC,   /* import: name (N_IDENT or NULL; "_" and "." allowed), path (N_BASICLIT) */
    N_VALUESPEC,    /* value: names (N_IDENTs), type (may be NULL), values, iota (const only) */
    N_TYPESPEC,     /* typespec: name, tparams (N_FIELDs: names, constraint), type, assign (true for `type A = B`) */
    N_GENDECL,      /* gendecl: tok (T_IMPORT T_CONST T_TYPE T_VAR), specs */
    N_FUNCDECL,     /* func: recv (N_FIELD or NULL), name, tparams (N_FIELDs), type (N_FUNCTYPE), body (NULL if none) */
    N_FILE,         /* file: package (N_IDENT), imports (N_IMPORTSPECs), decls; build_go121.
                       decls holds every declaration in source order, including the
                       import N_GENDECLs (as go/ast does); pos = 'package' */
    N_KIND_COUNT
} NodeKind;

/* Annotation slots filled in by the checker; the parser leaves them zero. */
struct Type;
struct Object;
struct Const;
struct RangeFunc;

struct Node {
    NodeKind kind;
    Pos pos;
    Pos end;                /* position just past the node's last token, where known */
    /* checker annotations */
    struct Type *type;      /* expression: its type (untyped kinds for untyped constants) */
    struct Const *cval;     /* expression: constant value, if constant */
    struct Object *obj;     /* N_IDENT: what the name denotes */
    uint32_t flags;         /* checker/codegen flags (see compiler) */
    union {
        struct { const char *name; } ident;
        struct { TokKind tok; const char *text; int32_t len;      /* source text */
                 const char *sval; int32_t slen; int32_t rune; } lit;
        struct { Node *type; NodeList elts; Pos rbrace; } composite;
        struct { Node *type; Node *body;
                 struct Object **captures; int ncaptures; } funclit;  /* captures: set by the checker */
        struct { TokKind op; Node *x; } unary;
        struct { TokKind op; Node *x, *y; } binary;
        struct { Node *x, *sel; struct Selection *selection; } selector;  /* selection: set by the checker */
        struct { Node *x, *index; Pos rbrack; NodeList more; } index;  /* more: x[a, b, c]'s b and c */
        struct { Node *x, *lo, *hi, *max; bool three; } slice;
        struct { Node *x, *type; } assert;
        struct { Node *fun; NodeList args; bool has_ellipsis; Pos rparen; } call;
        struct { Node *key, *value; } kv;
        struct { Node *len, *elem; } arraytype;
        struct { NodeList list; } fields;     /* N_STRUCTTYPE, N_INTERFACETYPE */
        struct { NodeList params, results; } functype;
        struct { Node *key, *value; } maptype;
        struct { int dir; Node *elem; } chantype; /* dir: 3 both, 1 send-only (chan<-), 2 receive-only (<-chan) */
        struct { NodeList names; Node *type; bool embedded; } field;

        struct { Node *decl; } declstmt;
        struct { Node *label, *stmt; } labeled;
        struct { Node *ch, *value; } send;
        struct { Node *x; TokKind tok; } incdec;
        struct { NodeList lhs; TokKind tok; NodeList rhs; } assign;
        struct { NodeList results; } ret;
        struct { TokKind tok; Node *label; } branch;
        struct { NodeList stmts; Pos rbrace; struct LazyBody *lazy; } block;
        struct { Node *init, *cond, *body, *els; } if_;
        struct { NodeList list; bool is_default; NodeList body; Pos colon; } clause;
        struct { Node *init, *tag, *assign, *body; } switch_;
        struct { Node *comm; NodeList body; Pos colon; } comm;
        struct { Node *body; } select;
        struct { Node *init, *cond, *post, *body; } for_;
        struct { Node *key, *value; TokKind tok; Node *x, *body;
                 struct RangeFunc *rf; } range;   /* rf: range over a func, set by the checker */

        struct { Node *name, *path; } import;
        struct { NodeList names; Node *type; NodeList values; int iota; } value;
        struct { Node *name, *type; bool assign; NodeList tparams; } typespec;  /* tparams: N_FIELDs */
        struct { TokKind tok; NodeList specs; Pos lparen; } gendecl;
        struct { Node *recv, *name, *type, *body; NodeList tparams;
                 struct LazyDecl *lazydecl; bool lazy_has_body;
                 const char *lazy_recv; } func;  /* lazydecl: see parse_decl; lazy_recv: a method's receiver type name */
        struct { Node *package; NodeList imports, decls; bool build_go121; } file;
    } u;
};

Node *node_new(NodeKind kind, Pos pos);

/* The tree's depth is bounded (twice go/parser's bound on its nesting, maxNestLev:
 * "exceeded max nesting depth"), so that the checker and the code generator,
 * which recurse on it, stay within their C stack (compile.c). */
#define AST_MAX_DEPTH 200000
/* The first node, in source order, deeper than limit (the root is at depth
 * 1), or NULL. Walks the tree without recursion. */
Node *ast_deeper_than(Node *root, int limit);

/* A deep copy of a tree without the checker's annotations: each
 * instance of a generic function or type is checked on a copy of its
 * declaration (compiler/check_generic.c). */
Node *ast_clone(const Node *n);

/* A REPL input's run of statements: parse_repl's synthetic N_FUNCDECL
 * named "" (see parse_repl). */
static inline bool ast_is_repl_stmts(const Node *d) {
    return d->kind == N_FUNCDECL && !d->u.func.name->u.ident.name[0];
}

/* ---- parse driver (parse.c) ---- */

/* A list of "file:line:col: message" diagnostics, kept sorted by position
 * when printed. Shared by the parser and the checker. Each item keeps the
 * file that was current (filename, fileno) when it was added: a package
 * of several files (minigo test's) sets them as it moves between its
 * files, and the items are printed by file number, then position. */
typedef struct DiagList {
    const char *filename;
    int fileno;
    struct DiagItem { Pos pos; const char *msg; const char *file; int fileno; } *items;
    int len, cap;
} DiagList;

void diag_add(DiagList *d, Pos pos, const char *fmt, ...)
#if defined(__GNUC__)
    __attribute__((format(printf, 3, 4)))
#endif
    ;
/* Prints the diagnostics sorted by position, at most 10 then "too many
 * errors", as `go build` does. */
void diag_print(DiagList *d, FILE *out);

/* Parses a whole file. On a syntax error returns NULL with the error(s) in
 * *diags (Go reports only the first syntax error per file... cmd/compile
 * reports several; we report the first, which is what matters). */
Node *parse_file(const char *src, size_t len, DiagList *diags);

/* The same for a library package's file: the bodies of its functions
 * and methods (not generic ones) are only lexed and brace-matched, and
 * left as blocks with block.lazy set, for parse_body to parse when the
 * checker needs them (most of a library is not used by a program). */
Node *parse_library(const char *src, size_t len, DiagList *diags);
/* Parses the statements of a block parse_library left lazy (nothing when
 * it is not lazy); false, with the error in *diags, on a syntax error. */
bool parse_body(Node *block, DiagList *diags);
/* parse_library also leaves a function's or method's declaration (not
 * generic, not init, a method's receiver a type name or a pointer to one)
 * unparsed: an N_FUNCDECL with only its name, func.lazydecl set
 * (lazy_has_body: not a native; lazy_recv: a method's receiver type
 * name). parse_decl parses the rest into it (the name node stays); false
 * on a syntax error. */
bool parse_decl(Node *decl, DiagList *diags);

/* Parses one REPL input: a sequence of declarations and statements separated
 * by semicolons or newlines, with no package clause. Returns a N_FILE with
 * package NULL; its imports holds the N_IMPORTSPECs; its decls holds, in
 * source order, the N_GENDECLs (import, const, var, type — a var/const/type
 * at the top of the input is a declaration, not a statement) and
 * N_FUNCDECLs, and each run of consecutive statements as one synthetic
 * N_FUNCDECL whose name is the N_IDENT "" (no receiver, empty signature,
 * body = the statements). A `func` that starts an item is a declaration when
 * a name follows it (or a receiver and a name); write `(func() {...})()` to
 * run a literal. On error returns NULL with the error in *diags, and sets
 * *incomplete when the input ended inside an unfinished construct (open
 * brace or paren, trailing operator, unterminated raw string or comment),
 * so the caller can read another line and try again. */
Node *parse_repl(const char *src, size_t len, DiagList *diags, bool *incomplete);

#endif
