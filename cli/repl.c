/* repl.c — the Go prompt: `minigo` on a terminal, `minigo repl`.
 *
 * Each input (lines read until the parser no longer says "not complete")
 * is compiled into the session (compiler/compile.c's Session: what it
 * declares persists, a later declaration of a name replaces the earlier
 * one for code compiled after it) and run as a new goroutine on the
 * scheduler, which runs in the background (sched_start): goroutines
 * started at the prompt go on running while it waits. The prompt waits
 * for the input's goroutine only: its return, its panic, a deadlock of
 * every goroutine, or Ctrl-C (which stops it at its next preemption
 * point, so even `for {}` with GOMAXPROCS=1).
 *
 * On a terminal, line editing, history and completion are lineedit.c's;
 * from a pipe (`minigo repl < file`) inputs are read as lines with no
 * prompt and no echo: what the golden transcripts of tests/repl use.
 *
 * Commands start with ':' (repl_help lists them).
 */
#include <errno.h>
#include <gc.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>
#include "compiler.h"
#include "lineedit.h"
#include "packages.h"
#include "repl.h"
#include "scheduler.h"

typedef struct Repl {
    Session *s;
    bool tty;
    bool timing;              /* :time on */
    SchedOptions sched;
} Repl;

static Repl R;

static volatile sig_atomic_t interrupted;

static void on_sigint(int sig) {
    (void)sig;
    interrupted = 1;
}

static void exit_hook(void) {
    if (R.tty) le_close();
}

/* ---- reading inputs ---- */

/* A line from stdin without its newline (malloc'd), or NULL at its end. */
static char *read_plain(void) {
    char *line = NULL;
    size_t cap = 0;
    ssize_t n = getline(&line, &cap, stdin);
    if (n < 0) { free(line); return NULL; }
    if (n > 0 && line[n - 1] == '\n') line[--n] = 0;
    if (n > 0 && line[n - 1] == '\r') line[--n] = 0;
    return line;
}

static bool blank(const char *s) {
    for (; *s; s++) if (*s != ' ' && *s != '\t') return false;
    return true;
}

/* ---- running ---- */

static double now_ms(void) {
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec * 1e3 + (double)ts.tv_nsec / 1e6;
}

/* Compiles src as one input; prints the errors; returns the function to
 * run or -1 (-2: not complete; whole: it is complete, print why not). */
static int compile_input(const char *src, const char *filename, bool whole) {
    DiagList diags = { .filename = filename };
    int e = session_compile(R.s, src, strlen(src), &diags, false, NULL);
    if (e == -1 || (e == -2 && whole)) {
        if (diags.len) diag_print(&diags, stderr);
        fflush(stderr);
    }
    return e;
}

static void run_fn(int fn) {
    struct sigaction sa, old;
    memset(&sa, 0, sizeof sa);
    sa.sa_handler = on_sigint;
    sigemptyset(&sa.sa_mask);
    sigaction(SIGINT, &sa, &old);
    interrupted = 0;
    double t0 = now_ms();
    InputEnd how = sched_run_input(fn, &interrupted);
    double t1 = now_ms();
    sigaction(SIGINT, &old, NULL);
    fflush(stdout);
    if (how == INPUT_INTERRUPTED) fprintf(stderr, "%sinterrupted\n", R.tty ? "\n" : "");
    if (R.timing) fprintf(stderr, "// %.3fms\n", t1 - t0);
    fflush(stderr);
}

/* ---- commands ---- */

static void repl_help(void) {
    printf("Type Go: statements, expressions (their value is printed), declarations.\n"
           "Packages are imported when first used. An unfinished input continues on\n"
           "the next line (... prompt); an empty line abandons it.\n"
           "\n"
           "  :help                 this text\n"
           "  :quit                 leave (also Ctrl-D)\n"
           "  :goroutines           every live goroutine: state, wait reason, where it is\n"
           "  :type EXPR            the type of EXPR, without running it\n"
           "  :vars                 what the session declared, with types\n"
           "  :disasm NAME          the bytecode of a function (NAME or Type.Method)\n"
           "  :lang go1.21|go1.22   loop variables: shared (go1.21) or per iteration\n"
           "  :sched preempt|coop|fifo   the scheduler's mode\n"
           "  :gomaxprocs N         the number of Ps\n"
           "  :time on|off          print each input's wall time\n"
           "  :load FILE            the declarations of a .go file (its main is not run)\n"
           "  :run FILE             load FILE and run its main\n"
           "  :reset                forget everything declared\n"
           "\n"
           "Ctrl-C stops the running input (even for {}); goroutines it started run on.\n");
}

static void cmd_vars(void) {
    ReplState *r = session_compiler(R.s)->repl;
    for (int i = 0; i < r->norder; i++) {
        Object *o = r->order[i];
        switch (o->kind) {
        case OBJ_VAR: printf("var %s %s\n", o->name, type_string(o->type)); break;
        case OBJ_CONST: printf("const %s %s\n", o->name, type_string(o->type)); break;
        case OBJ_TYPE: printf("type %s %s\n", o->name, type_string(o->type->under)); break;
        case OBJ_FUNC: printf("func %s%s\n", o->name, type_string(o->type) + 4); break;   /* "func(...)..." */
        default: break;
        }
    }
    fflush(stdout);
}

static bool has_prefix(const char *s, const char *p) { return strncmp(s, p, strlen(p)) == 0; }

/* Prints the function's bytecode and its function literals'. */
static void disasm_proto_family(int idx) {
    Program *prog = session_program(R.s);
    const Proto *p = prog->funcs[idx];
    vm_disasm_proto(stdout, prog, p);
    size_t n = strlen(p->name);
    for (int i = 0; i < prog->nfuncs; i++) {
        const char *q = prog->funcs[i]->name;
        if (i != idx && strncmp(q, p->name, n) == 0 && q[n] == '.' && has_prefix(q + n + 1, "func")) {
            printf("\n");
            vm_disasm_proto(stdout, prog, prog->funcs[i]);
        }
    }
}

static void cmd_disasm(const char *name) {
    ReplState *r = session_compiler(R.s)->repl;
    const char *dot = strchr(name, '.');
    Object *o = r->session ? scope_lookup_local(r->session, intern(name, dot ? (size_t)(dot - name) : strlen(name))) : NULL;
    if (o && dot && o->kind == OBJ_TYPE) {
        const char *m = intern_cstr(dot + 1);
        Object *f = NULL;
        for (int i = 0; i < o->type->nmethods; i++) if (o->type->methods[i].name == m) f = o->type->methods[i].func;
        o = f;
    } else if (dot) {
        o = NULL;
    }
    if (!o || o->kind != OBJ_FUNC || o->index < 0) {
        fprintf(stderr, ":disasm: no function %s declared in this session\n", name);
        return;
    }
    disasm_proto_family(o->index);
    fflush(stdout);
}

/* Reads a .go file as an input: its package clause blanked out (lines and
 * columns stay where they were). */
static char *read_go_file(const char *path) {
    FILE *f = fopen(path, "rb");
    if (!f) {
        fprintf(stderr, "open %s: %s\n", path, strerror(errno));
        return NULL;
    }
    size_t cap = 1 << 12, n = 0;
    char *buf = malloc(cap);
    size_t got;
    while ((got = fread(buf + n, 1, cap - n - 1, f)) > 0) {
        n += got;
        if (n + 1 >= cap) buf = realloc(buf, cap *= 2);
    }
    fclose(f);
    buf[n] = 0;
    /* skip spaces and comments to the package clause */
    size_t i = 0;
    for (;;) {
        while (i < n && (buf[i] == ' ' || buf[i] == '\t' || buf[i] == '\n' || buf[i] == '\r')) i++;
        if (i + 1 < n && buf[i] == '/' && buf[i + 1] == '/') {
            while (i < n && buf[i] != '\n') i++;
        } else if (i + 1 < n && buf[i] == '/' && buf[i + 1] == '*') {
            char *e = strstr(buf + i + 2, "*/");
            i = e ? (size_t)(e - buf) + 2 : n;
        } else {
            break;
        }
    }
    if (strncmp(buf + i, "package", 7) == 0) {
        size_t j = i + 7;
        while (j < n && (buf[j] == ' ' || buf[j] == '\t')) j++;
        while (j < n && buf[j] != '\n' && buf[j] != ';' && buf[j] != ' ' && buf[j] != '\t' && buf[j] != '/') j++;
        memset(buf + i, ' ', j - i);
    }
    return buf;
}

static void cmd_load(const char *path, bool run) {
    char *src = read_go_file(path);
    if (!src) return;
    int e = compile_input(src, path, true);
    free(src);
    if (e < 0) return;
    run_fn(e);
    if (run) {
        e = compile_input("main()", "repl", true);
        if (e >= 0) run_fn(e);
    }
}

static void new_session(int lang) {
    R.s = session_new(lang);
    sched_set_program(session_program(R.s));
}

/* Runs a command line (starting with ':'); returns false for :quit. */
static bool command(const char *line) {
    char name[32];
    size_t n = strcspn(line + 1, " \t");
    if (n >= sizeof name) n = sizeof name - 1;
    memcpy(name, line + 1, n);
    name[n] = 0;
    const char *arg = line + 1 + n;
    while (*arg == ' ' || *arg == '\t') arg++;
    char *a = strdup(arg);
    for (size_t k = strlen(a); k > 0 && (a[k - 1] == ' ' || a[k - 1] == '\t'); k--) a[k - 1] = 0;
    bool go_on = true;
    if (!strcmp(name, "help") || !strcmp(name, "h") || !strcmp(name, "?")) {
        repl_help();
    } else if (!strcmp(name, "quit") || !strcmp(name, "q") || !strcmp(name, "exit")) {
        go_on = false;
    } else if (!strcmp(name, "goroutines")) {
        sched_print_live(stdout);
    } else if (!strcmp(name, "type") && !*a) {
        fprintf(stderr, "usage: :type EXPR\n");
    } else if (!strcmp(name, "type")) {
        DiagList diags = { 0 };
        const char *t = NULL;
        int e = session_compile(R.s, a, strlen(a), &diags, true, &t);
        if (e == 0) printf("%s\n", t);
        else if (diags.len) diag_print(&diags, stderr);
        else fprintf(stderr, "usage: :type EXPR\n");
    } else if (!strcmp(name, "vars")) {
        cmd_vars();
    } else if (!strcmp(name, "disasm")) {
        if (*a) cmd_disasm(a);
        else fprintf(stderr, "usage: :disasm NAME\n");
    } else if (!strcmp(name, "lang")) {
        if (!strcmp(a, "go1.21")) session_set_lang(R.s, 121);
        else if (!strcmp(a, "go1.22")) session_set_lang(R.s, 122);
        else if (*a) fprintf(stderr, ":lang: want go1.21 or go1.22\n");
        printf("go1.%d: %s\n", session_lang(R.s) - 100,
               session_lang(R.s) == 121 ? "one variable per loop, shared by its iterations"
                                        : "a new loop variable per iteration");
    } else if (!strcmp(name, "sched")) {
        static const char *const modes[] = { "preempt", "coop", "fifo" };
        int m = -1;
        for (int k = 0; k < 3; k++) if (!strcmp(a, modes[k])) m = k;
        if (m >= 0) sched_set_mode((SchedMode)m);
        else if (*a) fprintf(stderr, ":sched: want preempt, coop or fifo\n");
        printf("sched=%s\n", modes[sched_mode()]);
    } else if (!strcmp(name, "gomaxprocs")) {
        char *end;
        long v = strtol(a, &end, 10);
        if (!*a || *end || v < 1) {
            if (*a) fprintf(stderr, ":gomaxprocs: want a number >= 1\n");
            printf("GOMAXPROCS=%d\n", sched_gomaxprocs(0));
        } else {
            int old = sched_gomaxprocs(v);
            printf("GOMAXPROCS=%d (was %d)\n", sched_gomaxprocs(0), old);
        }
    } else if (!strcmp(name, "time")) {
        if (!strcmp(a, "on")) R.timing = true;
        else if (!strcmp(a, "off")) R.timing = false;
        else if (*a) fprintf(stderr, ":time: want on or off\n");
        printf("time %s\n", R.timing ? "on" : "off");
    } else if (!strcmp(name, "load") || !strcmp(name, "run")) {
        if (*a) cmd_load(a, name[0] == 'r');
        else fprintf(stderr, "usage: :%s FILE\n", name);
    } else if (!strcmp(name, "reset")) {
        new_session(session_lang(R.s));
        printf("session reset\n");
    } else {
        fprintf(stderr, "unknown command :%s (:help lists them)\n", name);
    }
    free(a);
    fflush(stdout);
    fflush(stderr);
    return go_on;
}

/* ---- completion ---- */

static const char *const keywords[] = {
    "break", "case", "chan", "const", "continue", "default", "defer", "else", "fallthrough", "for",
    "func", "go", "goto", "if", "import", "interface", "map", "package", "range", "return", "select",
    "struct", "switch", "type", "var", "append", "cap", "clear", "close", "copy", "delete", "len",
    "make", "max", "min", "new", "panic", "print", "println", "recover", "true", "false", "nil", "iota",
    "bool", "byte", "error", "float32", "float64", "int", "int8", "int16", "int32", "int64", "rune",
    "string", "uint", "uint8", "uint16", "uint32", "uint64", "uintptr", "any", NULL,
};

static const char *const commands[] = {
    ":help", ":quit", ":goroutines", ":type", ":vars", ":disasm", ":lang", ":sched", ":gomaxprocs",
    ":time", ":load", ":run", ":reset", NULL,
};

typedef struct Cands { char **v; int n, cap; } Cands;

static void cand_add(Cands *c, const char *prefix, size_t plen, const char *s) {
    if (strncmp(s, prefix, plen) != 0) return;
    for (int i = 0; i < c->n; i++) if (!strcmp(c->v[i], s)) return;
    if (c->n + 2 > c->cap) {
        c->cap = c->cap ? 2 * c->cap : 16;
        c->v = realloc(c->v, sizeof *c->v * (size_t)c->cap);
    }
    c->v[c->n++] = strdup(s);
    c->v[c->n] = NULL;
}

/* The exported names package path declares (from its Go source). */
static void package_members(Cands *c, const char *path, const char *pkg, const char *prefix, size_t plen) {
    const char *src;
    const NativeDesc *natives;
    if (!stdlib_lookup(path, &src, &natives)) return;
    DiagList d = { .filename = path };
    Node *file = parse_file(src, strlen(src), &d);
    if (!file) return;
    char buf[256];
    NodeList *decls = &file->u.file.decls;
    for (int i = 0; i < decls->len; i++) {
        Node *x = decls->items[i];
        if (x->kind == N_FUNCDECL && !x->u.func.recv) {
            const char *nm = x->u.func.name->u.ident.name;
            if (nm[0] >= 'A' && nm[0] <= 'Z') {
                snprintf(buf, sizeof buf, "%s.%s", pkg, nm);
                cand_add(c, prefix, plen, buf);
            }
            continue;
        }
        if (x->kind != N_GENDECL || x->u.gendecl.tok == T_IMPORT) continue;
        for (int j = 0; j < x->u.gendecl.specs.len; j++) {
            Node *sp = x->u.gendecl.specs.items[j];
            if (sp->kind == N_TYPESPEC) {
                const char *nm = sp->u.typespec.name->u.ident.name;
                if (nm[0] >= 'A' && nm[0] <= 'Z') {
                    snprintf(buf, sizeof buf, "%s.%s", pkg, nm);
                    cand_add(c, prefix, plen, buf);
                }
                continue;
            }
            for (int k = 0; k < sp->u.value.names.len; k++) {
                const char *nm = sp->u.value.names.items[k]->u.ident.name;
                if (nm[0] >= 'A' && nm[0] <= 'Z') {
                    snprintf(buf, sizeof buf, "%s.%s", pkg, nm);
                    cand_add(c, prefix, plen, buf);
                }
            }
        }
    }
}

static bool ident_char(char ch) {
    return ch == '_' || (ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z') || (ch >= '0' && ch <= '9') ||
           (unsigned char)ch >= 0x80;
}

static char **complete(const char *line, int cursor, int *start) {
    int b = cursor;
    while (b > 0 && (ident_char(line[b - 1]) || line[b - 1] == '.')) b--;
    if (b == 1 && line[0] == ':') b = 0;
    *start = b;
    size_t plen = (size_t)(cursor - b);
    char *prefix = strndup(line + b, plen);
    Cands c = { 0 };
    if (prefix[0] == ':') {
        for (int i = 0; commands[i]; i++) cand_add(&c, prefix, plen, commands[i]);
    } else if (strchr(prefix, '.')) {
        char pkg[64];
        size_t pn = (size_t)(strchr(prefix, '.') - prefix);
        if (pn < sizeof pkg) {
            memcpy(pkg, prefix, pn);
            pkg[pn] = 0;
            const char *path = stdlib_path_named(pkg);
            if (path) package_members(&c, path, pkg, prefix, plen);
        }
    } else {
        for (int i = 0; keywords[i]; i++) cand_add(&c, prefix, plen, keywords[i]);
        ReplState *r = session_compiler(R.s)->repl;
        for (int i = 0; i < r->norder; i++) cand_add(&c, prefix, plen, r->order[i]->name);
        for (int i = 0; stdlib_path_at(i); i++) {
            const char *p = stdlib_path_at(i), *slash = strrchr(p, '/');
            cand_add(&c, prefix, plen, slash ? slash + 1 : p);
        }
    }
    free(prefix);
    return c.v;
}

/* ---- the loop ---- */

static char *history_path(void) {
    const char *h = getenv("MINIGO_HISTORY");
    if (h) return *h ? strdup(h) : NULL;
    const char *home = getenv("HOME");
    if (!home || !*home) return NULL;
    size_t n = strlen(home) + 32;
    char *p = malloc(n);
    snprintf(p, n, "%s/.minigo_history", home);
    return p;
}

int repl_main(int lang, const SchedOptions *sched, bool tty, const char *banner) {
    R.tty = tty;
    R.sched = *sched;
    R.s = session_new(lang);
    sched_start(session_program(R.s), sched);
    sched_set_exit_hook(exit_hook);
    if (tty) {
        char *hp = history_path();
        if (!le_open(hp, complete)) tty = R.tty = false;   /* no libedit: plain lines */
        free(hp);
        printf("%s\n", banner);
        fflush(stdout);
    }
    char *input = NULL;        /* the lines of an unfinished input */
    size_t ilen = 0;
    for (;;) {
        bool intr = false;
        char *line = tty ? le_read(input ? "... " : "> ", &intr) : read_plain();
        if (!line) {
            if (intr) {
                free(input);
                input = NULL;
                ilen = 0;
                continue;
            }
            break;   /* end of input: Ctrl-D */
        }
        if (!input && blank(line)) { free(line); continue; }
        if (input && blank(line)) {
            /* an empty line abandons an unfinished input */
            free(line);
            free(input);
            input = NULL;
            ilen = 0;
            continue;
        }
        if (!input && line[0] == ':') {
            if (tty) le_history_add(line);
            bool go_on = command(line);
            free(line);
            if (!go_on) break;
            continue;
        }
        size_t n = strlen(line);
        input = realloc(input, ilen + n + 2);
        memcpy(input + ilen, line, n);
        ilen += n;
        input[ilen++] = '\n';
        input[ilen] = 0;
        free(line);
        int e = compile_input(input, "repl", false);
        if (e == -2) continue;   /* not complete: read on */
        if (tty) {
            input[ilen - 1] = 0;
            le_history_add(input);
        }
        free(input);
        input = NULL;
        ilen = 0;
        if (e >= 0) run_fn(e);
    }
    free(input);
    if (tty) {
        le_close();
        printf("\n");
    }
    out_flush();
    fflush(stdout);
    return 0;
}
