/* parse.c — the parse driver: lexer tokens in, AST or Go's syntax error out.
 *
 * parse_file/parse_repl lex the whole source into an array of Tokens, then
 * feed them to the lemon parser generated from go.y, one per call, mapping
 * the lexer's T_xxx kinds to lemon's TK_xxx codes. The driver owns three
 * pieces of state the grammar cannot keep by itself:
 *
 *  - loophack: the `{` that opens the body of an if/for/switch/select is
 *    passed as LBODY, any other `{` as LBRACE. After one of those keywords,
 *    `(` and `[` save the flag and clear it, `)` and `]` restore it; a `{`
 *    seen while it is set becomes LBODY if the parser would accept a body
 *    there (asked through the generated tables), otherwise it opens a
 *    literal (`[]int{1}`, `struct{}`, `func() {}`) and the flag comes back
 *    at its matching `}`. So `if x == T{} {` fails and
 *    `for _, v := range []int{1} {` works, exactly as in Go.
 *  - generics: `func F[` and `type T[P any]` are recognized from the tokens
 *    and rejected with one clear error.
 *  - errors: lemon reports the lookahead it could not shift; syntax_message()
 *    rebuilds Go's wording (cmd/compile/internal/syntax) from the innermost
 *    open bracket or header keyword on the parser's stack, the previous
 *    token and the set of tokens the parser would have accepted.
 *
 * Only the first error is reported; parsing stops there. Nothing recurses
 * on the input's nesting depth: lemon's stack is heap-grown. A tree deeper
 * than AST_MAX_DEPTH is refused ("exceeded max nesting depth", go/parser's
 * words), for the passes after the parser, which do recurse.
 */
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>
#include <gc.h>
#include "buf.h"
#include "parse_int.h"
#include "go.h"

/* ---------------------------------------------------------------- errors */

void perr(PCtx *c, Pos pos, const char *fmt, ...) {
    if (c->failed) return;
    c->failed = true;
    va_list ap;
    va_start(ap, fmt);
    char buf[512];
    vsnprintf(buf, sizeof buf, fmt, ap);
    va_end(ap);
    diag_add(c->diags, pos, "%s", buf);
}

/* ---------------------------------------------------------------- builders */

Pos tok_end(const Token *t) {
    Pos p = t->pos;
    if (t->kind == T_SEMI || t->kind == T_EOF) return p;
    for (int i = 0; i < t->len; i++) {
        if (t->text[i] == '\n') { p.line++; p.col = 1; }
        else p.col++;
    }
    p.offset += t->len;
    return p;
}

static char *str_n(const char *s, size_t n) {
    char *r = GC_MALLOC_ATOMIC(n + 1);
    memcpy(r, s, n);
    r[n] = 0;
    return r;
}

Node *mk_ident(Token *t) {
    Node *n = node_new(N_IDENT, t->pos);
    n->u.ident.name = str_n(t->text, (size_t)t->len);
    n->end = tok_end(t);
    return n;
}

Node *mk_lit(Token *t) {
    Node *n = node_new(N_BASICLIT, t->pos);
    n->u.lit.tok = t->kind;
    n->u.lit.text = t->text;
    n->u.lit.len = t->len;
    n->u.lit.sval = t->sval;
    n->u.lit.slen = t->slen;
    n->u.lit.rune = t->rune;
    n->end = tok_end(t);
    return n;
}

Node *mk_unary(Token *op, Node *x) {
    Node *n = node_new(N_UNARY, op->pos);
    n->u.unary.op = op->kind;
    n->u.unary.x = x;
    n->end = x->end;
    return n;
}

Node *mk_binary(Token *op, Node *x, Node *y) {
    Node *n = node_new(N_BINARY, op->pos);
    n->u.binary.op = op->kind;
    n->u.binary.x = x;
    n->u.binary.y = y;
    n->end = y->end;
    return n;
}

NodeList *nl_new(void) { return GC_MALLOC(sizeof(NodeList)); }
NodeList *nl_one(Node *n) { NodeList *l = nl_new(); list_push(l, n); return l; }
NodeList *nl_add(NodeList *l, Node *n) { list_push(l, n); return l; }

NodeList *fix_tparams(PCtx *c, NodeList *raw) {
    NodeList *out = nl_new();
    Node *cur = NULL;
    for (int i = 0; i < raw->len; i++) {
        Node *f = raw->items[i];
        if (!cur) { cur = node_new(N_FIELD, f->pos); list_push(out, cur); }
        list_push(&cur->u.field.names, f->u.field.names.items[0]);
        if (f->u.field.type) { cur->u.field.type = f->u.field.type; cur = NULL; }
    }
    if (cur) {
        Node *last = raw->items[raw->len - 1]->u.field.names.items[0];
        perr(c, last->end, "syntax error: missing type constraint");
        cur->u.field.type = node_new(N_BAD, last->pos);
    }
    return out;
}

Node *mk_index(Token *lb, Node *x, NodeList *args, Token *rb) {
    Node *n = node_new(N_INDEX, lb->pos);
    n->u.index.x = x;
    n->u.index.index = args->items[0];
    for (int k = 1; k < args->len; k++) list_push(&n->u.index.more, args->items[k]);
    n->u.index.rbrack = rb->pos;
    n->end = tok_end(rb);
    return n;
}

/* Go's rules for a parameter list (cmd/compile's paramList): either no
 * parameter is named, or all are; in the latter case a lone name takes the
 * type of the next parameter that has one (`a, b int`). */
NodeList *fix_params(PCtx *c, NodeList *raw, Pos close, bool dddok) {
    NodeList *out = nl_new();
    int n = raw->len, named = 0, typed = 0;
    for (int i = 0; i < n; i++) {
        Node *f = raw->items[i];
        if (f->u.field.type) {
            typed++;
            if (f->u.field.names.len) named++;
        }
    }
    if (n == 0) return out;
    if (named == 0) {
        /* all unnamed: lone names are type names */
        for (int i = 0; i < n; i++) {
            Node *f = raw->items[i];
            Node *g = node_new(N_FIELD, f->pos);
            g->u.field.type = f->u.field.type ? f->u.field.type : f->u.field.names.items[0];
            list_push(out, g);
        }
    } else {
        Node **types = GC_MALLOC(sizeof(Node *) * (size_t)n);
        Node *typ = NULL;
        Pos errpos = {0, 0, 0};
        for (int i = n - 1; i >= 0; i--) {
            Node *f = raw->items[i];
            if (f->u.field.type) {
                typ = f->u.field.type;
                if (!f->u.field.names.len) errpos = typ->pos;
                types[i] = typ;
            } else if (typ) {
                types[i] = typ;
            } else {
                errpos = f->u.field.names.items[0]->pos;
                types[i] = node_new(N_BAD, errpos);
            }
        }
        if (errpos.line) {
            if (named == typed) perr(c, close, "syntax error: missing parameter type");
            else perr(c, errpos, "syntax error: missing parameter name");
        }
        /* group consecutive names sharing one type: a, b int */
        Node *cur = NULL;
        for (int i = 0; i < n; i++) {
            Node *f = raw->items[i];
            if (cur && cur->u.field.type == types[i] && f->u.field.names.len) {
                list_push(&cur->u.field.names, f->u.field.names.items[0]);
                continue;
            }
            cur = node_new(N_FIELD, f->pos);
            if (f->u.field.names.len) list_push(&cur->u.field.names, f->u.field.names.items[0]);
            cur->u.field.type = types[i];
            list_push(out, cur);
        }
    }
    /* ...T only as the type of the final parameter */
    for (int i = 0; i < out->len; i++) {
        Node *t = out->items[i]->u.field.type;
        if (t && t->kind == N_ELLIPSIS && (!dddok || i + 1 < out->len ||
                                           out->items[i]->u.field.names.len > 1)) {
            perr(c, t->pos, dddok ? "can only use ... with final parameter" : "invalid use of ...");
            break;
        }
    }
    return out;
}

void fix_const_group(NodeList *specs) {
    Node *prev = NULL;
    for (int i = 0; i < specs->len; i++) {
        Node *s = specs->items[i];
        s->u.value.iota = i;
        if (!s->u.value.type && s->u.value.values.len == 0 && prev) {
            s->u.value.type = prev->u.value.type;
            s->u.value.values = prev->u.value.values;
        } else {
            prev = s;
        }
        if (s->u.value.values.len) prev = s;
    }
}

bool is_type_switch_guard(Node *s) {
    if (!s) return false;
    Node *x = NULL;
    if (s->kind == N_EXPRSTMT) x = s->u.unary.x;
    else if (s->kind == N_ASSIGN && s->u.assign.tok == T_DEFINE && s->u.assign.lhs.len == 1 &&
             s->u.assign.rhs.len == 1)
        x = s->u.assign.rhs.items[0];
    return x && x->kind == N_TYPEASSERT && x->u.assert.type == NULL;
}

/* ---- printing expressions the way cmd/compile's syntax.String does ---- */

static void print_expr(Buf *s, Node *n, int depth);

static void print_list(Buf *s, NodeList *l, int depth) {
    for (int i = 0; i < l->len; i++) {
        if (i) buf_puts(s, ", ");
        print_expr(s, l->items[i], depth);
    }
}

static void print_expr(Buf *s, Node *n, int depth) {
    if (!n) return;
    if (depth > 50) { buf_puts(s, "…"); return; }
    depth++;
    switch (n->kind) {
    case N_IDENT: buf_puts(s, n->u.ident.name); break;
    case N_BASICLIT: buf_write(s, n->u.lit.text, (size_t)n->u.lit.len); break;
    case N_PAREN: buf_puts(s, "("); print_expr(s, n->u.unary.x, depth); buf_puts(s, ")"); break;
    case N_SELECTOR:
        print_expr(s, n->u.selector.x, depth); buf_puts(s, "."); print_expr(s, n->u.selector.sel, depth);
        break;
    case N_INDEX:
        print_expr(s, n->u.index.x, depth); buf_puts(s, "[");
        print_expr(s, n->u.index.index, depth); buf_puts(s, "]");
        break;
    case N_SLICE:
        print_expr(s, n->u.slice.x, depth); buf_puts(s, "[");
        print_expr(s, n->u.slice.lo, depth); buf_puts(s, ":");
        print_expr(s, n->u.slice.hi, depth);
        if (n->u.slice.three) { buf_puts(s, ":"); print_expr(s, n->u.slice.max, depth); }
        buf_puts(s, "]");
        break;
    case N_TYPEASSERT:
        print_expr(s, n->u.assert.x, depth); buf_puts(s, ".(");
        if (n->u.assert.type) print_expr(s, n->u.assert.type, depth); else buf_puts(s, "type");
        buf_puts(s, ")");
        break;
    case N_CALL:
        print_expr(s, n->u.call.fun, depth); buf_puts(s, "(");
        print_list(s, &n->u.call.args, depth);
        if (n->u.call.has_ellipsis) buf_puts(s, "...");
        buf_puts(s, ")");
        break;
    case N_STAR: buf_puts(s, "*"); print_expr(s, n->u.unary.x, depth); break;
    case N_UNARY: buf_puts(s, tok_name(n->u.unary.op)); print_expr(s, n->u.unary.x, depth); break;
    case N_BINARY:
        print_expr(s, n->u.binary.x, depth); buf_puts(s, " "); buf_puts(s, tok_name(n->u.binary.op));
        buf_puts(s, " "); print_expr(s, n->u.binary.y, depth);
        break;
    case N_COMPOSITE: print_expr(s, n->u.composite.type, depth); buf_puts(s, "{…}"); break;
    case N_FUNCLIT: buf_puts(s, "func(…) {…}"); break;
    case N_KEYVALUE:
        print_expr(s, n->u.kv.key, depth); buf_puts(s, ": "); print_expr(s, n->u.kv.value, depth);
        break;
    case N_ARRAYTYPE:
        buf_puts(s, "[");
        if (n->u.arraytype.len && n->u.arraytype.len->kind == N_ELLIPSIS) buf_puts(s, "...");
        else print_expr(s, n->u.arraytype.len, depth);
        buf_puts(s, "]"); print_expr(s, n->u.arraytype.elem, depth);
        break;
    case N_MAPTYPE:
        buf_puts(s, "map["); print_expr(s, n->u.maptype.key, depth); buf_puts(s, "]");
        print_expr(s, n->u.maptype.value, depth);
        break;
    case N_CHANTYPE:
        buf_puts(s, n->u.chantype.dir == 2 ? "<-chan " : n->u.chantype.dir == 1 ? "chan<- " : "chan ");
        print_expr(s, n->u.chantype.elem, depth);
        break;
    case N_FUNCTYPE: buf_puts(s, "func(…)"); break;
    case N_STRUCTTYPE: buf_puts(s, "struct{…}"); break;
    case N_INTERFACETYPE: buf_puts(s, "interface{…}"); break;
    case N_ELLIPSIS: buf_puts(s, "..."); print_expr(s, n->u.unary.x, depth); break;
    default: buf_puts(s, "…"); break;
    }
}

static const char *list_string(NodeList *l) {
    Buf s = {0};
    print_list(&s, l, 0);
    return buf_cstr(&s);
}

/* cmd/compile's emphasize: a binary expression is put in parentheses. */
static const char *emphasize(NodeList *l) {
    const char *s = list_string(l);
    if (l->len == 1 && l->items[0]->kind == N_BINARY) {
        Buf b = {0};
        buf_puts(&b, "("); buf_puts(&b, s); buf_puts(&b, ")");
        return buf_cstr(&b);
    }
    return s;
}

static const char *stmt_string(Node *s) {
    Buf b = {0};
    switch (s->kind) {
    case N_ASSIGN:
        print_list(&b, &s->u.assign.lhs, 0);
        buf_puts(&b, " "); buf_puts(&b, tok_name(s->u.assign.tok)); buf_puts(&b, " ");
        print_list(&b, &s->u.assign.rhs, 0);
        break;
    case N_INCDEC:
        print_expr(&b, s->u.incdec.x, 0); buf_puts(&b, tok_name(s->u.incdec.tok));
        break;
    case N_SEND:
        print_expr(&b, s->u.send.ch, 0); buf_puts(&b, " <- "); print_expr(&b, s->u.send.value, 0);
        break;
    default: buf_puts(&b, "statement"); break;
    }
    return buf_cstr(&b);
}

/* The condition of an if/for/switch header must be an expression. semi is
 * the ';' before it (NULL if there was none). */
Node *header_cond(PCtx *c, Node *s, const char *keyword, Token *semi) {
    if (!s) {
        if (semi && strcmp(keyword, "if") == 0) {
            if (semi->text[0] == '\n')
                perr(c, semi->pos, "syntax error: unexpected newline, expected { after if clause");
            else
                perr(c, semi->pos, "syntax error: missing condition in if statement");
        }
        return NULL;
    }
    if (s->kind == N_EXPRSTMT) return s->u.unary.x;
    if (s->kind == N_ASSIGN && s->u.assign.tok == T_ASSIGN) {
        perr(c, s->pos, "syntax error: cannot use assignment %s = %s as value",
             emphasize(&s->u.assign.lhs), emphasize(&s->u.assign.rhs));
    } else {
        perr(c, s->pos, "syntax error: cannot use %s as value", stmt_string(s));
    }
    return node_new(N_BAD, s->pos);
}

Node *mk_go_defer(PCtx *c, NodeKind kind, Token *kw, Node *x) {
    Node *n = node_new(kind, kw->pos);
    n->u.unary.x = x;
    n->end = x->end;
    const char *what = kind == N_GO ? "go" : "defer";
    if (x->kind == N_PAREN) {
        Node *y = x;
        while (y->kind == N_PAREN) y = y->u.unary.x;
        if (y->kind == N_CALL) perr(c, x->pos, "expression in %s must not be parenthesized", what);
        else perr(c, x->pos, "expression in %s must be function call", what);
    } else if (x->kind != N_CALL) {
        perr(c, x->pos, "expression in %s must be function call", what);
    }
    return n;
}

void add_decl(PCtx *c, Node *decl) {
    c->seen_decl = true;
    c->last_decl = decl;
    list_push(&c->file->u.file.decls, decl);
}

/* REPL: consecutive statements go into one synthetic function named "". */
void add_repl_stmt(PCtx *c, Node *stmt) {
    NodeList *decls = &c->file->u.file.decls;
    Node *last = decls->len ? decls->items[decls->len - 1] : NULL;
    if (!last || !ast_is_repl_stmts(last)) {
        last = node_new(N_FUNCDECL, stmt->pos);
        last->u.func.name = node_new(N_IDENT, stmt->pos);
        last->u.func.name->u.ident.name = "";
        last->u.func.type = node_new(N_FUNCTYPE, stmt->pos);
        last->u.func.body = node_new(N_BLOCK, stmt->pos);
        list_push(decls, last);
    }
    list_push(&last->u.func.body->u.block.stmts, stmt);
    last->u.func.body->end = stmt->end;
    last->u.func.body->u.block.rbrace = stmt->end;
    last->end = stmt->end;
}

/* ---------------------------------------------------------------- tokens */

static int lemon_code(TokKind k) {
    switch (k) {
    case T_EOF: return 0;
    case T_IDENT: return TK_IDENT;
    case T_INT: case T_FLOAT: case T_RUNE: case T_STRING: return TK_LITERAL;
    case T_ADD: return TK_PLUS;
    case T_SUB: return TK_MINUS;
    case T_MUL: return TK_STAR;
    case T_QUO: return TK_SLASH;
    case T_REM: return TK_PERCENT;
    case T_AND: return TK_AND;
    case T_OR: return TK_OR;
    case T_XOR: return TK_XOR;
    case T_SHL: return TK_SHL;
    case T_SHR: return TK_SHR;
    case T_AND_NOT: return TK_ANDNOT;
    case T_ADD_ASSIGN: case T_SUB_ASSIGN: case T_MUL_ASSIGN: case T_QUO_ASSIGN:
    case T_REM_ASSIGN: case T_AND_ASSIGN: case T_OR_ASSIGN: case T_XOR_ASSIGN:
    case T_SHL_ASSIGN: case T_SHR_ASSIGN: case T_AND_NOT_ASSIGN: return TK_ASOP;
    case T_LAND: return TK_ANDAND;
    case T_LOR: return TK_OROR;
    case T_ARROW: return TK_ARROW;
    case T_INC: return TK_INC;
    case T_DEC: return TK_DEC;
    case T_EQL: return TK_EQ;
    case T_LSS: return TK_LT;
    case T_GTR: return TK_GT;
    case T_ASSIGN: return TK_ASSIGN;
    case T_NOT: return TK_NOT;
    case T_TILDE: return TK_TILDE;
    case T_NEQ: return TK_NE;
    case T_LEQ: return TK_LE;
    case T_GEQ: return TK_GE;
    case T_DEFINE: return TK_DEFINE;
    case T_ELLIPSIS: return TK_ELLIPSIS;
    case T_LPAREN: return TK_LPAREN;
    case T_LBRACK: return TK_LBRACK;
    case T_LBRACE: return TK_LBRACE;
    case T_COMMA: return TK_COMMA;
    case T_PERIOD: return TK_DOT;
    case T_RPAREN: return TK_RPAREN;
    case T_RBRACK: return TK_RBRACK;
    case T_RBRACE: return TK_RBRACE;
    case T_SEMI: return TK_SEMI;
    case T_COLON: return TK_COLON;
    case T_BREAK: return TK_BREAK;
    case T_CASE: return TK_CASE;
    case T_CHAN: return TK_CHAN;
    case T_CONST: return TK_CONST;
    case T_CONTINUE: return TK_CONTINUE;
    case T_DEFAULT: return TK_DEFAULT;
    case T_DEFER: return TK_DEFER;
    case T_ELSE: return TK_ELSE;
    case T_FALLTHROUGH: return TK_FALLTHROUGH;
    case T_FOR: return TK_FOR;
    case T_FUNC: return TK_FUNC;
    case T_GO: return TK_GO;
    case T_GOTO: return TK_GOTO;
    case T_IF: return TK_IF;
    case T_IMPORT: return TK_IMPORT;
    case T_INTERFACE: return TK_INTERFACE;
    case T_MAP: return TK_MAP;
    case T_PACKAGE: return TK_PACKAGE;
    case T_RANGE: return TK_RANGE;
    case T_RETURN: return TK_RETURN;
    case T_SELECT: return TK_SELECT;
    case T_STRUCT: return TK_STRUCT;
    case T_SWITCH: return TK_SWITCH;
    case T_TYPE: return TK_TYPE;
    case T_VAR: return TK_VAR;
    default: return -1;
    }
}

static bool is_keyword(TokKind k) { return k >= T_BREAK && k <= T_VAR; }
static bool is_literal(TokKind k) { return k == T_INT || k == T_FLOAT || k == T_RUNE || k == T_STRING; }

typedef struct Driver {
    PCtx *c;
    Token *toks;
    int ntoks;
    void *parser;
    int illegal_at;          /* index of the token the lexer rejected, or -1 */
    const char *lexmsg;      /* its message */
    Pos lexpos;
} Driver;

static bool at_eof(Driver *d, const Token *t) {
    return t->kind == T_EOF || (t->kind == T_SEMI && t->text[0] == '\n' && (size_t)t->pos.offset >= d->c->len);
}

/* How Go names a token in "unexpected X". */
static const char *tok_desc(Driver *d, const Token *t) {
    char *buf;
    if (at_eof(d, t)) return "EOF";
    switch (t->kind) {
    case T_IDENT:
        buf = GC_MALLOC_ATOMIC((size_t)t->len + 8);
        snprintf(buf, (size_t)t->len + 8, "name %.*s", (int)t->len, t->text);
        return buf;
    case T_INT: case T_FLOAT: case T_RUNE: case T_STRING:
        buf = GC_MALLOC_ATOMIC((size_t)t->len + 16);
        snprintf(buf, (size_t)t->len + 16, "literal %.*s", (int)t->len, t->text);
        return buf;
    case T_SEMI: return t->text[0] == '\n' ? "newline" : "semicolon";
    case T_COMMA: return "comma";
    default:
        if (is_keyword(t->kind)) {
            buf = GC_MALLOC_ATOMIC(32);
            snprintf(buf, 32, "keyword %s", tok_name(t->kind));
            return buf;
        }
        return tok_name(t->kind);
    }
}

/* How go/parser (what `go build` reports for the package clause) names it. */
static const char *tok_desc_goparser(Driver *d, const Token *t) {
    char *buf;
    if (t->kind == T_EOF) return "'EOF'";
    if (t->kind == T_SEMI && t->text[0] == '\n') return at_eof(d, t) ? "'EOF'" : "newline";
    if (t->kind == T_IDENT || is_literal(t->kind)) return str_n(t->text, (size_t)t->len);
    buf = GC_MALLOC_ATOMIC(32);
    snprintf(buf, 32, "'%s'", tok_name(t->kind));
    return buf;
}

/* ---------------------------------------------------------------- syntax errors */

enum Frame {
    F_TOP, F_HEADER, F_CALL, F_PARAMS, F_GROUP, F_PAREN, F_INDEX, F_BRACK,
    F_COMPLIT, F_STRUCT, F_IFACE, F_BLOCK
};

typedef struct ErrCtx {
    enum Frame frame;
    int frame_at;        /* stack index (from the top) of the frame's token */
    Token *frame_tok;
    int header_kw;       /* F_HEADER: TK_IF, TK_FOR or TK_SWITCH */
    int n_semi;          /* F_HEADER: semicolons since the keyword */
    int group_kw;        /* F_GROUP: TK_IMPORT, TK_VAR, TK_CONST, TK_TYPE */
    bool in_case;        /* a `case` whose ':' has not been seen */
    int top;             /* symbol on top of the stack */
} ErrCtx;

static bool sym_is(int major, const char *name) {
    return strcmp(goparse_symbol_name(major), name) == 0;
}

static bool is_open(int m);
static bool is_close(int m);

/* What an open bracket at stack index i (from the top) opens. */
static enum Frame classify_bracket(Driver *d, int i, int major, int depth) {
    int below = i + 1 <= depth ? goparse_stack_major(d->parser, i + 1, NULL) : -1;
    int below2 = i + 2 <= depth ? goparse_stack_major(d->parser, i + 2, NULL) : -1;
    switch (major) {
    case TK_LPAREN:
        if (below == TK_FUNC || below == TK_RPAREN) return F_PARAMS;
        if (sym_is(below, "sym")) return F_PARAMS;
        if (sym_is(below, "pexpr") || sym_is(below, "convtype")) return F_CALL;
        if (below == TK_IMPORT || below == TK_VAR || below == TK_CONST || below == TK_TYPE) return F_GROUP;
        (void)below2;
        return F_PAREN;
    case TK_LBRACK:
        if (sym_is(below, "pexpr")) return F_INDEX;
        return F_BRACK;
    case TK_LBODY:
        return F_BLOCK;
    case TK_NLBRACE:
        return F_COMPLIT;
    default: /* TK_LBRACE */
        if (below == TK_STRUCT) return F_STRUCT;
        if (below == TK_INTERFACE) return F_IFACE;
        if (sym_is(below, "comptype") || sym_is(below, "pexpr_no_paren")) return F_COMPLIT;
        if (below == TK_LBRACE || below == TK_COMMA || below == TK_COLON) {
            /* an elided-type literal inside a literal, or a block */
            int closed = 0;
            for (int j = i + 1; j <= depth; j++) {
                int m = goparse_stack_major(d->parser, j, NULL);
                if (is_close(m)) { closed++; continue; }
                if (is_open(m) && closed > 0) { closed--; continue; }
                if (closed > 0) continue;
                if (m == TK_LPAREN || m == TK_LBRACK || m == TK_LBODY) return F_BLOCK;
                if (m == TK_NLBRACE) return F_COMPLIT;
                if (m == TK_LBRACE) {
                    enum Frame f = classify_bracket(d, j, m, depth);
                    return f == F_COMPLIT ? F_COMPLIT : F_BLOCK;
                }
            }
        }
        return F_BLOCK;
    }
}

static bool is_open(int m) {
    return m == TK_LPAREN || m == TK_LBRACK || m == TK_LBRACE || m == TK_LBODY || m == TK_NLBRACE;
}
static bool is_close(int m) { return m == TK_RPAREN || m == TK_RBRACK || m == TK_RBRACE; }

/* The innermost construct the lookahead is in: walking down the stack, the
 * first bracket that is still open (a closer shifted but not yet reduced
 * closes the nearest opener below it), or the if/for/switch whose header is
 * being parsed. */
static ErrCtx find_frame(Driver *d) {
    ErrCtx e = {0};
    e.frame = F_TOP;
    int depth = goparse_stack_depth(d->parser);
    e.top = depth >= 0 ? goparse_stack_major(d->parser, 0, NULL) : -1;
    bool seen_colon = false, body_done = false;
    int closed = 0;
    for (int i = 0; i < depth; i++) {
        Token *t;
        int m = goparse_stack_major(d->parser, i, &t);
        if (is_close(m)) { closed++; continue; }
        if (is_open(m) && closed > 0) {
            closed--;
            if (m == TK_LBODY) body_done = true;
            continue;
        }
        if (closed > 0) continue;
        if (m == TK_ELSE || sym_is(m, "body") || sym_is(m, "switch_body")) body_done = true;
        if (m == TK_COLON) seen_colon = true;
        if (m == TK_CASE && !seen_colon) e.in_case = true;
        if (m == TK_SEMI) e.n_semi++;
        if (is_open(m)) {
            e.frame = classify_bracket(d, i, m, depth);
            e.frame_at = i;
            e.frame_tok = t;
            if (e.frame == F_GROUP) e.group_kw = goparse_stack_major(d->parser, i + 1, NULL);
            return e;
        }
        if (m == TK_IF || m == TK_FOR || m == TK_SWITCH) {
            if (body_done) { body_done = false; e.n_semi = 0; continue; }
            e.frame = F_HEADER;
            e.frame_at = i;
            e.frame_tok = t;
            e.header_kw = m;
            return e;
        }
    }
    return e;
}

typedef struct Accept { bool ok[256]; } Accept;

static void compute_accept(Driver *d, Accept *a) {
    int n = goparse_nterminals();
    memset(a, 0, sizeof *a);
    for (int t = 1; t < n && t < 256; t++) {
        if (t == TK_FILESTART || t == TK_REPLSTART || t == TK_DFUNC || t == TK_NOTPAREN ||
            t == TK_NLBRACE || t == TK_TPARAMS || t == TK_TARGS || t == TK_LAZYBODY || t == TK_BODYSTART ||
            t == TK_LAZYDECL || t == TK_DECLSTART)
            continue;
        a->ok[t] = goparse_accepts(d->parser, t);
    }
    a->ok[0] = goparse_accepts(d->parser, 0);
}

static int accept_count(Accept *a, int *only) {
    int n = 0;
    for (int t = 0; t < 256; t++)
        if (a->ok[t]) { n++; if (only) *only = t; }
    return n;
}

/* Go's tokstring for an expected token. */
static const char *expected_name(int code) {
    switch (code) {
    case 0: return "EOF";
    case TK_COMMA: return "comma";
    case TK_SEMI: return "semicolon or newline";
    case TK_IDENT: return "name";
    case TK_LITERAL: return "literal";
    case TK_LBODY: case TK_LBRACE: case TK_NLBRACE: return "{";
    case TK_ASOP: return "op=";
    default: break;
    }
    for (int k = 0; k < T_COUNT; k++) {
        if (lemon_code((TokKind)k) == code) {
            if (is_keyword((TokKind)k)) {
                char *b = GC_MALLOC_ATOMIC(32);
                snprintf(b, 32, "keyword %s", tok_name((TokKind)k));
                return b;
            }
            return tok_name((TokKind)k);
        }
    }
    return "?";
}

static const char *header_clause(int kw) {
    return kw == TK_IF ? "if clause" : kw == TK_FOR ? "for clause" : "switch clause";
}

/* Turns lemon's failure on token toks[i] into Go's message. */
static void syntax_message(Driver *d, int i) {
    PCtx *c = d->c;
    Token *la = &d->toks[i];
    Token *prev = i > 0 ? &d->toks[i - 1] : NULL;
    TokKind pk = prev ? prev->kind : T_EOF;
    const char *u = tok_desc(d, la);
    Pos pos = la->pos;
    ErrCtx e = find_frame(d);
    Accept A;
    compute_accept(d, &A);
    int only = -1;
    int nacc = accept_count(&A, &only);
    bool operand = A.ok[TK_IDENT] && A.ok[TK_LITERAL] && A.ok[TK_LPAREN];
    bool typestart = A.ok[TK_IDENT] && A.ok[TK_STAR] && A.ok[TK_LBRACK] && A.ok[TK_MAP] && !A.ok[TK_LITERAL];

    /* var in a header: if var x = 1; ... */
    if (la->kind == T_VAR && (pk == T_IF || pk == T_FOR || pk == T_SWITCH)) {
        perr(c, d->toks[i + 1].pos, "syntax error: var declaration not allowed in %s initializer", tok_name(pk));
        return;
    }
    if ((pk == T_VAR || pk == T_CONST || pk == T_TYPE) && la->kind != T_LPAREN) {
        perr(c, pos, "syntax error: unexpected %s, expected name", u);
        return;
    }
    if (pk == T_RPAREN && i >= 3 && d->toks[i - 2].kind == T_LPAREN && d->toks[i - 3].kind == T_FUNC &&
        (i == 3 || d->toks[i - 4].kind == T_SEMI) && la->kind != T_IDENT)
        diag_add(c->diags, pos, "method has no receiver");
    if (pk == T_ELSE) {
        perr(c, pos, "syntax error: else must be followed by if or statement block");
        return;
    }
    if (!c->repl && e.frame == F_TOP) {
        int depth = goparse_stack_depth(d->parser);
        if (depth <= 1 && la->kind != T_PACKAGE) {
            perr(c, pos, "expected 'package', found %s", tok_desc_goparser(d, la));
            return;
        }
        if (pk == T_PACKAGE) {
            perr(c, pos, "expected 'IDENT', found %s", tok_desc_goparser(d, la));
            return;
        }
    }
    /* import paths */
    if (nacc == 1 && only == TK_LITERAL) {
        perr(c, pos, "missing import path");
        return;
    }
    /* after `type T` */
    if (prev && (pk == T_IDENT || pk == T_ASSIGN) && i >= 2 &&
        (d->toks[i - 2].kind == T_TYPE ||
         (pk == T_ASSIGN && i >= 3 && d->toks[i - 3].kind == T_TYPE) ||
         (e.frame == F_GROUP && e.group_kw == TK_TYPE &&
          (d->toks[i - 2].kind == T_SEMI || d->toks[i - 2].kind == T_LPAREN))) &&
        typestart) {
        perr(c, pos, "syntax error: unexpected %s in type declaration", u);
        return;
    }

    switch (e.frame) {
    case F_TOP:
        if (A.ok[TK_FUNC] && A.ok[TK_VAR] && A.ok[TK_IMPORT] && !c->repl) {
            Node *ld = c->last_decl;
            if (la->kind == T_LBRACE && ld && ld->kind == N_FUNCDECL && !ld->u.func.body)
                perr(c, pos, "syntax error: unexpected semicolon or newline before {");
            else
                perr(c, pos, "syntax error: non-declaration statement outside function body");
            return;
        }
        if (A.ok[TK_SEMI] && !c->repl && !operand) {
            perr(c, pos, "syntax error: unexpected %s after top level declaration", u);
            return;
        }
        break;
    case F_HEADER:
        if (A.ok[TK_LBODY]) {
            if (e.n_semi == 0) perr(c, pos, "syntax error: unexpected %s, expected {", u);
            else perr(c, pos, "syntax error: unexpected %s, expected { after %s", u, header_clause(e.header_kw));
            return;
        }
        if (e.header_kw == TK_FOR && e.n_semi == 1) {
            if (pk == T_SEMI && la->kind == T_LBRACE) {
                perr(c, pos, "syntax error: unexpected {, expected for loop condition");
                return;
            }
            if (A.ok[TK_SEMI]) {
                perr(c, pos, "syntax error: unexpected %s, expected semicolon or newline", u);
                return;
            }
        }
        break;
    case F_CALL:
        if (pk == T_LPAREN || pk == T_COMMA) {
            if (at_eof(d, la) || !operand) perr(c, pos, "syntax error: unexpected %s, expected )", u);
            else perr(c, pos, "syntax error: unexpected %s, expected expression", u);
            return;
        }
        if (A.ok[TK_COMMA] || A.ok[TK_RPAREN]) {
            perr(c, pos, "syntax error: unexpected %s in argument list; possibly missing comma or )", u);
            return;
        }
        break;
    case F_PARAMS:
        if (pk == T_LPAREN || pk == T_COMMA) {
            if (la->kind == T_ELLIPSIS) break;
            perr(c, pos, "syntax error: unexpected %s, expected )", u);
            return;
        }
        if (A.ok[TK_COMMA] || A.ok[TK_RPAREN]) {
            perr(c, pos, "syntax error: unexpected %s in parameter list; possibly missing comma or )", u);
            return;
        }
        break;
    case F_GROUP:
        if (pk == T_LPAREN || pk == T_SEMI) {
            if (e.group_kw == TK_IMPORT) perr(c, pos, "missing import path");
            else perr(c, pos, "syntax error: unexpected %s, expected name", u);
            return;
        }
        if (A.ok[TK_SEMI] || A.ok[TK_RPAREN]) {
            perr(c, pos, "syntax error: unexpected %s in grouped declaration; possibly missing semicolon or newline or )", u);
            return;
        }
        break;
    case F_PAREN:
        if (A.ok[TK_RPAREN] && !operand) {
            perr(c, pos, "syntax error: unexpected %s, expected )", u);
            return;
        }
        break;
    case F_INDEX:
        if (pk == T_LBRACK && la->kind == T_RBRACK) {
            perr(c, pos, "syntax error: unexpected ], expected operand");
            return;
        }
        if (A.ok[TK_RBRACK] && !operand) {
            if (A.ok[TK_COLON]) perr(c, pos, "syntax error: unexpected %s, expected comma, : or ]", u);
            else perr(c, pos, "syntax error: unexpected %s, expected ]", u);
            return;
        }
        break;
    case F_BRACK:
        if (la->kind == T_COMMA && A.ok[TK_RBRACK]) {
            perr(c, pos, "syntax error: unexpected comma; expected ]");
            return;
        }
        if (A.ok[TK_RBRACK] && !operand) {
            perr(c, pos, "syntax error: unexpected %s, expected ]", u);
            return;
        }
        break;
    case F_COMPLIT:
        if (pk == T_LBRACE || pk == T_COMMA) {
            perr(c, pos, "syntax error: unexpected %s, expected expression", u);
            return;
        }
        if (A.ok[TK_COMMA] || A.ok[TK_RBRACE]) {
            perr(c, pos, "syntax error: unexpected %s in composite literal; possibly missing comma or }", u);
            return;
        }
        break;
    case F_STRUCT:
        if (pk == T_LBRACE || pk == T_SEMI) {
            perr(c, pos, "syntax error: unexpected %s, expected field name or embedded type", u);
            return;
        }
        if (A.ok[TK_SEMI] || A.ok[TK_RBRACE]) {
            perr(c, pos, "syntax error: unexpected %s in struct type; possibly missing semicolon or newline or }", u);
            return;
        }
        break;
    case F_IFACE:
        if (pk == T_LBRACE || pk == T_SEMI) {
            perr(c, pos, "syntax error: unexpected %s, expected ~ term or type", u);
            return;
        }
        if (A.ok[TK_SEMI] || A.ok[TK_RBRACE]) {
            perr(c, pos, "syntax error: unexpected %s in interface type; possibly missing semicolon or newline or }", u);
            return;
        }
        break;
    case F_BLOCK:
        if (A.ok[TK_CASE] && A.ok[TK_DEFAULT]) {
            perr(c, pos, "syntax error: unexpected %s, expected case or default or }", u);
            return;
        }
        if (e.in_case) {
            if (A.ok[TK_COLON] && !operand) {
                perr(c, pos, "syntax error: unexpected %s, expected :", u);
                return;
            }
            break;
        }
        if (pk == T_COLON && i >= 2 && d->toks[i - 2].kind == T_IDENT && la->kind != T_RBRACE &&
            e.top == TK_COLON) {
            perr(c, prev->pos, "syntax error: missing statement after label");
            return;
        }
        if (pk == T_LBRACE || pk == T_SEMI || (pk == T_COLON && A.ok[TK_RBRACE])) {
            perr(c, pos, "syntax error: unexpected %s, expected }", u);
            return;
        }
        if (A.ok[TK_SEMI] && !operand) {
            perr(c, pos, "syntax error: unexpected %s at end of statement", u);
            return;
        }
        break;
    }

    /* generic forms */
    if (operand) {
        perr(c, pos, "syntax error: unexpected %s, expected expression", u);
    } else if (typestart) {
        perr(c, pos, "syntax error: unexpected %s, expected type", u);
    } else if (nacc == 2 && A.ok[TK_IDENT] && A.ok[TK_LPAREN]) {
        perr(c, pos, "syntax error: unexpected %s, expected name or (", u);
    } else if (nacc == 1) {
        perr(c, pos, "syntax error: unexpected %s, expected %s", u, expected_name(only));
    } else if (A.ok[TK_IDENT] && !A.ok[TK_LITERAL] && nacc <= 3) {
        perr(c, pos, "syntax error: unexpected %s, expected name", u);
    } else {
        perr(c, pos, "syntax error: unexpected %s", u);
    }
}

/* ---------------------------------------------------------------- driving */

/* Bracket stack entry: what to restore loophack to at the closing token,
 * and whether the '(' opens a `type (...)` group. */
typedef struct Open { char ch; bool restore; bool typegroup; } Open;

static bool generic_type_params(Driver *d, int i, Open *stack, int sp) {
    /* toks[i] is '[' after a name: `type T[P any]`, `func F[T any]` */
    Token *t = d->toks;
    if (i < 2 || t[i - 1].kind != T_IDENT) return false;
    TokKind pp = t[i - 2].kind;
    if (pp == T_FUNC) return true;
    bool typedecl = pp == T_TYPE ||
                    ((pp == T_SEMI || pp == T_LPAREN) && sp > 0 && stack[sp - 1].typegroup);
    if (!typedecl || i + 2 >= d->ntoks) return false;
    if (t[i + 1].kind != T_IDENT) return false;
    TokKind n2 = t[i + 2].kind;
    return n2 == T_IDENT || n2 == T_INTERFACE || n2 == T_TILDE || n2 == T_COMMA || n2 == T_MUL ||
           n2 == T_LBRACK || n2 == T_FUNC || n2 == T_MAP || n2 == T_CHAN;
}

/* Which `[` toks[i] is for the grammar: a type parameter list, type
 * arguments in a type, or an index, slice, array type or instantiation
 * in an expression (go.y's TPARAMS and TARGS). */
static int lbrack_code(Driver *d, int i, Open *stack, int sp) {
    if (generic_type_params(d, i, stack, sp)) return TK_TPARAMS;
    bool plain = goparse_accepts(d->parser, TK_LBRACK);
    if (!goparse_accepts(d->parser, TK_TARGS)) return TK_LBRACK;
    if (!plain) return TK_TARGS;
    /* after a name that may be a field's or parameter's: a [5]int or List[int] */
    const Token *p = &d->toks[i - 1];
    return p->text + p->len == d->toks[i].text ? TK_TARGS : TK_LBRACK;
}

/* REPL: does the `func` at toks[i] begin a declaration (a name, or a
 * receiver followed by a name and '(')? */
static bool repl_func_decl(Driver *d, int i) {
    Token *t = d->toks;
    if (i + 1 >= d->ntoks) return false;
    if (t[i + 1].kind == T_IDENT) return true;
    if (t[i + 1].kind != T_LPAREN) return false;
    int depth = 0, j = i + 1;
    for (; j < d->ntoks; j++) {
        if (t[j].kind == T_LPAREN) depth++;
        else if (t[j].kind == T_RPAREN && --depth == 0) break;
    }
    return j + 2 < d->ntoks && t[j + 1].kind == T_IDENT && t[j + 2].kind == T_LPAREN;
}

/* The next token slot of d->toks (cap of them allocated), growing the
 * array; the old one is freed, so that start-up touches fewer pages. */
static Token *next_tok(Driver *d, int *cap) {
    if (d->ntoks == *cap) {
        *cap *= 2;
        Token *nt = GC_MALLOC(sizeof(Token) * (size_t)*cap);
        memcpy(nt, d->toks, sizeof(Token) * (size_t)d->ntoks);
        GC_FREE(d->toks);
        d->toks = nt;
    }
    return &d->toks[d->ntoks++];
}

/* parse_library: skips a function body from lx->cur (just after its `{`)
 * to just after the matching `}`, reading comments, strings and runes as
 * Go's scanner does; sets *rbrace. False (lx unchanged) when the source
 * ends first: the lexer then reads on and reports what is wrong. */
static bool skip_body(Lexer *lx, Pos *rbrace) {
    const char *p = lx->cur, *end = lx->src + lx->len, *ls = lx->line_start;
    int32_t line = lx->line;
    int depth = 1;
    while (p < end) {
        char ch = *p++;
        switch (ch) {
        case '\n': line++; ls = p; break;
        case '{': depth++; break;
        case '}':
            if (--depth > 0) break;
            *rbrace = (Pos){ line, (int32_t)(p - 1 - ls) + 1, (int32_t)(p - 1 - lx->src) };
            lx->cur = p;
            lx->line = line;
            lx->line_start = ls;
            lx->nlsemi = true;
            return true;
        case '/':
            if (p < end && *p == '/') {
                while (p < end && *p != '\n') p++;
            } else if (p < end && *p == '*') {
                for (p++; p < end && !(p[0] == '*' && p + 1 < end && p[1] == '/'); p++)
                    if (*p == '\n') { line++; ls = p + 1; }
                p += 2;
            }
            break;
        case '"': case '\'':
            for (; p < end && *p != ch && *p != '\n'; p++)
                if (*p == '\\') p++;
            p++;
            break;
        case '`':
            for (; p < end && *p != '`'; p++)
                if (*p == '\n') { line++; ls = p + 1; }
            p++;
            break;
        default: break;
        }
    }
    return false;
}

/* parse_library: whether the `{` toks[i], at the top level of the
 * declaration whose `func` is toks[func_at], opens its body, and the
 * function is not generic (a generic one's body is cloned for instances,
 * and parsed with it). */
static bool lazy_candidate(const Token *t, int func_at, int i) {
    if (t[i - 1].kind == T_STRUCT || t[i - 1].kind == T_INTERFACE) return false;
    if (t[func_at + 1].kind == T_IDENT && t[func_at + 2].kind == T_LBRACK) return false;
    if (t[func_at + 1].kind == T_LPAREN)   /* func (l *List[T]) M() */
        for (int k = func_at + 1; k < i && t[k].kind != T_RPAREN; k++)
            if (t[k].kind == T_LBRACK) return false;
    return true;
}

static void lex_all(Driver *d, const char *src, size_t len, bool lazy) {
    Lexer lx;
    lex_init(&lx, src, len);
    int depth = 0, func_at = -1;   /* lazy: bracket depth, the top-level `func` being read */
    int cap = lazy ? 256 : (int)(len / 5) + 64;

    d->toks = GC_MALLOC(sizeof(Token) * (size_t)cap);
    d->ntoks = 0;
    d->illegal_at = -1;
    for (;;) {
        Token *t = next_tok(d, &cap);
        lex_next(&lx, t);
        if (t->kind == T_ILLEGAL) {
            d->lexmsg = lx.err ? lx.err : "invalid token";
            d->lexpos = lx.err_pos.line ? lx.err_pos : t->pos;
            d->illegal_at = d->ntoks - 1;
            t->kind = T_EOF;
            break;
        }
        if (t->kind == T_EOF) break;
        if (!lazy) continue;
        int i = d->ntoks - 1;
        switch (t->kind) {
        case T_LPAREN: case T_LBRACK: depth++; break;
        case T_RPAREN: case T_RBRACK: case T_RBRACE: depth--; break;
        case T_SEMI: if (depth == 0) func_at = -1; break;
        case T_FUNC: if (depth == 0 && (i == 0 || d->toks[i - 1].kind == T_SEMI)) func_at = i; break;
        case T_LBRACE: {
            Pos rb;
            if (depth == 0 && func_at >= 0 && lazy_candidate(d->toks, func_at, i) && skip_body(&lx, &rb)) {
                LazyBody *lb = GC_MALLOC(sizeof *lb);
                *lb = (LazyBody){ src, len, t->pos, rb };
                t->lazy = lb;
                func_at = -1;
            } else {
                depth++;
            }
            break;
        }
        default: break;
        }
    }
}


/* parse_library: the index of the last token of the function or method
 * declaration whose `func` is toks[i] (its body's LAZYBODY `{`, or the
 * token before the `;` of a native), or -1 when it is generic, init, a
 * method whose receiver is not T or *T, or its body was not skipped. Sets
 * toks[i + *name_at] to its name and toks[*recv_at] to a method's
 * receiver type name (-1: a function). */
static int lazy_decl_end(Driver *d, int i, int *name_at, int *recv_at) {
    Token *t = d->toks;
    int n = i + 1;
    *recv_at = -1;
    if (n < d->ntoks && t[n].kind == T_LPAREN) {
        /* a method: (r *T), (r T), (*T) or (T), T a name (not generic) */
        int k = n + 1;
        if (k + 1 < d->ntoks && t[k].kind == T_IDENT && (t[k + 1].kind == T_IDENT || t[k + 1].kind == T_MUL)) k++;
        if (k < d->ntoks && t[k].kind == T_MUL) k++;
        if (k + 1 >= d->ntoks || t[k].kind != T_IDENT || t[k + 1].kind != T_RPAREN) return -1;
        *recv_at = k;
        n = k + 2;
    }
    if (n + 1 >= d->ntoks || t[n].kind != T_IDENT || t[n + 1].kind != T_LPAREN) return -1;
    if (*recv_at < 0 && t[n].len == 4 && memcmp(t[n].text, "init", 4) == 0) return -1;
    *name_at = n - i;
    int depth = 0;
    for (int j = n + 1; j < d->ntoks && j != d->illegal_at; j++) {
        switch (t[j].kind) {
        case T_LPAREN: case T_LBRACK: depth++; break;
        case T_RPAREN: case T_RBRACK: case T_RBRACE: depth--; break;
        case T_LBRACE:
            if (t[j].lazy) return depth == 0 ? j : -1;
            depth++;
            break;
        case T_SEMI: if (depth == 0) return j - 1; break;
        case T_EOF: return -1;
        default: break;
        }
    }
    return -1;
}

static void run(Driver *d, int start, bool *incomplete) {
    PCtx *c = d->c;
    bool repl = start == TK_REPLSTART;
    d->parser = goparseAlloc(GC_malloc, c);
    goparse(d->parser, start, NULL);
    int cap = 64, sp = 0;
    Open *stack = GC_MALLOC_ATOMIC(sizeof(Open) * (size_t)cap);
    bool loophack = false;
    for (int i = 0; i < d->ntoks; i++) {
        Token *t = &d->toks[i];
        int code = lemon_code(t->kind);
        int end, name_at, recv_at;
        if (c->lazy && t->kind == T_FUNC && sp == 0 && i > 0 && d->toks[i - 1].kind == T_SEMI &&
            (end = lazy_decl_end(d, i, &name_at, &recv_at)) >= 0 && goparse_accepts(d->parser, TK_LAZYDECL)) {
            LazyDecl *ld = GC_MALLOC(sizeof *ld);
            ld->name_at = name_at;
            ld->recv_type = recv_at >= 0 ? str_n(d->toks[recv_at].text, (size_t)d->toks[recv_at].len) : NULL;
            ld->ntoks = end - i + 1;
            ld->toks = GC_MALLOC(sizeof(Token) * (size_t)ld->ntoks);
            memcpy(ld->toks, t, sizeof(Token) * (size_t)ld->ntoks);
            ld->src = c->src;
            ld->len = c->len;
            c->pending_decl = ld;
            goparse(d->parser, TK_LAZYDECL, t);
            i = end;
            continue;
        }
        if (i == d->illegal_at) {
            perr(c, d->lexpos, "%s", d->lexmsg);
            if (incomplete && strstr(d->lexmsg, "not terminated")) *incomplete = true;
            break;
        }
        if (t->lazy) code = TK_LAZYBODY;   /* a whole function body, for parse_body */
        else switch (t->kind) {
        case T_FOR: case T_IF: case T_SWITCH: case T_SELECT:
            loophack = true;
            break;
        case T_LPAREN: case T_LBRACK: case T_LBRACE:
            if (t->kind == T_LBRACK && sp == 0 && i >= 2 && d->toks[i - 1].kind == T_IDENT &&
                d->toks[i - 2].kind == T_RPAREN && !goparse_accepts(d->parser, TK_LBRACK) &&
                !goparse_accepts(d->parser, TK_TARGS) && goparse_accepts(d->parser, TK_LPAREN)) {
                /* func (r T) M[...]: where Go's parser reads type parameters and refuses them */
                perr(c, t->pos, "syntax error: method must have no type parameters");
                break;
            }
            if (t->kind == T_LBRACK) code = lbrack_code(d, i, stack, sp);
            if (sp == cap) {
                cap *= 2;
                Open *ns = GC_MALLOC_ATOMIC(sizeof(Open) * (size_t)cap);
                memcpy(ns, stack, sizeof(Open) * (size_t)sp);
                stack = ns;
            }
            stack[sp].ch = (char)t->kind;
            stack[sp].typegroup = t->kind == T_LPAREN && i > 0 && d->toks[i - 1].kind == T_TYPE;
            stack[sp].restore = loophack;
            if (t->kind == T_LBRACE) {
                if (loophack && goparse_accepts(d->parser, TK_LBODY)) {
                    code = TK_LBODY;
                    stack[sp].restore = false;
                } else if (!loophack && !goparse_accepts(d->parser, TK_LBRACE) && i > 0 &&
                           (d->toks[i - 1].kind == T_IDENT || d->toks[i - 1].kind == T_RBRACK) &&
                           goparse_accepts(d->parser, TK_NLBRACE)) {
                    code = TK_NLBRACE;
                }
            }
            sp++;
            loophack = false;
            break;
        case T_RPAREN: case T_RBRACK: case T_RBRACE:
            loophack = sp > 0 ? stack[--sp].restore : false;
            break;
        case T_FUNC:
            if (repl && sp == 0 && (i == 0 || d->toks[i - 1].kind == T_SEMI) && repl_func_decl(d, i))
                code = TK_DFUNC;
            break;
        default:
            break;
        }
        if (c->failed) break;
        /* Ask before feeding: lemon's default reductions would blur the
         * state the message is built from. (The library's source is known
         * to parse: it is fed without asking.) */
        if (!c->trusted && !goparse_accepts(d->parser, code)) {
            syntax_message(d, i);
            if (incomplete && at_eof(d, t)) *incomplete = true;
            break;
        }
        goparse(d->parser, code, t);
        if (c->syntax_err && !c->failed) {
            syntax_message(d, i);
            if (incomplete && at_eof(d, t)) *incomplete = true;
        }
        if (c->failed) break;
        if (t->kind == T_EOF) break;
    }
}

static void scan_build_tag(PCtx *c, const char *src, size_t len) {
    size_t i = 0;
    while (i < len) {
        while (i < len && (src[i] == ' ' || src[i] == '\t' || src[i] == '\r' || src[i] == '\n')) i++;
        if (i + 1 < len && src[i] == '/' && src[i + 1] == '/') {
            size_t e = i;
            while (e < len && src[e] != '\n') e++;
            size_t n = e - i;
            while (n > 0 && (src[i + n - 1] == ' ' || src[i + n - 1] == '\t' || src[i + n - 1] == '\r')) n--;
            if (n == strlen("//go:build go1.21") && memcmp(src + i, "//go:build go1.21", n) == 0)
                c->file->u.file.build_go121 = true;
            i = e;
        } else if (i + 1 < len && src[i] == '/' && src[i + 1] == '*') {
            const char *e = NULL;
            for (size_t j = i + 2; j + 1 < len; j++)
                if (src[j] == '*' && src[j + 1] == '/') { e = src + j + 2; break; }
            if (!e) return;
            i = (size_t)(e - src);
        } else {
            return;
        }
    }
}

static Node *parse_common(const char *src, size_t len, DiagList *diags, bool repl, bool lazy, bool *incomplete) {
    PCtx *c = GC_MALLOC(sizeof(PCtx));
    c->diags = diags;
    c->src = src;
    c->len = len;
    c->repl = repl;
    c->lazy = c->trusted = lazy;
    c->file = node_new(N_FILE, (Pos){1, 1, 0});
    if (incomplete) *incomplete = false;
    if (!repl) scan_build_tag(c, src, len);

    /* the lexer wants src[len] == 0 */
    const char *buf = src;
    if (len == 0 || src[len] != 0) buf = str_n(src, len);

    Driver d = {0};
    d.c = c;
    lex_all(&d, buf, len, lazy);
    c->src = buf;
    run(&d, repl ? TK_REPLSTART : TK_FILESTART, incomplete);
    Pos first = d.ntoks > 0 ? d.toks[0].pos : (Pos){ 1, 1, 0 };
    /* nothing refers to the tokens any more: the next parse reuses them */
    GC_FREE(d.toks);
    d.toks = NULL;
    if (c->failed) return NULL;
    Node *deep = ast_deeper_than(c->file, AST_MAX_DEPTH);
    if (deep) {
        perr(c, deep->pos, "exceeded max nesting depth");
        return NULL;
    }
    if (d.ntoks > 0 && !repl) c->file->pos = first;
    return c->file;
}

Node *parse_file(const char *src, size_t len, DiagList *diags) {
    return parse_common(src, len, diags, false, false, NULL);
}

Node *parse_library(const char *src, size_t len, DiagList *diags) {
    return parse_common(src, len, diags, false, true, NULL);
}

/* Just past a skipped body's `}`. */
static Pos lazy_end(const LazyBody *lb) {
    return (Pos){ lb->rbrace.line, lb->rbrace.col + 1, lb->rbrace.offset + 1 };
}

/* The context of parse_body or parse_decl: library source, fed without asking. */
static PCtx *trusted_ctx(const char *src, size_t len, Pos pos, DiagList *diags) {
    PCtx *c = GC_MALLOC(sizeof(PCtx));
    c->diags = diags;
    c->src = src;
    c->len = len;
    c->file = node_new(N_FILE, pos);
    c->trusted = true;
    return c;
}

Node *lazy_block(PCtx *c, Token *lbrace) {
    (void)c;
    LazyBody *lb = lbrace->lazy;
    Node *b = node_new(N_BLOCK, lbrace->pos);
    b->u.block.rbrace = lb->rbrace;
    b->end = lazy_end(lb);
    b->u.block.lazy = lb;
    return b;
}

Node *lazy_decl(PCtx *c, Token *func) {
    LazyDecl *ld = c->pending_decl;
    Node *d = node_new(N_FUNCDECL, func->pos);
    d->u.func.name = mk_ident(&ld->toks[ld->name_at]);
    d->u.func.lazy_recv = ld->recv_type;
    Token *last = &ld->toks[ld->ntoks - 1];
    d->u.func.lazy_has_body = last->lazy != NULL;
    d->end = last->lazy ? lazy_end(last->lazy) : tok_end(last);
    d->u.func.lazydecl = ld;
    return d;
}

bool parse_decl(Node *decl, DiagList *diags) {
    LazyDecl *ld = decl->u.func.lazydecl;
    if (!ld) return true;
    decl->u.func.lazydecl = NULL;
    PCtx *c = trusted_ctx(ld->src, ld->len, decl->pos, diags);
    Driver d = {0};
    d.c = c;
    d.illegal_at = -1;
    d.ntoks = ld->ntoks + 1;
    d.toks = GC_MALLOC(sizeof(Token) * (size_t)d.ntoks);
    memcpy(d.toks, ld->toks, sizeof(Token) * (size_t)ld->ntoks);
    d.toks[ld->ntoks] = (Token){ .kind = T_EOF, .pos = decl->end, .text = "" };
    run(&d, TK_DECLSTART, NULL);
    GC_FREE(d.toks);
    if (c->failed || !c->body) return false;
    Node *f = c->body;
    decl->u.func.recv = f->u.func.recv;
    decl->u.func.type = f->u.func.type;
    decl->u.func.body = f->u.func.body;
    decl->u.func.tparams = f->u.func.tparams;
    return true;
}

bool parse_body(Node *block, DiagList *diags) {
    LazyBody *lb = block->u.block.lazy;
    if (!lb) return true;
    block->u.block.lazy = NULL;
    PCtx *c = trusted_ctx(lb->src, lb->len, block->pos, diags);
    /* the lexer as it was at the `{` */
    Lexer lx;
    lex_init(&lx, lb->src, lb->len);
    lx.cur = lb->src + lb->lbrace.offset;
    lx.line = lb->lbrace.line;
    lx.line_start = lx.cur - (lb->lbrace.col - 1);
    Driver d = {0};
    d.c = c;
    d.illegal_at = -1;
    int cap = 64;
    d.toks = GC_MALLOC(sizeof(Token) * (size_t)cap);
    for (;;) {
        Token *t = next_tok(&d, &cap);
        lex_next(&lx, t);
        if (t->kind == T_ILLEGAL || t->kind == T_EOF) return false;
        if (t->pos.offset == lb->rbrace.offset) break;
    }
    *next_tok(&d, &cap) = (Token){ .kind = T_EOF, .pos = block->end, .text = "" };
    run(&d, TK_BODYSTART, NULL);
    GC_FREE(d.toks);
    d.toks = NULL;
    if (c->failed || !c->body) return false;
    Node *deep = ast_deeper_than(c->body, AST_MAX_DEPTH);
    if (deep) {
        perr(c, deep->pos, "exceeded max nesting depth");
        return false;
    }
    block->u.block.stmts = c->body->u.block.stmts;
    return true;
}

/* Whether a REPL input ends with a label (`outer:` on a line of its own):
 * the statement it labels is on the next line. */
static bool ends_with_label(Node *file) {
    NodeList *d = &file->u.file.decls;
    if (!d->len) return false;
    Node *last = d->items[d->len - 1];
    if (!ast_is_repl_stmts(last)) return false;
    NodeList *st = &last->u.func.body->u.block.stmts;
    Node *s = st->len ? st->items[st->len - 1] : NULL;
    while (s && s->kind == N_LABELED && s->u.labeled.stmt && s->u.labeled.stmt->kind == N_LABELED) s = s->u.labeled.stmt;
    return s && s->kind == N_LABELED && (!s->u.labeled.stmt || s->u.labeled.stmt->kind == N_EMPTYSTMT);
}

Node *parse_repl(const char *src, size_t len, DiagList *diags, bool *incomplete) {
    bool inc = false;
    Node *n = parse_common(src, len, diags, true, false, &inc);
    if (n && ends_with_label(n)) {
        diag_add(diags, n->pos, "unexpected end of input after label");
        n = NULL;
        inc = true;
    }
    if (incomplete) *incomplete = inc;
    return n;
}
