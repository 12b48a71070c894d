/* context.c — package context: cancellation, deadlines and request values
 * carried down a tree of contexts.
 *
 * The package is Go source, built as Go's is: Background and TODO are
 * empty roots; WithCancel makes a cancelCtx that registers itself in the
 * children of the nearest cancelCtx it derives from (found through
 * Value(&cancelCtxKey)), so canceling a parent cancels the whole subtree
 * with the parent's lock held and each child's taken in turn (parent
 * before child: no lock-order cycle). A child canceled on its own removes
 * itself from its parent. WithDeadline is a cancelCtx plus a time.AfterFunc
 * timer, stopped when the context is canceled first; no goroutine waits for
 * a deadline. A parent of the user's own Context type is watched by one
 * goroutine, or through its AfterFunc method when it has one.
 *
 * Invariants: err, cause and done of a cancelCtx change only under its mu;
 * err is set once and done is closed exactly then; Done never returns a
 * different channel for the same context.
 *
 * Two natives stand in for reflect: the type name of a value (%T's
 * spelling, for String of contexts) and whether a key's dynamic type is
 * comparable (WithValue's check).
 */
#include "natives.h"

/* func typeString_(v any) string */
static NatStatus context_typeString_(G *g, Value *args) {
    (void)g;
    GoBox *b = args[0].ifc;
    args[0].s = str_cstr(b ? b->type->str : "<nil>");
    return NAT_OK;
}

/* func comparable_(v any) bool: v's dynamic type is comparable */
static NatStatus context_comparable_(G *g, Value *args) {
    (void)g;
    GoBox *b = args[0].ifc;
    args[0].i = !b || value_comparable(b->type);
    return NAT_OK;
}

#define N(NAME) { "context", #NAME, context_##NAME }
const NativeDesc context_natives[] = {
    N(typeString_), N(comparable_),
    { NULL, NULL, NULL },
};
#undef N
