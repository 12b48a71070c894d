/* compile.c — the compiler's entry point: parse, check, generate.
 *
 * The checker and the code generator recurse on the syntax tree (and the
 * checker on chains of declarations that refer to each other), so the
 * depth of a program costs C stack: measured, 0.25-0.6 KB a level of the
 * tree in a release build, up to 1 KB under AddressSanitizer (-O2), and
 * a nested function literal is four levels. The parser bounds the tree's
 * depth (AST_MAX_DEPTH, 200000 levels); the compilation runs on a thread
 * of its own with a stack big enough for that bound with room to spare in
 * every build (COMPILE_STACK, 1 GiB: address
 * space, used only as deep as the program needs, as a goroutine stack
 * grows in Go's compiler). What no bound covers (a chain of a million
 * constants each defined by the next) meets stack_guard(): at the entry of
 * the recursive passes it compares the frame address with the end of the
 * thread's stack, and near it reports "exceeded max nesting depth" and
 * unwinds to compile_file with longjmp. Nothing is locked or half-built
 * at those points that a later compilation would see: all memory is the
 * collector's, and gen_program resets its tables at its start.
 */
#include <gc.h>
#include <pthread.h>
#include <setjmp.h>
#include <string.h>
#include <sys/resource.h>
#include "compiler.h"

/* The compile thread's stack; if the system refuses that much, smaller
 * ones are tried (stack_guard keeps any of them safe). */
#define COMPILE_STACK ((size_t)1 << 30)
#define MIN_COMPILE_STACK ((size_t)8 << 20)
/* What stack_guard leaves free below the deepest frame it allows: the
 * non-recursive calls made from there (formatting an error, allocating). */
#define GUARD_MARGIN ((size_t)512 << 10)

const LibrarySource *compiler_library;

void compiler_set_library(const LibrarySource *lib) { compiler_library = lib; }

/* stack_guard.c */
extern _Thread_local jmp_buf *compile_unwind;
extern _Thread_local Pos compile_exhausted_at;

static Program *compile_here(const SourceFile *files, int nfiles, const CompileOptions *opt, DiagList *diags) {
    types_init();
    Node **trees = GC_MALLOC(sizeof(Node *) * (size_t)nfiles);
    const char **names = GC_MALLOC(sizeof(char *) * (size_t)nfiles);
    const char **paths = GC_MALLOC(sizeof(char *) * (size_t)nfiles);
    bool parsed = true;
    for (int k = 0; k < nfiles; k++) {
        diags->filename = names[k] = files[k].name;
        diags->fileno = k;
        paths[k] = files[k].tracepath;
        int before = diags->len;
        trees[k] = parse_file(files[k].src, files[k].len, diags);
        if (!trees[k] || diags->len > before) parsed = false;
    }
    diags->filename = files[0].name;
    diags->fileno = 0;
    if (!parsed) return NULL;
    Compiler *c = GC_MALLOC(sizeof *c);
    c->diags = diags;
    c->lang = opt->lang ? opt->lang : (trees[0]->u.file.build_go121 ? 121 : 122);
    c->entry = opt->entry;
    c->any_package = opt->any_package;
    c->sym_path = opt->sym_path;
    if (!check_program(c, trees, names, paths, nfiles)) return NULL;
    return gen_program(c, files[0].name);
}

/* A piece of compiling run on the compile thread: fn(arg); exhausted is
 * set (and fn cut short) when it ran out of stack. */
typedef struct Job {
    void (*fn)(void *arg);
    void *arg;
    size_t stack;          /* bytes of stack this thread has (about) */
    bool exhausted;
} Job;

/* Runs the job with the stack guard set `job->stack` below this frame. */
static void run_guarded(Job *job) {
    const char *top = __builtin_frame_address(0);
    jmp_buf unwind;
    compile_unwind = &unwind;
    job->exhausted = false;
    if (setjmp(unwind) == 0) {
        compile_stack_limit = job->stack > 2 * GUARD_MARGIN ? top - (job->stack - GUARD_MARGIN) : top;
        job->fn(job->arg);
    } else {
        job->exhausted = true;
    }
    compile_stack_limit = NULL;
    compile_unwind = NULL;
}

static void *compile_thread(void *arg) {
    run_guarded(arg);
    return NULL;
}

/* Runs fn(arg) on a thread with a big stack; false if it ran out of it
 * (then compile_exhausted_at says where). */
static bool run_compile_job(void (*fn)(void *), void *arg) {
    Job job = { fn, arg, 0, false };
    for (size_t size = COMPILE_STACK; size >= MIN_COMPILE_STACK; size /= 4) {
        pthread_attr_t attr;
        if (pthread_attr_init(&attr) != 0) break;
        pthread_t t;
        int err = pthread_attr_setstacksize(&attr, size);
        if (err == 0) {
            job.stack = size;
            err = GC_pthread_create(&t, &attr, compile_thread, &job);
        }
        pthread_attr_destroy(&attr);
        if (err == 0) {
            GC_pthread_join(t, NULL);
            return !job.exhausted;
        }
    }
    /* no thread: here, within this thread's own stack limit */
    struct rlimit rl;
    size_t have = getrlimit(RLIMIT_STACK, &rl) == 0 && rl.rlim_cur != RLIM_INFINITY ? (size_t)rl.rlim_cur : MIN_COMPILE_STACK;
    job.stack = have / 2;   /* what this thread used before, unknown: half is left to it */
    run_guarded(&job);
    return !job.exhausted;
}

typedef struct FilesJob {
    const SourceFile *files;
    int nfiles;
    const CompileOptions *opt;
    DiagList *diags;
    Program *result;
} FilesJob;

static void files_job(void *arg) {
    FilesJob *j = arg;
    j->result = compile_here(j->files, j->nfiles, j->opt, j->diags);
}

Program *compile_files(const SourceFile *files, int nfiles, const CompileOptions *opt, DiagList *diags) {
    FilesJob job = { files, nfiles, opt, diags, NULL };
    if (!run_compile_job(files_job, &job)) {
        diag_add(diags, compile_exhausted_at, "exceeded max nesting depth");
        return NULL;
    }
    return job.result;
}

Program *compile_file(const char *filename, const char *src, size_t len, int lang, DiagList *diags) {
    SourceFile file = { filename, NULL, src, len };
    CompileOptions opt = { .lang = lang };
    return compile_files(&file, 1, &opt, diags);
}

/* ---- the REPL ---- */

/* Package variables one session can declare (its globals never move:
 * goroutines write them while the next input compiles). */
#define REPL_MAX_GLOBALS (1 << 16)

struct Session {
    Compiler *c;
    int lang;
};

Session *session_new(int lang) {
    types_init();
    Session *s = GC_MALLOC(sizeof *s);
    s->c = GC_MALLOC(sizeof *s->c);
    s->c->repl = GC_MALLOC(sizeof *s->c->repl);
    s->lang = lang ? lang : 122;
    gen_repl_program(s->c, REPL_MAX_GLOBALS);
    return s;
}

Program *session_program(Session *s) { return s->c->repl->prog; }
Compiler *session_compiler(Session *s) { return s->c; }
void session_set_lang(Session *s, int lang) { s->lang = lang; }
int session_lang(Session *s) { return s->lang; }

typedef struct InputJob {
    Session *s;
    const char *src;
    size_t len;
    DiagList *diags;
    bool type_only;
    const char *type;
    int result;
} InputJob;

/* The expression of a `:type EXPR` input, or NULL. */
static Node *lone_expr(Node *file) {
    NodeList *d = &file->u.file.decls;
    if (d->len != 1 || !ast_is_repl_stmts(d->items[0])) return NULL;
    NodeList *st = &d->items[0]->u.func.body->u.block.stmts;
    return st->len == 1 && st->items[0]->kind == N_EXPRSTMT ? st->items[0]->u.unary.x : NULL;
}

static void input_job(void *arg) {
    InputJob *j = arg;
    Compiler *c = j->s->c;
    bool incomplete = false;
    Node *file = parse_repl(j->src, j->len, j->diags, &incomplete);
    if (!file) { j->result = incomplete ? -2 : -1; return; }
    Node *x = j->type_only ? lone_expr(file) : NULL;
    if (j->type_only && !x) {
        diag_add(j->diags, (Pos){1, 1, 0}, ":type wants one expression");
        j->result = -1;
        return;
    }
    c->diags = j->diags;
    c->lang = j->s->lang;
    if (!check_repl_input(c, file)) { j->result = -1; return; }
    if (j->type_only) {
        j->type = (x->flags & NF_VOID) ? "(no value)" : type_string(x->type);
        repl_abort(c);
        j->result = 0;
        return;
    }
    int e = gen_repl_input(c, file);
    if (e < 0) repl_abort(c);
    else repl_commit(c);
    j->result = e;
}

int session_compile(Session *s, const char *src, size_t len, DiagList *diags, bool type_only, const char **type_out) {
    InputJob job = { s, src, len, diags, type_only, NULL, -1 };
    if (!diags->filename) diags->filename = "repl";
    /* functions of a :load-ed file name it in traces */
    s->c->repl->input_file = strcmp(diags->filename, "repl") ? GC_STRDUP(diags->filename) : NULL;
    if (!run_compile_job(input_job, &job)) {
        if (s->c->repl->pending) repl_abort(s->c);
        diag_add(diags, compile_exhausted_at, "exceeded max nesting depth");
        return -1;
    }
    if (type_out) *type_out = job.type;
    return job.result;
}
