/* errors.c — package errors: Go source, with two natives for what needs
 * the run-time types (comparability of a dynamic type, and As's store
 * through a pointer of any type). */
#include <string.h>
#include "natives.h"

/* func comparable_(x any) bool: whether == on x's dynamic type cannot panic */
static bool comparable_type(const Type *t) {
    const Type *u = t->under;
    switch (u->kind) {
    case TY_SLICE: case TY_MAP: case TY_FUNC: return false;
    case TY_ARRAY: return comparable_type(u->elem);
    case TY_STRUCT:
        for (int i = 0; i < u->nfields; i++)
            if (!comparable_type(u->fields[i].type)) return false;
        return true;
    default: return true;
    }
}

static NatStatus errors_comparable(G *g, Value *args) {
    (void)g;
    GoBox *b = args[0].ifc;
    args[0].i = !b || comparable_type(b->type);
    return NAT_OK;
}

/* func checkTarget_(target any): As's argument checks */
static NatStatus errors_check_target(G *g, Value *args) {
    GoBox *b = args[0].ifc;
    if (!b || b->type->under->kind != TY_POINTER || !b->v.p)
        return vm_panic_msg(g, "errors: target must be a non-nil pointer");
    const Type *t = b->type->under->elem;
    if (t->under->kind != TY_INTERFACE && !vm_dyn_is(t, ty_error, NULL))
        return vm_panic_msg(g, "errors: *target must be interface or implement error");
    return NAT_OK;
}

/* func assignTo_(err error, target any) bool: if err's dynamic type is
 * assignable to *target's type, stores it there. */
static NatStatus errors_assign_to(G *g, Value *args) {
    (void)g;
    GoBox *err = args[0].ifc, *tb = args[1].ifc;
    const Type *t = tb->type->under->elem;
    Value *dst = tb->v.p;
    args[0].i = 0;
    if (!err) return NAT_OK;
    if (t->under->kind == TY_INTERFACE) {
        if (!vm_dyn_is(err->type, t, NULL)) return NAT_OK;
        dst->ifc = err;
    } else {
        if (!vm_dyn_is(err->type, t, NULL)) return NAT_OK;
        if (type_is_aggregate(t->under)) memcpy(dst, err->v.p, sizeof(Value) * (size_t)type_slots(t));
        else *dst = err->v;
    }
    args[0].i = 1;
    return NAT_OK;
}

const NativeDesc errors_natives[] = {
    { "errors", "comparable_", errors_comparable, NULL },
    { "errors", "checkTarget_", errors_check_target, NULL },
    { "errors", "assignTo_", errors_assign_to, NULL },
    { NULL, NULL, NULL, NULL },
};

const char errors_src[] =
    "package errors\n"
    "func comparable_(x any) bool\n"
    "func checkTarget_(target any)\n"
    "func assignTo_(err error, target any) bool\n"
    "type errorString struct { s string }\n"
    "func (e *errorString) Error() string { return e.s }\n"
    "func New(text string) error { return &errorString{text} }\n"
    "var ErrUnsupported = New(\"unsupported operation\")\n"
    "func Unwrap(err error) error {\n"
    "\tu, ok := err.(interface{ Unwrap() error })\n"
    "\tif !ok { return nil }\n"
    "\treturn u.Unwrap()\n"
    "}\n"
    "func Is(err, target error) bool {\n"
    "\tif err == nil || target == nil { return err == target }\n"
    "\treturn is(err, target, comparable_(target))\n"
    "}\n"
    "func is(err, target error, targetComparable bool) bool {\n"
    "\tfor {\n"
    "\t\tif targetComparable && comparable_(err) && err == target { return true }\n"
    "\t\tif x, ok := err.(interface{ Is(error) bool }); ok && x.Is(target) { return true }\n"
    "\t\tswitch x := err.(type) {\n"
    "\t\tcase interface{ Unwrap() error }:\n"
    "\t\t\terr = x.Unwrap()\n"
    "\t\t\tif err == nil { return false }\n"
    "\t\tcase interface{ Unwrap() []error }:\n"
    "\t\t\tfor _, e := range x.Unwrap() {\n"
    "\t\t\t\tif e != nil && is(e, target, targetComparable) { return true }\n"
    "\t\t\t}\n"
    "\t\t\treturn false\n"
    "\t\tdefault:\n"
    "\t\t\treturn false\n"
    "\t\t}\n"
    "\t}\n"
    "}\n"
    "func As(err error, target any) bool {\n"
    "\tif err == nil { return false }\n"
    "\tif target == nil { panic(\"errors: target cannot be nil\") }\n"
    "\tcheckTarget_(target)\n"
    "\treturn as(err, target)\n"
    "}\n"
    "func as(err error, target any) bool {\n"
    "\tfor {\n"
    "\t\tif assignTo_(err, target) { return true }\n"
    "\t\tif x, ok := err.(interface{ As(any) bool }); ok && x.As(target) { return true }\n"
    "\t\tswitch x := err.(type) {\n"
    "\t\tcase interface{ Unwrap() error }:\n"
    "\t\t\terr = x.Unwrap()\n"
    "\t\t\tif err == nil { return false }\n"
    "\t\tcase interface{ Unwrap() []error }:\n"
    "\t\t\tfor _, e := range x.Unwrap() {\n"
    "\t\t\t\tif e != nil && as(e, target) { return true }\n"
    "\t\t\t}\n"
    "\t\t\treturn false\n"
    "\t\tdefault:\n"
    "\t\t\treturn false\n"
    "\t\t}\n"
    "\t}\n"
    "}\n"
    "type joinError struct { errs []error }\n"
    "func Join(errs ...error) error {\n"
    "\tn := 0\n"
    "\tfor _, e := range errs { if e != nil { n++ } }\n"
    "\tif n == 0 { return nil }\n"
    "\te := &joinError{errs: make([]error, 0, n)}\n"
    "\tfor _, err := range errs { if err != nil { e.errs = append(e.errs, err) } }\n"
    "\treturn e\n"
    "}\n"
    "func (e *joinError) Error() string {\n"
    "\ts := \"\"\n"
    "\tfor i, err := range e.errs {\n"
    "\t\tif i > 0 { s += \"\\n\" }\n"
    "\t\ts += err.Error()\n"
    "\t}\n"
    "\treturn s\n"
    "}\n"
    "func (e *joinError) Unwrap() []error { return e.errs }\n";
