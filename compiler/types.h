/* types.h — Go types, objects and scopes: the checker's and the code
 * generator's. The run time sees its own descriptors (rt/rtype.h), which
 * lower.c makes from these.
 *
 * Invariants:
 *  - A Type is immutable once the checker has completed it.
 *  - kind is the kind of the type's underlying type; a defined (named) type
 *    has `name` set and `under` pointing at its underlying type; for every
 *    other type under == the type itself. The predeclared types (int,
 *    string, ...) are named and are their own underlying type, as in Go.
 *  - Identical unnamed types built by types_*_of() are the same pointer
 *    (they are interned), so identity is pointer equality for everything but
 *    func, struct and interface types, which type_identical() compares.
 *  - byte is uint8 and rune is int32: the same Type objects.
 */
#ifndef MINIGO_TYPES_H
#define MINIGO_TYPES_H

#include <stdbool.h>
#include <stdint.h>
#include "ast.h"
#include "intern.h"
#include "rtype.h"


typedef struct Type Type;
typedef struct Object Object;

typedef struct Field {
    const char *name;
    Type *type;
    bool embedded;
} Field;

typedef struct Method {
    const char *name;
    Type *type;           /* func type without the receiver */
    Object *func;         /* for concrete types: the method's function */
    bool ptr_recv;        /* declared with a pointer receiver */
} Method;

/* A term of a type set: T, or ~T (every type whose underlying type is T's). */
typedef struct Term {
    Type *type;
    bool tilde;
} Term;

struct Type {
    TypeKind kind;
    const char *name;     /* "int", "main.T"; NULL for unnamed types */
    Type *under;          /* underlying type (== self when not named) */
    Type *elem;           /* array, slice, pointer, map value, chan */
    Type *key;            /* map */
    int64_t len;          /* array length */
    int chan_dir;         /* 3 both, 1 send-only, 2 receive-only */
    /* struct fields / func params / tuple members */
    Field *fields; int nfields;
    Type **params; int nparams;
    Type **results; int nresults;
    bool variadic;
    const char **param_names, **result_names;  /* func: names as declared (for messages), or NULL */
    /* methods: of a named type (declared), or of an interface (sorted by name) */
    Method *methods; int nmethods;
    int slots;            /* run-time size in slots (0: not computed yet); see type_slots */
    /* interned derived types */
    Type *slice_of, *ptr_to;
    /* arrays, maps and channels made from this type (types_array_of, ...),
     * linked by derived_next: they live as long as the type does */
    Type *derived, *derived_next;
    int id;               /* run-time type index in the Program */
    /* generics (check_generic.c) */
    Term *terms; int nterms;  /* interface with has_terms: its type set is the union of these */
    bool has_terms;           /* interface: a constraint with type terms (~int | string), not a value type */
    bool comparable_only;     /* interface: is or embeds comparable (a constraint, not a value type) */
    Type *constraint;         /* a type parameter, as a generic declaration's own check sees it: its constraint */
    struct Object *origin;    /* an instance of a generic type (List[int]): the generic type */
    Type **targs; int ntargs; /* and its type arguments */
    bool live;                /* check.c's mark_live has walked it */
};

/* ---- the predeclared types ---- */
extern Type *ty_bool, *ty_int, *ty_int8, *ty_int16, *ty_int32, *ty_int64,
            *ty_uint, *ty_uint8, *ty_uint16, *ty_uint32, *ty_uint64, *ty_uintptr,
            *ty_float32, *ty_float64, *ty_string, *ty_error, *ty_any,
            *ty_untyped_bool, *ty_untyped_int, *ty_untyped_rune,
            *ty_untyped_float, *ty_untyped_string, *ty_untyped_nil,
            *ty_invalid, *ty_comparable;

void types_init(void);
Type *type_new(TypeKind kind);
Type *types_slice_of(Type *elem);
Type *types_pointer_to(Type *elem);
Type *types_array_of(Type *elem, int64_t len);
Type *types_map_of(Type *key, Type *val);
Type *types_chan_of(Type *elem, int dir);
Type *types_tuple(Type **types, int n);

static inline Type *type_under(const Type *t) { return t->under; }
static inline bool type_is_integer(const Type *t) {
    TypeKind k = t->kind;
    return (k >= TY_INT && k <= TY_UINTPTR) || k == TY_UNTYPED_INT || k == TY_UNTYPED_RUNE;
}
static inline bool type_is_unsigned(const Type *t) { return t->kind >= TY_UINT && t->kind <= TY_UINTPTR; }
static inline bool type_is_float(const Type *t) {
    return t->kind == TY_FLOAT32 || t->kind == TY_FLOAT64 || t->kind == TY_UNTYPED_FLOAT;
}
static inline bool type_is_numeric(const Type *t) { return type_is_integer(t) || type_is_float(t); }
static inline bool type_is_string(const Type *t) { return t->kind == TY_STRING || t->kind == TY_UNTYPED_STRING; }
static inline bool type_is_bool(const Type *t) { return t->kind == TY_BOOL || t->kind == TY_UNTYPED_BOOL; }
static inline bool type_is_untyped(const Type *t) { return t->kind >= TY_UNTYPED_BOOL && t->kind <= TY_UNTYPED_NIL; }
static inline bool type_is_interface(const Type *t) { return t->kind == TY_INTERFACE; }
/* Width in bits of an integer type (int, uint, uintptr: 64). */
int type_int_bits(const Type *t);
/* Bytes one element of this type takes in a slice's backing array: 1 or 8. */
int type_elem_size(const Type *t);
/* Whether values of this type contain pointers the GC must see. */
bool type_has_pointers(const Type *t);
/* Go's unsafe.Sizeof and Alignof on amd64 (not minigo's storage), and
 * whether Go's GC would scan the type: what append's growth rounds by. */
int64_t type_go_size(const Type *t);
int type_go_align(const Type *t);
bool type_go_has_pointers(const Type *t);

bool type_identical(const Type *a, const Type *b);
/* Whether == is defined on values of type t (no slice, map or func in it). */
bool type_comparable(const Type *t);
/* Structs and arrays are aggregates: a value is a pointer to a block of
 * type_slots() slots, nested aggregates inline (vm/value.h). */
static inline bool type_is_aggregate(const Type *t) { return t->kind == TY_STRUCT || t->kind == TY_ARRAY; }
/* An array of 1-byte elements (bool, int8, uint8): stored packed, eight
 * elements to a slot, so that slicing it gives a []byte that shares it. */
bool type_packed_array(const Type *t);
int type_slots(const Type *t);
/* Slot offset of field i of a struct type. */
int type_field_offset(const Type *t, int i);
/* Default type of an untyped kind (untyped int -> int, ...). */
Type *type_default(Type *t);
/* Go's spelling of a type, as in error messages and %T: "int", "[]string",
 * "func(int) (int, error)", "main.T", "untyped int". */
const char *type_string(const Type *t);
/* The same as reflect and fmt's %T spell it (no parameter names, "struct { A int }"). */
const char *type_string_rt(const Type *t);

/* ---- objects and scopes ---- */

typedef enum ObjKind {
    OBJ_BAD, OBJ_CONST, OBJ_VAR, OBJ_TYPE, OBJ_FUNC, OBJ_PKG, OBJ_BUILTIN, OBJ_NIL, OBJ_LABEL
} ObjKind;

typedef enum Builtin {
    BI_APPEND, BI_CAP, BI_CLEAR, BI_CLOSE, BI_COPY, BI_DELETE, BI_LEN, BI_MAKE,
    BI_MAX, BI_MIN, BI_NEW, BI_PANIC, BI_PRINT, BI_PRINTLN, BI_RECOVER,
    BI_COMPLEX, BI_REAL, BI_IMAG,
    BI_COUNT
} Builtin;

struct Object {
    ObjKind kind;
    const char *name;      /* interned */
    Type *type;
    Pos pos;
    Node *decl;            /* declaring node (spec, func decl, ident) */
    struct Const *cval;    /* OBJ_CONST */
    int builtin;           /* OBJ_BUILTIN: a Builtin; OBJ_PKG: package id */
    bool used;
    bool global;           /* package-level var */
    bool captured;         /* captured by a closure or address taken: lives in a heap cell */
    int state;             /* checker: 0 unresolved, 1 resolving, 2 done */
    int index;             /* var: register or global slot; func: function index */
    int owner;             /* var: id of the function declaring it (0: package level) */
    struct NativeDesc *native; /* OBJ_FUNC of a package: the native behind it */
    /* package-level vars and funcs this var's initializer or this func's
     * body refers to (for the order of package initialization) */
    struct Object **deps;
    int ndeps, deps_cap;
    int epoch;             /* object_epoch when it was made (the REPL input that declared it) */
    int file;              /* package-level: the index of the package's file declaring it */
    struct Generic *generic; /* a generic function or type (check_generic.c); NULL for others */
    /* a library's function or method is checked and generated only once
     * live code refers to it (check.c's mark_live): LAZY_WAITING until
     * then, LAZY_LIVE after; home is its package */
    uint8_t lazy;
    struct Package *home;
    /* a library type: its methods, not parsed yet (check.c's attach_pending) */
    struct Node **pending; int npending, pending_cap;
};
enum { LAZY_NO, LAZY_WAITING, LAZY_LIVE };

typedef struct Scope Scope;
struct Scope {
    Scope *parent;
    Object **objs;         /* open-addressed hash by interned name pointer */
    int count, cap;
    bool is_func;          /* the outermost scope of a function body */
};

Scope *scope_new(Scope *parent);
Object *scope_lookup_local(Scope *s, const char *name);
Object *scope_lookup(Scope *s, const char *name);
/* Inserts obj; returns the existing object of the same name, or NULL. */
Object *scope_insert(Scope *s, Object *obj);
/* Inserts obj, replacing an object of the same name (the REPL's redeclaration). */
void scope_replace(Scope *s, Object *obj);
/* Stamped into every new Object: the REPL counts its inputs in it. */
extern int object_epoch;
Object *object_new(ObjKind kind, const char *name, Type *type, Pos pos);


extern Scope *universe;

#endif
