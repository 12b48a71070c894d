/* natives.h — what the standard library's natives share: printing Go
 * values by their run-time type (rt/rtype.h; fmt's %v and friends). */
#ifndef MINIGO_STDLIB_H
#define MINIGO_STDLIB_H

#include "fmtcore.h"
#include "rtype.h"
#include "intern.h"
#include "vm.h"

/* Appends v (of type t) formatted with spec (verb in spec->verb), as fmt does. */
void fmt_value(Buf *out, const RType *t, Value v, const FmtSpec *spec, int depth);
/* Appends an interface value (NULL = nil) formatted with spec. */
void fmt_iface(Buf *out, const GoBox *b, const FmtSpec *spec);

/* os.Args: the program path and its arguments (set by the CLI). */
void os_set_args(int argc, char **argv);
/* The status os.Exit was called with, or -1 when it was not (the
 * process is ending some other way: a panic, a fatal error). */
int os_exit_status(void);

/* sync/atomic's 64-bit natives on the word args[0] points at: package
 * sync's WaitGroup binds them too, to its atomic.Uint64 (whose word is
 * its only slot), for one call per operation. */
NatStatus nat_atomic_add64(G *g, Value *args);
NatStatus nat_atomic_load(G *g, Value *args);
NatStatus nat_atomic_store(G *g, Value *args);
NatStatus nat_atomic_cas(G *g, Value *args);

#endif
