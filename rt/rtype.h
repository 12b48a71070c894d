/* rtype.h — run-time type descriptors: what the VM, the scheduler and the
 * library know of a Go type while the program runs. The code generator
 * lowers each checker Type the program uses at run time to one RType (as
 * Go's reflectdata lowers types.Type to runtime._type); the run time never
 * sees the checker's types.
 *
 * Invariants:
 *  - One RType per identical type: the generator canonicalizes, so type
 *    identity at run time is pointer equality (x.(T), type switches, map
 *    keys of interface type).
 *  - An RType is immutable once published, except its itab cache (appended
 *    to atomically) and, in the REPL, its method set (replaced whole, by one
 *    atomic store, when a later input declares a method of the type).
 *  - A method set lists, sorted by name, every method an interface call can
 *    reach on a value of the type, each as one function that takes the
 *    interface's value as its receiver: methods promoted from embedded
 *    fields, and value methods called through a pointer, are wrapper
 *    functions the generator made. An interface call is an itab lookup.
 */
#ifndef MINIGO_RT_RTYPE_H
#define MINIGO_RT_RTYPE_H

#include <stdbool.h>
#include <stdint.h>

/* The kinds of Go types. The checker's types use the untyped kinds and
 * TY_TUPLE too; an RType never has them. */
typedef enum TypeKind {
    TY_INVALID,
    TY_BOOL,
    TY_INT, TY_INT8, TY_INT16, TY_INT32, TY_INT64,
    TY_UINT, TY_UINT8, TY_UINT16, TY_UINT32, TY_UINT64, TY_UINTPTR,
    TY_FLOAT32, TY_FLOAT64,
    TY_STRING,
    /* untyped kinds (of constants and of some expressions) */
    TY_UNTYPED_BOOL, TY_UNTYPED_INT, TY_UNTYPED_RUNE, TY_UNTYPED_FLOAT,
    TY_UNTYPED_STRING, TY_UNTYPED_NIL,
    /* composite */
    TY_ARRAY, TY_SLICE, TY_STRUCT, TY_POINTER, TY_FUNC, TY_INTERFACE,
    TY_MAP, TY_CHAN,
    TY_TUPLE,     /* the results of a multi-value call */
    TY_KIND_COUNT
} TypeKind;

typedef struct RType RType;

typedef struct RField {
    const char *name;
    const RType *type;
    int offset;          /* in slots, from the start of the struct's block */
    bool embedded;
} RField;

/* A method of a concrete type's method set, or of an interface. */
typedef struct RMethod {
    const char *name;    /* interned (rt/intern.h) */
    const RType *type;   /* its func type, without the receiver */
    int func;            /* Program.funcs index; -1 for an interface's method */
} RMethod;

typedef struct RMethodSet {
    int n;
    RMethod m[];         /* sorted by name (strcmp) */
} RMethodSet;

/* What an interface call on a dynamic type finds: for each method of
 * interface `inter`, in inter's order, the type's method. */
typedef struct Itab {
    const RType *inter, *type;
    const RMethodSet *from;  /* the method set it was built from */
    struct Itab *next;       /* the type's other itabs */
    const char *missing;     /* NULL, or the first method `type` lacks (then fun is empty) */
    const RMethod *fun[];
} Itab;

enum {
    RT_COMPARABLE = 1,   /* == is defined (not slice, map, func, nor a struct/array of them) */
    RT_POINTERS = 2,     /* values hold pointers the GC must see */
    RT_PACKED = 4,       /* an array of 1-byte elements, eight to a slot */
};

struct RType {
    TypeKind kind;       /* of the underlying type */
    int flags;           /* RT_* */
    int slots;           /* size of a value: an aggregate's block; 1 otherwise */
    const char *name;    /* "main.T", "int"; NULL for unnamed types */
    const char *str;     /* Go's spelling, as %T prints it */
    const RType *under;  /* the underlying type (== self when unnamed) */
    const RType *elem;   /* array, slice, pointer, map value, chan */
    const RType *key;    /* map */
    int64_t len;         /* array */
    int chan_dir;        /* 3 both, 1 send-only, 2 receive-only */
    const RField *fields; int nfields;
    const RMethodSet *methods;  /* the method set, or an interface's methods; never NULL */
    Itab *itabs;         /* cache of itabs with this dynamic type (atomic list) */
    int id;              /* index in Program.types */
};

/* Structs and arrays are aggregates: a value is a pointer to a block of
 * `slots` slots, nested aggregates inline (rt/rtvalue.h). */
static inline bool rtype_is_aggregate(const RType *t) { return t->kind == TY_STRUCT || t->kind == TY_ARRAY; }
static inline bool rtype_is_integer(const RType *t) { return t->kind >= TY_INT && t->kind <= TY_UINTPTR; }
static inline bool rtype_is_unsigned(const RType *t) { return t->kind >= TY_UINT && t->kind <= TY_UINTPTR; }
static inline bool rtype_is_basic(const RType *t) { return t->kind >= TY_BOOL && t->kind <= TY_STRING; }
/* Bytes one element of this type takes in a slice's backing array: 1 or 8. */
static inline int rtype_elem_size(const RType *t) {
    return t->kind == TY_BOOL || t->kind == TY_INT8 || t->kind == TY_UINT8 ? 1 : 8;
}

/* The method `name` (interned) of t's method set, or NULL. */
const RMethod *rtype_method(const RType *t, const char *name);
/* The itab of dynamic type t for interface inter (built once, then cached). */
const Itab *rtype_itab(const RType *inter, const RType *t);
/* Whether dynamic type t is t2, or implements interface t2; *missing
 * (if not NULL) gets the first method t lacks. */
bool rtype_is(const RType *t, const RType *t2, const char **missing);
/* The REPL declared methods: t's method set is now ms (old itabs are dropped). */
void rtype_set_methods(RType *t, const RMethodSet *ms);

/* The RTypes the run time itself needs, set by the code generator. */
extern const RType *rtype_error, *rtype_any, *rtype_string;   /* error, any (interface{}), string */

#endif
