/* compiler.h — from a parsed file to a runnable Program.
 *
 * check*.c (check_int.h) resolve names and types and fold constants,
 * annotating the AST (Node.type, Node.cval, Node.obj, Node.flags); gen*.c
 * (gen_int.h) walk the annotated AST and emit register bytecode.
 * Packages of the standard library are
 * declared in Go source (stdlib/packages.c): a function declared without a
 * body there is bound to the native of the same name.
 */
#ifndef MINIGO_COMPILER_H
#define MINIGO_COMPILER_H

#include "ast.h"
#include "types.h"
#include "vm.h"

/* Node.flags set by the checker */
enum {
    NF_TYPE     = 1 << 0,   /* the expression denotes a type */
    NF_VOID     = 1 << 1,   /* a call with no result */
    NF_BUILTIN  = 1 << 2,   /* a builtin function name */
    NF_PKG      = 1 << 3,   /* a package name */
    NF_BAD      = 1 << 4,   /* an error was reported: stay quiet about it */
    NF_ADDR     = 1 << 5,   /* addressable (a variable) */
    NF_COMMAOK  = 1 << 6,   /* used in a v, ok form */
    NF_CONV     = 1 << 7,   /* N_CALL: a conversion T(x) */
    NF_TERMINATES = 1 << 8, /* statement: terminating (spec) */
    NF_NATIVE   = 1 << 9,   /* N_CALL: callee is a native function */
    NF_HASDEFER = 1 << 10,  /* function body: contains a defer statement */
    NF_MAPINDEX = 1 << 11,  /* N_INDEX: a map index expression (assignable, not addressable) */
    NF_NOEVAL   = 1 << 12,  /* N_RANGE: x is an array or *array with a constant length and at
                               most one iteration variable: x is not evaluated (spec) */
    NF_REPLSHOW = 1 << 13,  /* N_EXPRSTMT typed at the REPL's top level: its values are printed */
    NF_GENERIC  = 1 << 14,  /* a generic function or type not (fully) instantiated; N_FUNCDECL: generic */
};

/* What x.f selects (set on N_SELECTOR by the checker). */
typedef enum SelKind { SEL_FIELD, SEL_METHOD, SEL_IMETHOD } SelKind;
typedef struct Selection {
    SelKind kind;
    int *path;          /* field indices, through embedded fields; for SEL_FIELD the last is the field */
    bool *deref;        /* deref[i]: the value before step i is a pointer to struct */
    int npath;
    Object *method;     /* SEL_METHOD: the method's function */
    bool ptr_recv;      /* SEL_METHOD: declared with a pointer receiver */
    bool recv_is_ptr;   /* the value reaching the method (after the path) is a pointer */
    Type *recv_type;    /* type of the value reaching the method, after the path */
    const char *name;   /* the field's or method's name as declared (SEL_IMETHOD: the method's) */
} Selection;

/* A range-over-func loop, `for k, v := range f { body }` with f of type
 * func(yield func(K, V) bool): what the checker found for the code
 * generator (gen_rangefunc.c says how the loop runs). The body is checked
 * as the function literal `lit`, of f's yield type, so that the variables
 * of the enclosing function it uses are captured as a closure's are; the
 * hidden variables below are Objects of that kind too (names start with
 * '#', as Go's rewrite names them). */
typedef struct RangeFunc {
    Node *lit;                /* N_FUNCLIT: type = the yield type, body = the loop's body, captures */
    Type *yield;              /* func(K, V) bool */
    Object *params[2];        /* the body's parameters when they are not the loop's own variables
                                 (`=`, or := under go1.21, which assign them), else NULL */
    Object *state;            /* #state: where the body is (RF_READY, ...); of the enclosing context */
    struct RangeFunc *outer;  /* the range-over-func loop whose body this loop is in, or NULL */
    int depth;                /* 1 for the outermost */
    /* the outermost loop of a nest declares these, for the whole nest: */
    Object *next;             /* #next: what to do once the iterator returns (return, a branch
                                 out), or NULL when no body needs it */
    Object *defers;           /* #defers: the frame's anchor for defers in a body, or NULL */
} RangeFunc;

/* A package known to the compiler: the user's main package, or one of the
 * standard library (declared in Go source, bodies possibly native). */
typedef struct Package {
    const char *path;         /* "fmt", "unicode/utf8" */
    const char *name;         /* "fmt", "utf8" */
    Scope *scope;
    Node *file;               /* files[0] */
    const char *filename;     /* filenames[0] */
    /* The package's files: the user's package may have several (minigo
     * test: the _test.go file, a sibling .go file, the generated test
     * main); a library and the REPL have one (files == &file). Each file
     * has its own scope of imports (file_scopes, made by check_package);
     * tracepaths are the paths traces name (NULL: the Program's abspath,
     * for files[0]). */
    Node **files;
    const char **filenames, **tracepaths;
    Scope **file_scopes;
    int nfiles;
    const NativeDesc *natives;/* NULL-terminated by name */
    bool checked;
} Package;

/* A REPL session's state in the compiler: inputs are checked one at a time
 * into the main package (check_repl_input) and generated into one growing
 * Program (gen_repl_input). Declarations of an input live in a scope of
 * their own (Package.scope while it is checked) and are merged into the
 * session's scope only when the input compiles: a failed input leaves
 * nothing behind. */
typedef struct ReplState {
    Scope *session;           /* what earlier inputs declared */
    Scope *files;             /* packages imported, explicitly or on first use */
    Object **order; int norder, order_cap; /* session objects in declaration order (:vars) */
    struct Object *show;      /* minigo/repl.Show: prints a value and its type */
    int funcs_done;           /* c->funcs entries generated */
    int inits_done;           /* c->inits entries generated */
    int next_fn_id;
    /* methods an input added, to take back when it fails */
    struct MethodUndo { Type *type; Method *methods; int nmethods; } *undo; int nundo, undo_cap;
    Program *prog;            /* the session's program */
    Scope *pending;           /* the scope of the input checked, until repl_commit or repl_abort */
    const char *input_file;   /* the file the input comes from (:load), or NULL: typed */
    int pending_funcs, pending_inits;  /* c->funcs.len and c->ninits before it */
    int pending_generics;     /* generics_mark() before it */
} ReplState;

typedef struct Compiler {
    ReplState *repl;          /* a REPL session, or NULL for a file */
    DiagList *diags;
    int lang;                 /* 121 or 122: loop variable rule */
    /* set by compile_files' options: the function runtime.main calls
     * after the initializers ("main"), whether the user's package may
     * have any name (minigo test) or must be main, and the package path
     * the user's functions are named by in traces ("main") */
    const char *entry;
    bool any_package;
    const char *sym_path;
    Package *main_pkg;
    Package **pkgs; int npkgs;
    /* every function to generate: N_FUNCDECL (with body) in order, and the
     * package each is declared in (func_pkg[i] for funcs.items[i]) */
    NodeList funcs;
    Package **func_pkg; int func_pkg_cap;
    /* package-level variables in initialization order (their N_VALUESPEC and index) */
    struct InitItem { Node *spec; } *inits; int ninits, inits_cap;
    int nglobals;
    /* natives referenced, in index order */
    const NativeDesc **natives; int nnatives, natives_cap;
    /* the run-time type table (lower.c): by index, the checker's Type and
     * its RType (identical types share one RType and, but for ASSERT's
     * pairs, one index) */
    const Type **types; const RType **rtypes; int ntypes, types_cap;
    /* each Type pointer seen -> the index of the first identical type; and
     * the indexes of those first unnamed func/struct/interface types (the
     * kinds not interned, found by type_identical) */
    struct { const Type **keys; int *vals; int cap, len; } type_index;
    int *uninterned; int nuninterned, uninterned_cap;
    IcallSite *icalls; int nicalls, icalls_cap;   /* interface call sites (ICALL's operand) */
    Type *rterr_types[VM_RTERR_COUNT];   /* package runtime's error types (found by the checker) */
    /* wrapper functions made so far (gen_expr.c): a kind, and what they wrap */
    struct { int kind; const void *key; const char *name; const struct Type *sig; int fn; } *thunks;
    int nthunks, thunks_cap;
} Compiler;

/* Compiles a whole file. lang is 121 or 122 (or 0: the file's //go:build
 * line decides, default 122). Returns NULL with diagnostics on error. */
Program *compile_file(const char *filename, const char *src, size_t len, int lang, DiagList *diags);

/* One file of a package: its name as given (diagnostics say it), the
 * path traces name (NULL: the Program's abspath, which the caller sets;
 * only the first file may leave it NULL) and its text. */
typedef struct SourceFile {
    const char *name, *tracepath, *src;
    size_t len;
} SourceFile;

typedef struct CompileOptions {
    int lang;                 /* as compile_file's (0: the first file's //go:build line) */
    const char *entry;        /* the function of the package runtime.main calls: NULL = "main" */
    bool any_package;         /* the files may be of any one package, not only main */
    const char *sym_path;     /* the package path in the names of its functions (traces): NULL = "main" */
} CompileOptions;

/* Compiles the files of one package into a program (compile_file is the
 * one-file case, with default options). Diagnostics say which file they
 * are in (DiagList.fileno: the files' order). */
Program *compile_files(const SourceFile *files, int nfiles, const CompileOptions *opt, DiagList *diags);

/* ---- the compiler's C stack (compile.c) ----
 * The recursive passes call stack_guard at their entry: past the end of
 * the compile thread's stack (less a margin) it reports "exceeded max
 * nesting depth" at pos (or, for stack_guard_here, at the last position a
 * guard saw) and unwinds out of compile_file. No-ops on other threads. */
extern _Thread_local const char *compile_stack_limit;
extern _Thread_local Pos compile_pos;
/* Reports "exceeded max nesting depth" at pos and unwinds out of compile_file. */
_Noreturn void compile_stack_exhausted(Pos pos);
/* The guard at the last position a guard saw. */
static inline void stack_guard_here(void) {
    if ((uintptr_t)__builtin_frame_address(0) < (uintptr_t)compile_stack_limit) compile_stack_exhausted(compile_pos);
}
/* The guard at pos: reports there when the stack is nearly used up. */
static inline void stack_guard(Pos pos) {
    compile_pos = pos;
    stack_guard_here();
}

/* check.c */
/* Checks a whole program: the package of the nfiles parsed files (the
 * main package, unless c->any_package) and what it imports; false after
 * diagnostics. tracepaths may be NULL. */
bool check_program(Compiler *c, Node **files, const char **filenames, const char **tracepaths, int nfiles);
/* The REPL: checks one input (from parse_repl) into the session; on
 * failure the session is as it was before. */
bool check_repl_input(Compiler *c, Node *file);
/* After a checked input is generated: its declarations become the session's. */
void repl_commit(Compiler *c);
/* After an input failed (in checking or generating): everything it added is taken back. */
void repl_abort(Compiler *c);
/* gen.c */
/* Generates a checked program; NULL after diagnostics. */
Program *gen_program(Compiler *c, const char *filename);
/* Generates a checked REPL input into c->repl->prog: returns the index of
 * the function that runs it, or -1 (after diagnostics). */
int gen_repl_input(Compiler *c, Node *file);
/* The session's program, with room for nglobals package variables. */
Program *gen_repl_program(Compiler *c, int nglobals);

/* ---- the REPL's compiler (compile.c) ---- */
typedef struct Session Session;
/* A new REPL session for Go version lang (121, 122, or 0: 122). */
Session *session_new(int lang);
/* Compiles one input. Returns the index of the function that runs it
 * (session_program(s)->funcs[i]); -1 after errors in *diags; -2 when the
 * input is not complete yet (an open brace, a trailing operator: read
 * another line). diags->filename names the input ("repl" when NULL: typed
 * at the prompt; else a file, shown in traces). type_only: check an
 * expression and return its type's
 * spelling in *type_out instead of generating (returns 0). */
int session_compile(Session *s, const char *src, size_t len, DiagList *diags, bool type_only, const char **type_out);
/* The session's program, which grows with each input. */
Program *session_program(Session *s);
/* The session's compiler state. */
Compiler *session_compiler(Session *s);
/* Sets the Go version (121 or 122) later inputs are compiled for. */
void session_set_lang(Session *s, int lang);
/* The Go version inputs are compiled for. */
int session_lang(Session *s);

/* Whether method `name` is in the method set of type t (spec "Method
 * sets": a value of type T has the methods with value receivers, *T all of
 * them, and both those promoted through embedded fields by the selector
 * rule; an interface, its methods). *sl (when not NULL) gets what the
 * selector t.name selects, even if that is a field or not in the set.
 * Returns the method, its type without the receiver; NULL if not there. */
const Method *method_set_lookup(Type *t, const char *name, Selection **sl);
/* The type of the method expression T.M for method type mt (without its
 * receiver): func(T, params) results. */
Type *method_expr_type(Type *recv, const Type *mt, int drop);
/* The index of native n in Program.natives (added on first use). */
int compiler_native_index(Compiler *c, const NativeDesc *n);

/* Where the compiler finds the standard library: the Go source declaring
 * package `path` and its natives (false: no such package); the path of the
 * package named `name` that a REPL imports on first use, or NULL; whether
 * `path` is a package of Go's that minigo does not offer. cli/ fills this
 * in (with stdlib/'s table) before compiling anything. */
typedef struct LibrarySource {
    bool (*lookup)(const char *path, const char **src, const NativeDesc **natives);
    const char *(*path_named)(const char *name);
    bool (*known_unsupported)(const char *path);
} LibrarySource;
void compiler_set_library(const LibrarySource *lib);
/* The library set last (never NULL once set). */
extern const LibrarySource *compiler_library;

/* expr_string.c, shared by check and gen */
/* An expression as Go writes it in messages. */
const char *expr_string(const Node *n);

#endif
