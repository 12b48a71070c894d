/* types.c — construction, identity and spelling of Go types; scopes and
 * the universe.
 *
 * Unnamed types are interned through caches on their element type, so that
 * `[]int` built twice is the same pointer (see types.h).
 */
#include <gc.h>
#include <pthread.h>
#include <stdio.h>
#include <string.h>
#include "buf.h"
#include "hash.h"
#include "types.h"
#include "compiler.h"
#include "constant.h"

Type *ty_bool, *ty_int, *ty_int8, *ty_int16, *ty_int32, *ty_int64,
     *ty_uint, *ty_uint8, *ty_uint16, *ty_uint32, *ty_uint64, *ty_uintptr,
     *ty_float32, *ty_float64, *ty_string, *ty_error, *ty_any, *ty_comparable,
     *ty_untyped_bool, *ty_untyped_int, *ty_untyped_rune,
     *ty_untyped_float, *ty_untyped_string, *ty_untyped_nil, *ty_invalid;

Scope *universe;


/* ---- types ---- */

Type *type_new(TypeKind kind) {
    Type *t = GC_MALLOC(sizeof *t);
    t->kind = kind;
    t->under = t;
    t->id = -1;
    return t;
}

static Type *basic(TypeKind kind, const char *name) {
    Type *t = type_new(kind);
    t->name = name;
    return t;
}

static pthread_mutex_t type_lock = PTHREAD_MUTEX_INITIALIZER;

Type *types_slice_of(Type *elem) {
    pthread_mutex_lock(&type_lock);
    if (!elem->slice_of) {
        Type *t = type_new(TY_SLICE);
        t->elem = elem;
        elem->slice_of = t;
    }
    pthread_mutex_unlock(&type_lock);
    return elem->slice_of;
}

Type *types_pointer_to(Type *elem) {
    pthread_mutex_lock(&type_lock);
    if (!elem->ptr_to) {
        Type *t = type_new(TY_POINTER);
        t->elem = elem;
        elem->ptr_to = t;
    }
    pthread_mutex_unlock(&type_lock);
    return elem->ptr_to;
}

/* Arrays, maps and channels are rarer: each hangs on a list of its element
 * type (a map whose value type is predeclared on its key's), so that a
 * program's types are collected with it rather than kept by a global
 * list (a compiler run many times: the fuzzer, tests). */
static Type *find_derived(TypeKind kind, Type *elem, Type *key, int64_t len, int dir) {
    Type *owner = elem;
    if (kind == TY_MAP && elem->kind <= TY_STRING && elem == elem->under) owner = key;
    for (Type *t = owner->derived; t; t = t->derived_next)
        if (t->kind == kind && t->elem == elem && t->key == key && t->len == len && t->chan_dir == dir)
            return t;
    Type *t = type_new(kind);
    t->elem = elem;
    t->key = key;
    t->len = len;
    t->chan_dir = dir;
    t->derived_next = owner->derived;
    owner->derived = t;
    return t;
}

Type *types_array_of(Type *elem, int64_t len) {
    pthread_mutex_lock(&type_lock);
    Type *t = find_derived(TY_ARRAY, elem, NULL, len, 0);
    pthread_mutex_unlock(&type_lock);
    return t;
}

Type *types_map_of(Type *key, Type *val) {
    pthread_mutex_lock(&type_lock);
    Type *t = find_derived(TY_MAP, val, key, 0, 0);
    pthread_mutex_unlock(&type_lock);
    return t;
}

Type *types_chan_of(Type *elem, int dir) {
    pthread_mutex_lock(&type_lock);
    Type *t = find_derived(TY_CHAN, elem, NULL, 0, dir);
    pthread_mutex_unlock(&type_lock);
    return t;
}

Type *types_tuple(Type **types, int n) {
    Type *t = type_new(TY_TUPLE);
    t->results = types;
    t->nresults = n;
    return t;
}

int type_int_bits(const Type *t) {
    switch (t->kind) {
    case TY_INT8: case TY_UINT8: return 8;
    case TY_INT16: case TY_UINT16: return 16;
    case TY_INT32: case TY_UINT32: return 32;
    default: return 64;
    }
}

int type_elem_size(const Type *t) {
    switch (t->kind) {
    case TY_BOOL: case TY_INT8: case TY_UINT8: return 1;
    case TY_STRUCT: case TY_ARRAY: return 8 * type_slots(t);
    default: return 8;
    }
}

int type_slots(const Type *t) {
    const Type *u = t->under;
    if (u->kind != TY_STRUCT && u->kind != TY_ARRAY) return 1;
    if (u->slots) return u->slots;
    stack_guard_here();
    int n = 0;
    if (u->kind == TY_ARRAY) {
        n = type_elem_size(u->elem) == 1 ? (int)((u->len + 7) / 8) : (int)(u->len * type_slots(u->elem));
    } else {
        for (int i = 0; i < u->nfields; i++) n += type_slots(u->fields[i].type);
    }
    ((Type *)u)->slots = n ? n : 1;   /* an empty struct still gets a slot */
    return u->slots;
}

bool type_packed_array(const Type *t) {
    const Type *u = t->under;
    return u->kind == TY_ARRAY && type_elem_size(u->elem) == 1;
}

int type_field_offset(const Type *t, int i) {
    const Type *u = t->under;
    int off = 0;
    for (int j = 0; j < i; j++) off += type_slots(u->fields[j].type);
    return off;
}

bool type_has_pointers(const Type *t) {
    stack_guard_here();
    switch (t->kind) {
    case TY_BOOL: case TY_INT: case TY_INT8: case TY_INT16: case TY_INT32: case TY_INT64:
    case TY_UINT: case TY_UINT8: case TY_UINT16: case TY_UINT32: case TY_UINT64:
    case TY_UINTPTR: case TY_FLOAT32: case TY_FLOAT64:
        return false;
    default:
        return true;
    }
}

int type_go_align(const Type *t) {
    const Type *u = t->under;
    switch (u->kind) {
    case TY_BOOL: case TY_INT8: case TY_UINT8: return 1;
    case TY_INT16: case TY_UINT16: return 2;
    case TY_INT32: case TY_UINT32: case TY_FLOAT32: return 4;
    case TY_ARRAY: return type_go_align(u->elem);
    case TY_STRUCT: {
        int a = 1;
        for (int i = 0; i < u->nfields; i++) {
            int fa = type_go_align(u->fields[i].type);
            if (fa > a) a = fa;
        }
        return a;
    }
    default: return 8;
    }
}

int64_t type_go_size(const Type *t) {
    const Type *u = t->under;
    switch (u->kind) {
    case TY_BOOL: case TY_INT8: case TY_UINT8: return 1;
    case TY_INT16: case TY_UINT16: return 2;
    case TY_INT32: case TY_UINT32: case TY_FLOAT32: return 4;
    case TY_STRING: case TY_INTERFACE: return 16;
    case TY_SLICE: return 24;
    case TY_ARRAY: return u->len * type_go_size(u->elem);
    case TY_STRUCT: {
        /* fields at their alignment; a final zero-size field gets a byte */
        int64_t off = 0;
        for (int i = 0; i < u->nfields; i++) {
            int64_t fa = type_go_align(u->fields[i].type);
            off = (off + fa - 1) / fa * fa + type_go_size(u->fields[i].type);
        }
        if (u->nfields && off && type_go_size(u->fields[u->nfields - 1].type) == 0) off++;
        int64_t a = type_go_align(u);
        return (off + a - 1) / a * a;
    }
    default: return 8;
    }
}

bool type_go_has_pointers(const Type *t) {
    const Type *u = t->under;
    switch (u->kind) {
    case TY_ARRAY: return u->len > 0 && type_go_has_pointers(u->elem);
    case TY_STRUCT:
        for (int i = 0; i < u->nfields; i++)
            if (type_go_has_pointers(u->fields[i].type)) return true;
        return false;
    default: return type_has_pointers(u);
    }
}

bool type_identical(const Type *a, const Type *b) {
    if (a == b) return true;
    stack_guard_here();
    if (!a || !b || a->kind != b->kind) return false;
    if (a->name || b->name) return false;   /* named types are unique */
    switch (a->kind) {
    case TY_ARRAY:
        return a->len == b->len && type_identical(a->elem, b->elem);
    case TY_SLICE: case TY_POINTER:
        return type_identical(a->elem, b->elem);
    case TY_MAP:
        return type_identical(a->key, b->key) && type_identical(a->elem, b->elem);
    case TY_CHAN:
        return a->chan_dir == b->chan_dir && type_identical(a->elem, b->elem);
    case TY_FUNC:
        if (a->nparams != b->nparams || a->nresults != b->nresults || a->variadic != b->variadic)
            return false;
        for (int i = 0; i < a->nparams; i++)
            if (!type_identical(a->params[i], b->params[i])) return false;
        for (int i = 0; i < a->nresults; i++)
            if (!type_identical(a->results[i], b->results[i])) return false;
        return true;
    case TY_STRUCT:
        if (a->nfields != b->nfields) return false;
        for (int i = 0; i < a->nfields; i++) {
            if (a->fields[i].name != b->fields[i].name ||
                a->fields[i].embedded != b->fields[i].embedded ||
                !type_identical(a->fields[i].type, b->fields[i].type))
                return false;
        }
        return true;
    case TY_INTERFACE:
        if (a->nmethods != b->nmethods) return false;
        for (int i = 0; i < a->nmethods; i++) {
            if (a->methods[i].name != b->methods[i].name ||
                !type_identical(a->methods[i].type, b->methods[i].type))
                return false;
        }
        return true;
    case TY_TUPLE:
        if (a->nresults != b->nresults) return false;
        for (int i = 0; i < a->nresults; i++)
            if (!type_identical(a->results[i], b->results[i])) return false;
        return true;
    default:
        return false;
    }
}

Type *type_default(Type *t) {
    switch (t->kind) {
    case TY_UNTYPED_BOOL: return ty_bool;
    case TY_UNTYPED_INT: return ty_int;
    case TY_UNTYPED_RUNE: return ty_int32;
    case TY_UNTYPED_FLOAT: return ty_float64;
    case TY_UNTYPED_STRING: return ty_string;
    default: return t;
    }
}

/* ---- spelling ---- */

static void type_write(Buf *b, const Type *t);

/* reflect's spelling (fmt's %T, run-time messages) rather than the
 * checker's: no parameter names, "struct { A int }" */
static _Thread_local bool reflect_style;

static void tuple_write(Buf *b, Type **ts, const char **names, int n, bool variadic) {
    for (int i = 0; i < n; i++) {
        if (i) buf_puts(b, ", ");
        if (names && names[i] && !reflect_style) { buf_puts(b, names[i]); buf_puts(b, " "); }
        if (variadic && i == n - 1) {
            buf_puts(b, "...");
            type_write(b, ts[i]->elem);
        } else {
            type_write(b, ts[i]);
        }
    }
}

static void signature_write(Buf *b, const Type *t) {
    buf_puts(b, "(");
    tuple_write(b, t->params, t->param_names, t->nparams, t->variadic);
    buf_puts(b, ")");
    if (t->nresults == 1 && (reflect_style || !(t->result_names && t->result_names[0]))) {
        buf_puts(b, " ");
        type_write(b, t->results[0]);
    } else if (t->nresults >= 1) {
        buf_puts(b, " (");
        tuple_write(b, t->results, t->result_names, t->nresults, false);
        buf_puts(b, ")");
    }
}

static void type_write(Buf *b, const Type *t) {
    stack_guard_here();
    char num[32];
    if (!t) { buf_puts(b, "<nil>"); return; }
    if (t->name) { buf_puts(b, t->name); return; }
    switch (t->kind) {
    case TY_UNTYPED_BOOL: buf_puts(b, "untyped bool"); break;
    case TY_UNTYPED_INT: buf_puts(b, "untyped int"); break;
    case TY_UNTYPED_RUNE: buf_puts(b, "untyped rune"); break;
    case TY_UNTYPED_FLOAT: buf_puts(b, "untyped float"); break;
    case TY_UNTYPED_STRING: buf_puts(b, "untyped string"); break;
    case TY_UNTYPED_NIL: buf_puts(b, "untyped nil"); break;
    case TY_ARRAY:
        snprintf(num, sizeof num, "[%lld]", (long long)t->len);
        buf_puts(b, num);
        type_write(b, t->elem);
        break;
    case TY_SLICE: buf_puts(b, "[]"); type_write(b, t->elem); break;
    case TY_POINTER: buf_puts(b, "*"); type_write(b, t->elem); break;
    case TY_MAP:
        buf_puts(b, "map[");
        type_write(b, t->key);
        buf_puts(b, "]");
        type_write(b, t->elem);
        break;
    case TY_CHAN:
        buf_puts(b, t->chan_dir == 2 ? "<-chan " : t->chan_dir == 1 ? "chan<- " : "chan ");
        if (t->chan_dir == 3 && t->elem->kind == TY_CHAN && !t->elem->name && t->elem->chan_dir == 2) {
            buf_puts(b, "(");
            type_write(b, t->elem);
            buf_puts(b, ")");
        } else {
            type_write(b, t->elem);
        }
        break;
    case TY_FUNC: buf_puts(b, "func"); signature_write(b, t); break;
    case TY_STRUCT:
        if (reflect_style && t->nfields == 0) { buf_puts(b, "struct {}"); break; }
        buf_puts(b, reflect_style ? "struct { " : "struct{");
        for (int i = 0; i < t->nfields; i++) {
            if (i) buf_puts(b, "; ");
            if (!t->fields[i].embedded) {
                buf_puts(b, t->fields[i].name);
                buf_puts(b, " ");
            }
            type_write(b, t->fields[i].type);
        }
        buf_puts(b, reflect_style ? " }" : "}");
        break;
    case TY_INTERFACE:
        if (t->has_terms && t->nmethods == 0 && !t->comparable_only) {
            /* a constraint written as its union: ~int | ~float64 */
            for (int i = 0; i < t->nterms; i++) {
                if (i) buf_puts(b, " | ");
                if (t->terms[i].tilde) buf_puts(b, "~");
                type_write(b, t->terms[i].type);
            }
            break;
        }
        if (t->nmethods == 0 && !t->has_terms && !t->comparable_only) { buf_puts(b, "interface {}"); break; }
        if (t->nmethods == 0) { buf_puts(b, "interface{...}"); break; }
        buf_puts(b, "interface {");
        for (int i = 0; i < t->nmethods; i++) {
            buf_puts(b, i ? "; " : " ");
            buf_puts(b, t->methods[i].name);
            signature_write(b, t->methods[i].type);
        }
        buf_puts(b, " }");
        break;
    case TY_TUPLE:
        buf_puts(b, "(");
        tuple_write(b, t->results, NULL, t->nresults, false);
        buf_puts(b, ")");
        break;
    default: buf_puts(b, "invalid type"); break;
    }
}

const char *type_string(const Type *t) {
    Buf b = {0};
    type_write(&b, t);
    return buf_cstr(&b);
}

const char *type_string_rt(const Type *t) {
    reflect_style = true;
    const char *s = type_string(t);
    reflect_style = false;
    return s;
}

/* ---- scopes ---- */

Scope *scope_new(Scope *parent) {
    Scope *s = GC_MALLOC(sizeof *s);
    s->parent = parent;
    return s;
}

static size_t ptr_hash(const void *p) { return (size_t)hash_ptr(p); }

Object *scope_lookup_local(Scope *s, const char *name) {
    if (!s->cap) return NULL;
    size_t j = ptr_hash(name) & (size_t)(s->cap - 1);
    Object *o;
    while ((o = s->objs[j]) != NULL) {
        if (o->name == name) return o;
        j = (j + 1) & (size_t)(s->cap - 1);
    }
    return NULL;
}

Object *scope_lookup(Scope *s, const char *name) {
    for (; s; s = s->parent) {
        Object *o = scope_lookup_local(s, name);
        if (o) return o;
    }
    return NULL;
}

Object *scope_insert(Scope *s, Object *obj) {
    Object *old = scope_lookup_local(s, obj->name);
    if (old) return old;
    if ((s->count + 1) * 2 > s->cap) {
        int ncap = s->cap ? s->cap * 2 : 8;
        Object **n = GC_MALLOC(ncap * sizeof *n);
        for (int i = 0; i < s->cap; i++) {
            Object *o = s->objs[i];
            if (!o) continue;
            size_t j = ptr_hash(o->name) & (size_t)(ncap - 1);
            while (n[j]) j = (j + 1) & (size_t)(ncap - 1);
            n[j] = o;
        }
        s->objs = n;
        s->cap = ncap;
    }
    size_t j = ptr_hash(obj->name) & (size_t)(s->cap - 1);
    while (s->objs[j]) j = (j + 1) & (size_t)(s->cap - 1);
    s->objs[j] = obj;
    s->count++;
    return NULL;
}

void scope_replace(Scope *s, Object *obj) {
    if (!scope_insert(s, obj)) return;
    size_t j = ptr_hash(obj->name) & (size_t)(s->cap - 1);
    while (s->objs[j]->name != obj->name) j = (j + 1) & (size_t)(s->cap - 1);
    s->objs[j] = obj;
}

int object_epoch;

Object *object_new(ObjKind kind, const char *name, Type *type, Pos pos) {
    Object *o = GC_MALLOC(sizeof *o);
    o->epoch = object_epoch;
    o->kind = kind;
    o->name = name;
    o->type = type;
    o->pos = pos;
    o->index = -1;
    return o;
}

/* ---- the universe ---- */

static void declare(ObjKind kind, const char *name, Type *t) {
    Object *o = object_new(kind, intern_cstr(name), t, (Pos){0, 0, 0});
    o->state = 2;
    scope_insert(universe, o);
}

static void declare_builtin(const char *name, Builtin b) {
    Object *o = object_new(OBJ_BUILTIN, intern_cstr(name), ty_invalid, (Pos){0, 0, 0});
    o->builtin = b;
    o->state = 2;
    scope_insert(universe, o);
}

void types_init(void) {
    static bool done;
    if (done) return;
    done = true;
    ty_invalid = basic(TY_INVALID, "invalid type");
    ty_bool = basic(TY_BOOL, "bool");
    ty_int = basic(TY_INT, "int");
    ty_int8 = basic(TY_INT8, "int8");
    ty_int16 = basic(TY_INT16, "int16");
    ty_int32 = basic(TY_INT32, "int32");
    ty_int64 = basic(TY_INT64, "int64");
    ty_uint = basic(TY_UINT, "uint");
    ty_uint8 = basic(TY_UINT8, "uint8");
    ty_uint16 = basic(TY_UINT16, "uint16");
    ty_uint32 = basic(TY_UINT32, "uint32");
    ty_uint64 = basic(TY_UINT64, "uint64");
    ty_uintptr = basic(TY_UINTPTR, "uintptr");
    ty_float32 = basic(TY_FLOAT32, "float32");
    ty_float64 = basic(TY_FLOAT64, "float64");
    ty_string = basic(TY_STRING, "string");
    ty_untyped_bool = type_new(TY_UNTYPED_BOOL);
    ty_untyped_int = type_new(TY_UNTYPED_INT);
    ty_untyped_rune = type_new(TY_UNTYPED_RUNE);
    ty_untyped_float = type_new(TY_UNTYPED_FLOAT);
    ty_untyped_string = type_new(TY_UNTYPED_STRING);
    ty_untyped_nil = type_new(TY_UNTYPED_NIL);
    ty_any = type_new(TY_INTERFACE);

    /* error: interface { Error() string } */
    Type *err_under = type_new(TY_INTERFACE);
    Type *err_sig = type_new(TY_FUNC);
    err_sig->results = GC_MALLOC(sizeof(Type *));
    err_sig->results[0] = ty_string;
    err_sig->nresults = 1;
    err_under->methods = GC_MALLOC(sizeof(Method));
    err_under->methods[0] = (Method){ .name = intern_cstr("Error"), .type = err_sig };
    err_under->nmethods = 1;
    ty_error = type_new(TY_INTERFACE);
    ty_error->name = "error";
    ty_error->under = err_under;
    ty_error->methods = err_under->methods;
    ty_error->nmethods = 1;

    universe = scope_new(NULL);
    Type *basics[] = { ty_bool, ty_int, ty_int8, ty_int16, ty_int32, ty_int64, ty_uint,
                       ty_uint8, ty_uint16, ty_uint32, ty_uint64, ty_uintptr, ty_float32,
                       ty_float64, ty_string, ty_error };
    for (size_t i = 0; i < sizeof basics / sizeof basics[0]; i++)
        declare(OBJ_TYPE, basics[i]->name, basics[i]);
    declare(OBJ_TYPE, "byte", ty_uint8);
    declare(OBJ_TYPE, "rune", ty_int32);
    declare(OBJ_TYPE, "any", ty_any);
    /* comparable: the constraint of the types == is defined on */
    Type *cmp_under = type_new(TY_INTERFACE);
    cmp_under->comparable_only = true;
    ty_comparable = type_new(TY_INTERFACE);
    ty_comparable->name = "comparable";
    ty_comparable->under = cmp_under;
    ty_comparable->comparable_only = true;
    declare(OBJ_TYPE, "comparable", ty_comparable);

    Object *o = object_new(OBJ_CONST, intern_cstr("true"), ty_untyped_bool, (Pos){0, 0, 0});
    o->cval = const_bool(true);
    o->state = 2;
    scope_insert(universe, o);
    o = object_new(OBJ_CONST, intern_cstr("false"), ty_untyped_bool, (Pos){0, 0, 0});
    o->cval = const_bool(false);
    o->state = 2;
    scope_insert(universe, o);
    o = object_new(OBJ_CONST, intern_cstr("iota"), ty_untyped_int, (Pos){0, 0, 0});
    o->state = 2;
    scope_insert(universe, o);
    declare(OBJ_NIL, "nil", ty_untyped_nil);

    static const char *const names[BI_COUNT] = {
        "append", "cap", "clear", "close", "copy", "delete", "len", "make", "max", "min",
        "new", "panic", "print", "println", "recover", "complex", "real", "imag",
    };
    for (int b = 0; b < BI_COUNT; b++) declare_builtin(names[b], (Builtin)b);
}

bool type_comparable(const Type *t) {
    switch (t->under->kind) {
    case TY_SLICE: case TY_MAP: case TY_FUNC: return false;
    case TY_STRUCT:
        for (int i = 0; i < t->under->nfields; i++)
            if (!type_comparable(t->under->fields[i].type)) return false;
        return true;
    case TY_ARRAY: return type_comparable(t->under->elem);
    default: return true;
    }
}
