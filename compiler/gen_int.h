/* gen_int.h — what the code generator's files share (not for the rest of
 * the compiler: compiler.h is the generator's interface).
 *
 * The generator is split as Lua's lcode.c is from lparser.c: gen.c emits
 * instructions, allocates registers and constants, keeps the run-time
 * type table and generates whole functions and programs; gen_expr.c
 * generates expressions and conditions, gen_stmt.c statements, gen_init.c
 * the package initializer (in Go's initialization order) and the REPL's
 * entry functions. All work on the FuncState of the function being
 * generated.
 */
#ifndef MINIGO_GEN_INT_H
#define MINIGO_GEN_INT_H

#include <gc.h>
#include <stdio.h>
#include <string.h>
#include "compiler.h"
#include "constant.h"

typedef struct JumpList { int *items; int len, cap; } JumpList;

typedef struct BranchCtx {
    JumpList breaks, continues;
    bool is_loop;
    const char *label;       /* the statement's label, or NULL */
    struct BranchCtx *outer;
} BranchCtx;

/* A label of the function, for goto: where it is (-1 until generated)
 * and the forward gotos waiting for it. */
typedef struct GotoLabel {
    const char *name;
    int pc;
    JumpList jumps;
} GotoLabel;

typedef struct FuncState {
    Compiler *c;
    Proto *p;
    Instr *code; int32_t *lines; int ncode, capcode;
    Value *k; int nk, capk;
    int freereg, maxreg;
    int line;
    Type *sig;
    int result_base;
    Object **res_objs;       /* named results, or NULL */
    BranchCtx *branch;
    bool long_jumps;         /* no 16-bit compare-and-branch forms */
    const char *pending_label; /* label of the loop or switch about to be generated */
    GotoLabel *labels; int nlabels, caplabels; /* the labels goto has met so far */
    bool overflow;           /* a 16-bit jump did not fit: regenerate */
    bool failed;
    bool has_defer;          /* returns go through RETD */
    bool res_cells;          /* results live in cells (named results of a function with defers) */
    Node *lit;               /* the function literal being generated, or NULL */
    int owner;               /* owner id of this function's variables (for captures) */
    struct FuncState *parent;
    const char *name;        /* the Proto's name, for naming its function literals */
    int nlits;               /* function literals named so far */
    struct RfGen *rf;        /* the range-over-func loop whose body this function is, or NULL */
    int nranges;             /* range-over-func bodies named so far (gen_rangefunc.c) */
    int rf_codes;            /* the last #next code given to a branch out of a body (-1, -2, ...) */
    Node *hoisted;           /* the constant bound of the innermost for loop's condition, */
    int hoisted_reg;         /* loaded once before the loop into this register */
} FuncState;

/* Every Proto of the program: declared functions first (their indexes are
 * their Objects' index), then the initializer, then function literals as
 * they are generated (gen.c). */
extern struct ProtoList { Proto **items; int len, cap; } protos;

/* The file of the package whose functions are being generated (NULL: the
 * program's own), for traces (gen.c). */
extern const char *cur_file;

/* ---- gen.c: emitting, registers, constants, types ---- */

/* Appends p to protos; returns its index. */
int add_proto(Proto *p);
/* Reports msg at pos (only the function's first error) and marks the function failed. */
void gen_error(FuncState *fs, Pos pos, const char *msg);
/* The function index of a declared function or method (reports one the
 * lazy library check did not compile). */
int func_index(Compiler *c, const Object *o, Pos pos);
/* Emits instruction op A B C at the current line; returns its pc. */
int emit(FuncState *fs, Opcode op, int a, int b, int c);
/* Emits op A Bx, the 32-bit bx split over B and C. */
int emit_bx(FuncState *fs, Opcode op, int a, int32_t bx);
/* The index of constant v in the function's table (added if new). */
int add_const(FuncState *fs, Value v);
/* A new temporary register above the used ones. */
int alloc_reg(FuncState *fs);
/* Reserves n registers from freereg on. */
void reserve_regs(FuncState *fs, int n);
/* Adds the jump at pc to jl, to be patched later. */
void jl_add(JumpList *jl, int pc);
/* Points the jump at pc `at` to `target`. */
void patch(FuncState *fs, int at, int target);
/* Points every jump of jl to target and empties it. */
void patch_list(FuncState *fs, JumpList *jl, int target);
/* Loads constant expression n (its cval) into register dst. */
void gen_const(FuncState *fs, Node *n, int dst);
/* The constant index of t's size in slots. */
int slots_const(FuncState *fs, const Type *t);
/* Converts register r from type `from` to `to` where assignability changes representation (boxing). */
void gen_coerce(FuncState *fs, int r, const Type *from, const Type *to);
/* R[dst] = R[src] narrowed to t's width (SEXT, ZEXT, F32), or moved. */
void gen_narrow_from(FuncState *fs, int dst, int src, const Type *t);
/* Evaluates n into dst as a value of type `to` (an aggregate copied unless fresh). */
void gen_expr_as(FuncState *fs, Node *n, const Type *to, int dst);
/* Re-extends register r to integer type t's width (or rounds to float32). */
void gen_narrow(FuncState *fs, int r, const Type *t);
/* A function literal: its own Proto, and a CLOSURE (or FUNCVAL) into dst. */
int gen_funclit(FuncState *fs, Node *n, int dst);

/* The pc the next instruction will have. */
static inline int here(FuncState *fs) { return fs->ncode; }
/* Instructions emitted from now on carry n's line. */
static inline void set_line(FuncState *fs, Node *n) { if (n && n->pos.line) fs->line = n->pos.line; }
/* Whether v fits a 16-bit immediate operand. */
static inline bool is_small_int(int64_t v) { return v >= INT16_MIN && v <= INT16_MAX; }
/* dst, or a new temporary register when dst is -1 ("anywhere"). */
static inline int target(FuncState *fs, int dst) { return dst >= 0 ? dst : alloc_reg(fs); }

/* ---- lower.c: run-time types ---- */

/* The index of t in the program's run-time type table (one per identical type). */
int compiler_add_type(Compiler *c, const Type *t);
/* t's run-time type (lowered on first use). */
const RType *lower_type(Compiler *c, const Type *t);
/* Two types at consecutive indexes, for ASSERT's operand. */
int compiler_add_type_pair(Compiler *c, const Type *a, const Type *b);
/* A new interface call site for method `name` of interface type iface: ICALL's operand. */
int compiler_add_icall(Compiler *c, const Type *iface, const char *name);
/* Lowers the types the run time itself uses (its panics' types, error, any, string). */
void lower_runtime_types(Compiler *c);
/* The REPL: what the tables held before an input, to take back if it fails. */
typedef struct LowerMark { int ntypes, nicalls, nthunks; } LowerMark;
LowerMark lower_mark(Compiler *c);
void lower_rollback(Compiler *c, LowerMark m);
/* The REPL: an input declared methods; recomputes every lowered type's method set. */
void lower_refresh_methods(Compiler *c);

/* ---- gen_expr.c ---- */

/* The function of method expression recv.M, selected by sl, of type sig
 * (func(recv, params) results): the method, or a wrapper reaching its
 * receiver. What a method set holds (lower.c: itab true). */
int method_expr_func(Compiler *c, Type *recv, const Selection *sl, const Type *sig, Pos pos, bool itab);

/* The index of captured variable o among the running closure's cells, or -1. */
int upval_index(FuncState *fs, Object *o);
/* The comparison opcode for op on type t; *swap when the operands must swap. */
Opcode compare_op(TokKind op, const Type *t, bool *swap);
/* Whether op is ==, !=, <, <=, > or >=. */
bool is_comparison_op(TokKind op);
/* A defer (go false) or go (go true) statement n. */
void gen_defer_go(FuncState *fs, Node *n, bool go);
/* Whether t is an array or a pointer to an array. */
bool is_array_or_ptr(const Type *t);
/* The operands of arr[idx] on a packed array; true when the index is an immediate. */
bool packed_operands(FuncState *fs, Node *arr, Node *idx, int *rb, int *ri);
/* The address of array element arr[idx] into dst. */
int gen_array_elem_addr(FuncState *fs, Node *arr, Node *idx, int dst);
/* Evaluates index or map key k for a container of underlying type u. */
int gen_expr_key(FuncState *fs, Node *k, const Type *u, int dst);
/* Walks selection path sl from register r (of type t) up to step upto; *off: the field's slot. */
int gen_walk_path(FuncState *fs, int r, Type *t, const Selection *sl, int upto, int *off);
/* A Proto of the code generated so far into fs, named name. */
Proto *proto_of(FuncState *fs, const char *name);
/* &x: the address of an addressable operand (or of a fresh literal) into dst. */
int gen_addr(FuncState *fs, Node *x, int dst);
/* Evaluates n into dst (-1: anywhere); returns the register holding the value. */
int gen_expr(FuncState *fs, Node *n, int dst);
/* Emits code that jumps (through jl) when cond == sense, else falls through. */
void gen_branch(FuncState *fs, Node *cond, bool sense, JumpList *jl);

/* Whether o is a variable of this function (not captured from outside). */
static inline bool is_own(FuncState *fs, Object *o) { return upval_index(fs, o) < 0; }

/* ---- gen_stmt.c ---- */

/* The zero value of t into register r. */
void gen_zero(FuncState *fs, const Type *t, int r);
/* A new variable o's value is in register r: it lives there, or in a cell if captured. */
void bind_var(FuncState *fs, Object *o, int r);
/* Generates the statements of a block, releasing its variables' registers at its end. */
void gen_block(FuncState *fs, Node *b);
/* Generates a statement. */
void gen_stmt(FuncState *fs, Node *n);

/* ---- gen_rangefunc.c ---- */

/* for ... range f, over a function f. */
void gen_range_func(FuncState *fs, Node *n);
/* A break or continue in a range-over-func body (fs->rf): false when it is a plain jump. */
bool gen_rangefunc_branch(FuncState *fs, Node *n);
/* A return in a range-over-func body. */
void gen_rangefunc_return(FuncState *fs, Node *n);
/* After a defer in a range-over-func body: the call goes to the enclosing function. */
void gen_rangefunc_defer(FuncState *fs);

/* Whether x is the blank identifier _. */
static inline bool is_blank(Node *x) {
    return x->kind == N_IDENT && intern_cstr(x->u.ident.name) == intern_cstr("_");
}

/* ---- gen_init.c ---- */

/* The package initializer: package variables in dependency order, each init function, then main.main. */
Proto *gen_init(Compiler *c, int *init_funcs, int ninit, int main_index, bool *failed);
/* The function that runs a REPL input: new libraries' variables and inits, then the input's. */
Proto *gen_repl_entry(Compiler *c, Node *file, const int *libinits, int nlib, bool *failed);

#endif
