/* main.c — the minigo command: subcommands, flags, exit statuses.
 *
 *   minigo run [flags] file.go [args]   compile and run
 *   minigo file.go [args]               the same
 *   minigo disasm file.go               print each function's bytecode
 *   minigo test [flags] x_test.go       run tests and benchmarks (test.c)
 *   minigo repl [flags]                 the Go prompt (repl.c)
 *   minigo                              the same, when stdin is a terminal
 *   minigo version | help
 *   minigo < prog.go                    run a program read from stdin
 *
 * Exit statuses follow `go run`'s conventions for the program: 0, 2 for
 * compile errors, panics and fatal errors, n for os.Exit(n).
 */
#include <errno.h>
#include <gc.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>
#include "compiler.h"
#include "natives.h"
#include "packages.h"
#include "repl.h"
#include "scheduler.h"
#include "test.h"
#include "trace.h"

#define MINIGO_VERSION "0.1.0"
#define GO_VERSION "go1.22"

static void usage(FILE *out) {
    fprintf(out,
            "minigo runs Go programs (a subset of Go) and shows how goroutines work.\n"
            "\n"
            "Usage:\n"
            "  minigo run [flags] file.go [args]   compile and run a program\n"
            "  minigo file.go [args]               the same\n"
            "  minigo disasm [flags] file.go       print the bytecode of each function\n"
            "  minigo test [flags] x_test.go [x.go] run the tests, benchmarks and examples (as go test)\n"
            "  minigo repl [flags]                 a Go prompt (also: minigo, on a terminal)\n"
            "  minigo version                      print the version\n"
            "  minigo help                         print this help\n"
            "  minigo < file.go                    run a program read from standard input\n"
            "\n"
            "Flags:\n"
            "  -lang=go1.21|go1.22   loop variable rule: shared (go1.21) or per-iteration (default)\n"
            "  -sched=preempt|coop|fifo\n"
            "                        preempt (default): sysmon preempts a goroutine after 10 ms;\n"
            "                        coop: goroutines yield only when they block (Go before 1.14);\n"
            "                        fifo: no preemption, no runnext: with GOMAXPROCS=1 a fixed order\n"
            "  -sched-seed=N         randomize scheduling choices, reproducibly for the same N\n"
            "  -trace=FILE           record what the scheduler does; at exit write FILE:\n"
            "                        FILE.html a timeline page for the browser, else trace-event\n"
            "                        JSON (Perfetto, chrome://tracing); see docs/TRACE.md\n"
            "  -trace-limit=MB       stop recording past MB megabytes (default 256)\n"
            "\n"
            "Environment: GOMAXPROCS, GOGC, GODEBUG.\n"
            "\n"
            "The REPL: type statements, expressions (their value and type are printed:\n"
            "3 // int) and declarations; what you declare stays for the session, and a\n"
            "new declaration of a name replaces the old one. Packages are imported when\n"
            "first used. Goroutines keep running between inputs; Ctrl-C stops the\n"
            "running input, Ctrl-D leaves. :help at the prompt lists its commands\n"
            "(:goroutines, :type, :vars, :disasm, :lang, :sched, :gomaxprocs, :time,\n"
            " :load, :run, :reset, :quit). History: ~/.minigo_history (MINIGO_HISTORY).\n"
            "From a pipe (minigo repl < inputs) it reads inputs with no prompt.\n");
}

/* Reads f to its end; NULL with errno set (ENOMEM, or the read's error). */
static char *read_all(FILE *f, size_t *len) {
    size_t cap = 1 << 16, n = 0;
    char *buf = malloc(cap);
    if (!buf) return NULL;
    for (;;) {
        if (n + 1 >= cap) {
            cap *= 2;
            char *nb = realloc(buf, cap);
            if (!nb) { free(buf); errno = ENOMEM; return NULL; }
            buf = nb;
        }
        size_t r = fread(buf + n, 1, cap - n - 1, f);
        n += r;
        if (r == 0) break;
    }
    if (ferror(f)) {
        int e = errno;
        free(buf);
        errno = e ? e : EIO;
        return NULL;
    }
    buf[n] = 0;
    *len = n;
    return buf;
}

/* An errno's text as Go spells it: strerror's, first letter in lower case
 * ("no such file or directory"). */
static const char *errno_text(int e) {
    static char buf[256];
    snprintf(buf, sizeof buf, "%s", strerror(e));
    if (buf[0] >= 'A' && buf[0] <= 'Z' && !(buf[1] >= 'A' && buf[1] <= 'Z')) buf[0] = (char)(buf[0] - 'A' + 'a');
    return buf;
}

typedef struct Options {
    int lang;          /* 0: from the file, or 121/122 */
    SchedOptions sched;
    const char *trace; /* -trace=FILE, or NULL */
    int64_t trace_limit;
} Options;

/* Parses flags at argv[*i...]; returns false (after printing) on a bad one. */
static bool parse_flags(int argc, char **argv, int *i, Options *o) {
    while (*i < argc && argv[*i][0] == '-' && argv[*i][1]) {
        const char *a = argv[*i];
        if (a[1] == '-') a++;
        if (strcmp(a, "-lang=go1.21") == 0) o->lang = 121;
        else if (strcmp(a, "-lang=go1.22") == 0) o->lang = 122;
        else if (strcmp(a, "-sched=preempt") == 0) o->sched.mode = SMODE_PREEMPT;
        else if (strcmp(a, "-sched=coop") == 0) o->sched.mode = SMODE_COOP;
        else if (strcmp(a, "-sched=fifo") == 0) o->sched.mode = SMODE_FIFO;
        else if (strncmp(a, "-sched=", 7) == 0) {
            fprintf(stderr, "minigo: unknown -sched mode %s (want preempt, coop or fifo)\n", a + 7);
            return false;
        } else if (strncmp(a, "-sched-seed=", 12) == 0) {
            char *end;
            o->sched.seed = strtoull(a + 12, &end, 10);
            if (*end || !a[12]) {
                fprintf(stderr, "minigo: bad -sched-seed value %s\n", a + 12);
                return false;
            }
        } else if (strncmp(a, "-trace=", 7) == 0 && a[7]) {
            o->trace = a + 7;
        } else if (strncmp(a, "-trace-limit=", 13) == 0) {
            char *end;
            o->trace_limit = strtoll(a + 13, &end, 10);
            if (*end || !a[13] || o->trace_limit <= 0) {
                fprintf(stderr, "minigo: bad -trace-limit value %s (want megabytes)\n", a + 13);
                return false;
            }
        } else if (strncmp(a, "-lang=", 6) == 0) {
            fprintf(stderr, "minigo: unsupported -lang value %s (want go1.21 or go1.22)\n", a + 6);
            return false;
        } else {
            fprintf(stderr, "minigo: unknown flag %s\n", argv[*i]);
            usage(stderr);
            return false;
        }
        (*i)++;
    }
    return true;
}

/* Reads and compiles the program; on failure prints why, in the words
 * of `go run` ("stat x.go: no such file or directory", "d.go is a
 * directory, should be a Go file", "go: open x.go: permission denied"
 * with minigo: for go:), and returns NULL. */
static Program *load(const char *filename, const Options *o) {
    bool is_stdin = strcmp(filename, "-") == 0;
    if (!is_stdin) {
        struct stat st;
        if (stat(filename, &st) != 0) {
            fprintf(stderr, "stat %s: %s\n", filename, errno_text(errno));
            return NULL;
        }
        if (S_ISDIR(st.st_mode)) {
            fprintf(stderr, "%s is a directory, should be a Go file\n", filename);
            return NULL;
        }
    }
    FILE *f = is_stdin ? stdin : fopen(filename, "rb");
    if (!f) {
        fprintf(stderr, "minigo: open %s: %s\n", filename, errno_text(errno));
        return NULL;
    }
    size_t len;
    char *src = read_all(f, &len);
    int read_errno = errno;
    if (f != stdin) fclose(f);
    if (!src) {
        fprintf(stderr, "minigo: read %s: %s\n", filename, errno_text(read_errno));
        return NULL;
    }
    DiagList diags = { .filename = filename };
    Program *prog = compile_file(filename, src, len, o->lang, &diags);
    if (!prog) {
        if (diags.len) diag_print(&diags, stderr);
        else fprintf(stderr, "%s: compilation failed\n", filename);
        return NULL;
    }
    char *abs = realpath(filename, NULL);
    prog->abspath = abs ? abs : filename;
    return prog;
}

static int cmd_run(int argc, char **argv, int i) {
    Options o = {0};
    if (!parse_flags(argc, argv, &i, &o)) return 2;
    if (i >= argc) {
        fprintf(stderr, "minigo run: no go file listed\n");
        return 2;
    }
    const char *file = argv[i];
    Program *prog = load(file, &o);
    if (!prog) return 2;
    os_set_args(argc - i, argv + i);
    if (o.trace) trace_start(o.trace, o.trace_limit, file);
    return sched_run_main(prog, &o.sched);
}

#define BANNER "minigo " MINIGO_VERSION " (Go subset " GO_VERSION "): type Go, :help for commands, Ctrl-D to leave"

static int cmd_repl(int argc, char **argv, int i) {
    Options o = {0};
    if (!parse_flags(argc, argv, &i, &o)) return 2;
    if (i < argc) {
        fprintf(stderr, "minigo repl: unexpected argument %s\n", argv[i]);
        return 2;
    }
    os_set_args(1, argv);
    return repl_main(o.lang, &o.sched, isatty(0) && isatty(1), BANNER);
}

static int cmd_disasm(int argc, char **argv, int i) {
    Options o = {0};
    if (!parse_flags(argc, argv, &i, &o)) return 2;
    if (i >= argc) {
        fprintf(stderr, "minigo disasm: no go file listed\n");
        return 2;
    }
    Program *prog = load(argv[i], &o);
    if (!prog) return 2;
    vm_disasm(stdout, prog);
    return 0;
}

/* The compiler reads the standard library from stdlib/'s table. */
static const LibrarySource std_library = { stdlib_lookup, stdlib_path_named, stdlib_known_unsupported };

int main(int argc, char **argv) {
    GC_set_dont_precollect(1);   /* nothing to collect yet: no collection in GC_init */
    GC_INIT();
    sched_gc_init();
    compiler_set_library(&std_library);
    if (argc < 2) {
        if (!isatty(0)) {
            Options o = {0};
            Program *prog = load("-", &o);
            if (!prog) return 2;
            return sched_run_main(prog, &o.sched);
        }
        return cmd_repl(argc, argv, 1);
    }
    const char *cmd = argv[1];
    if (strcmp(cmd, "run") == 0) return cmd_run(argc, argv, 2);
    if (strcmp(cmd, "disasm") == 0) return cmd_disasm(argc, argv, 2);
    if (strcmp(cmd, "repl") == 0) return cmd_repl(argc, argv, 2);
    if (strcmp(cmd, "test") == 0) return cmd_test(argc, argv, 2);
    if (strcmp(cmd, "version") == 0) {
        printf("minigo version %s (Go subset %s)\n", MINIGO_VERSION, GO_VERSION);
        return 0;
    }
    if (strcmp(cmd, "help") == 0 || strcmp(cmd, "-h") == 0 || strcmp(cmd, "--help") == 0) {
        usage(stdout);
        return 0;
    }
    if (cmd[0] == '-' || (strlen(cmd) > 3 && strcmp(cmd + strlen(cmd) - 3, ".go") == 0))
        return cmd_run(argc, argv, 1);
    fprintf(stderr, "minigo: unknown command %s\nRun 'minigo help' for usage.\n", cmd);
    return 2;
}
