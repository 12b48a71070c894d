/* lexer.h — Go tokens for minigo.
 *
 * The lexer (lexer.re, run through re2c at build time) turns a UTF-8 source
 * buffer into tokens carrying their byte offset, line and column (both
 * 1-based; the column counts bytes, as Go's does). It applies Go's automatic
 * semicolon insertion: after a line's last token that is an identifier, a
 * literal, break/continue/fallthrough/return, ++, --, ), ] or }, a T_SEMI with
 * text "\n" is produced (also at end of input and for comments that contain a
 * newline). Literals are decoded: T_INT keeps its text for the exact constant
 * code, T_RUNE and T_STRING carry their decoded value.
 *
 * Errors (bad characters, unterminated literals, bad escapes, imaginary
 * literals) produce T_ILLEGAL with lex->err set to Go's message; the caller
 * reports "file:line:col: message".
 */
#ifndef MINIGO_LEXER_H
#define MINIGO_LEXER_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

/* X(name, spelling) — every token kind, in one list. */
#define TOKEN_LIST(X) \
    X(T_EOF, "EOF") X(T_ILLEGAL, "ILLEGAL") \
    X(T_IDENT, "name") X(T_INT, "literal") X(T_FLOAT, "literal") \
    X(T_RUNE, "literal") X(T_STRING, "literal") \
    /* operators */ \
    X(T_ADD, "+") X(T_SUB, "-") X(T_MUL, "*") X(T_QUO, "/") X(T_REM, "%") \
    X(T_AND, "&") X(T_OR, "|") X(T_XOR, "^") X(T_SHL, "<<") X(T_SHR, ">>") \
    X(T_AND_NOT, "&^") \
    X(T_ADD_ASSIGN, "+=") X(T_SUB_ASSIGN, "-=") X(T_MUL_ASSIGN, "*=") \
    X(T_QUO_ASSIGN, "/=") X(T_REM_ASSIGN, "%=") X(T_AND_ASSIGN, "&=") \
    X(T_OR_ASSIGN, "|=") X(T_XOR_ASSIGN, "^=") X(T_SHL_ASSIGN, "<<=") \
    X(T_SHR_ASSIGN, ">>=") X(T_AND_NOT_ASSIGN, "&^=") \
    X(T_LAND, "&&") X(T_LOR, "||") X(T_ARROW, "<-") X(T_INC, "++") X(T_DEC, "--") \
    X(T_EQL, "==") X(T_LSS, "<") X(T_GTR, ">") X(T_ASSIGN, "=") X(T_NOT, "!") \
    X(T_TILDE, "~") \
    X(T_NEQ, "!=") X(T_LEQ, "<=") X(T_GEQ, ">=") X(T_DEFINE, ":=") X(T_ELLIPSIS, "...") \
    X(T_LPAREN, "(") X(T_LBRACK, "[") X(T_LBRACE, "{") X(T_COMMA, ",") X(T_PERIOD, ".") \
    X(T_RPAREN, ")") X(T_RBRACK, "]") X(T_RBRACE, "}") X(T_SEMI, ";") X(T_COLON, ":") \
    /* keywords */ \
    X(T_BREAK, "break") X(T_CASE, "case") X(T_CHAN, "chan") X(T_CONST, "const") \
    X(T_CONTINUE, "continue") X(T_DEFAULT, "default") X(T_DEFER, "defer") \
    X(T_ELSE, "else") X(T_FALLTHROUGH, "fallthrough") X(T_FOR, "for") \
    X(T_FUNC, "func") X(T_GO, "go") X(T_GOTO, "goto") X(T_IF, "if") \
    X(T_IMPORT, "import") X(T_INTERFACE, "interface") X(T_MAP, "map") \
    X(T_PACKAGE, "package") X(T_RANGE, "range") X(T_RETURN, "return") \
    X(T_SELECT, "select") X(T_STRUCT, "struct") X(T_SWITCH, "switch") \
    X(T_TYPE, "type") X(T_VAR, "var")

typedef enum TokKind {
#define X(name, text) name,
    TOKEN_LIST(X)
#undef X
    T_COUNT
} TokKind;

/* Spelling of a token kind, e.g. "+=" or "func". */
const char *tok_name(TokKind k);

typedef struct Pos {
    int32_t line, col; /* 1-based; col counts bytes */
    int32_t offset;    /* byte offset in the source */
} Pos;

typedef struct Token {
    TokKind kind;
    Pos pos;
    const char *text; /* points into the source (for T_SEMI from a newline: "\n") */
    int32_t len;      /* length of text in bytes */
    /* decoded literal values */
    const char *sval; /* T_STRING: decoded bytes (GC-allocated, NUL-terminated) */
    int32_t slen;     /* T_STRING: length of sval (may contain NULs) */
    int32_t rune;     /* T_RUNE: the code point */
    struct LazyBody *lazy; /* the parser's: a `{` standing for a function body not lexed yet */
} Token;

typedef struct Lexer {
    const char *src;    /* must be NUL-terminated at src[len] */
    size_t len;
    const char *cur;    /* next byte to scan */
    const char *marker; /* re2c backtracking */
    const char *ctx;    /* re2c trailing context */
    int32_t line;
    const char *line_start;
    bool nlsemi;        /* a newline now would insert a semicolon */
    const char *err;    /* message of the last T_ILLEGAL (Go's wording) */
    Pos err_pos;        /* where that error is */
} Lexer;

void lex_init(Lexer *lx, const char *src, size_t len);
/* Scans the next token into *t. Returns t->kind. After T_EOF, keeps
 * returning T_EOF. Never reads past src[len]. */
TokKind lex_next(Lexer *lx, Token *t);

#endif
