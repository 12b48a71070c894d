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

/* stack_guard.c */
extern _Thread_local jmp_buf *compile_unwind;
extern _Thread_local Pos compile_exhausted_at;

static Program *compile_here(const char *filename, const char *src, size_t len, int lang, DiagList *diags) {
    types_init();
    diags->filename = filename;
    Node *file = parse_file(src, len, diags);
    if (!file || diags->len) return NULL;
    Compiler *c = GC_MALLOC(sizeof *c);
    c->diags = diags;
    c->lang = lang ? lang : (file->u.file.build_go121 ? 121 : 122);
    if (!check_program(c, file, filename)) return NULL;
    return gen_program(c, filename);
}

typedef struct Job {
    const char *filename, *src;
    size_t len;
    int lang;
    DiagList *diags;
    size_t stack;          /* bytes of stack this thread has (about) */
    Program *result;
} Job;

/* Runs the job with the stack guard set `job->stack` below this frame. */
static void run_guarded(Job *job) {
    const char *top = __builtin_frame_address(0);
    jmp_buf unwind;
    compile_unwind = &unwind;
    job->result = NULL;
    if (setjmp(unwind) == 0) {
        compile_stack_limit = job->stack > 2 * GUARD_MARGIN ? top - (job->stack - GUARD_MARGIN) : top;
        job->result = compile_here(job->filename, job->src, job->len, job->lang, job->diags);
    } else {
        diag_add(job->diags, compile_exhausted_at, "exceeded max nesting depth");
    }
    compile_stack_limit = NULL;
    compile_unwind = NULL;
}

static void *compile_thread(void *arg) {
    run_guarded(arg);
    return NULL;
}

Program *compile_file(const char *filename, const char *src, size_t len, int lang, DiagList *diags) {
    Job job = { filename, src, len, lang, diags, 0, NULL };
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
            return job.result;
        }
    }
    /* no thread: here, within this thread's own stack limit */
    struct rlimit rl;
    size_t have = getrlimit(RLIMIT_STACK, &rl) == 0 && rl.rlim_cur != RLIM_INFINITY ? (size_t)rl.rlim_cur : MIN_COMPILE_STACK;
    job.stack = have / 2;   /* what this thread used before, unknown: half is left to it */
    run_guarded(&job);
    return job.result;
}
