/* test.c — minigo test: `go test` for files.
 *
 *   minigo test [flags] x_test.go [x.go ...]
 *
 * does in one process what `go test x_test.go x.go` does with a test
 * binary: the files are one package (the non-test files, then the _test
 * files, then a generated _testmain.go), whose Test, Benchmark and
 * Example functions package testing runs (stdlib/go/testing), printing
 * what Go's testing prints; then the go command's summary line follows
 * ("ok  \tcommand-line-arguments\t0.012s", or FAIL), as go test prints it
 * for files.
 *
 * The steps, each a part of this file:
 *   flags       go test's spellings (-run X, -run=X, --run X, -test.run X)
 *               of -run -bench -benchtime -count -v -benchmem -parallel
 *               -short, and minigo's -lang, -sched, -sched-seed
 *   discovery   in the _test files' syntax trees, by cmd/go's rules: a
 *               TestX(t *testing.T), BenchmarkX(b *testing.B) (X not
 *               starting with a lower-case letter), TestMain(m
 *               *testing.M), and an ExampleX() whose body's last comment
 *               is an Output: or Unordered output: comment (go/doc's
 *               rules: the comment group and its text)
 *   main        the generated file: a function (entry) that gives the
 *               lists and the flags to testing.MainStart and exits with
 *               m.Run's status (or calls TestMain)
 *   compiling   compile_files, one package of several files (its name
 *               may be any: Options.any_package; its functions are named
 *               command-line-arguments.F in traces, as Go's)
 *   the run     the go command's reporting: with -v or -bench the
 *               output streams (standard error joined to standard
 *               output); else it is kept (fds 1 and 2 go to a memory
 *               file) and shown only if the run failed. At the end, in
 *               the scheduler's exit hook (every way the process ends:
 *               os.Exit, a panic, a fatal error), the summary line.
 *
 * Exit statuses: 0 when all passed, 1 when a test failed (testing's
 * status), 2 for a panic or fatal error in a test and for a package that
 * does not build (the go command says 1 for both; minigo's convention is
 * `go run`'s 2, as for compile errors).
 */
#include <errno.h>
#include <gc.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>
#include "buf.h"
#include "compiler.h"
#include "natives.h"
#include "scheduler.h"
#include "test.h"
#include "testing.h"
#include "unicode.h"
#include "utf8.h"

#define PKG "command-line-arguments"
#define ENTRY "minigoTestMain__"

/* ---- flags ---- */

typedef struct TestFlags {
    const char *run, *bench;
    int64_t benchtime;        /* ns */
    int64_t benchn;           /* -benchtime Nx (0: by time) */
    int64_t count, parallel;
    bool verbose, benchmem, short_;
    int lang;
    SchedOptions sched;
} TestFlags;

static void usage(void) {
    fprintf(stderr, "usage: minigo test [flags] file_test.go [file.go ...]\n"
                    "flags: -run regexp, -bench regexp, -benchtime d|Nx, -count n, -v, -benchmem,\n"
                    "       -parallel n, -short; -lang, -sched, -sched-seed as for minigo run\n");
}

/* Go's time.ParseDuration, for -benchtime: false if s is not a duration. */
static bool parse_duration(const char *s, int64_t *ns) {
    static const struct { const char *unit; double ns; } units[] = {
        { "ns", 1 }, { "us", 1e3 }, { "\xc2\xb5s", 1e3 }, { "\xce\xbcs", 1e3 }, { "ms", 1e6 },
        { "s", 1e9 }, { "m", 60e9 }, { "h", 3600e9 },
    };
    if (strcmp(s, "0") == 0) { *ns = 0; return true; }
    if (!*s) return false;
    double total = 0;
    while (*s) {
        char *end;
        if (!((*s >= '0' && *s <= '9') || *s == '.')) return false;
        double v = strtod(s, &end);
        if (end == s) return false;
        s = end;
        size_t best = 0;
        double mul = 0;
        for (size_t k = 0; k < sizeof units / sizeof units[0]; k++) {
            size_t l = strlen(units[k].unit);
            if (strncmp(s, units[k].unit, l) == 0 && l > best) { best = l; mul = units[k].ns; }
        }
        if (!best) return false;
        s += best;
        total += v * mul;
    }
    if (total > 9.2e18) return false;
    *ns = (int64_t)total;
    return true;
}

static bool parse_int(const char *s, int64_t *v) {
    char *end;
    errno = 0;
    long long n = strtoll(s, &end, 10);
    if (!*s || *end || errno || n < 0) return false;
    *v = n;
    return true;
}

/* Parses the flags among argv[i...]; the other arguments are the files
 * (*files, *nfiles). Returns false after printing what is wrong. */
static bool parse_test_flags(int argc, char **argv, int i, TestFlags *fl, char ***files, int *nfiles) {
    *files = malloc(sizeof(char *) * (size_t)(argc + 1));
    *nfiles = 0;
    for (; i < argc; i++) {
        const char *a = argv[i];
        if (a[0] != '-' || !a[1]) {
            (*files)[(*nfiles)++] = argv[i];
            continue;
        }
        const char *f = a + 1;
        if (*f == '-') f++;
        if (strncmp(f, "test.", 5) == 0) f += 5;
        char name[64];
        const char *eq = strchr(f, '=');
        size_t nl = eq ? (size_t)(eq - f) : strlen(f);
        if (nl >= sizeof name) nl = sizeof name - 1;
        memcpy(name, f, nl);
        name[nl] = 0;
        const char *val = eq ? eq + 1 : NULL;
        bool *flag = strcmp(name, "v") == 0 ? &fl->verbose : strcmp(name, "benchmem") == 0 ? &fl->benchmem :
                     strcmp(name, "short") == 0 ? &fl->short_ : NULL;
        if (flag) {
            if (!val || strcmp(val, "true") == 0 || strcmp(val, "1") == 0) *flag = true;
            else if (strcmp(val, "false") == 0 || strcmp(val, "0") == 0) *flag = false;
            else {
                fprintf(stderr, "invalid boolean value \"%s\" for -%s: parse error\n", val, name);
                return false;
            }
            continue;
        }
        static const char *const valued[] = { "run", "bench", "benchtime", "count", "parallel", "lang", "sched", "sched-seed" };
        bool known = false;
        for (size_t k = 0; k < sizeof valued / sizeof valued[0]; k++) known |= strcmp(name, valued[k]) == 0;
        if (!known) {
            fprintf(stderr, "flag provided but not defined: -%s\n", name);
            usage();
            return false;
        }
        if (!val) {
            if (i + 1 >= argc) {
                fprintf(stderr, "flag needs an argument: -%s\n", name);
                usage();
                return false;
            }
            val = argv[++i];
        }
        bool ok = true;
        const char *why = "parse error";
        if (strcmp(name, "run") == 0) fl->run = val;
        else if (strcmp(name, "bench") == 0) fl->bench = val;
        else if (strcmp(name, "benchtime") == 0) {
            size_t n = strlen(val);
            if (n && val[n - 1] == 'x') {
                char *num = strndup(val, n - 1);
                ok = parse_int(num, &fl->benchn) && fl->benchn > 0;
                free(num);
                why = "invalid count";
            } else {
                ok = parse_duration(val, &fl->benchtime) && fl->benchtime > 0;
                fl->benchn = 0;
                why = "invalid duration";
            }
        } else if (strcmp(name, "count") == 0) ok = parse_int(val, &fl->count);
        else if (strcmp(name, "parallel") == 0) ok = parse_int(val, &fl->parallel);
        else if (strcmp(name, "lang") == 0) {
            ok = strcmp(val, "go1.21") == 0 || strcmp(val, "go1.22") == 0;
            fl->lang = strcmp(val, "go1.21") == 0 ? 121 : 122;
            why = "want go1.21 or go1.22";
        } else if (strcmp(name, "sched") == 0) {
            if (strcmp(val, "preempt") == 0) fl->sched.mode = SMODE_PREEMPT;
            else if (strcmp(val, "coop") == 0) fl->sched.mode = SMODE_COOP;
            else if (strcmp(val, "fifo") == 0) fl->sched.mode = SMODE_FIFO;
            else ok = false;
            why = "want preempt, coop or fifo";
        } else {
            int64_t seed = 0;
            ok = parse_int(val, &seed);
            fl->sched.seed = (uint64_t)seed;
        }
        if (!ok) {
            fprintf(stderr, "invalid value \"%s\" for flag -%s%s: %s\n", val,
                    strcmp(name, "lang") && strcmp(name, "sched") && strcmp(name, "sched-seed") ? "test." : "", name, why);
            return false;
        }
    }
    return true;
}

/* ---- the files ---- */

typedef struct Input {
    const char *given;        /* as on the command line */
    const char *abs;          /* its absolute path (traces) */
    const char *shown;        /* as compile errors name it: ./x_test.go, dir/x_test.go */
    char *src;
    size_t len;
    bool is_test;             /* a _test.go file */
    Node *tree;
} Input;

static bool has_suffix(const char *s, const char *suffix) {
    size_t n = strlen(s), m = strlen(suffix);
    return n >= m && strcmp(s + n - m, suffix) == 0;
}

static const char *errno_text(int e) {
    static char buf[256];
    snprintf(buf, sizeof buf, "%s", strerror(e));
    if (buf[0] >= 'A' && buf[0] <= 'Z' && !(buf[1] >= 'A' && buf[1] <= 'Z')) buf[0] = (char)(buf[0] - 'A' + 'a');
    return buf;
}

/* The file's text; NULL after printing why not. */
static char *read_file(const char *path, size_t *len) {
    struct stat st;
    if (stat(path, &st) != 0) {
        fprintf(stderr, "stat %s: %s\n", path, errno_text(errno));
        return NULL;
    }
    if (S_ISDIR(st.st_mode)) {
        fprintf(stderr, "%s is a directory, should be a Go file\n", path);
        return NULL;
    }
    FILE *f = fopen(path, "rb");
    if (!f) {
        fprintf(stderr, "minigo: open %s: %s\n", path, errno_text(errno));
        return NULL;
    }
    Buf b;
    buf_init(&b);
    char chunk[1 << 16];
    size_t n;
    while ((n = fread(chunk, 1, sizeof chunk, f)) > 0) buf_write(&b, chunk, n);
    bool bad = ferror(f);
    fclose(f);
    if (bad) {
        fprintf(stderr, "minigo: read %s: %s\n", path, errno_text(EIO));
        return NULL;
    }
    *len = b.len;
    return (char *)buf_cstr(&b);
}

/* Go's filepath.Rel(base, target) for absolute, clean paths. */
static char *rel_path(const char *base, const char *target) {
    size_t common = 0, i = 0;
    for (;; i++) {
        char a = base[i], b = target[i];
        if ((a == '/' || !a) && (b == '/' || !b)) common = i;
        if (!a || !b || a != b) break;
    }
    Buf r;
    buf_init(&r);
    for (const char *p = base + common; *p; p++)
        if (*p == '/') buf_puts(&r, r.len ? "/.." : "..");
    const char *rest = target + common + (target[common] == '/');
    if (*rest) {
        if (r.len) buf_putc(&r, '/');
        buf_puts(&r, rest);
    }
    if (!r.len) buf_putc(&r, '.');
    return (char *)buf_cstr(&r);
}

/* How the go command names a file of the package in compile errors: its
 * directory relative to the working directory when that is shorter ("."
 * for the working directory itself), then its name. */
static const char *shown_path(const char *abs) {
    char cwd[PATH_MAX];
    const char *slash = strrchr(abs, '/');
    if (!slash || !getcwd(cwd, sizeof cwd)) return abs;
    char *dir = strndup(abs, (size_t)(slash - abs));
    if (!*dir) { free(dir); dir = strdup("/"); }
    char *rel = rel_path(cwd, dir);
    const char *d = strlen(rel) < strlen(dir) ? rel : dir;
    size_t n = strlen(d) + strlen(slash) + 1;
    char *out = malloc(n);
    snprintf(out, n, "%s%s", d, slash);
    free(dir);
    return out;
}

/* ---- discovery (cmd/go's load/test.go and go/doc's example.go) ---- */

typedef struct Example { const char *name, *output; bool unordered; } Example;

/* What the _test files hold (in the collector's memory: the names are the trees'). */
typedef struct Found {
    const char **tests, **benchmarks;
    int ntests, nbenchmarks;
    Example *examples;
    int nexamples;
    bool test_main;
} Found;

/* Go's isTest: name is prefix, or prefix and a rune that is not a
 * lower-case letter ("Testing" is not a test). */
static bool is_test_name(const char *name, const char *prefix) {
    size_t n = strlen(prefix);
    if (strncmp(name, prefix, n) != 0) return false;
    if (!name[n]) return true;
    int32_t r;
    utf8_decode(name + n, strlen(name + n), &r);
    return !uni_is_lower(r);
}

/* Whether fd is func F(x *pkg.arg) (or *arg) with no results: cmd/go's
 * isTestFunc (how testing is imported is not known there either). */
static bool has_test_signature(const Node *fd, const char *arg) {
    const Node *ft = fd->u.func.type;
    if (ft->u.functype.results.len) return false;
    if (ft->u.functype.params.len != 1) return false;
    const Node *p = ft->u.functype.params.items[0];
    if (p->u.field.names.len > 1) return false;
    const Node *t = p->u.field.type;
    if (!t || t->kind != N_STAR) return false;
    t = t->u.unary.x;
    if (t->kind == N_IDENT) return strcmp(t->u.ident.name, arg) == 0;
    return t->kind == N_SELECTOR && strcmp(t->u.selector.sel->u.ident.name, arg) == 0;
}

/* A comment of the source: its bytes [start, end) and lines. */
typedef struct Comment { size_t start, end; int line, endline; } Comment;
/* A comment group (go/ast.CommentGroup): comments [first, last]. */
typedef struct Group { int first, last; } Group;

typedef struct Comments { Comment *c; int n, cap; Group *g; int ng, gcap; } Comments;

/* The comments of src and their groups, by go/parser's rule: a comment
 * on the line of the token before it starts a group of the comments on
 * that line; other groups are comments on adjacent lines. */
static void scan_comments(const char *src, size_t len, Comments *cs) {
    memset(cs, 0, sizeof *cs);
    int line = 1, code_line = 0;    /* the line of the last token that is not a comment */
    bool in_run = false;            /* the comments since the last token */
    int group_end = 0;              /* the end line of the group being built */
    bool same_line_group = false;   /* it is a group of comments on a token's line */
    for (size_t i = 0; i < len;) {
        char c = src[i];
        if (c == '\n') { line++; i++; continue; }
        if (c == ' ' || c == '\t' || c == '\r') { i++; continue; }
        if (c == '/' && i + 1 < len && (src[i + 1] == '/' || src[i + 1] == '*')) {
            Comment cm = { i, 0, line, line };
            if (src[i + 1] == '/') {
                while (i < len && src[i] != '\n') i++;
            } else {
                i += 2;
                while (i + 1 < len && !(src[i] == '*' && src[i + 1] == '/')) {
                    if (src[i] == '\n') line++;
                    i++;
                }
                i = i + 2 <= len ? i + 2 : len;
            }
            cm.end = i;
            cm.endline = line;
            if (cs->n == cs->cap) {
                cs->cap = cs->cap ? cs->cap * 2 : 64;
                cs->c = realloc(cs->c, sizeof *cs->c * (size_t)cs->cap);
            }
            int idx = cs->n++;
            cs->c[idx] = cm;
            bool join;
            if (!in_run) {
                same_line_group = cm.line == code_line;
                join = false;
            } else {
                join = same_line_group ? cm.line <= group_end : cm.line <= group_end + 1;
                if (!join) same_line_group = false;
            }
            if (join) {
                cs->g[cs->ng - 1].last = idx;
            } else {
                if (cs->ng == cs->gcap) {
                    cs->gcap = cs->gcap ? cs->gcap * 2 : 64;
                    cs->g = realloc(cs->g, sizeof *cs->g * (size_t)cs->gcap);
                }
                cs->g[cs->ng++] = (Group){ idx, idx };
            }
            group_end = cm.endline;
            in_run = true;
            continue;
        }
        /* a token: skip a literal whole (comment markers in it are not comments) */
        in_run = false;
        code_line = line;
        if (c == '"' || c == '\'') {
            i++;
            while (i < len && src[i] != c && src[i] != '\n') i += src[i] == '\\' ? 2 : 1;
            i++;
        } else if (c == '`') {
            i++;
            while (i < len && src[i] != '`') {
                if (src[i] == '\n') line++;
                i++;
            }
            i++;
        } else {
            i++;
        }
        code_line = line;
    }
}

/* go/ast's isDirective: //line, //extern, //export, //[a-z0-9]+:[a-z0-9]. */
static bool is_directive(const char *c, size_t n) {
    if ((n >= 5 && strncmp(c, "line ", 5) == 0) || (n >= 7 && strncmp(c, "extern ", 7) == 0) ||
        (n >= 7 && strncmp(c, "export ", 7) == 0))
        return true;
    size_t i = 0;
    while (i < n && ((c[i] >= 'a' && c[i] <= 'z') || (c[i] >= '0' && c[i] <= '9'))) i++;
    return i > 0 && i + 1 < n && c[i] == ':' && ((c[i + 1] >= 'a' && c[i + 1] <= 'z') || (c[i + 1] >= '0' && c[i + 1] <= '9'));
}

/* go/ast's CommentGroup.Text: markers off (and the first space of a //
 * comment), lines' trailing blanks off, leading blank lines off, runs of
 * blank lines made one, a final newline. */
static char *group_text(const char *src, const Comments *cs, Group g) {
    /* the lines, each a NUL-terminated string */
    char **lines = NULL;
    int n = 0, cap = 0;
    for (int k = g.first; k <= g.last; k++) {
        const char *c = src + cs->c[k].start;
        size_t len = cs->c[k].end - cs->c[k].start;
        if (c[1] == '/') {
            c += 2;
            len -= 2;
            if (len > 0 && c[0] == ' ') { c++; len--; }
            else if (len > 0 && is_directive(c, len)) continue;
        } else {
            c += 2;
            len = len >= 4 ? len - 4 : 0;
        }
        for (;;) {
            const char *nl = memchr(c, '\n', len);
            size_t l = nl ? (size_t)(nl - c) : len;
            size_t t = l;
            while (t > 0 && (c[t - 1] == ' ' || c[t - 1] == '\t' || c[t - 1] == '\r')) t--;
            if (n == cap) {
                cap = cap ? cap * 2 : 16;
                lines = realloc(lines, sizeof *lines * (size_t)cap);
            }
            lines[n++] = strndup(c, t);
            if (!nl) break;
            c = nl + 1;
            len -= l + 1;
        }
    }
    Buf out;
    buf_init(&out);
    int kept = 0;
    bool last_blank = false;
    for (int i = 0; i < n; i++) {
        bool blank = !lines[i][0];
        if (!blank || (kept > 0 && !last_blank)) {
            if (kept > 0) buf_putc(&out, '\n');
            buf_puts(&out, lines[i]);
            kept++;
            last_blank = blank;
        }
        free(lines[i]);
    }
    free(lines);
    if (kept > 0 && !last_blank) buf_putc(&out, '\n');
    return (char *)buf_cstr(&out);
}

/* go/doc's exampleOutput: the output the body's last comment group
 * wants (after "Output:" or "Unordered output:", any case), and whether
 * it has one. */
static bool example_output(const char *src, const Comments *cs, const Node *body, const char **output, bool *unordered) {
    size_t from = (size_t)body->pos.offset, to = (size_t)body->u.block.rbrace.offset + 1;
    int last = -1;
    for (int k = 0; k < cs->ng; k++) {
        if (cs->c[cs->g[k].first].start < from) continue;
        if (cs->c[cs->g[k].last].end > to) break;
        last = k;
    }
    if (last < 0) return false;
    char *text = group_text(src, cs, cs->g[last]);
    char *t = text;
    while (*t == ' ' || *t == '\t' || *t == '\n' || *t == '\r' || *t == '\v' || *t == '\f') t++;
    *unordered = strncasecmp(t, "unordered output:", 17) == 0;
    if (*unordered) t += 17;
    else if (strncasecmp(t, "output:", 7) == 0) t += 7;
    else return false;
    while (*t == ' ') t++;
    if (*t == '\n') t++;
    *output = t;
    return true;
}

/* Adds the tests, benchmarks and examples of a _test file; false after
 * reporting the first function of a wrong signature (the go command's
 * "setup failed", which stops there; its message names the file by its
 * absolute path). */
static bool discover(const Input *in, Found *f, FILE *errs) {
    Comments cs;
    scan_comments(in->src, in->len, &cs);
    bool ok = true;
    NodeList *decls = &in->tree->u.file.decls;
    for (int i = 0; i < decls->len; i++) {
        Node *d = decls->items[i];
        if (d->kind != N_FUNCDECL || d->u.func.recv) continue;
        const char *name = d->u.func.name->u.ident.name;
        const char *kind = NULL;
        if (strcmp(name, "TestMain") == 0 && !has_test_signature(d, "T")) {
            if (!has_test_signature(d, "M")) {
                fprintf(errs, "%s:%d:%d: wrong signature for TestMain, must be: func TestMain(m *testing.M)\n",
                        in->abs, d->pos.line, d->pos.col);
                ok = false;
                break;
            } else if (f->test_main) {
                fprintf(errs, "%s:%d:%d: multiple definitions of TestMain\n", in->abs, d->pos.line, d->pos.col);
                ok = false;
                break;
            }
            f->test_main = true;
            continue;
        }
        if (is_test_name(name, "Test")) kind = "T";
        else if (is_test_name(name, "Benchmark")) kind = "B";
        if (kind) {
            if (!has_test_signature(d, kind)) {
                fprintf(errs, "%s:%d:%d: wrong signature for %s, must be: func %s(%s *testing.%s)\n", in->abs,
                        d->pos.line, d->pos.col, name, name, kind[0] == 'T' ? "t" : "b", kind);
                ok = false;
                break;
            }
            if (kind[0] == 'T') {
                f->tests = GC_REALLOC(f->tests, sizeof(char *) * (size_t)(f->ntests + 1));
                f->tests[f->ntests++] = name;
            } else {
                f->benchmarks = GC_REALLOC(f->benchmarks, sizeof(char *) * (size_t)(f->nbenchmarks + 1));
                f->benchmarks[f->nbenchmarks++] = name;
            }
            continue;
        }
        /* go/doc's examples: no parameters, no results, a body; run only with an output comment */
        if (!is_test_name(name, "Example") || is_test_name(name, "Fuzz")) continue;
        const Node *ft = d->u.func.type;
        if (ft->u.functype.params.len || ft->u.functype.results.len || !d->u.func.body) continue;
        Example ex = { name, NULL, false };
        if (!example_output(in->src, &cs, d->u.func.body, &ex.output, &ex.unordered)) continue;
        f->examples = GC_REALLOC(f->examples, sizeof *f->examples * (size_t)(f->nexamples + 1));
        f->examples[f->nexamples++] = ex;
    }
    free(cs.c);
    free(cs.g);
    return ok;
}

/* ---- the generated main ---- */

/* s as a Go string literal. */
static void go_quote(Buf *b, const char *s) {
    buf_putc(b, '"');
    size_t n = strlen(s);
    for (size_t i = 0; i < n;) {
        unsigned char c = (unsigned char)s[i];
        int32_t r;
        int w = c >= 0x80 ? utf8_decode_valid(s + i, n - i, &r) : 1;
        if (c == '"' || c == '\\') { buf_putc(b, '\\'); buf_putc(b, (char)c); i++; }
        else if (c == '\n') { buf_puts(b, "\\n"); i++; }
        else if (c == '\t') { buf_puts(b, "\\t"); i++; }
        else if (c < 0x20 || c == 0x7f || w == 0) {
            char hex[8];
            snprintf(hex, sizeof hex, "\\x%02x", c);
            buf_puts(b, hex);
            i++;
        } else {
            buf_write(b, s + i, (size_t)w);
            i += (size_t)w;
        }
    }
    buf_putc(b, '"');
}

/* _testmain.go: the entry function, in the package under test (so it
 * names the functions directly), with imports of its own file. */
static char *generate_main(const char *pkg, const Found *f, const TestFlags *fl) {
    Buf b;
    buf_init(&b);
    char num[64];
    buf_puts(&b, "package ");
    buf_puts(&b, pkg);
    buf_puts(&b, "\n\nimport (\n\tminigo_os \"os\"\n\tminigo_testing \"testing\"\n)\n\nfunc " ENTRY "() {\n");
    buf_puts(&b, "\tminigo_tests := []minigo_testing.InternalTest{\n");
    for (int i = 0; i < f->ntests; i++) {
        buf_puts(&b, "\t\t{");
        go_quote(&b, f->tests[i]);
        buf_puts(&b, ", ");
        buf_puts(&b, f->tests[i]);
        buf_puts(&b, "},\n");
    }
    buf_puts(&b, "\t}\n\tminigo_benchmarks := []minigo_testing.InternalBenchmark{\n");
    for (int i = 0; i < f->nbenchmarks; i++) {
        buf_puts(&b, "\t\t{");
        go_quote(&b, f->benchmarks[i]);
        buf_puts(&b, ", ");
        buf_puts(&b, f->benchmarks[i]);
        buf_puts(&b, "},\n");
    }
    buf_puts(&b, "\t}\n\tminigo_examples := []minigo_testing.InternalExample{\n");
    for (int i = 0; i < f->nexamples; i++) {
        buf_puts(&b, "\t\t{");
        go_quote(&b, f->examples[i].name);
        buf_puts(&b, ", ");
        buf_puts(&b, f->examples[i].name);
        buf_puts(&b, ", ");
        go_quote(&b, f->examples[i].output);
        buf_puts(&b, f->examples[i].unordered ? ", true},\n" : ", false},\n");
    }
    buf_puts(&b, "\t}\n\tminigo_m := minigo_testing.MainStart(minigo_testing.Options{Run: ");
    go_quote(&b, fl->run ? fl->run : "");
    buf_puts(&b, ", Bench: ");
    go_quote(&b, fl->bench ? fl->bench : "");
    snprintf(num, sizeof num, ", BenchTime: %lld, BenchN: %lld, Count: %lld", (long long)fl->benchtime,
             (long long)fl->benchn, (long long)fl->count);
    buf_puts(&b, num);
    snprintf(num, sizeof num, ", Parallel: %lld", (long long)fl->parallel);
    buf_puts(&b, num);
    buf_puts(&b, fl->verbose ? ", Verbose: true" : "");
    buf_puts(&b, fl->benchmem ? ", Benchmem: true" : "");
    buf_puts(&b, fl->short_ ? ", Short: true" : "");
    buf_puts(&b, "}, minigo_tests, minigo_benchmarks, minigo_examples)\n");
    if (f->test_main)
        buf_puts(&b, "\tTestMain(minigo_m)\n\tminigo_os.Exit(minigo_testing.MainExitCode(minigo_m))\n}\n");
    else
        buf_puts(&b, "\tminigo_os.Exit(minigo_m.Run())\n}\n");
    return (char *)buf_cstr(&b);
}

/* ---- the run and its summary ---- */

static struct {
    bool stream;              /* -v or -bench: the output goes out as it comes */
    bool bench;               /* -bench: the go command keeps no copy of the output */
    int capture;              /* else: the memory file fds 1 and 2 write to */
    int real_out;             /* the standard output they had */
    struct timespec start;
} run;

static void write_out(const char *s, size_t n) {
    while (n) {
        ssize_t w = write(1, s, n);
        if (w <= 0) return;
        s += w;
        n -= (size_t)w;
    }
}

static void print_out(const char *s) { write_out(s, strlen(s)); }

/* The captured output (the memory file's contents). */
static char *captured_output(size_t *len) {
    off_t end = lseek(run.capture, 0, SEEK_END);
    char *out = malloc(end > 0 ? (size_t)end + 1 : 1);
    size_t n = 0;
    if (out && end > 0 && lseek(run.capture, 0, SEEK_SET) == 0) {
        ssize_t r;
        while (n < (size_t)end && (r = read(run.capture, out + n, (size_t)end - n)) > 0) n += (size_t)r;
    }
    if (out) out[n] = 0;
    *len = n;
    return out;
}

/* The go command's part, when the run ends (however it ends): the output
 * of a failed run that was kept, and the summary line. */
static void summary(void) {
    int code = os_exit_status();
    if (code < 0) code = 2;   /* not os.Exit: a panic or a fatal error */
    struct timespec now;
    clock_gettime(CLOCK_MONOTONIC, &now);
    double secs = (double)(now.tv_sec - run.start.tv_sec) + (double)(now.tv_nsec - run.start.tv_nsec) / 1e9;
    char *out = NULL;
    size_t len = 0;
    if (!run.stream) {
        out = captured_output(&len);
        dup2(run.real_out, 1);
        dup2(run.real_out, 2);
    }
    char line[256];
    if (code == 0) {
        const char *norun = !run.bench && testing_no_tests() ? " [no tests to run]" : "";
        if (!run.stream) len = 0;   /* a run that passed shows only its line */
        snprintf(line, sizeof line, "ok  \t" PKG "\t%.3fs%s\n", secs, norun);
    } else {
        snprintf(line, sizeof line, "FAIL\t" PKG "\t%.3fs\nFAIL\n", secs);
    }
    if (!run.stream && code != 0) write_out(out, len);
    if (code != 0 && (run.bench || (!run.stream && len == 0))) {
        char st[64];
        snprintf(st, sizeof st, "exit status %d\n", code);
        print_out(st);
    } else if (len > 0 && out[len - 1] != '\n') {
        print_out("\n");
    }
    print_out(line);
    free(out);
    /* the go command exits 1 when the test binary failed, however it did */
    if (code != 0) {
        fflush(stdout);
        _exit(1);
    }
}

/* Sends the run's output where the go command would show it. */
static void setup_output(const TestFlags *fl) {
    run.stream = fl->verbose || fl->bench;
    run.bench = fl->bench != NULL;
    fflush(stdout);
    fflush(stderr);
    run.real_out = dup(1);
    if (run.stream) {
        dup2(1, 2);
        return;
    }
    run.capture = memfd_create("minigo-test-output", 0);
    if (run.capture < 0) {
        FILE *t = tmpfile();
        run.capture = t ? dup(fileno(t)) : -1;
        if (t) fclose(t);
    }
    if (run.capture < 0) {   /* nowhere to keep it: show it */
        run.stream = true;
        dup2(1, 2);
        return;
    }
    dup2(run.capture, 1);
    dup2(run.capture, 2);
}

/* ---- the command ---- */

int cmd_test(int argc, char **argv, int i) {
    TestFlags fl = { .benchtime = 1000000000, .count = 1 };
    testing_counting = true;   /* B/op and allocs/op */
    char **args;
    int nargs;
    if (!parse_test_flags(argc, argv, i, &fl, &args, &nargs)) return 2;
    if (nargs == 0) {
        fprintf(stderr, "minigo test: no go files listed\n");
        usage();
        return 2;
    }
    /* the package's files: the others first, then the _test files (as go list orders them) */
    /* the collector's memory: it holds the sources and trees */
    Input *in = GC_MALLOC(sizeof *in * (size_t)(nargs + 1));
    int n = 0, ntest = 0;
    for (int pass = 0; pass < 2; pass++)
        for (int k = 0; k < nargs; k++) {
            bool t = has_suffix(args[k], "_test.go");
            if (t != (pass == 1)) continue;
            if (!has_suffix(args[k], ".go")) {
                fprintf(stderr, "minigo test: %s is not a .go file\n", args[k]);
                return 2;
            }
            in[n].given = args[k];
            in[n].is_test = t;
            ntest += t;
            n++;
        }
    char *firstdir = NULL;
    for (int k = 0; k < n; k++) {
        in[k].src = read_file(in[k].given, &in[k].len);
        if (!in[k].src) return 2;
        char *abs = realpath(in[k].given, NULL);
        in[k].abs = abs ? abs : in[k].given;
        in[k].shown = shown_path(in[k].abs);
        char *dir = strndup(in[k].abs, (size_t)(strrchr(in[k].abs, '/') ? strrchr(in[k].abs, '/') - in[k].abs : 0));
        if (!firstdir) firstdir = dir;
        else if (strcmp(dir, firstdir) != 0) {
            fprintf(stderr, "named files must all be in one directory; have %s and %s\n", firstdir, dir);
            return 2;
        }
    }
    if (ntest == 0) {
        printf("?   \t" PKG "\t[no test files]\n");
        return 0;
    }
    /* the syntax trees, for the functions to run (a syntax error is the go command's "setup failed") */
    DiagList pd = { 0 };
    bool parsed = true;
    for (int k = 0; k < n; k++) {
        pd.filename = in[k].given;
        pd.fileno = k;
        int before = pd.len;
        in[k].tree = parse_file(in[k].src, in[k].len, &pd);
        if (!in[k].tree || pd.len > before) parsed = false;
    }
    Found found = { 0 };
    if (parsed) {
        bool ok = true;
        char *errtext = NULL;
        size_t errlen = 0;
        FILE *errs = open_memstream(&errtext, &errlen);
        for (int k = 0; k < n && ok && errs; k++)
            if (in[k].is_test) ok = discover(&in[k], &found, errs);
        if (errs) fclose(errs);
        if (!ok) {
            fprintf(stderr, "# " PKG "\n%s", errtext);
            printf("FAIL\t" PKG " [setup failed]\nFAIL\n");
            return 1;   /* go test: 1 for any failure but its own usage */
        }
        free(errtext);
    } else {
        fprintf(stderr, "# " PKG "\n");
        diag_print(&pd, stderr);
        printf("FAIL\t" PKG " [setup failed]\nFAIL\n");
        return 1;   /* go test: 1 for any failure but its own usage */
    }
    const char *pkg = in[0].tree->u.file.package->u.ident.name;
    char *gen = generate_main(pkg, &found, &fl);
    SourceFile *files = GC_MALLOC(sizeof *files * (size_t)(n + 1));
    for (int k = 0; k < n; k++) files[k] = (SourceFile){ in[k].shown, in[k].abs, in[k].src, in[k].len };
    files[n] = (SourceFile){ "_testmain.go", "_testmain.go", gen, strlen(gen) };
    CompileOptions opt = { .lang = fl.lang, .entry = ENTRY, .any_package = true, .sym_path = PKG };
    DiagList diags = { 0 };
    Program *prog = compile_files(files, n + 1, &opt, &diags);
    if (!prog) {
        fprintf(stderr, "# " PKG " [" PKG ".test]\n");
        if (diags.len) diag_print(&diags, stderr);
        printf("FAIL\t" PKG " [build failed]\nFAIL\n");
        return 1;   /* go test: 1 for any failure but its own usage */
    }
    prog->abspath = in[0].abs;
    static char *test_args[] = { PKG ".test", NULL };
    os_set_args(1, test_args);
    setup_output(&fl);
    sched_set_exit_hook(summary);
    clock_gettime(CLOCK_MONOTONIC, &run.start);
    int code = sched_run_main(prog, &fl.sched);
    summary();   /* not reached: the generated main ends with os.Exit */
    return code;
}
