/* compiler.h — from a parsed file to a runnable Program.
 *
 * check.c resolves names and types and folds constants, annotating the AST
 * (Node.type, Node.cval, Node.obj, Node.flags); gen.c walks the annotated
 * AST and emits register bytecode. Packages of the standard library are
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

/* A package known to the compiler: the user's main package, or one of the
 * standard library (declared in Go source, bodies possibly native). */
typedef struct Package {
    const char *path;         /* "fmt", "unicode/utf8" */
    const char *name;         /* "fmt", "utf8" */
    Scope *scope;
    Node *file;
    const char *filename;
    const NativeDesc *natives;/* NULL-terminated by name */
    bool checked;
} Package;

typedef struct Compiler {
    DiagList *diags;
    int lang;                 /* 121 or 122: loop variable rule */
    Package *main_pkg;
    Package **pkgs; int npkgs;
    /* every function to generate: N_FUNCDECL (with body) in order */
    NodeList funcs;
    /* package-level variables in initialization order (their N_VALUESPEC and index) */
    struct InitItem { Node *spec; } *inits; int ninits, inits_cap;
    int nglobals;
    /* natives referenced, in index order */
    const NativeDesc **natives; int nnatives, natives_cap;
    /* run-time types referenced (boxing), by Type.id */
    const Type **types; int ntypes, types_cap;
    const char **names; int nnames, names_cap;   /* method names for interface calls */
    /* method value wrappers made so far: key is the method's Object or interface method name */
    struct { const void *key; const char *name; const struct Type *sig; int fn; } *thunks;
    int nthunks, thunks_cap;
} Compiler;

/* Compiles a whole file. lang is 121 or 122 (or 0: the file's //go:build
 * line decides, default 122). Returns NULL with diagnostics on error. */
Program *compile_file(const char *filename, const char *src, size_t len, int lang, DiagList *diags);

/* check.c */
bool check_program(Compiler *c, Node *file, const char *filename);
/* gen.c */
Program *gen_program(Compiler *c, const char *filename);

/* Registers a run-time type and returns its index in Program.types */
int compiler_type_index(Compiler *c, const Type *t);
int compiler_native_index(Compiler *c, const NativeDesc *n);

/* stdlib/packages.c: the Go source declaring package `path`, and its natives */
bool stdlib_lookup(const char *path, const char **src, const NativeDesc **natives);
bool stdlib_known_unsupported(const char *path);

/* expr.c helpers shared by check and gen */
const char *expr_string(const Node *n);

#endif
