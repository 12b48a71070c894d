/* test_parser.c — unit tests of the parser (parser/go.y, parser/parse.c).
 *
 * Checks that a file with one of every construct parses (tests/parse/
 * all_syntax.go, embedded below), the shape and positions of selected trees
 * (precedence, composite literal vs block, implicit const repetition, iota,
 * parameter grouping, type switches, REPL input), Go's exact wording and
 * position for syntax errors (each case was run through `go build` of Go
 * 1.26), and that every program under ../shared/acceptance parses (the
 * directory is argv[1], or $MINIGO_ACCEPTANCE_DIR, or /work/shared/acceptance).
 */
#include <dirent.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <gc.h>
#include "ast.h"
#include "check.h"

static Node *parse(const char *src, DiagList *dl) {
    memset(dl, 0, sizeof *dl);
    dl->filename = "x.go";
    return parse_file(src, strlen(src), dl);
}

/* The first diagnostic as "line:col: msg", or "" if none. */
static const char *first_error(const char *src) {
    DiagList dl;
    Node *f = parse(src, &dl);
    static char buf[512];
    if (dl.len == 0) return f ? "" : "(no tree and no error)";
    snprintf(buf, sizeof buf, "%d:%d: %s", dl.items[0].pos.line, dl.items[0].pos.col, dl.items[0].msg);
    return buf;
}

/* Parses `package main; func f() { <body> }` and returns the first statement. */
static Node *stmt_of(const char *body) {
    static char buf[4096];
    snprintf(buf, sizeof buf, "package main\nfunc f() {\n%s\n}\n", body);
    DiagList dl;
    Node *f = parse(buf, &dl);
    if (!f) { printf("# parse failed: %s\n", first_error(buf)); return NULL; }
    Node *fn = f->u.file.decls.items[f->u.file.decls.len - 1];
    return fn->u.func.body->u.block.stmts.len ? fn->u.func.body->u.block.stmts.items[0] : NULL;
}

/* The right-hand side of the first statement `_ = <expr>`. */
static Node *expr_of(const char *expr) {
    char buf[2048];
    snprintf(buf, sizeof buf, "_ = %s", expr);
    Node *s = stmt_of(buf);
    return s && s->kind == N_ASSIGN ? s->u.assign.rhs.items[0] : NULL;
}

static bool at(Node *n, int line, int col) { return n && n->pos.line == line && n->pos.col == col; }
static bool is_ident(Node *n, const char *name) {
    return n && n->kind == N_IDENT && strcmp(n->u.ident.name, name) == 0;
}

static const char *const all_syntax_lines[] = {
    "//go:build go1.21\n",
    "\n",
    "// all_syntax.go — one of every construct the parser knows (syntax only; it\n",
    "// need not type-check). Used by tests/unit/test_parser.c.\n",
    "package main\n",
    "\n",
    "import \"fmt\"\n",
    "import (\n",
    "\t\"os\"\n",
    "\tstr \"strings\"\n",
    "\t_ \"sort\"\n",
    "\t. \"math\"\n",
    ")\n",
    "\n",
    "const Pi = 3.14159\n",
    "const (\n",
    "\tA = iota\n",
    "\tB\n",
    "\tC\n",
    "\t_\n",
    "\tD, E = iota, iota * 10\n",
    "\tF, G\n",
    ")\n",
    "const (\n",
    "\tKB int64 = 1 << (10 * (iota + 1))\n",
    "\tMB\n",
    "\tGB\n",
    ")\n",
    "\n",
    "var x int\n",
    "var y, z = 1, \"two\"\n",
    "var (\n",
    "\tp   *int\n",
    "\tq   []string = nil\n",
    "\tm   map[string][]int\n",
    "\tch  chan int\n",
    "\trch <-chan int\n",
    "\tsch chan<- int\n",
    "\tcc  chan (<-chan int)\n",
    "\tfn  func(int, string) (bool, error)\n",
    "\tarr [3]int\n",
    "\tarr2 = [...]string{\"a\", \"b\"}\n",
    "\tany1 interface{}\n",
    ")\n",
    "\n",
    "type (\n",
    "\tPoint struct {\n",
    "\t\tX, Y int\n",
    "\t\tName string\n",
    "\t}\n",
    "\tNode struct {\n",
    "\t\tPoint\n",
    "\t\t*Inner\n",
    "\t\tfmt.Stringer\n",
    "\t\tnext *Node\n",
    "\t\tf    func() int\n",
    "\t}\n",
    "\tInner struct{ v int }\n",
    "\tShape interface {\n",
    "\t\tArea() float64\n",
    "\t\tPerimeter() (p float64)\n",
    "\t\tfmt.Stringer\n",
    "\t\tNamed\n",
    "\t}\n",
    "\tNamed interface{ Name() string }\n",
    "\tAlias  = Point\n",
    "\tIntFn  func(a, b int) int\n",
    "\tChans  [2]chan<- chan int\n",
    "\tMatrix [][]float64\n",
    "\tEmpty  struct{}\n",
    ")\n",
    "\n",
    "type Celsius float64\n",
    "\n",
    "func (c Celsius) String() string { return fmt.Sprintf(\"%g°C\", float64(c)) }\n",
    "\n",
    "func (p *Point) Move(dx, dy int) { p.X += dx; p.Y += dy }\n",
    "\n",
    "func (Point) Zero() Point { return Point{} }\n",
    "\n",
    "func variadic(prefix string, nums ...int) (total int, err error) {\n",
    "\tfor _, n := range nums {\n",
    "\t\ttotal += n\n",
    "\t}\n",
    "\treturn\n",
    "}\n",
    "\n",
    "func unnamed(int, string, ...bool) {}\n",
    "\n",
    "func results() (int, string) { return 1, \"a\" }\n",
    "\n",
    "func funcs(f func(int) int, g func(a, b int) (c int)) func() {\n",
    "\treturn func() {}\n",
    "}\n",
    "\n",
    "func declOnly(x int) int\n",
    "\n",
    "func statements(a, b int) {\n",
    "\tvar local = 3\n",
    "\tconst lc = 4\n",
    "\ttype lt struct{ a int }\n",
    "\tx := a + b*local - lc/2%3<<1>>1&7|8^9&^10\n",
    "\tx++\n",
    "\tx--\n",
    "\tx += 1\n",
    "\tx -= 1\n",
    "\tx *= 2\n",
    "\tx /= 2\n",
    "\tx %= 7\n",
    "\tx &= 3\n",
    "\tx |= 4\n",
    "\tx ^= 5\n",
    "\tx <<= 1\n",
    "\tx >>= 1\n",
    "\tx &^= 2\n",
    "\ty, z := 1, 2\n",
    "\ty, z = z, y\n",
    "\t_ = !true || false && x == 1 && y != 2 || z < 3 && x <= 4 && y > 5 && z >= 6\n",
    "\t_ = -x + +y - ^z\n",
    "\tptr := &x\n",
    "\t*ptr = 9\n",
    "\t{\n",
    "\t\tinner := 1\n",
    "\t\t_ = inner\n",
    "\t}\n",
    "\tif x > 0 {\n",
    "\t} else if y := 2; y > x {\n",
    "\t} else {\n",
    "\t}\n",
    "\tif f := (func() {}); true {\n",
    "\t\tf()\n",
    "\t}\n",
    "\tif v := (Point{1, 2}); v.X == 1 {\n",
    "\t}\n",
    "\tif x == (Point{}).X {\n",
    "\t}\n",
    "\tfor {\n",
    "\t\tbreak\n",
    "\t}\n",
    "\tfor x < 10 {\n",
    "\t\tx++\n",
    "\t\tcontinue\n",
    "\t}\n",
    "\tfor i := 0; i < 10; i++ {\n",
    "\t}\n",
    "\tfor ; ; x++ {\n",
    "\t\tbreak\n",
    "\t}\n",
    "\tfor i := range 10 {\n",
    "\t\t_ = i\n",
    "\t}\n",
    "\tfor range 3 {\n",
    "\t}\n",
    "\tfor k, v := range map[string]int{\"a\": 1} {\n",
    "\t\t_, _ = k, v\n",
    "\t}\n",
    "\tfor _, v := range []int{1, 2} {\n",
    "\t\t_ = v\n",
    "\t}\n",
    "\tfor _, p := range []Point{{1, 2}, {X: 3}} {\n",
    "\t\t_ = p\n",
    "\t}\n",
    "\tvar k2, v2 int\n",
    "\tfor k2, v2 = range [2]int{} {\n",
    "\t}\n",
    "\t_, _ = k2, v2\n",
    "\tfor i := range struct{ a []int }{[]int{1}}.a {\n",
    "\t\t_ = i\n",
    "\t}\n",
    "\tswitch {\n",
    "\tcase x > 1:\n",
    "\t\tfallthrough\n",
    "\tcase x > 2, x > 3:\n",
    "\tdefault:\n",
    "\t}\n",
    "\tswitch x := 5; x {\n",
    "\tcase 1, 2, 3:\n",
    "\t}\n",
    "\tswitch v := any1.(type) {\n",
    "\tcase nil:\n",
    "\tcase int, []string, map[string]int, func(), *Point, chan int, struct{}:\n",
    "\t\t_ = v\n",
    "\tcase fmt.Stringer:\n",
    "\tdefault:\n",
    "\t}\n",
    "\tswitch any1.(type) {\n",
    "\t}\n",
    "\tc := make(chan int, 1)\n",
    "\tselect {\n",
    "\tcase v := <-c:\n",
    "\t\t_ = v\n",
    "\tcase v, ok := <-c:\n",
    "\t\t_, _ = v, ok\n",
    "\tcase x = <-c:\n",
    "\tcase <-c:\n",
    "\tcase c <- 1:\n",
    "\tdefault:\n",
    "\t}\n",
    "\tselect {}\n",
    "\tgo func(n int) {}(1)\n",
    "\tdefer fmt.Println(\"done\")\n",
    "\tdefer func() {\n",
    "\t\tif r := recover(); r != nil {\n",
    "\t\t}\n",
    "\t}()\n",
    "outer:\n",
    "\tfor {\n",
    "\t\tfor {\n",
    "\t\t\tbreak outer\n",
    "\t\t}\n",
    "\t\tcontinue outer\n",
    "\t}\n",
    "\tgoto end\n",
    "end:\n",
    "\tc <- 3\n",
    "\t<-c\n",
    "\treturn\n",
    "}\n",
    "\n",
    "func expressions() {\n",
    "\ts := []int{1, 2, 3, 4, 5}\n",
    "\t_ = s[1]\n",
    "\t_ = s[1:3]\n",
    "\t_ = s[:3]\n",
    "\t_ = s[1:]\n",
    "\t_ = s[:]\n",
    "\t_ = s[1:2:3]\n",
    "\t_ = s[:2:3]\n",
    "\t_ = \"str\"[1]\n",
    "\t_ = []byte(\"abc\")\n",
    "\t_ = string(rune(65))\n",
    "\t_ = (*Point)(nil)\n",
    "\t_ = (*Point).Move\n",
    "\t_ = Point.Zero\n",
    "\t_ = <-chan int(nil)\n",
    "\t_ = (<-chan int)(nil)\n",
    "\t_ = chan<- int(nil)\n",
    "\t_ = func(int) bool(nil)\n",
    "\t_ = map[string]int(nil)\n",
    "\t_ = interface{}(1)\n",
    "\t_ = struct{ a int }{1}\n",
    "\t_ = [...]int{1, 2, 3}\n",
    "\t_ = [2][2]int{{1, 2}, {3, 4}}\n",
    "\t_ = map[Point]string{{1, 2}: \"a\", {X: 3}: \"b\"}\n",
    "\t_ = map[string]*Point{\"a\": {1, 2}}\n",
    "\t_ = []*Point{{1, 2}, &Point{3, 4}}\n",
    "\t_ = &Point{X: 1, Y: 2}\n",
    "\t_ = Point{\n",
    "\t\tX: 1,\n",
    "\t\tY: 2,\n",
    "\t}\n",
    "\t_ = fmt.Sprintf(\"%d %s\", 1, \"x\")\n",
    "\t_ = append(s, s...)\n",
    "\t_ = make([]int, 3, 10)\n",
    "\t_ = make(map[string]int)\n",
    "\t_ = new(int)\n",
    "\t_ = len(s) + cap(s)\n",
    "\tvar i interface{} = 1\n",
    "\tn, ok := i.(int)\n",
    "\t_, _ = n, ok\n",
    "\t_ = i.(fmt.Stringer).String()\n",
    "\tf := func(a int) (b int) { return a * 2 }\n",
    "\t_ = f(3)\n",
    "\t_ = func() int { return 1 }()\n",
    "\t_ = 'x' + '\\n'\n",
    "\t_ = 0x1F + 0o17 + 0b101 + 1_000 + 1e3 + .5 + 0x1p-2\n",
    "\t_ = `raw\n",
    "string`\n",
    "\t_ = x.(type)\n",
    "\t_ = ((((1))))\n",
    "\t_ = -(-(-1))\n",
    "\t_ = str.ToUpper(\"a\") + os.Args[0]\n",
    "\t_ = Sqrt(2)\n",
    "}\n",
    "\n",
    "func main() {\n",
    "\tstatements(1, 2)\n",
    "\texpressions()\n",
    "}\n",
};

/* all_syntax.go as one string */
static char *all_syntax_src(void) {
    size_t n = 0, k = sizeof all_syntax_lines / sizeof all_syntax_lines[0];
    for (size_t i = 0; i < k; i++) n += strlen(all_syntax_lines[i]);
    char *s = GC_MALLOC_ATOMIC(n + 1);
    s[0] = 0;
    for (size_t i = 0; i < k; i++) strcat(s, all_syntax_lines[i]);
    return s;
}

/* Syntax errors: source, and Go's first error as line:col: message. */
static const struct ErrCase { const char *name, *src, *want; } err_cases[] = {
    { "abc",
      "package main\nfunc main() {\n\ta b c\n}\n",
      "3:4: syntax error: unexpected name b at end of statement" },
    { "amp_type",
      "package main\nfunc main() {\n\tx := &\n}\n",
      "4:1: syntax error: unexpected }, expected expression" },
    { "arrow_bad",
      "package main\nfunc main() {\n\tx <- \n}\n",
      "4:1: syntax error: unexpected }, expected expression" },
    { "assign_bad_op",
      "package main\nfunc main() {\n\tx := 1\n\tx =+ \n}\n",
      "5:1: syntax error: unexpected }, expected expression" },
    { "binop_eol",
      "package main\nfunc main() {\n\tx := 1 +\n}\n",
      "4:1: syntax error: unexpected }, expected expression" },
    { "brace_in_args",
      "package main\nfunc main() {\n\tprintln(1 {)\n}\n",
      "3:12: syntax error: unexpected { in argument list; possibly missing comma or )" },
    { "brace_newline",
      "package main\nfunc main()\n{\n}\n",
      "3:1: syntax error: unexpected semicolon or newline before {" },
    { "call_missing_arg",
      "package main\nfunc main() {\n\tprintln(1,,2)\n}\n",
      "3:12: syntax error: unexpected comma, expected expression" },
    { "case_outside",
      "package main\nfunc main() {\n\tcase 1:\n}\n",
      "3:2: syntax error: unexpected keyword case, expected }" },
    { "chan_dir",
      "package main\nfunc main() {\n\tvar c <-int\n\t_ = c\n}\n",
      "3:10: syntax error: unexpected name int, expected keyword chan" },
    { "complit_if",
      "package main\ntype T struct{}\nfunc main() {\n\tvar x T\n\tif x == T{} {\n\t}\n}\n",
      "5:14: syntax error: unexpected { at end of statement" },
    { "complit_nl",
      "package main\nfunc main() {\n\t_ = []int{\n\t\t1,\n\t\t2\n\t}\n}\n",
      "5:4: syntax error: unexpected newline in composite literal; possibly missing comma or }" },
    { "composite_missing_close",
      "package main\nfunc main() {\n\tx := []int{1, 2\n\t_ = x\n}\n",
      "3:17: syntax error: unexpected newline in composite literal; possibly missing comma or }" },
    { "deep_type",
      "package main\nvar x []\nfunc main() {}\n",
      "2:9: syntax error: unexpected newline, expected type" },
    { "defer_paren",
      "package main\nfunc main() {\n\tdefer (println())\n}\n",
      "3:8: expression in defer must not be parenthesized" },
    { "define_eol",
      "package main\nfunc main() {\n\tx := \n}\n",
      "4:1: syntax error: unexpected }, expected expression" },
    { "dot_missing",
      "package main\nfunc main() {\n\tx.\n}\n",
      "4:1: syntax error: unexpected }, expected name or (" },
    { "double_else",
      "package main\nfunc main() {\n\tif true {} else {} else {}\n}\n",
      "3:21: syntax error: unexpected keyword else at end of statement" },
    { "else_bad",
      "package main\nfunc main() {\n\tif true {\n\t} else for {\n\t}\n}\n",
      "4:9: syntax error: else must be followed by if or statement block" },
    { "else_newline",
      "package main\nfunc main() {\n\tif true {\n\t}\n\telse {\n\t}\n}\n",
      "5:2: syntax error: unexpected keyword else, expected }" },
    { "eof_in_call",
      "package main\nfunc main() {\n\tprintln(",
      "3:10: syntax error: unexpected EOF, expected )" },
    { "eof_in_expr",
      "package main\nfunc main() {\n\tx := 1 +",
      "3:10: syntax error: unexpected EOF, expected expression" },
    { "fallthrough_label",
      "package main\nfunc main() {\n\tbreak 1\n}\n",
      "3:8: syntax error: unexpected literal 1 at end of statement" },
    { "for_3clause_bad",
      "package main\nfunc main() {\n\tfor i := 0; i < 3 {\n\t}\n}\n",
      "3:20: syntax error: unexpected {, expected semicolon or newline" },
    { "for_post_define",
      "package main\nfunc main() {\n\tfor i := 0; i < 3; j := 1 {\n\t}\n}\n",
      "3:23: syntax error: cannot declare in post statement of for loop" },
    { "func_in_func",
      "package main\nfunc main() {\n\tfunc g() {}\n}\n",
      "3:7: syntax error: unexpected name g, expected (" },
    { "func_lit_eof",
      "package main\nfunc main() {\n\tf := func() {\n\t\tprintln(1)\n\t}\n",
      "6:1: syntax error: unexpected EOF, expected }" },
    { "func_noname",
      "package main\nfunc () {}\n",
      "2:9: method has no receiver" },
    { "go_nocall",
      "package main\nfunc main() {\n\tgo 1\n}\n",
      "3:5: expression in go must be function call" },
    { "go_paren",
      "package main\nfunc main() {\n\tgo (func(){})()\n\tgo (println(1))\n}\n",
      "4:5: expression in go must not be parenthesized" },
    { "if_assign",
      "package main\nfunc main() {\n\tx := 1\n\tif x = 2 {\n\t}\n}\n",
      "4:7: syntax error: cannot use assignment x = 2 as value" },
    { "if_define",
      "package main\nfunc main() {\n\tif x := 2 {\n\t}\n}\n",
      "3:7: syntax error: cannot use x := 2 as value" },
    { "if_newline",
      "package main\nfunc main() {\n\tx := true\n\tif x\n\t{\n\t}\n}\n",
      "4:6: syntax error: unexpected newline, expected { after if clause" },
    { "if_nocond",
      "package main\nfunc main() {\n\tif {\n\t}\n}\n",
      "3:5: syntax error: missing condition in if statement" },
    { "if_semi_nocond",
      "package main\nfunc main() {\n\tif x := 1; {\n\t}\n}\n",
      "3:11: syntax error: missing condition in if statement" },
    { "import_after",
      "package main\nfunc main() {}\nimport \"fmt\"\n",
      "3:1: syntax error: imports must appear before other declarations" },
    { "import_noquote",
      "package main\nimport fmt\nfunc main() {}\n",
      "2:11: missing import path" },
    { "import_paren_bad",
      "package main\nimport (\n\t\"fmt\"\n\tfmt2\n)\nfunc main() {}\n",
      "4:6: missing import path" },
    { "incdec_expr",
      "package main\nfunc main() {\n\tx := 1\n\ty := x++\n}\n",
      "4:8: syntax error: unexpected ++ at end of statement" },
    { "index_empty",
      "package main\nfunc main() {\n\tvar a []int\n\t_ = a[]\n}\n",
      "4:8: syntax error: unexpected ], expected operand" },
    { "index_missing",
      "package main\nfunc main() {\n\tvar a []int\n\t_ = a[1\n}\n",
      "4:9: syntax error: unexpected newline, expected comma, : or ]" },
    { "interface_bad",
      "package main\ntype I interface { 1 }\nfunc main() {}\n",
      "2:20: syntax error: unexpected literal 1, expected ~ term or type" },
    { "keyword_as_name",
      "package main\nfunc main() {\n\tvar type int\n}\n",
      "3:6: syntax error: unexpected keyword type, expected name" },
    { "keyword_stmt",
      "package main\nfunc main() {\n\tx := func\n}\n",
      "4:1: syntax error: unexpected }, expected (" },
    { "lit_after_name",
      "package main\nfunc main() {\n\tprintln \"hi\"\n}\n",
      "3:10: syntax error: unexpected literal \"hi\" at end of statement" },
    { "map_bad",
      "package main\nvar m map[string]\nfunc main() {}\n",
      "2:18: syntax error: unexpected newline, expected type" },
    { "method_2recv",
      "package main\ntype T int\nfunc (a, b T) m() {}\nfunc main() {}\n",
      "3:15: method has multiple receivers" },
    { "method_norecv",
      "package main\nfunc () m() {}\nfunc main() {}\n",
      "2:9: method has no receiver" },
    { "missing_comma_args_nl",
      "package main\nfunc f(a int\n) {}\nfunc main() {}\n",
      "2:13: syntax error: unexpected newline in parameter list; possibly missing comma or )" },
    { "missing_lbrace_func",
      "package main\nfunc main() \n\tx := 1\n}\n",
      "3:2: syntax error: non-declaration statement outside function body" },
    { "missing_op",
      "package main\nfunc main() {\n\tx := 1 2\n}\n",
      "3:9: syntax error: unexpected literal 2 at end of statement" },
    { "missing_rbrace_eof",
      "package main\nfunc main() {\n\tx := 1\n\t_ = x\n",
      "5:1: syntax error: unexpected EOF, expected }" },
    { "missing_rbrace_eof2",
      "package main\nfunc main() {",
      "2:14: syntax error: unexpected EOF, expected }" },
    { "missing_rparen_call",
      "package main\nfunc main() {\n\tprintln(1, 2\n}\n",
      "3:14: syntax error: unexpected newline in argument list; possibly missing comma or )" },
    { "multiple_def_eq",
      "package main\nfunc main() {\n\tvar x = := 1\n}\n",
      "3:10: syntax error: unexpected :=, expected expression" },
    { "newline_call_args",
      "package main\nfunc main() {\n\tprintln(1,\n\t\t2\n\t)\n}\n",
      "4:4: syntax error: unexpected newline in argument list; possibly missing comma or )" },
    { "no_package",
      "func main() {}\n",
      "1:1: expected 'package', found 'func'" },
    { "package_noname",
      "package\nfunc main() {}\n",
      "2:1: expected 'IDENT', found 'func'" },
    { "param_mixed",
      "package main\nfunc f(a int, string) {}\nfunc main() {}\n",
      "2:21: syntax error: missing parameter type" },
    { "paren_missing",
      "package main\nfunc main() {\n\tx := (1 + 2\n\t_ = x\n}\n",
      "3:13: syntax error: unexpected newline, expected )" },
    { "range_bad",
      "package main\nfunc main() {\n\tfor x range y {\n\t}\n}\n",
      "3:8: syntax error: unexpected keyword range, expected {" },
    { "return_extra",
      "package main\nfunc main() {\n\treturn 1 2\n}\n",
      "3:11: syntax error: unexpected literal 2 at end of statement" },
    { "rparen_top",
      "package main\n)\n",
      "2:1: syntax error: non-declaration statement outside function body" },
    /* not a receive: parses; the checker rejects it (types2 does,
     * tests/go/errors/select_case_not_receive.go) */
    { "select_bad",
      "package main\nfunc main() {\n\tselect {\n\tcase 1:\n\t}\n}\n", "" },
    { "semi_in_expr",
      "package main\nfunc main() {\n\tx := (1;)\n}\n",
      "3:9: syntax error: unexpected semicolon, expected )" },
    { "semicolon_top",
      "package main\n;\nfunc main() {}\n",
      "2:1: syntax error: non-declaration statement outside function body" },
    { "stmt_top",
      "package main\nx := 1\nfunc main() {}\n",
      "2:1: syntax error: non-declaration statement outside function body" },
    { "stray_rbrace_top",
      "package main\nfunc main() {\n}\n}\n",
      "4:1: syntax error: non-declaration statement outside function body" },
    { "stray_rparen",
      "package main\nfunc main() {\n\tx := 1)\n}\n",
      "3:8: syntax error: unexpected ) at end of statement" },
    { "string_lit_stmt",
      "package main\nfunc main() {\n\tx := 1 \"a\"\n}\n",
      "3:9: syntax error: unexpected literal \"a\" at end of statement" },
    { "struct_bad",
      "package main\ntype S struct { 1 }\nfunc main() {}\n",
      "2:17: syntax error: unexpected literal 1, expected field name or embedded type" },
    { "switch_bad",
      "package main\nfunc main() {\n\tswitch x {\n\t\tfoo\n\t}\n}\n",
      "4:3: syntax error: unexpected name foo, expected case or default or }" },
    { "switch_case_eq",
      "package main\nfunc main() {\n\tswitch {\n\tcase x = 1:\n\t}\n}\n",
      "4:9: syntax error: unexpected =, expected :" },
    { "type_missing",
      "package main\ntype T\nfunc main() {}\n",
      "2:7: syntax error: unexpected newline in type declaration" },
    { "unbalanced_close",
      "package main\nfunc main() {\n\tx := []int{1, 2]\n}\n",
      "3:17: syntax error: unexpected ] in composite literal; possibly missing comma or }" },
    { "unexpected_else_kw",
      "package main\nfunc main() {\n\telse\n}\n",
      "3:2: syntax error: unexpected keyword else, expected }" },
    { "var_eq_eol",
      "package main\nvar x int = \nfunc main() {}\n",
      "3:6: syntax error: unexpected name main, expected (" },
    { "var_in_if",
      "package main\nfunc main() {\n\tif var x = 1; x > 0 {\n\t}\n}\n",
      "3:9: syntax error: var declaration not allowed in if initializer" },
    { "var_missing_type",
      "package main\nvar x\nfunc main() {}\n",
      "2:6: syntax error: unexpected newline, expected type" },
    { "args_missing_comma",
      "package main\n\nimport \"fmt\"\n\nfunc main() {\n\tfmt.Println(1, 2 3)\n}\n",
      "6:19: syntax error: unexpected literal 3 in argument list; possibly missing comma or )" },
    { "args_missing_comma2",
      "package main\n\nimport \"fmt\"\n\nfunc main() {\n\tx, y := 1, 2\n\tfmt.Printf(\"%d\\n\", x y)\n}\n",
      "7:23: syntax error: unexpected name y in argument list; possibly missing comma or )" },
    { "array_eof",
      "package main\nfunc main() {\n\ta := [3]int{1, 2, 3",
      "3:21: syntax error: unexpected EOF in composite literal; possibly missing comma or }" },
    { "assert_eol",
      "package main\n\nimport \"fmt\"\n\nfunc main() {\n\tvar x interface{}\n\t_ = x.(int\n\n}\n",
      "7:12: syntax error: unexpected newline, expected )" },
    { "assign_op_decl",
      "package main\n\nimport \"fmt\"\n\nfunc main() {\n\tx += := 1\n}\n",
      "6:7: syntax error: unexpected :=, expected expression" },
    { "assign_twice",
      "package main\n\nimport \"fmt\"\n\nfunc main() {\n\tx := 1\n\tx = = 1\n\tfmt.Println(x)\n}\n",
      "7:6: syntax error: unexpected =, expected expression" },
    { "bracket_list",
      "package main\nvar x = [1, 2, 3]\nfunc main() {}\n",
      "2:11: syntax error: unexpected comma; expected ]" },
    { "break_kw",
      "package main\n\nimport \"fmt\"\n\nfunc main() {\n\tfor {\n\t\tbreak for\n\t}\n}\n",
      "7:9: syntax error: unexpected keyword for at end of statement" },
    { "case_at_top_of_func",
      "package main\n\nimport \"fmt\"\n\nfunc main() {\n\tdefault:\n}\n",
      "6:2: syntax error: unexpected keyword default, expected }" },
    { "case_nocolon",
      "package main\n\nimport \"fmt\"\n\nfunc main() {\n\tx := 1\n\tswitch x {\n\tcase 1 fmt.Println()\n\t}\n}\n",
      "8:9: syntax error: unexpected name fmt, expected :" },
    { "chan_send_type",
      "package main\nvar c chan<-\nfunc main() {}\n",
      "3:6: syntax error: unexpected name main, expected (" },
    { "colon_define",
      "package main\n\nimport \"fmt\"\n\nfunc main() {\n\tx : = 1\n}\n",
      "6:4: syntax error: missing statement after label" },
    { "complit_missing_comma",
      "package main\n\nimport \"fmt\"\n\nfunc main() {\n\t_ = []int{1 2}\n}\n",
      "6:14: syntax error: unexpected literal 2 in composite literal; possibly missing comma or }" },
    { "complit_paren",
      "package main\n\nimport \"fmt\"\n\nfunc main() {\n\t_ = []int{1, 2, 3)\n}\n",
      "6:19: syntax error: unexpected ) in composite literal; possibly missing comma or }" },
    { "const_eof",
      "package main\nconst x = ",
      "2:11: syntax error: unexpected EOF, expected expression" },
    { "defer_norcall",
      "package main\n\nimport \"fmt\"\n\nfunc main() {\n\tdefer recover\n}\n",
      "6:8: expression in defer must be function call" },
    { "dot_import_bad",
      "package main\nimport . \nfunc main() {}\n",
      "3:1: missing import path" },
    { "double_dot",
      "package main\n\nimport \"fmt\"\n\nfunc main() {\n\tfmt..Println()\n}\n",
      "6:6: syntax error: unexpected ., expected name or (" },
    { "ellipsis_call_mid",
      "package main\n\nimport \"fmt\"\n\nfunc main() {\n\tfmt.Println(x..., 1)\n}\n",
      "6:20: syntax error: unexpected literal 1, expected )" },
    { "else_stmt",
      "package main\n\nimport \"fmt\"\n\nfunc main() {\n\tif true { return } else return\n}\n",
      "6:26: syntax error: else must be followed by if or statement block" },
    { "elseif_nocond",
      "package main\n\nimport \"fmt\"\n\nfunc main() {\n\tif true {\n\t} else if {\n\t}\n}\n",
      "7:12: syntax error: missing condition in if statement" },
    { "empty_file",
      "",
      "1:1: expected 'package', found 'EOF'" },
    { "fallthrough_x",
      "package main\n\nimport \"fmt\"\n\nfunc main() {\n\tfallthrough x\n}\n",
      "6:14: syntax error: unexpected name x at end of statement" },
    { "field_init",
      "package main\ntype S struct { name string = \"x\" }\nfunc main() {}\n",
      "2:29: syntax error: unexpected = in struct type; possibly missing semicolon or newline or }" },
    { "for_commas",
      "package main\n\nimport \"fmt\"\n\nfunc main() {\n\tfor i := 0, i < 10, i++ {\n\t}\n}\n",
      "6:23: syntax error: unexpected ++, expected {" },
    { "for_post_newline",
      "package main\n\nimport \"fmt\"\n\nfunc main() {\n\tfor i := 0; i < 10; i++\n\t{\n\t}\n}\n",
      "6:25: syntax error: unexpected newline, expected { after for clause" },
    { "func_keyword_missing",
      "package main\nmain() {\n}\n",
      "2:1: syntax error: non-declaration statement outside function body" },
    { "funclit_eof",
      "package main\nfunc main() {\n\tx := func() {",
      "3:15: syntax error: unexpected EOF, expected }" },
    { "go_nocall_lit",
      "package main\n\nimport \"fmt\"\n\nfunc main() {\n\tgo func() {}\n}\n",
      "6:5: expression in go must be function call" },
    { "goto_nolabel",
      "package main\n\nimport \"fmt\"\n\nfunc main() {\n\tgoto\n}\n",
      "7:1: syntax error: unexpected }, expected name" },
    { "if_missing_brace_eof",
      "package main\nfunc main() {\n\tif true {\n\t\tx := 1\n",
      "5:1: syntax error: unexpected EOF, expected }" },
    { "import_in_func",
      "package main\n\nimport \"fmt\"\n\nfunc main() {\n\timport \"os\"\n}\n",
      "6:2: syntax error: unexpected keyword import, expected }" },
    { "incinc",
      "package main\n\nimport \"fmt\"\n\nfunc main() {\n\tx := 1\n\tx++ ++\n}\n",
      "7:6: syntax error: unexpected ++ at end of statement" },
    { "index_eol",
      "package main\n\nimport \"fmt\"\n\nfunc main() {\n\tx := []int{1, 2, 3}[\n\t_ = x\n}\n",
      "7:4: syntax error: unexpected =, expected comma, : or ]" },
    { "interface_field",
      "package main\ntype I interface { x int }\nfunc main() {}\n",
      "2:22: syntax error: unexpected name int in interface type; possibly missing semicolon or newline or }" },
    { "map_missing_bracket",
      "package main\nvar m map[string int\nfunc main() {}\n",
      "2:18: syntax error: unexpected name int, expected ]" },
    { "map_nl",
      "package main\n\nimport \"fmt\"\n\nfunc main() {\n\tm := map[string]int{\"a\": 1, \"b\": 2\n\t_ = m\n}\n",
      "6:36: syntax error: unexpected newline in composite literal; possibly missing comma or }" },
    { "missing_func_paren",
      "package main\nfunc main {\n}\n",
      "2:11: syntax error: unexpected {, expected (" },
    { "nested_func_decl_method",
      "package main\nfunc (t T) main {\n}\n",
      "2:17: syntax error: unexpected {, expected (" },
    { "package_twice",
      "package main\npackage main\nfunc main() {}\n",
      "2:1: syntax error: non-declaration statement outside function body" },
    { "paren_brace",
      "package main\n\nimport \"fmt\"\n\nfunc main() {\n\tfmt.Println(\"hi\"}\n}\n",
      "6:18: syntax error: unexpected } in argument list; possibly missing comma or )" },
    { "range_no_for",
      "package main\n\nimport \"fmt\"\n\nfunc main() {\n\tx := range []int{}\n}\n",
      "6:7: syntax error: unexpected keyword range, expected expression" },
    { "recv_eof",
      "package main\n\nimport \"fmt\"\n\nfunc main() {\n\tx := <-\n}\n",
      "7:1: syntax error: unexpected }, expected expression" },
    { "results_unclosed",
      "package main\nfunc f() (int, string {\n}\nfunc main() {}\n",
      "2:23: syntax error: unexpected { in parameter list; possibly missing comma or )" },
    { "return_comma",
      "package main\nfunc f() int { return 1, }\nfunc main() {}\n",
      "2:26: syntax error: unexpected }, expected expression" },
    { "return_eol_paren",
      "package main\nfunc f() (int, error) {\n\treturn (1, nil)\n}\nfunc main() {}\n",
      "3:11: syntax error: unexpected comma, expected )" },
    { "return_missing_comma",
      "package main\nfunc f() (int, int) {\n\treturn 1 2\n}\nfunc main() {}\n",
      "3:11: syntax error: unexpected literal 2 at end of statement" },
    { "select_define",
      "package main\n\nimport \"fmt\"\n\nfunc main() {\n\tselect {\n\tcase x := 1:\n\t\t_ = x\n\t}\n}\n", "" },
    { "select_paren_recv",
      "package main\nfunc main() {\n\tselect {\n\tcase x, ok := (<-c):\n\tcase (<-c):\n\t}\n}\n", "" },
    { "send_eol",
      "package main\n\nimport \"fmt\"\n\nfunc main() {\n\tch := make(chan int)\n\tch <- \n\n}\n",
      "9:1: syntax error: unexpected }, expected expression" },
    { "star_eol",
      "package main\n\nimport \"fmt\"\n\nfunc main() {\n\tvar p *\n\n}\n",
      "8:1: syntax error: unexpected }, expected type" },
    { "struct_comma",
      "package main\ntype T struct { x int, y int }\nfunc main() {}\n",
      "2:22: syntax error: unexpected comma in struct type; possibly missing semicolon or newline or }" },
    { "struct_complit_if",
      "package main\ntype T struct{ a int }\nfunc main() {\n\tfor x := T{1}; x.a < 3; x.a++ {\n\t}\n}\n",
      "4:8: syntax error: cannot use x := T as value" },
    { "struct_complit_switch",
      "package main\ntype T struct{ a int }\nfunc main() {\n\tswitch T{1} {\n\t}\n}\n",
      "4:11: syntax error: unexpected literal 1, expected case or default or }" },
    { "two_stmts_line",
      "package main\n\nimport \"fmt\"\n\nfunc main() {\n\tfmt.Println(\"a\") fmt.Println(\"b\")\n}\n",
      "6:19: syntax error: unexpected name fmt at end of statement" },
    { "type_alias_eol",
      "package main\ntype A =\nfunc main() {}\n",
      "3:6: syntax error: unexpected name main, expected (" },
    { "unclosed_paren_if",
      "package main\n\nimport \"fmt\"\n\nfunc main() {\n\tif (1 > 0 {\n\t}\n}\n",
      "6:12: syntax error: unexpected {, expected )" },
    { "var_comma_eq",
      "package main\nvar x, = 1\nfunc main() {}\n",
      "2:8: syntax error: unexpected =, expected name" },
    { "var_group_bad",
      "package main\nvar (x int y int)\nfunc main() {}\n",
      "2:12: syntax error: unexpected name y in grouped declaration; possibly missing semicolon or newline or )" },
    { "var_trailing_comma",
      "package main\nvar x int = 5,\nfunc main() {}\n",
      "3:6: syntax error: unexpected name main, expected (" },
    { "while",
      "package main\n\nimport \"fmt\"\n\nfunc main() {\n\tx := 0\n\twhile x < 5 {\n\t}\n}\n",
      "7:8: syntax error: unexpected name x at end of statement" },
    /* generics: type parameter lists, instances, unions */
    { "generic_type", "package main\ntype L[T any] struct{}\nfunc main() {}\n", "" },
    { "generic_type_group", "package main\ntype (\n\tA int\n\tL[K comparable, V any] map[K]V\n)\n", "" },
    { "array_type_not_generic", "package main\nconst N = 2\ntype A [N]int\nfunc main() {}\n", "" },
    { "union", "package main\ntype I interface{ ~int | string }\nfunc main() {}\n", "" },
    { "missing_constraint", "package main\nfunc F[T]() {}\n", "2:9: syntax error: missing type constraint" },
    { "field_array_vs_instance", "package main\ntype S struct {\n\ta [2]int\n\tb L[int]\n\tL[int]\n}\n", "" },
    { "complit_in_if", "package main\ntype T struct{}\nfunc main() {\n\tvar x T\n\tif x == T{} {\n\t}\n}\n",
      "5:14: syntax error: unexpected { at end of statement" },
};

static void test_errors(void) {
    int n = (int)(sizeof err_cases / sizeof err_cases[0]);
    for (int i = 0; i < n; i++) {
        const struct ErrCase *c = &err_cases[i];
        const char *got = first_error(c->src);
        CHECK(strcmp(got, c->want) == 0, "error %s: got \"%s\", want \"%s\"", c->name, got, c->want);
    }
}

static void test_all_syntax(void) {
    const char *all_syntax = all_syntax_src();
    DiagList dl;
    Node *f = parse(all_syntax, &dl);
    CHECK(f != NULL, "all_syntax.go parses: %s", first_error(all_syntax));
    if (!f) return;
    CHECK(f->u.file.build_go121, "//go:build go1.21 sets build_go121");
    CHECK(is_ident(f->u.file.package, "main"), "package name");
    CHECK(f->u.file.imports.len == 5, "5 imports, got %d", f->u.file.imports.len);
    Node *imp = f->u.file.imports.items[2];
    CHECK(is_ident(imp->u.import.name, "str") && imp->u.import.path->u.lit.slen == 7, "named import");
    CHECK(is_ident(f->u.file.imports.items[4]->u.import.name, "."), "dot import");
    /* decls: 2 import gendecls come first, as in go/ast */
    CHECK(f->u.file.decls.items[0]->kind == N_GENDECL && f->u.file.decls.items[0]->u.gendecl.tok == T_IMPORT,
          "imports are also in decls");
    /* const group: A B C _ D,E F,G */
    Node *cg = f->u.file.decls.items[3];
    CHECK(cg->kind == N_GENDECL && cg->u.gendecl.tok == T_CONST && cg->u.gendecl.specs.len == 6, "const group");
    if (cg->u.gendecl.specs.len == 6) {
        Node *a = cg->u.gendecl.specs.items[0], *b = cg->u.gendecl.specs.items[1];
        Node *d = cg->u.gendecl.specs.items[4], *g = cg->u.gendecl.specs.items[5];
        CHECK(a->u.value.iota == 0 && b->u.value.iota == 1 && g->u.value.iota == 5, "iota per spec");
        CHECK(b->u.value.values.items == a->u.value.values.items && b->u.value.values.len == 1,
              "implicit repetition copies the values list");
        CHECK(g->u.value.values.items == d->u.value.values.items && g->u.value.values.len == 2,
              "implicit repetition of a two-value spec");
        CHECK(g->u.value.names.len == 2 && is_ident(g->u.value.names.items[1], "G"), "names kept");
    }
    Node *kb = f->u.file.decls.items[4];
    if (kb->u.gendecl.specs.len == 3) {
        Node *k0 = kb->u.gendecl.specs.items[0], *k1 = kb->u.gendecl.specs.items[1];
        CHECK(k1->u.value.type == k0->u.value.type && is_ident(k1->u.value.type, "int64"),
              "implicit repetition copies the type");
        CHECK(k1->u.value.iota == 1, "iota of MB");
    }
}

static void test_expressions(void) {
    /* precedence: 1 + 2*3 - 4 == (1 + (2*3)) - 4 */
    Node *e = expr_of("1 + 2*3 - 4");
    CHECK(e && e->kind == N_BINARY && e->u.binary.op == T_SUB, "top is -");
    if (e && e->kind == N_BINARY) {
        Node *l = e->u.binary.x;
        CHECK(l->kind == N_BINARY && l->u.binary.op == T_ADD && l->u.binary.y->kind == N_BINARY &&
              l->u.binary.y->u.binary.op == T_MUL, "* binds tighter than +");
        CHECK(at(e, 3, 13), "binary pos is the operator (got %d:%d)", e->pos.line, e->pos.col);
    }
    e = expr_of("a || b && c == d + e * f");
    CHECK(e && e->u.binary.op == T_LOR && e->u.binary.y->u.binary.op == T_LAND &&
          e->u.binary.y->u.binary.y->u.binary.op == T_EQL, "five levels");
    e = expr_of("a << 1 & b | c");
    CHECK(e && e->u.binary.op == T_OR && e->u.binary.x->u.binary.op == T_AND &&
          e->u.binary.x->u.binary.x->u.binary.op == T_SHL, "<< and & at one level, left assoc");
    e = expr_of("-x * <-ch");
    CHECK(e && e->kind == N_BINARY && e->u.binary.x->kind == N_UNARY &&
          e->u.binary.y->kind == N_UNARY && e->u.binary.y->u.unary.op == T_ARROW, "unary binds tighter");
    e = expr_of("*p.f");
    CHECK(e && e->kind == N_STAR && e->u.unary.x->kind == N_SELECTOR, "*p.f is *(p.f)");
    e = expr_of("f(a, b...)");
    CHECK(e && e->kind == N_CALL && e->u.call.has_ellipsis && e->u.call.args.len == 2 && at(e, 3, 6),
          "call with ..., pos '('");
    e = expr_of("a[1:2:3]");
    CHECK(e && e->kind == N_SLICE && e->u.slice.three && e->u.slice.max && at(e, 3, 6), "3-index slice");
    e = expr_of("a[:]");
    CHECK(e && e->kind == N_SLICE && !e->u.slice.lo && !e->u.slice.hi && !e->u.slice.three, "a[:]");
    e = expr_of("x.(T)");
    CHECK(e && e->kind == N_TYPEASSERT && is_ident(e->u.assert.type, "T") && at(e, 3, 6), "assertion, pos '.'");
    e = expr_of("pkg.Name");
    CHECK(e && e->kind == N_SELECTOR && at(e, 3, 9), "selector pos is the selected name");
    e = expr_of("[]byte(s)");
    CHECK(e && e->kind == N_CALL && e->u.call.fun->kind == N_ARRAYTYPE, "conversion []byte(s)");
    e = expr_of("(*T)(x)");
    CHECK(e && e->kind == N_CALL && e->u.call.fun->kind == N_PAREN && e->u.call.fun->u.unary.x->kind == N_STAR,
          "conversion (*T)(x)");
    e = expr_of("<-chan int(x)");
    CHECK(e && e->kind == N_UNARY && e->u.unary.op == T_ARROW && e->u.unary.x->kind == N_CALL &&
          e->u.unary.x->u.call.fun->kind == N_CHANTYPE, "<-chan int(x) is <-(chan int(x)), as the spec says");
    e = expr_of("(<-chan int)(x)");
    CHECK(e && e->kind == N_CALL && e->u.call.fun->u.unary.x->kind == N_CHANTYPE &&
          e->u.call.fun->u.unary.x->u.chantype.dir == 2, "(<-chan int)(x)");
    e = expr_of("(*T).M");
    CHECK(e && e->kind == N_SELECTOR && e->u.selector.x->kind == N_PAREN, "method expression (*T).M");
    e = expr_of("T{1, k: 2}");
    CHECK(e && e->kind == N_COMPOSITE && at(e, 3, 6) && e->u.composite.elts.len == 2 &&
          e->u.composite.elts.items[1]->kind == N_KEYVALUE, "keyed literal, pos '{'");
    e = expr_of("[][]int{{1}, {2, 3}}");
    CHECK(e && e->kind == N_COMPOSITE && e->u.composite.elts.len == 2 &&
          e->u.composite.elts.items[0]->kind == N_COMPOSITE && !e->u.composite.elts.items[0]->u.composite.type,
          "elided inner literal type");
    e = expr_of("map[Point]string{{1, 2}: \"a\"}");
    CHECK(e && e->u.composite.elts.items[0]->kind == N_KEYVALUE &&
          e->u.composite.elts.items[0]->u.kv.key->kind == N_COMPOSITE, "elided key literal");
    e = expr_of("&T{}");
    CHECK(e && e->kind == N_UNARY && e->u.unary.op == T_AND && e->u.unary.x->kind == N_COMPOSITE, "&T{}");
    e = expr_of("func(a, b int) (c int) { return }");
    CHECK(e && e->kind == N_FUNCLIT && e->u.funclit.type->u.functype.params.len == 1 &&
          e->u.funclit.type->u.functype.params.items[0]->u.field.names.len == 2 &&
          e->u.funclit.type->u.functype.results.len == 1, "func literal with grouped params");
    e = expr_of("[...]int{1}");
    CHECK(e && e->u.composite.type->u.arraytype.len->kind == N_ELLIPSIS, "[...]T");
}

static void test_params(void) {
    DiagList dl;
    Node *f = parse("package main\nfunc f(a, b int, c string, d ...bool) (x, y int) {}\n"
                    "func g(int, string, ...bool) {}\nfunc (p *T) m() {}\n", &dl);
    CHECK(f != NULL, "params parse");
    if (!f) return;
    Node *ft = f->u.file.decls.items[0]->u.func.type;
    CHECK(ft->u.functype.params.len == 3, "a, b int grouped into one field (got %d fields)", ft->u.functype.params.len);
    CHECK(ft->u.functype.params.items[2]->u.field.type->kind == N_ELLIPSIS, "variadic ...bool");
    CHECK(ft->u.functype.results.len == 1 && ft->u.functype.results.items[0]->u.field.names.len == 2,
          "named results x, y int");
    Node *gt = f->u.file.decls.items[1]->u.func.type;
    CHECK(gt->u.functype.params.len == 3 && gt->u.functype.params.items[0]->u.field.names.len == 0 &&
          is_ident(gt->u.functype.params.items[0]->u.field.type, "int"), "unnamed params are types");
    Node *m = f->u.file.decls.items[2];
    CHECK(m->u.func.recv && m->u.func.recv->u.field.type->kind == N_STAR && is_ident(m->u.func.name, "m"),
          "pointer receiver");
}

static void test_statements(void) {
    Node *s = stmt_of("if x == (T{}) {\n}");
    CHECK(s && s->kind == N_IF && s->u.if_.cond->kind == N_BINARY, "parenthesized literal in if header");
    s = stmt_of("for _, v := range []int{1, 2} {\n}");
    CHECK(s && s->kind == N_RANGE && s->u.range.tok == T_DEFINE && s->u.range.x->kind == N_COMPOSITE &&
          s->u.range.body->kind == N_BLOCK, "slice literal in range header");
    s = stmt_of("if f := (func() {}); true {\n}");
    CHECK(s && s->kind == N_IF && s->u.if_.init && s->u.if_.cond->kind == N_IDENT, "func literal in if init");
    s = stmt_of("for range ch {\n}");
    CHECK(s && s->kind == N_RANGE && s->u.range.tok == T_EOF && !s->u.range.key, "for range x");
    s = stmt_of("for i := range 10 {\n}");
    CHECK(s && s->kind == N_RANGE && s->u.range.key && !s->u.range.value, "for i := range 10");
    s = stmt_of("for i := 0; i < 3; i++ {\n}");
    CHECK(s && s->kind == N_FOR && s->u.for_.init && s->u.for_.cond && s->u.for_.post && at(s, 3, 1),
          "3-clause for, pos 'for'");
    s = stmt_of("switch v := x.(type) {\ncase int, string:\ndefault:\n}");
    CHECK(s && s->kind == N_TYPESWITCH && s->u.switch_.assign && s->u.switch_.assign->kind == N_ASSIGN &&
          s->u.switch_.body->u.block.stmts.len == 2, "type switch with binding");
    if (s && s->kind == N_TYPESWITCH) {
        Node *c0 = s->u.switch_.body->u.block.stmts.items[0];
        Node *c1 = s->u.switch_.body->u.block.stmts.items[1];
        CHECK(c0->kind == N_CASECLAUSE && c0->u.clause.list.len == 2 && at(c0, 4, 1), "case clause, pos 'case'");
        CHECK(c1->u.clause.is_default, "default clause");
    }
    s = stmt_of("switch x.(type) {\n}");
    CHECK(s && s->kind == N_TYPESWITCH && s->u.switch_.assign->kind == N_EXPRSTMT, "type switch without binding");
    s = stmt_of("switch x := f(); x {\ncase 1:\n}");
    CHECK(s && s->kind == N_SWITCH && s->u.switch_.init && is_ident(s->u.switch_.tag, "x"), "switch with init");
    s = stmt_of("select {\ncase v, ok := <-c:\ncase c <- 1:\ncase <-c:\ndefault:\n}");
    CHECK(s && s->kind == N_SELECT && s->u.select.body->u.block.stmts.len == 4, "select with 4 clauses");
    if (s && s->kind == N_SELECT) {
        NodeList *cl = &s->u.select.body->u.block.stmts;
        CHECK(cl->items[0]->u.comm.comm->kind == N_ASSIGN && cl->items[1]->u.comm.comm->kind == N_SEND &&
              cl->items[2]->u.comm.comm->kind == N_EXPRSTMT && cl->items[3]->u.comm.comm == NULL,
              "comm clause kinds");
    }
    s = stmt_of("L:\n\tfor {\n\t\tbreak L\n\t}");
    CHECK(s && s->kind == N_LABELED && is_ident(s->u.labeled.label, "L") && s->u.labeled.stmt->kind == N_FOR,
          "labeled for");
    s = stmt_of("goto L");
    CHECK(s && s->kind == N_BRANCH && s->u.branch.tok == T_GOTO, "goto parses");
    s = stmt_of("x, y = y, x");
    CHECK(s && s->kind == N_ASSIGN && s->u.assign.tok == T_ASSIGN && s->u.assign.lhs.len == 2 && at(s, 3, 6),
          "assignment, pos '='");
    s = stmt_of("x <<= 2");
    CHECK(s && s->kind == N_ASSIGN && s->u.assign.tok == T_SHL_ASSIGN, "op-assign keeps its token");
    s = stmt_of("ch <- v");
    CHECK(s && s->kind == N_SEND && at(s, 3, 4), "send, pos '<-'");
    s = stmt_of("x++");
    CHECK(s && s->kind == N_INCDEC && s->u.incdec.tok == T_INC && at(s, 3, 2), "x++, pos '++'");
    s = stmt_of("var a, b int = 1, 2");
    CHECK(s && s->kind == N_DECLSTMT && s->u.declstmt.decl->u.gendecl.specs.items[0]->u.value.names.len == 2,
          "var statement");
    s = stmt_of("go f()");
    CHECK(s && s->kind == N_GO && s->u.unary.x->kind == N_CALL, "go statement");
    s = stmt_of("if a {\n} else if b {\n} else {\n}");
    CHECK(s && s->u.if_.els && s->u.if_.els->kind == N_IF && s->u.if_.els->u.if_.els->kind == N_BLOCK,
          "else if chain");
    s = stmt_of("{\n}");
    CHECK(s && s->kind == N_BLOCK && at(s, 3, 1) && s->u.block.rbrace.line == 4, "block, rbrace");
}

static void test_types(void) {
    DiagList dl;
    Node *f = parse("package main\ntype A = B\ntype S struct {\n\tT\n\t*U\n\tpkg.V\n\ta, b int\n}\n"
                    "type I interface {\n\tM(x int) string\n\tJ\n}\n"
                    "var c1 chan int\nvar c2 <-chan int\nvar c3 chan<- int\n", &dl);
    CHECK(f != NULL, "types parse: %s", dl.len ? dl.items[0].msg : "");
    if (!f) return;
    Node *a = f->u.file.decls.items[0]->u.gendecl.specs.items[0];
    CHECK(a->kind == N_TYPESPEC && a->u.typespec.assign, "type alias");
    Node *st = f->u.file.decls.items[1]->u.gendecl.specs.items[0]->u.typespec.type;
    CHECK(st->kind == N_STRUCTTYPE && st->u.fields.list.len == 4, "struct fields");
    if (st->u.fields.list.len == 4) {
        CHECK(st->u.fields.list.items[0]->u.field.embedded && st->u.fields.list.items[1]->u.field.embedded &&
              st->u.fields.list.items[2]->u.field.embedded && !st->u.fields.list.items[3]->u.field.embedded,
              "embedded T, *T, pkg.T");
        CHECK(st->u.fields.list.items[2]->u.field.type->kind == N_SELECTOR, "pkg.T embedded");
    }
    Node *it = f->u.file.decls.items[2]->u.gendecl.specs.items[0]->u.typespec.type;
    CHECK(it->kind == N_INTERFACETYPE && it->u.fields.list.len == 2 &&
          it->u.fields.list.items[0]->u.field.type->kind == N_FUNCTYPE && it->u.fields.list.items[1]->u.field.embedded,
          "interface with a method and an embedded interface");
    int dirs[3];
    for (int i = 0; i < 3; i++)
        dirs[i] = f->u.file.decls.items[3 + i]->u.gendecl.specs.items[0]->u.value.type->u.chantype.dir;
    CHECK(dirs[0] == 3 && dirs[1] == 2 && dirs[2] == 1, "channel directions");
}

static void test_repl(void) {
    DiagList dl = {0};
    bool inc = false;
    const char *src = "import \"fmt\"\nx := 1\nfmt.Println(x)\nfunc sq(n int) int { return n * n }\nvar y = 2\ny++\n";
    Node *f = parse_repl(src, strlen(src), &dl, &inc);
    CHECK(f && !inc, "repl input parses");
    if (f) {
        NodeList *d = &f->u.file.decls;
        CHECK(f->u.file.imports.len == 1 && d->len == 5, "repl decls: import, stmts, func, var, stmts (got %d)", d->len);
        if (d->len == 5) {
            CHECK(d->items[1]->kind == N_FUNCDECL && d->items[1]->u.func.name->u.ident.name[0] == 0 &&
                  d->items[1]->u.func.body->u.block.stmts.len == 2, "statements in a synthetic func \"\"");
            CHECK(is_ident(d->items[2]->u.func.name, "sq"), "func declaration");
            CHECK(d->items[3]->kind == N_GENDECL && d->items[3]->u.gendecl.tok == T_VAR, "var declaration");
        }
    }
    const char *incs[] = {"func f() {", "x := 1 +", "fmt.Println(1,", "if x {\n", "s := `abc", "for {\n\tx++\n"};
    for (int i = 0; i < 6; i++) {
        memset(&dl, 0, sizeof dl);
        inc = false;
        f = parse_repl(incs[i], strlen(incs[i]), &dl, &inc);
        CHECK(!f && inc, "repl incomplete: %s", incs[i]);
    }
    memset(&dl, 0, sizeof dl);
    f = parse_repl("x := )", 6, &dl, &inc);
    CHECK(!f && !inc, "repl error is not incomplete");
    memset(&dl, 0, sizeof dl);
    f = parse_repl("(func() { println(1) })()", 25, &dl, &inc);
    CHECK(f && f->u.file.decls.len == 1, "repl func literal call");
}

static void test_deep(void) {
    int n = 100000;
    char *src = GC_MALLOC_ATOMIC((size_t)n * 2 + 64);
    strcpy(src, "package main\nvar x = ");
    size_t k = strlen(src);
    for (int i = 0; i < n; i++) src[k++] = '(';
    src[k++] = '1';
    for (int i = 0; i < n; i++) src[k++] = ')';
    src[k++] = '\n';
    src[k] = 0;
    DiagList dl;
    CHECK(parse(src, &dl) != NULL, "100000 nested parentheses");
    k = strlen("package main\nvar x = ");
    for (int i = 0; i < n; i++) src[k++] = '[';
    src[k] = 0;
    CHECK(parse(src, &dl) == NULL && dl.len == 1, "100000 open brackets: one error, no crash");
}

static void test_acceptance(const char *dir) {
    DIR *dp = opendir(dir);
    if (!dp) { printf("# acceptance directory %s not found; skipped\n", dir); return; }
    struct dirent *de;
    int count = 0;
    while ((de = readdir(dp))) {
        size_t l = strlen(de->d_name);
        if (l < 4 || strcmp(de->d_name + l - 3, ".go") != 0) continue;
        char path[4096];
        snprintf(path, sizeof path, "%s/%s", dir, de->d_name);
        FILE *fp = fopen(path, "rb");
        if (!fp) continue;
        fseek(fp, 0, SEEK_END);
        long sz = ftell(fp);
        fseek(fp, 0, SEEK_SET);
        char *buf = GC_MALLOC_ATOMIC((size_t)sz + 1);
        size_t got = fread(buf, 1, (size_t)sz, fp);
        buf[got] = 0;
        fclose(fp);
        DiagList dl = {0};
        dl.filename = de->d_name;
        Node *f = parse_file(buf, got, &dl);
        CHECK(f != NULL, "acceptance %s parses (%d:%d: %s)", de->d_name, dl.len ? dl.items[0].pos.line : 0,
              dl.len ? dl.items[0].pos.col : 0, dl.len ? dl.items[0].msg : "");
        count++;
    }
    closedir(dp);
    printf("# %d acceptance programs parsed\n", count);
}

static void test_diag_print(void) {
    DiagList d = {0};
    d.filename = "f.go";
    diag_add(&d, (Pos){3, 1, 0}, "b");
    diag_add(&d, (Pos){1, 5, 0}, "a %d", 1);
    for (int i = 0; i < 12; i++) diag_add(&d, (Pos){5, i + 1, 0}, "e%d", i);
    char buf[2048] = {0};
    FILE *m = fmemopen(buf, sizeof buf - 1, "w");
    diag_print(&d, m);
    fclose(m);
    CHECK(strncmp(buf, "f.go:1:5: a 1\nf.go:3:1: b\n", 26) == 0, "diagnostics sorted by position");
    CHECK(strstr(buf, "f.go:5:9: too many errors\n") != NULL && strstr(buf, "e8") == NULL,
          "10 diagnostics, then too many errors");
}

int main(int argc, char **argv) {
    GC_INIT();
    test_all_syntax();
    test_expressions();
    test_params();
    test_statements();
    test_types();
    test_errors();
    test_repl();
    test_deep();
    test_diag_print();
    const char *dir = argc > 1 ? argv[1] : getenv("MINIGO_ACCEPTANCE_DIR");
    test_acceptance(dir ? dir : "/work/shared/acceptance");
    return check_done();
}
