/* vm.h — compiled programs, goroutine state, and the dispatch loop.
 *
 * A Program is what the code generator produces: one Proto (bytecode,
 * constants, line table) per Go function, the natives it calls, the package
 * variables, and the run-time types it refers to.
 *
 * A goroutine's whole state lives in its G (DESIGN.md invariant 2): a
 * GC-allocated register stack of Values and a separate array of Frames. The
 * dispatch loop never calls itself from C; a Go call pushes a Frame and
 * carries on in the same C loop. Frames hold the base as an index, never a
 * pointer, and nothing else points into the stack (invariant 3), so the
 * stack can be moved when it grows.
 */
#ifndef MINIGO_VM_H
#define MINIGO_VM_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include "opcodes.h"
#include "out.h"
#include "g.h"
#include "value.h"

struct Type;
struct G;

typedef struct Proto {
    const char *name;        /* Go's name for traces: "main.fib", "main.main" */
    Instr *code;
    int32_t *lines;          /* source line of each instruction */
    int ncode;
    Value *k;                /* constants */
    int nk;
    int nparams;             /* parameter slots, R[0..nparams-1] */
    int nresults;
    int nregs;               /* frame size in slots */
    int frame_bytes;         /* what Go's frame would hold: the slots and the local aggregates' blocks (vm_frame_bytes) */
    int line;                /* line of the declaration */
    /* what a closure of this function captures: each entry is a register
     * of the enclosing function (holding a cell), or with UPVAL_OUTER set,
     * an index into the enclosing closure's cells */
    uint16_t *upvals;
    int nupvals;
    int defer_ret;           /* pc of the epilogue RETD of a function with defers (recovery resumes there), or -1 */
    const char *file;        /* source file for traces: NULL for the program's own, else a library's */
} Proto;

#define UPVAL_OUTER 0x8000

typedef enum NatStatus { NAT_OK, NAT_PANIC, NAT_PARK, NAT_YIELD, NAT_GOEXIT } NatStatus;

/* A native function: arguments in args[0..], results written to args[0..].
 * On NAT_PANIC it has set the goroutine's panic (vm_panic_*). */
typedef NatStatus (*NativeFn)(struct G *g, Value *args);

typedef struct NativeDesc {
    const char *pkg, *name;  /* "fmt", "Println" */
    NativeFn fn;
} NativeDesc;

typedef struct Program {
    const char *filename;    /* as given on the command line */
    const char *abspath;     /* for traces */
    Proto **funcs;
    int nfuncs;
    const NativeDesc **natives;
    int nnatives;
    Value *globals;
    int nglobals;
    const struct Type **types;
    int ntypes;
    const char **names;      /* method names for ICALL (interned) */
    int nnames;
    int main_index;          /* funcs[] index of main.main */
    int init_index;          /* funcs[] index of the package initializer */
} Program;

/* The bytes a frame of p stands for, as Go counts them against the 1 GB
 * stack limit: its slots and the blocks of the aggregates it declares
 * (which Go keeps in the frame; here they are on the heap). */
int vm_frame_bytes(const Proto *p);

/* Creates a goroutine that will run funcs[fn] with nargs arguments. */
G *vm_new_g(Program *prog, int fn, const Value *args, int nargs);
/* Sets g (new, or dead and reused) up to run closure cl with args. */
void vm_init_g(G *g, Program *prog, Closure *cl, const Value *args, int nargs);
/* Marks g dead and frees what its stack holds on to (the G is kept for reuse). */
void vm_release_g(G *g);
/* Halves a parked goroutine's stack when it uses under a quarter of it (Go's shrinkstack). */
void vm_shrink_stack(G *g);
#define VM_STACK_START 32        /* slots of a new goroutine's stack */

/* `defer recover()`: a deferred record whose call acts as recover() in
 * the frame that deferred it, when that frame returns normally. */
extern const NativeDesc vm_deferred_recover;

typedef enum VmStatus { VM_DONE, VM_PANIC, VM_PARK, VM_PREEMPT, VM_YIELD } VmStatus;
/* Runs g until it returns from its first frame (or ends by Goexit), panics
 * (unrecovered), parks (a native returned NAT_PARK), is preempted (sysmon
 * set g->preempt; checked at back-edges and calls) or yields (Gosched). */
VmStatus vm_execute(G *g);

/* The dynamic types of run-time panics, from package runtime (set by the
 * checker; NULL: plain strings). */
enum { VM_RTERR_STRING, VM_RTERR_PLAIN, VM_RTERR_BOUNDS, VM_RTERR_ASSERT, VM_RTERR_PANICNIL, VM_RTERR_COUNT };
extern const struct Type *vm_rterr_types[VM_RTERR_COUNT];

/* Panics raised by natives and the VM */
NatStatus vm_panic_msg(G *g, const char *msg);        /* panic(string) */
NatStatus vm_runtime_error(G *g, const char *fmt, ...)  /* runtime.Error: "runtime error: ..." */
#if defined(__GNUC__)
    __attribute__((format(printf, 2, 3)))
#endif
    ;
NatStatus vm_runtime_error_plain(G *g, const char *msg);
/* "hash of unhashable type T" (a map operation found t in a key; for an
 * empty or nil map, Go 1.24's other wording) */
NatStatus vm_unhashable_error(G *g, const struct Type *t, bool empty_map);  /* runtime.Error without the "runtime error: " prefix */
NatStatus vm_bounds_error(G *g, const char *fmt, ...)   /* runtime.boundsError: index and slice bounds */
#if defined(__GNUC__)
    __attribute__((format(printf, 2, 3)))
#endif
    ;
/* Prints "panic: ..." and the goroutine's trace to stderr (or out). */
void vm_print_panic(G *g);
#include <stdio.h>
/* The same report written to out. */
void vm_write_panic(FILE *out, G *g);
/* The source line a frame is at (of the instruction before its saved pc). */
int vm_frame_line(const Frame *f);
/* Prints "goroutine N [reason]:" and frames. */
void vm_print_trace(G *g, const char *reason);
#include <stdio.h>
/* The same trace written to out. */
void vm_write_trace(FILE *out, G *g, const char *reason);

/* Fatal runtime errors ("fatal error: ..."): print, trace, exit 2. */
_Noreturn void vm_fatal_error(G *g, const char *msg);
/* A broken invariant of minigo itself. */
_Noreturn void vm_bug(const char *fmt, ...);

/* Method lookup on a dynamic type (*via_ptr: dt is a pointer and the
 * method is found on its element type), and Go's x.(T) test. */
struct Method;
const struct Method *vm_find_method(const struct Type *dt, const char *name, bool *via_ptr);
bool vm_dyn_is(const struct Type *dt, const struct Type *t, const char **missing);

/* Disassembler (vm/disasm.c) */
#include <stdio.h>
void vm_disasm_proto(FILE *out, const Program *prog, const Proto *p);
void vm_disasm(FILE *out, const Program *prog);



/* ---- what the VM asks of the layer above it ----
 * The go statement, channels and select, the running goroutine and ending
 * the process are the scheduler's: sched/ fills vm_host in when it starts
 * (sched_install_vm_host), before any goroutine runs, so the VM includes
 * nothing of sched/ (docs/ARCHITECTURE.md: no include points up). */
typedef struct Hchan Hchan;

/* "no such slot": a receive without ok, a select case without a result */
#define CHAN_NO_SLOT SIZE_MAX

/* One case of a select statement. */
typedef struct SelCase {
    Hchan *c;                 /* NULL: the case is never ready (omitted) */
    bool send;
    Value val;                /* send: the value */
    size_t slot;              /* receive: where the value goes, or CHAN_NO_SLOT */
    size_t ok_slot;           /* receive: where ok goes, or CHAN_NO_SLOT */
} SelCase;

typedef struct VmHost {
    void (*go)(G *creator, Closure *cl, const Value *args, int nargs);   /* sched_go */
    G *(*curg)(void);                                                   /* sched_curg */
    void (*exit)(int code);                                             /* sched_exit: does not return */
    Hchan *(*chan_make)(int64_t size, int32_t agg_slots, bool has_pointers);
    int64_t (*chan_len)(const Hchan *c);
    int64_t (*chan_cap)(const Hchan *c);
    NatStatus (*chan_send)(G *g, Hchan *c, Value v);
    NatStatus (*chan_recv)(G *g, Hchan *c, size_t slot, size_t ok_slot);
    NatStatus (*chan_close)(G *g, Hchan *c);
    NatStatus (*chan_select)(G *g, SelCase *cases, int ncases, bool block, size_t index_slot);
    NatStatus (*chan_resume)(G *g);   /* finishes the channel operation g parked in */
} VmHost;
extern VmHost vm_host;

#endif
