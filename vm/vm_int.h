/* vm_int.h — what the files of vm/ share with one another and with no one
 * else: stack growth (stack.c), the panic chain and deferred calls
 * (panic.c), method calls on dynamic types (iface.c), and the one helper
 * that pushes a Go call's frame, used by the dispatch loop (vm.c) and by
 * the running of deferred calls.
 *
 * Invariant (DESIGN.md 3): a function here that can grow the stack moves
 * it; its caller recomputes any pointer into g->stack from the frames.
 */
#ifndef MINIGO_VM_INT_H
#define MINIGO_VM_INT_H

#include "vm.h"

struct RType;

/* ---- stack.c ---- */

#define STACK_LIMIT 1000000000ull   /* Go's maximum stack size on 64-bit */

/* Makes room for `need` slots in g's stack (moving it), or dies of a stack overflow past STACK_LIMIT. */
void vm_grow_stack(G *g, size_t need);
/* Makes room for one more frame in g->frames (moving it), or dies of a stack overflow. */
void vm_grow_frames(G *g);

/* Pushes the frame of a Go call of callee (running closure cl, or NULL)
 * whose R[0] is slot nb of g's stack, growing the stack and the frame
 * array as needed. Returns the new frame; the caller reloads its base. */
static inline Frame *push_frame(G *g, const Proto *callee, Closure *cl, uint32_t flags, size_t nb) {
    if (nb + (size_t)callee->nregs > g->stack_cap) vm_grow_stack(g, nb + (size_t)callee->nregs);
    if (g->nframes == g->frames_cap) vm_grow_frames(g);
    Frame *f = &g->frames[g->nframes++];
    *f = (Frame){ callee, cl, flags, callee->code, nb };
    return f;
}

/* ---- panic.c ---- */

/* Raises a run-time panic of kind k (VM_RTERR_*) with text msg, which has no "runtime error: " prefix. */
NatStatus vm_rt_panic(G *g, int k, const char *msg);

/* The bound a slice expression checked (for Go's boundsError message). */
enum { SB_ALEN, SB_B, SB_3ALEN, SB_3B, SB_3C };
/* Raises Go's slice bounds panic; arr: the operand is an array or string, not a slice. */
NatStatus vm_slice_bounds_error(G *g, int kind, bool arr, int64_t x, int64_t y);

/* Starts a panic with g->panic_val, keeping the trace where the oldest active panic began. */
void vm_start_panic(G *g);
/* recover() called in the frame at index fi: the value it returns (NULL: none). */
GoBox *vm_do_recover(G *g, int fi);
/* The deferred call that recovered the newest panic returned: ends it and the ones it aborted. */
void vm_end_recovered_panic(G *g);
/* Unwinding pops frame fi: an older panic that was running it is aborted; the report's Error()/String() call is a fatal error. */
void vm_pop_frame_of_panics(G *g, int fi);
/* Pushes the frame of deferred Go call d above the current frame's registers. */
void vm_push_deferred(G *g, DeferRec *d, uint32_t flags);
/* Runs deferred native d at once; by_panic: a panic's unwinding runs it, not a return. */
NatStatus vm_run_deferred_native(G *g, DeferRec *d, bool by_panic);
/* Go's preprintpanics, one step: pushes the Error()/String() call (FRAME_PANIC_TEXT) of the next panic that needs one; false: none left. */
bool vm_push_panic_text(G *g);
/* That call returned (its frame, just popped, holds the result): the text of the panic that asked for it. */
void vm_set_panic_text(G *g);
/* A panic unwound out of that call: Go's fatal "panic while printing panic value". */
_Noreturn void vm_panic_text_panicked(G *g);

/* ---- iface.c ---- */

/* The method of site s that an interface call on the non-nil box b runs. */
const RMethod *vm_icall_method(IcallSite *s, const GoBox *b);
/* The value inside a box, as a value of its dynamic type (aggregates copied). */
Value vm_unbox(const GoBox *b);
/* The zero value of t (a fresh block for an aggregate). */
Value vm_zero_of(const struct RType *t);

#endif
