/* test_lexer.c — unit tests of lexer/lexer.re.
 *
 * Each group feeds small sources to the lexer and compares the token stream
 * (kinds, texts, decoded values, positions) or the first error (Go's
 * message and its line:col) with what Go's compiler does. Sources are copied
 * into buffers of exactly len+1 bytes so that a sanitizer build catches any
 * read past the sentinel. The last group lexes random bytes.
 */
#include "check.h"
#include "lexer.h"

#include <gc.h>
#include <stdint.h>
#include <string.h>

/* An exact-size, NUL-terminated copy of n bytes of s. */
static char *dup_src(const char *s, size_t n) {
    char *b = malloc(n + 1);
    memcpy(b, s, n);
    b[n] = 0;
    return b;
}

/* The token stream of src as text: token spellings separated by spaces,
 * identifiers and literals as their source text, an inserted semicolon as
 * "NL", an explicit one as ";". Stops after EOF or ILLEGAL (shown as
 * "ILLEGAL(message)"). */
static const char *stream(const char *src) {
    static char out[4096];
    size_t n = strlen(src);
    char *buf = dup_src(src, n);
    Lexer lx;
    Token t;
    size_t o = 0;
    lex_init(&lx, buf, n);
    out[0] = 0;
    for (int guard = 0; guard < 1000; guard++) {
        TokKind k = lex_next(&lx, &t);
        const char *w;
        char tmp[512];
        if (k == T_SEMI)
            w = t.text[0] == '\n' ? "NL" : ";";
        else if (k == T_IDENT || k == T_INT || k == T_FLOAT || k == T_RUNE ||
                 k == T_STRING) {
            snprintf(tmp, sizeof tmp, "%.*s", (int)t.len, t.text);
            w = tmp;
        } else if (k == T_ILLEGAL) {
            snprintf(tmp, sizeof tmp, "ILLEGAL(%s)", lx.err);
            w = tmp;
        } else
            w = tok_name(k);
        o += (size_t)snprintf(out + o, sizeof out - o, "%s%s", o ? " " : "", w);
        if (k == T_EOF || k == T_ILLEGAL || o >= sizeof out - 1)
            break;
    }
    free(buf);
    return out;
}

/* The first error of src as "line:col: message", or "no error". */
static const char *error_of(const char *src, size_t n) {
    static char out[512];
    char *buf = dup_src(src, n);
    Lexer lx;
    Token t;
    lex_init(&lx, buf, n);
    snprintf(out, sizeof out, "no error");
    for (int guard = 0; guard < 10000; guard++) {
        TokKind k = lex_next(&lx, &t);
        if (k == T_ILLEGAL) {
            snprintf(out, sizeof out, "%d:%d: %s", lx.err_pos.line,
                     lx.err_pos.col, lx.err);
            break;
        }
        if (k == T_EOF)
            break;
    }
    free(buf);
    return out;
}
#define ERR(src) error_of(src, strlen(src))

/* The first token of src (the source buffer is kept alive for t.text). */
static TokKind first(const char *src, size_t n, Token *t) {
    char *buf = dup_src(src, n);
    Lexer lx;
    lex_init(&lx, buf, n);
    return lex_next(&lx, t); /* buf leaks: tests are short-lived */
}

#define STREAM(src, want) do { \
        const char *got_ = stream(src); \
        CHECK(strcmp(got_, want) == 0, "stream of %s: got [%s] want [%s]", \
              #src, got_, want); \
    } while (0)

#define ERROR(src, want) do { \
        const char *got_ = ERR(src); \
        CHECK(strcmp(got_, want) == 0, "error of %s: got [%s] want [%s]", \
              #src, got_, want); \
    } while (0)

/* ---- tokens ------------------------------------------------------------ */

static void test_operators(void) {
    STREAM("+ - * / % & | ^ << >> &^",
           "+ - * / % & | ^ << >> &^ EOF");
    STREAM("+= -= *= /= %= &= |= ^= <<= >>= &^=",
           "+= -= *= /= %= &= |= ^= <<= >>= &^= EOF");
    STREAM("&& || <- ++ -- == < > = ! ~",
           "&& || <- ++ -- == < > = ! ~ EOF");
    STREAM("!= <= >= := ... ( [ { , . ) ] } ; :",
           "!= <= >= := ... ( [ { , . ) ] } ; : EOF");
    /* maximal munch */
    STREAM("a<<=b&^=c..d", "a <<= b &^= c . . d NL EOF");
    STREAM("x&^y", "x &^ y NL EOF");
    STREAM("x &&^y", "x && ^ y NL EOF");
    STREAM("<-<-ch", "<- <- ch NL EOF");
    STREAM("a...", "a ... EOF");
    STREAM("x.y", "x . y NL EOF");
    STREAM("a+++b", "a ++ + b NL EOF");
    STREAM("a/ /b", "a / / b NL EOF");
}

static void test_keywords(void) {
    STREAM("break case chan const continue default defer else fallthrough",
           "break case chan const continue default defer else fallthrough NL EOF");
    STREAM("for func go goto if import interface map package range return",
           "for func go goto if import interface map package range return NL EOF");
    STREAM("select struct switch type var",
           "select struct switch type var EOF");
    Token t;
    CHECK(first("func", 4, &t) == T_FUNC, "func is a keyword");
    CHECK(first("funcs", 5, &t) == T_IDENT, "funcs is a name");
    CHECK(first("fun", 3, &t) == T_IDENT, "fun is a name");
    CHECK(first("_", 1, &t) == T_IDENT, "_ is a name");
    CHECK(first("Var", 3, &t) == T_IDENT, "keywords are case-sensitive");
    CHECK(first("go2", 3, &t) == T_IDENT && t.len == 3, "go2 is a name");
    CHECK(strcmp(tok_name(T_AND_NOT_ASSIGN), "&^=") == 0, "tok_name &^=");
    CHECK(strcmp(tok_name(T_FALLTHROUGH), "fallthrough") == 0, "tok_name fallthrough");
    CHECK(strcmp(tok_name(T_IDENT), "name") == 0, "tok_name name");
    CHECK(strcmp(tok_name(T_EOF), "EOF") == 0, "tok_name EOF");
}

static void test_identifiers(void) {
    Token t;
    CHECK(first("世界", strlen("世界"), &t) == T_IDENT && t.len == 6,
          "世界 is one identifier of 6 bytes");
    CHECK(first("café", strlen("café"), &t) == T_IDENT && t.len == 5,
          "café is one identifier");
    CHECK(first("x١٢", strlen("x١٢"), &t) == T_IDENT && t.len == 5,
          "Unicode digits continue an identifier");
    CHECK(first("_x9", 3, &t) == T_IDENT && t.len == 3, "_x9");
    CHECK(first("Ωmega", strlen("Ωmega"), &t) == T_IDENT, "Greek capital");
    STREAM("世界 := \"hi\"", "世界 := \"hi\" NL EOF");
    STREAM("a.b.c", "a . b . c NL EOF");
    STREAM("x:=café+1", "x := café + 1 NL EOF");
}

/* ---- semicolons -------------------------------------------------------- */

static void test_semicolons(void) {
    /* after each trigger */
    STREAM("x\n", "x NL EOF");
    STREAM("1\n", "1 NL EOF");
    STREAM("1.5\n", "1.5 NL EOF");
    STREAM("'a'\n", "'a' NL EOF");
    STREAM("\"s\"\n", "\"s\" NL EOF");
    STREAM("`s`\n", "`s` NL EOF");
    STREAM("break\n", "break NL EOF");
    STREAM("continue\n", "continue NL EOF");
    STREAM("fallthrough\n", "fallthrough NL EOF");
    STREAM("return\n", "return NL EOF");
    STREAM("i++\n", "i ++ NL EOF");
    STREAM("i--\n", "i -- NL EOF");
    STREAM("f()\n", "f ( ) NL EOF");
    STREAM("a[1]\n", "a [ 1 ] NL EOF");
    STREAM("{}\n", "{ } NL EOF");
    /* not after the others */
    STREAM("x +\ny", "x + y NL EOF");
    STREAM("f(\na,\nb)\n", "f ( a , b ) NL EOF");
    STREAM("if x {\n}\n", "if x { } NL EOF");
    STREAM("func\nvar\ntype\nimport\npackage\ngo\ndefer\n",
           "func var type import package go defer EOF");
    STREAM("a =\n1", "a = 1 NL EOF");
    STREAM("a,\nb", "a , b NL EOF");
    STREAM("x.\ny", "x . y NL EOF");
    STREAM("x :=\n<-ch", "x := <- ch NL EOF");
    STREAM("a ==\nb", "a == b NL EOF");
    /* several newlines give one semicolon; blank lines none */
    STREAM("x\n\n\ny\n", "x NL y NL EOF");
    STREAM("\n\n\n", "EOF");
    STREAM("", "EOF");
    /* before } on the same line: none inserted (the grammar allows it) */
    STREAM("{ return x }", "{ return x } NL EOF");
    STREAM("func f() { return }\n", "func f ( ) { return } NL EOF");
    /* at EOF */
    STREAM("x", "x NL EOF");
    STREAM("x   \t ", "x NL EOF");
    STREAM("x +", "x + EOF");
    /* explicit */
    STREAM("a; b;\n", "a ; b ; EOF");
    STREAM("a;\nb", "a ; b NL EOF");
    /* line comments */
    STREAM("x // c\ny", "x NL y NL EOF");
    STREAM("x // c", "x NL EOF");
    STREAM("x + // c\ny", "x + y NL EOF");
    STREAM("// only\n// comments\n", "EOF");
    /* general comments */
    STREAM("x /* c */\ny", "x NL y NL EOF");
    STREAM("x /* c */ y", "x y NL EOF");
    STREAM("x /* a\nb */ y", "x NL y NL EOF");
    STREAM("x /* a\nb */\ny", "x NL y NL EOF");
    STREAM("x + /* a\nb */ y", "x + y NL EOF");
    STREAM("x /* c */", "x NL EOF");
    STREAM("/* a\n */ x", "x NL EOF");
    STREAM("x/**/\n", "x NL EOF");
    STREAM("x /* a\nb */", "x NL EOF");
    STREAM("a\r\nb\r\n", "a NL b NL EOF");

    /* texts and positions of inserted semicolons */
    const char *src = "ab\ncd /* x\ny */ e";
    char *buf = dup_src(src, strlen(src));
    Lexer lx;
    Token t;
    lex_init(&lx, buf, strlen(src));
    lex_next(&lx, &t);
    lex_next(&lx, &t);
    CHECK(t.kind == T_SEMI && t.len == 1 && t.text[0] == '\n' &&
          t.pos.line == 1 && t.pos.col == 3 && t.pos.offset == 2,
          "newline semicolon at the newline (got %d:%d @%d)", t.pos.line,
          t.pos.col, t.pos.offset);
    lex_next(&lx, &t);
    lex_next(&lx, &t);
    CHECK(t.kind == T_SEMI && t.text[0] == '\n' && t.pos.line == 2 &&
          t.pos.col == 4, "comment semicolon at the comment (got %d:%d)",
          t.pos.line, t.pos.col);
    lex_next(&lx, &t);
    CHECK(t.kind == T_IDENT && t.pos.line == 3 && t.pos.col == 6,
          "e after the comment at 3:6 (got %d:%d)", t.pos.line, t.pos.col);
    lex_next(&lx, &t);
    CHECK(t.kind == T_SEMI && t.len == 1 && t.text[0] == '\n' &&
          t.pos.line == 3 && t.pos.col == 7 && t.pos.offset == 17,
          "EOF semicolon at the end (got %d:%d @%d)", t.pos.line, t.pos.col,
          t.pos.offset);
    lex_next(&lx, &t);
    CHECK(t.kind == T_EOF && t.len == 0 && t.pos.offset == 17, "then EOF");
    CHECK(lex_next(&lx, &t) == T_EOF && lex_next(&lx, &t) == T_EOF,
          "EOF is sticky");
    free(buf);

    Token u;
    first(";", 1, &u);
    CHECK(u.kind == T_SEMI && u.len == 1 && u.text[0] == ';',
          "explicit semicolon has text \";\"");
}

/* ---- numbers ----------------------------------------------------------- */

static void check_num(const char *src, TokKind want) {
    Token t;
    TokKind k = first(src, strlen(src), &t);
    CHECK(k == want && t.len == (int32_t)strlen(src),
          "%s: kind %s len %d (want %s)", src, tok_name(k), t.len,
          tok_name(want));
}

static void test_numbers(void) {
    const char *ints[] = {
        "0", "1", "42", "1_000_000", "0x1F", "0XaBcD", "0x_1F", "0x1_F",
        "0o17", "0O17", "0o_17", "0b101", "0B1_0_1", "0b_1", "0777", "0_777",
        "00", "007", "9223372036854775807", "18446744073709551616",
        "0xFFFFFFFFFFFFFFFFFFFF", "0_0",
    };
    for (size_t i = 0; i < sizeof ints / sizeof ints[0]; i++)
        check_num(ints[i], T_INT);
    const char *floats[] = {
        "1.5", "1.", ".5", "1e10", "1E10", "1e+10", "1e-10", "1_000.5",
        "1.5e3", ".5e-3", "0.", "0.5", "00.5", "089.5", "09e1", "0e0",
        "0x1p-2", "0X1P+2", "0x1.8p1", "0x.8p1", "0x1.p0", "0x_1p0",
        "0x1p1_0", "1_2.3_4e5_6", "6.67428e-11", "1e1_0",
    };
    for (size_t i = 0; i < sizeof floats / sizeof floats[0]; i++)
        check_num(floats[i], T_FLOAT);

    STREAM("1..2", "1. .2 NL EOF");
    STREAM("x.5", "x .5 NL EOF");
    STREAM("0x1e+5", "0x1e + 5 NL EOF");
    STREAM("1.e+2", "1.e+2 NL EOF");
    STREAM("1abc", "1 abc NL EOF");
    STREAM("0x1g", "0x1 g NL EOF");
    STREAM("a[1:2]", "a [ 1 : 2 ] NL EOF");
    STREAM("x... ", "x ... EOF");
    STREAM("f(1.)", "f ( 1. ) NL EOF");

    ERROR("1i", "1:1: imaginary literals are not supported by minigo");
    ERROR("x = 2.5i", "1:5: imaginary literals are not supported by minigo");
    ERROR("0x1p2i", "1:1: imaginary literals are not supported by minigo");
    ERROR("0777i", "1:1: imaginary literals are not supported by minigo");
    ERROR("08i", "1:1: imaginary literals are not supported by minigo");
    ERROR("08", "1:2: invalid digit '8' in octal literal");
    ERROR("x = 0779", "1:8: invalid digit '9' in octal literal");
    ERROR("0o8", "1:3: invalid digit '8' in octal literal");
    ERROR("0b102", "1:5: invalid digit '2' in binary literal");
    ERROR("0b12", "1:4: invalid digit '2' in binary literal");
    ERROR("0x", "1:3: hexadecimal literal has no digits");
    ERROR("0b", "1:3: binary literal has no digits");
    ERROR("0o_", "1:4: octal literal has no digits");
    ERROR("0x_", "1:4: hexadecimal literal has no digits");
    ERROR("0b1.0", "1:4: invalid radix point in binary literal");
    ERROR("0o1.0", "1:4: invalid radix point in octal literal");
    ERROR("0x1.0", "1:6: hexadecimal mantissa requires a 'p' exponent");
    ERROR("0x.8", "1:5: hexadecimal mantissa requires a 'p' exponent");
    ERROR("0x.p1", "1:4: hexadecimal literal has no digits");
    ERROR("1p5", "1:2: 'p' exponent requires hexadecimal mantissa");
    ERROR("0o1e5", "1:4: 'e' exponent requires decimal mantissa");
    ERROR("0b1E5", "1:4: 'E' exponent requires decimal mantissa");
    ERROR("1e", "1:3: exponent has no digits");
    ERROR("1e+", "1:4: exponent has no digits");
    ERROR("1.5e-x", "1:6: exponent has no digits");
    ERROR("0x1p", "1:5: exponent has no digits");
    ERROR("1_", "1:2: '_' must separate successive digits");
    ERROR("1__0", "1:3: '_' must separate successive digits");
    ERROR("1_.5", "1:2: '_' must separate successive digits");
    ERROR("1._5", "1:3: '_' must separate successive digits");
    ERROR("0x1__2", "1:5: '_' must separate successive digits");
    ERROR("0_x", "1:2: '_' must separate successive digits");
    ERROR("1e_1", "1:3: '_' must separate successive digits");
    ERROR("0x1p_1", "1:5: '_' must separate successive digits");
    ERROR("x := 1_000_", "1:11: '_' must separate successive digits");
}

/* ---- strings and runes ------------------------------------------------- */

static void check_string(const char *src, const char *want, int wlen) {
    Token t;
    TokKind k = first(src, strlen(src), &t);
    CHECK(k == T_STRING && t.slen == wlen && t.sval &&
          memcmp(t.sval, want, (size_t)wlen) == 0 && t.sval[wlen] == 0 &&
          t.len == (int32_t)strlen(src),
          "string %s: kind %s slen %d", src, tok_name(k), t.slen);
}

static void check_rune(const char *src, int32_t want) {
    Token t;
    TokKind k = first(src, strlen(src), &t);
    CHECK(k == T_RUNE && t.rune == want && t.len == (int32_t)strlen(src),
          "rune %s: kind %s value %d want %d", src, tok_name(k), t.rune, want);
}

static void test_strings(void) {
    check_string("\"\"", "", 0);
    check_string("\"hello\"", "hello", 5);
    check_string("\"\\a\\b\\f\\n\\r\\t\\v\\\\\\\"\"", "\a\b\f\n\r\t\v\\\"", 9);
    check_string("\"\\101\\000\\377\"", "A\0\377", 3);
    check_string("\"\\x41\\xff\\x00\"", "A\xff\0", 3);
    check_string("\"\\u00e9\"", "é", 2);
    check_string("\"\\u4e16\\u754c\"", "世界", 6);
    check_string("\"\\U0001F600\"", "\xF0\x9F\x98\x80", 4);
    check_string("\"\\U00101234\"", "\xF4\x81\x88\xB4", 4);
    check_string("\"\\U0010FFFF\"", "\xF4\x8F\xBF\xBF", 4);
    check_string("\"\\uD7FF\\uE000\"", "\xED\x9F\xBF\xEE\x80\x80", 6);
    check_string("\"日本語\"", "日本語", 9);
    check_string("\"a'b\"", "a'b", 3);
    check_string("\"tab\there\"", "tab\there", 8);
    check_string("\"\\xe4\\xb8\\x96\"", "世", 3);
    check_string("\"a\rb\"", "a\rb", 3); /* only raw strings drop \r */

    check_string("``", "", 0);
    check_string("`a\\nb`", "a\\nb", 4);
    check_string("`line1\nline2`", "line1\nline2", 11);
    check_string("`a\r\nb\r`", "a\nb", 3);
    check_string("`\"quoted\" 'x'`", "\"quoted\" 'x'", 12);
    check_string("`世界`", "世界", 6);

    check_rune("'a'", 'a');
    check_rune("'世'", 0x4e16);
    check_rune("'\\a'", 7);
    check_rune("'\\b'", 8);
    check_rune("'\\f'", 12);
    check_rune("'\\n'", 10);
    check_rune("'\\r'", 13);
    check_rune("'\\t'", 9);
    check_rune("'\\v'", 11);
    check_rune("'\\\\'", '\\');
    check_rune("'\\''", '\'');
    check_rune("'\"'", '"');
    check_rune("'\\000'", 0);
    check_rune("'\\377'", 255);
    check_rune("'\\x7f'", 127);
    check_rune("'\\xFF'", 255);
    check_rune("'\\u12e4'", 0x12e4);
    check_rune("'\\U00101234'", 0x101234);
    check_rune("'\\U0001F600'", 0x1F600);
    check_rune("'😀'", 0x1F600);

    /* errors, with Go's messages and positions */
    ERROR("x := \"abc", "1:6: string not terminated");
    ERROR("x := \"abc\ny\"", "1:10: newline in string");
    ERROR("\"\\q\"", "1:3: unknown escape");
    ERROR("\"\\'\"", "1:3: unknown escape");
    ERROR("'\\\"'", "1:3: unknown escape");
    ERROR("\"\\x4g\"", "1:5: invalid character 'g' in hexadecimal escape");
    ERROR("\"\\x4\"", "1:5: invalid character '\"' in hexadecimal escape");
    ERROR("'\\x4'", "1:5: invalid character '\\'' in hexadecimal escape");
    ERROR("\"\\u12\n\"", "1:6: invalid character '\\n' in hexadecimal escape");
    ERROR("\"\\400\"", "1:6: octal escape value 256 > 255");
    ERROR("\"\\08\"", "1:4: invalid character '8' in octal escape");
    ERROR("\"\\uD800\"", "1:8: escape is invalid Unicode code point U+D800");
    ERROR("\"\\uDFFF\"", "1:8: escape is invalid Unicode code point U+DFFF");
    ERROR("\"\\U00110000\"", "1:12: escape is invalid Unicode code point U+110000");
    ERROR("'\\uD800'", "1:8: escape is invalid Unicode code point U+D800");
    ERROR("\"\\", "1:1: string not terminated");
    ERROR("\"\\x4", "1:1: string not terminated");
    ERROR("x := `abc", "1:6: string not terminated");
    ERROR("`abc\ndef", "1:1: string not terminated");
    ERROR("''", "1:2: empty rune literal or unescaped '");
    ERROR("x = 'ab'", "1:5: more than one character in rune literal");
    ERROR("'\\n\\n'", "1:1: more than one character in rune literal");
    ERROR("'a", "1:1: rune literal not terminated");
    ERROR("'", "1:1: rune literal not terminated");
    ERROR("'\\", "1:1: rune literal not terminated");
    ERROR("'a\n'", "1:3: newline in rune literal");
    ERROR("'\n'", "1:2: newline in rune literal");
    ERROR("'\\z'", "1:3: unknown escape");
}

/* ---- errors ------------------------------------------------------------ */

static void test_errors(void) {
    ERROR("x := @", "1:6: invalid character U+0040 '@'");
    ERROR("#", "1:1: invalid character U+0023 '#'");
    ERROR("$x", "1:1: invalid character U+0024 '$'");
    ERROR("a ? b", "1:3: invalid character U+003F '?'");
    ERROR("\\", "1:1: invalid character U+005C '\\'");
    ERROR("\x01", "1:1: invalid character U+0001");
    ERROR("\x7f", "1:1: invalid character U+007F");
    ERROR("x\n  \x0c", "2:3: invalid character U+000C");
    ERROR("€", "1:1: invalid character U+20AC '€' in identifier");
    ERROR("a€", "1:2: invalid character U+20AC '€' in identifier");
    ERROR("x = \xc2\xa0", "1:5: invalid character U+00A0 in identifier");
    ERROR("١", "1:1: identifier cannot begin with digit U+0661 '١'");
    ERROR("x\ny /* abc", "2:3: comment not terminated");
    ERROR("/*\n\n", "1:1: comment not terminated");
    ERROR("/*/", "1:1: comment not terminated");
    ERROR("/* **", "1:1: comment not terminated");
    ERROR("x \xff", "1:3: invalid UTF-8 encoding");
    ERROR("\xc0\x80", "1:1: invalid UTF-8 encoding");             /* overlong */
    ERROR("\xed\xa0\x80", "1:1: invalid UTF-8 encoding");         /* surrogate */
    ERROR("\xf4\x90\x80\x80", "1:1: invalid UTF-8 encoding");     /* > 10FFFF */
    ERROR("\xe4\xb8", "1:1: invalid UTF-8 encoding");             /* truncated */
    ERROR("\"a\xff\"", "1:3: invalid UTF-8 encoding");
    ERROR("`a\n\xff`", "2:1: invalid UTF-8 encoding");
    ERROR("'\xff'", "1:2: invalid UTF-8 encoding");
    ERROR("// a \xfe b\n", "1:6: invalid UTF-8 encoding");
    ERROR("/* \n \xfe */", "2:2: invalid UTF-8 encoding");
    /* a bad byte is skipped, so here \" is an escaped quote */
    ERROR("\"\\\xff\"", "1:1: string not terminated");
    ERROR("\"\\\xff\"\"", "1:3: invalid UTF-8 encoding");
    ERROR("\"\\x\xff\"", "1:4: invalid UTF-8 encoding");
    ERROR("café\xff", "1:6: invalid UTF-8 encoding");
    /* Go prints its errors sorted by position: an unterminated literal or
     * comment is reported at its start even if a bad byte comes first */
    ERROR("/* \xff", "1:1: comment not terminated");
    ERROR("/* \xff */", "1:4: invalid UTF-8 encoding");
    ERROR("`\xff", "1:1: string not terminated");
    ERROR("\"a\xff", "1:1: string not terminated");
    ERROR("\"a\xff\n", "1:3: invalid UTF-8 encoding");
    ERROR("'\xff", "1:1: rune literal not terminated");
    ERROR("'\xff" "a'", "1:2: invalid UTF-8 encoding");
    ERROR("'\\q", "1:3: unknown escape");
    ERROR("'\\qq'", "1:3: unknown escape");
    ERROR("'\\q\n'", "1:3: unknown escape");
    ERROR("\"\\q", "1:1: string not terminated");
    ERROR("\"\\q\n", "1:3: unknown escape");
    /* a bad byte right after a number comes before the number's error */
    ERROR("0x\xff", "1:3: invalid UTF-8 encoding");
    ERROR("08\xff", "1:2: invalid digit '8' in octal literal");
    ERROR("1e\xff", "1:3: invalid UTF-8 encoding");
    ERROR("\"\\uD800\xff\"", "1:8: invalid UTF-8 encoding");
    ERROR("\"\\uD80\xff" "0\"", "1:7: invalid UTF-8 encoding");
    ERROR("\"\\uD80\xff" "0", "1:1: string not terminated");
    ERROR("x \xef\xbb\xbf", "1:3: invalid BOM in the middle of the file");
    ERROR("\"\xef\xbb\xbf\"", "1:2: invalid BOM in the middle of the file");
    ERROR("\xef\xbb\xbfx", "no error");
    ERROR("\xef\xbb\xbf\xef\xbb\xbf", "1:4: invalid BOM in the middle of the file");
    ERROR("\xef\xbb\xbf", "no error");
    ERROR("x\xef\xbf\xbd", "1:2: invalid character U+FFFD '\xef\xbf\xbd' in identifier");

    /* NUL bytes before the end */
    {
        static const char nul1[] = "x\0y";
        static const char nul2[] = "\"a\0b\"";
        static const char nul3[] = "// a\0b\n";
        static const char nul4[] = "/* \0 */";
        static const char nul5[] = "`\0`";
        static const char nul6[] = "'\0'";
        static const char nul7[] = "\"\\\0\"";
        static const char nul8[] = "\"\\x\0\"";
        const char *e;
        e = error_of(nul1, 3);
        CHECK(strcmp(e, "1:2: invalid NUL character") == 0, "NUL: %s", e);
        e = error_of(nul2, 5);
        CHECK(strcmp(e, "1:3: invalid NUL character") == 0, "NUL in string: %s", e);
        e = error_of(nul3, 7);
        CHECK(strcmp(e, "1:5: invalid NUL character") == 0, "NUL in comment: %s", e);
        e = error_of(nul4, 7);
        CHECK(strcmp(e, "1:4: invalid NUL character") == 0, "NUL in /*: %s", e);
        e = error_of(nul5, 3);
        CHECK(strcmp(e, "1:2: invalid NUL character") == 0, "NUL in raw: %s", e);
        e = error_of(nul6, 3);
        CHECK(strcmp(e, "1:2: invalid NUL character") == 0, "NUL in rune: %s", e);
        e = error_of(nul7, 4);
        CHECK(strcmp(e, "1:1: string not terminated") == 0, "NUL in escape: %s", e);
        e = error_of(nul8, 5);
        CHECK(strcmp(e, "1:4: invalid NUL character") == 0, "NUL in \\x: %s", e);
        e = error_of("x", 0);
        CHECK(strcmp(e, "no error") == 0, "empty source: %s", e);
    }

    /* after an error: T_EOF, at once */
    const char *src = "a @ b c";
    char *buf = dup_src(src, strlen(src));
    Lexer lx;
    Token t;
    lex_init(&lx, buf, strlen(src));
    lex_next(&lx, &t);
    CHECK(lex_next(&lx, &t) == T_ILLEGAL && t.pos.col == 3 && t.text == buf + 2,
          "ILLEGAL token at the bad character");
    CHECK(lex_next(&lx, &t) == T_EOF, "EOF after ILLEGAL");
    CHECK(lex_next(&lx, &t) == T_EOF, "EOF stays");
    CHECK(lx.err && strcmp(lx.err, "invalid character U+0040 '@'") == 0 &&
          lx.err_pos.line == 1 && lx.err_pos.col == 3 && lx.err_pos.offset == 2,
          "the error stays after it");
    free(buf);
}

/* ---- positions --------------------------------------------------------- */

static void test_positions(void) {
    const char *src =
        "package main\n"                 /* 1 */
        "\n"                             /* 2 */
        "func main() {\n"                /* 3 */
        "\tx := `a\n"                    /* 4 */
        "bc` + /* c\n"                   /* 5 */
        "d */ \"s\"\n"                   /* 6 */
        "  y++ // end\n"                 /* 7 */
        "}";                             /* 8 */
    struct { TokKind k; int line, col, off; } want[] = {
        {T_PACKAGE, 1, 1, 0}, {T_IDENT, 1, 9, 8}, {T_SEMI, 1, 13, 12},
        {T_FUNC, 3, 1, 14}, {T_IDENT, 3, 6, 19}, {T_LPAREN, 3, 10, 23},
        {T_RPAREN, 3, 11, 24}, {T_LBRACE, 3, 13, 26},
        {T_IDENT, 4, 2, 29}, {T_DEFINE, 4, 4, 31}, {T_STRING, 4, 7, 34},
        {T_ADD, 5, 5, 41}, {T_STRING, 6, 6, 53}, {T_SEMI, 6, 9, 56},
        {T_IDENT, 7, 3, 59}, {T_INC, 7, 4, 60}, {T_SEMI, 7, 13, 69},
        {T_RBRACE, 8, 1, 70}, {T_SEMI, 8, 2, 71}, {T_EOF, 8, 2, 71},
    };
    char *buf = dup_src(src, strlen(src));
    Lexer lx;
    Token t;
    lex_init(&lx, buf, strlen(src));
    for (size_t i = 0; i < sizeof want / sizeof want[0]; i++) {
        lex_next(&lx, &t);
        CHECK(t.kind == want[i].k && t.pos.line == want[i].line &&
              t.pos.col == want[i].col && t.pos.offset == want[i].off,
              "token %zu: got %s %d:%d @%d, want %s %d:%d @%d", i,
              tok_name(t.kind), t.pos.line, t.pos.col, t.pos.offset,
              tok_name(want[i].k), want[i].line, want[i].col, want[i].off);
        if (t.kind == T_STRING && i == 10)
            CHECK(t.len == 6 && t.slen == 4 && memcmp(t.sval, "a\nbc", 4) == 0,
                  "raw string text and value (len %d slen %d)", t.len, t.slen);
    }
    free(buf);

    /* a BOM at the start is skipped but counts in the columns, as in Go */
    const char *bom = "\xef\xbb\xbfpackage p";
    Token u;
    first(bom, strlen(bom), &u);
    CHECK(u.kind == T_PACKAGE && u.pos.col == 4 && u.pos.offset == 3,
          "token after BOM at 1:4 (got %d:%d)", u.pos.line, u.pos.col);

    /* text points into the source */
    first("  hello", 7, &u);
    CHECK(u.len == 5 && memcmp(u.text, "hello", 5) == 0, "identifier text");
    first("  \"a\\tb\" ", 9, &u);
    CHECK(u.len == 6 && memcmp(u.text, "\"a\\tb\"", 6) == 0 &&
          u.slen == 3 && memcmp(u.sval, "a\tb", 3) == 0, "string text and value");
    first("0x1F", 4, &u);
    CHECK(u.kind == T_INT && u.len == 4 && memcmp(u.text, "0x1F", 4) == 0,
          "integer text");
}

/* ---- garbage ----------------------------------------------------------- */

static uint64_t rng_state = 0x9E3779B97F4A7C15ull;
static uint64_t rng(void) {
    rng_state ^= rng_state << 13;
    rng_state ^= rng_state >> 7;
    rng_state ^= rng_state << 17;
    return rng_state;
}

/* Lexes buf[0..n) to the end; returns false on a broken invariant. */
static bool lex_survives(const char *buf, size_t n) {
    Lexer lx;
    Token t;
    lex_init(&lx, buf, n);
    /* every token but an end-of-input semicolon consumes a byte */
    for (size_t i = 0; i < n + 3; i++) {
        TokKind k = lex_next(&lx, &t);
        if ((unsigned)k >= T_COUNT || t.pos.offset < 0 || (size_t)t.pos.offset > n ||
            t.pos.line < 1 || t.pos.col < 1)
            return false;
        if (k == T_ILLEGAL)
            return lx.err != NULL && lx.err[0] != 0 &&
                   lex_next(&lx, &t) == T_EOF;
        if (k == T_EOF)
            return true;
        if (k != T_SEMI && (t.text < buf || t.text + t.len > buf + n))
            return false;
        if (k == T_STRING && (t.sval == NULL || t.slen < 0 || t.slen > t.len))
            return false;
    }
    return false; /* did not end */
}

static void test_garbage(void) {
    static const char *pieces[] = {
        "x", " ", "\n", "'", "\"", "`", "\\", "/", "*", "0", "9", "x", "e",
        "p", "_", ".", "i", "u", "U", "+", "-", "\r", "\t", "/*", "*/", "//",
        "0x", "\\u", "\\x", "世", "\xff", "\xe4\xb8", "\0", "\xef\xbb\xbf",
        "break", "}", ")", "a", "b",
    };
    const size_t npieces = sizeof pieces / sizeof pieces[0];
    int bad = 0, illegal = 0;
    for (int iter = 0; iter < 6000; iter++) {
        size_t n = rng() % 64;
        char *buf = malloc(n + 1);
        if (iter % 2 == 0) {
            /* raw random bytes */
            for (size_t i = 0; i < n; i++)
                buf[i] = (char)(rng() & 0xFF);
        } else {
            /* Go-flavoured pieces, to reach deep into literals */
            size_t i = 0;
            while (i < n) {
                const char *p = pieces[rng() % npieces];
                size_t m = *p ? strlen(p) : 1;
                if (i + m > n)
                    m = n - i;
                memcpy(buf + i, p, m);
                i += m;
            }
        }
        buf[n] = 0;
        if (!lex_survives(buf, n))
            bad++;
        Lexer lx;
        Token t;
        lex_init(&lx, buf, n);
        while (lex_next(&lx, &t) != T_EOF)
            if (t.kind == T_ILLEGAL) {
                illegal++;
                break;
            }
        free(buf);
    }
    CHECK(bad == 0, "random input: %d runs broke an invariant", bad);
    CHECK(illegal > 1000, "random input mostly gives errors (%d)", illegal);
}

int main(void) {
    GC_INIT();
    test_operators();
    test_keywords();
    test_identifiers();
    test_semicolons();
    test_numbers();
    test_strings();
    test_errors();
    test_positions();
    test_garbage();
    return check_done();
}
