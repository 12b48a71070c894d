/* gen.c — the code generator: annotated AST to register bytecode.
 *
 * One FuncState per function being generated. Registers are allocated
 * like a stack: parameters first (R[0..]), then named results, then local
 * variables in declaration order, then temporaries above `freereg`. A
 * block's variables are released when the block ends. A call places its
 * arguments at the top of the used registers, so the callee's frame starts
 * there and nothing is copied (the results come back in the same slots).
 *
 * Every value is one slot (vm/value.h). Integer results of types narrower
 * than 64 bits are re-extended after the operations that can overflow.
 *
 * Compare-and-branch instructions carry a 16-bit offset; if a function is
 * so long that one does not fit, the function is generated again without
 * them (fs->long_jumps).
 */
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
    bool overflow;           /* a 16-bit jump did not fit: regenerate */
    bool failed;
    bool has_defer;          /* returns go through RETD */
    bool res_cells;          /* results live in cells (named results of a function with defers) */
    Node *lit;               /* the function literal being generated, or NULL */
    int owner;               /* owner id of this function's variables (for captures) */
    struct FuncState *parent;
    const char *name;        /* the Proto's name, for naming its function literals */
    int nlits;               /* function literals named so far */
    Node *hoisted;           /* the constant bound of the innermost for loop's condition, */
    int hoisted_reg;         /* loaded once before the loop into this register */
} FuncState;

/* Every Proto of the program: declared functions first (their indexes are
 * their Objects' index), then the initializer, then function literals as
 * they are generated. */
static struct { Proto **items; int len, cap; } protos;

/* The file of the package whose functions are being generated (NULL: the
 * program's own), for traces. */
static const char *cur_file;

static int add_proto(Proto *p) {
    if (protos.len == protos.cap) {
        protos.cap = protos.cap ? protos.cap * 2 : 64;
        Proto **n = GC_MALLOC(sizeof(Proto *) * (size_t)protos.cap);
        if (protos.len) memcpy(n, protos.items, sizeof(Proto *) * (size_t)protos.len);
        protos.items = n;
    }
    protos.items[protos.len] = p;
    return protos.len++;
}

static int gen_expr(FuncState *fs, Node *n, int dst);
static void gen_stmt(FuncState *fs, Node *n);
static void gen_block(FuncState *fs, Node *b);
static int gen_funclit(FuncState *fs, Node *n, int dst);
static int gen_expr_key(FuncState *fs, Node *k, const Type *u, int dst);
static int gen_args(FuncState *fs, Node *n, Type *sig);
static int native_thunk(FuncState *fs, const NativeDesc *nd, Type *sig);
static int gen_addr(FuncState *fs, Node *x, int dst);
static int gen_walk_path(FuncState *fs, int r, Type *t, const Selection *sl, int upto, int *off);

/* ---- emitting ---- */

static void gen_error(FuncState *fs, Pos pos, const char *msg) {
    if (!fs->failed) diag_add(fs->c->diags, pos, "%s", msg);
    fs->failed = true;
}

static int emit(FuncState *fs, Opcode op, int a, int b, int c) {
    if (fs->ncode == fs->capcode) {
        int ncap = fs->capcode ? fs->capcode * 2 : 64;
        Instr *nc = GC_MALLOC_ATOMIC(sizeof(Instr) * (size_t)ncap);
        int32_t *nl = GC_MALLOC_ATOMIC(sizeof(int32_t) * (size_t)ncap);
        if (fs->ncode) {
            memcpy(nc, fs->code, sizeof(Instr) * (size_t)fs->ncode);
            memcpy(nl, fs->lines, sizeof(int32_t) * (size_t)fs->ncode);
        }
        fs->code = nc;
        fs->lines = nl;
        fs->capcode = ncap;
    }
    if (a > 0xFFFF || b > 0xFFFF || c > 0xFFFF) {
        gen_error(fs, (Pos){fs->line, 1, 0}, "function too large for minigo (more than 65535 registers or constants)");
        a &= 0xFFFF; b &= 0xFFFF; c &= 0xFFFF;
    }
    fs->code[fs->ncode] = (Instr){ (uint16_t)op, (uint16_t)a, (uint16_t)b, (uint16_t)c };
    fs->lines[fs->ncode] = fs->line;
    return fs->ncode++;
}

static int emit_bx(FuncState *fs, Opcode op, int a, int32_t bx) {
    uint32_t u = (uint32_t)bx;
    return emit(fs, op, a, (int)(u & 0xFFFF), (int)(u >> 16));
}

static int add_const(FuncState *fs, Value v) {
    for (int i = 0; i < fs->nk; i++)
        if (fs->k[i].u == v.u) return i;
    if (fs->nk == fs->capk) {
        int ncap = fs->capk ? fs->capk * 2 : 16;
        Value *nk = GC_MALLOC(sizeof(Value) * (size_t)ncap);
        if (fs->nk) memcpy(nk, fs->k, sizeof(Value) * (size_t)fs->nk);
        fs->k = nk;
        fs->capk = ncap;
    }
    fs->k[fs->nk] = v;
    return fs->nk++;
}

static int alloc_reg(FuncState *fs) {
    int r = fs->freereg++;
    if (fs->freereg > fs->maxreg) fs->maxreg = fs->freereg;
    return r;
}

static void reserve_regs(FuncState *fs, int n) {
    fs->freereg += n;
    if (fs->freereg > fs->maxreg) fs->maxreg = fs->freereg;
}

static void jl_add(JumpList *jl, int pc) {
    if (jl->len == jl->cap) {
        int ncap = jl->cap ? jl->cap * 2 : 8;
        int *n = GC_MALLOC_ATOMIC(sizeof(int) * (size_t)ncap);
        if (jl->len) memcpy(n, jl->items, sizeof(int) * (size_t)jl->len);
        jl->items = n;
        jl->cap = ncap;
    }
    jl->items[jl->len++] = pc;
}

static bool is_short_jump(Opcode op) {
    return (op >= OP_JLT && op <= OP_JNEI) || op == OP_MAPNEXT;
}

/* Points the jump at pc `at` to `target`. */
static void patch(FuncState *fs, int at, int target) {
    Instr *i = &fs->code[at];
    int32_t off = target - (at + 1);
    if (is_short_jump((Opcode)i->op)) {
        if (off < -32768 || off > 32767) { fs->overflow = true; return; }
        i->c = (uint16_t)(int16_t)off;
    } else {
        i->b = (uint16_t)((uint32_t)off & 0xFFFF);
        i->c = (uint16_t)((uint32_t)off >> 16);
    }
}

static void patch_list(FuncState *fs, JumpList *jl, int target) {
    for (int i = 0; i < jl->len; i++) patch(fs, jl->items[i], target);
    jl->len = 0;
}

static int here(FuncState *fs) { return fs->ncode; }

static void set_line(FuncState *fs, Node *n) { if (n && n->pos.line) fs->line = n->pos.line; }

/* ---- constants ---- */

static bool is_small_int(int64_t v) { return v >= INT16_MIN && v <= INT16_MAX; }

static Value const_value(FuncState *fs, const Const *c, const Type *t) {
    Value v = { .u = 0 };
    const Type *u = t->under;
    switch (const_kind(c)) {
    case CK_BOOL: v.i = const_bool_val(c); break;
    case CK_STRING: {
        size_t len;
        const char *s = const_string_val(c, &len);
        v.s = str_new(s, len);
        break;
    }
    case CK_INT: case CK_FLOAT:
        if (type_is_float(u)) {
            v.f = const_float64_val(c);
            if (u->kind == TY_FLOAT32) v.f = (double)(float)v.f;
        } else if (type_is_unsigned(u)) {
            v.u = const_uint64_val(const_to_int(c));
        } else {
            Const *ic = const_to_int(c);
            if (ic && const_fits_int(ic, 64, false)) v.i = const_int64_val(ic);
            else if (ic) v.u = const_uint64_val(ic);
        }
        break;
    }
    (void)fs;
    return v;
}

static int compiler_add_type(Compiler *c, const Type *t);

static void gen_const(FuncState *fs, Node *n, int dst) {
    const Type *t = n->type;
    if (type_is_untyped(t)) t = type_default((Type *)t);
    if (t->under->kind == TY_INTERFACE) {
        /* a constant converted to an interface: box its default-typed value */
        Type *dt = type_default((Type *)n->type);
        Value v = const_value(fs, n->cval, dt);
        emit_bx(fs, OP_LOADK, dst, add_const(fs, v));
        emit_bx(fs, OP_BOX, dst, compiler_add_type(fs->c, dt));
        return;
    }
    Value v = const_value(fs, n->cval, t);
    if (type_is_integer(t->under) || type_is_bool(t->under)) {
        if (v.i >= INT32_MIN && v.i <= INT32_MAX) { emit_bx(fs, OP_LOADI, dst, (int32_t)v.i); return; }
    }
    if (v.u == 0 && !type_is_string(t->under)) { emit(fs, OP_LOADZ, dst, 0, 0); return; }
    if (type_is_string(t->under) && v.s == NULL) { emit(fs, OP_LOADZ, dst, 0, 0); return; }
    emit_bx(fs, OP_LOADK, dst, add_const(fs, v));
}

/* ---- types at run time ---- */

/* The run-time type table: an index per type, identical types sharing the
 * first one's (boxes and assertions compare Type pointers). A pointer
 * hash finds a type seen before; unnamed func, struct and interface types,
 * the kinds types_*_of does not intern, are also compared with the first
 * of each identity class. Linear in the number of types. */
static size_t type_hash(const Type *t, int cap) { return (size_t)(((uintptr_t)t >> 4) * 0x9E3779B97F4A7C15ull) & (size_t)(cap - 1); }

static int type_index_get(Compiler *c, const Type *t) {
    if (!c->type_index.cap) return -1;
    for (size_t h = type_hash(t, c->type_index.cap);; h = (h + 1) & (size_t)(c->type_index.cap - 1)) {
        if (!c->type_index.keys[h]) return -1;
        if (c->type_index.keys[h] == t) return c->type_index.vals[h];
    }
}

static void type_index_put(Compiler *c, const Type *t, int idx) {
    if (2 * (c->type_index.len + 1) > c->type_index.cap) {
        int ncap = c->type_index.cap ? 2 * c->type_index.cap : 64;
        const Type **ok = c->type_index.keys;
        int *ov = c->type_index.vals, ocap = c->type_index.cap;
        c->type_index.keys = GC_MALLOC(sizeof(Type *) * (size_t)ncap);
        c->type_index.vals = GC_MALLOC_ATOMIC(sizeof(int) * (size_t)ncap);
        c->type_index.cap = ncap;
        c->type_index.len = 0;
        for (int i = 0; i < ocap; i++) if (ok[i]) type_index_put(c, ok[i], ov[i]);
    }
    size_t h = type_hash(t, c->type_index.cap);
    while (c->type_index.keys[h] && c->type_index.keys[h] != t) h = (h + 1) & (size_t)(c->type_index.cap - 1);
    if (!c->type_index.keys[h]) c->type_index.len++;
    c->type_index.keys[h] = t;
    c->type_index.vals[h] = idx;
}

static bool type_interned(const Type *t) {
    return t->name || (t->kind != TY_FUNC && t->kind != TY_STRUCT && t->kind != TY_INTERFACE && t->kind != TY_TUPLE);
}

/* The index of the first type identical to t registered so far, or -1. */
static int type_canonical(Compiler *c, const Type *t) {
    int idx = type_index_get(c, t);
    if (idx >= 0 || type_interned(t)) return idx;
    for (int i = 0; i < c->nuninterned; i++)
        if (type_identical(c->types[c->uninterned[i]], t)) return c->uninterned[i];
    return -1;
}

/* Records that t sits at index i of the table (a new entry). */
static void type_register(Compiler *c, const Type *t, int i) {
    int idx = type_canonical(c, t);
    if (idx >= 0) { type_index_put(c, t, idx); return; }
    type_index_put(c, t, i);
    if (type_interned(t)) return;
    if (c->nuninterned == c->uninterned_cap) {
        c->uninterned_cap = c->uninterned_cap ? 2 * c->uninterned_cap : 16;
        int *n = GC_MALLOC_ATOMIC(sizeof(int) * (size_t)c->uninterned_cap);
        if (c->nuninterned) memcpy(n, c->uninterned, sizeof(int) * (size_t)c->nuninterned);
        c->uninterned = n;
    }
    c->uninterned[c->nuninterned++] = i;
}

static int compiler_add_type(Compiler *c, const Type *t) {
    int idx = type_canonical(c, t);
    if (idx >= 0) {
        type_index_put(c, t, idx);
        return idx;
    }
    if (c->ntypes == c->types_cap) {
        c->types_cap = c->types_cap ? c->types_cap * 2 : 32;
        const Type **n = GC_MALLOC(sizeof(Type *) * (size_t)c->types_cap);
        if (c->ntypes) memcpy(n, c->types, sizeof(Type *) * (size_t)c->ntypes);
        c->types = n;
    }
    c->types[c->ntypes] = t;
    type_register(c, t, c->ntypes);
    return c->ntypes++;
}

int compiler_type_index(Compiler *c, const Type *t) { return compiler_add_type(c, t); }

/* Two types at consecutive indexes (no sharing): for ASSERT's operand. */
static int compiler_add_type_pair(Compiler *c, const Type *a, const Type *b) {
    while (c->ntypes + 2 > c->types_cap) {
        c->types_cap = c->types_cap ? c->types_cap * 2 : 32;
        const Type **n = GC_MALLOC(sizeof(Type *) * (size_t)c->types_cap);
        if (c->ntypes) memcpy(n, c->types, sizeof(Type *) * (size_t)c->ntypes);
        c->types = n;
    }
    c->types[c->ntypes] = a;
    c->types[c->ntypes + 1] = b;
    type_register(c, a, c->ntypes);
    type_register(c, b, c->ntypes + 1);
    c->ntypes += 2;
    return c->ntypes - 2;
}

static int compiler_add_name(Compiler *c, const char *name) {
    for (int i = 0; i < c->nnames; i++) if (c->names[i] == name) return i;
    if (c->nnames == c->names_cap) {
        c->names_cap = c->names_cap ? c->names_cap * 2 : 16;
        const char **n = GC_MALLOC(sizeof(char *) * (size_t)c->names_cap);
        if (c->nnames) memcpy(n, c->names, sizeof(char *) * (size_t)c->nnames);
        c->names = n;
    }
    c->names[c->nnames] = name;
    return c->nnames++;
}

int compiler_native_index(Compiler *c, const NativeDesc *nd) {
    for (int i = 0; i < c->nnatives; i++)
        if (c->natives[i] == nd) return i;
    if (c->nnatives == c->natives_cap) {
        c->natives_cap = c->natives_cap ? c->natives_cap * 2 : 16;
        const NativeDesc **n = GC_MALLOC(sizeof(NativeDesc *) * (size_t)c->natives_cap);
        if (c->nnatives) memcpy(n, c->natives, sizeof(NativeDesc *) * (size_t)c->nnatives);
        c->natives = n;
    }
    c->natives[c->nnatives] = nd;
    return c->nnatives++;
}

/* Converts the value in register r from type `from` to `to` where Go's
 * assignability needs a representation change (boxing into an interface). */
static int slots_const(FuncState *fs, const Type *t) {
    return add_const(fs, (Value){ .i = type_slots(t) });
}

static void gen_coerce(FuncState *fs, int r, const Type *from, const Type *to) {
    if (!to || !from) return;
    if (to->under->kind == TY_INTERFACE && from->under->kind != TY_INTERFACE &&
        from->kind != TY_UNTYPED_NIL) {
        const Type *t = type_is_untyped(from) ? type_default((Type *)from) : from;
        /* the interface gets its own copy of an aggregate */
        if (type_is_aggregate(t->under)) emit(fs, OP_COPYAGG, r, r, slots_const(fs, t));
        emit_bx(fs, OP_BOX, r, compiler_add_type(fs->c, t));
    }
}

/* An expression whose aggregate value is a new block nobody else sees (a
 * received value is: the sender sent a copy). */
static bool is_fresh(const Node *n) {
    while (n->kind == N_PAREN) n = n->u.unary.x;
    return n->kind == N_COMPOSITE || (n->kind == N_CALL && !(n->flags & NF_CONV)) ||
           (n->kind == N_UNARY && n->u.unary.op == T_ARROW);
}

/* Evaluates n into register dst as a value of type `to`; an aggregate is
 * copied unless it is fresh (value semantics at every store). */
static void gen_expr_as(FuncState *fs, Node *n, const Type *to, int dst) {
    gen_expr(fs, n, dst);
    if (type_is_aggregate(n->type->under) && to && to->under->kind != TY_INTERFACE && !is_fresh(n))
        emit(fs, OP_COPYAGG, dst, dst, slots_const(fs, n->type));
    gen_coerce(fs, dst, n->type, to);
}

/* ---- narrowing ---- */

static void gen_narrow(FuncState *fs, int r, const Type *t) {
    const Type *u = t->under;
    if (!type_is_integer(u)) {
        if (u->kind == TY_FLOAT32) emit(fs, OP_F32, r, r, 0);
        return;
    }
    int bits = type_int_bits(u);
    if (bits == 64) return;
    emit(fs, type_is_unsigned(u) ? OP_ZEXT : OP_SEXT, r, r, bits);
}

/* ---- expressions ---- */

static int target(FuncState *fs, int dst) { return dst >= 0 ? dst : alloc_reg(fs); }

/* The index of captured variable o among the running closure's cells. */
static int upval_index(FuncState *fs, Object *o) {
    Node *lit = fs->lit;
    for (int i = 0; lit && i < lit->u.funclit.ncaptures; i++)
        if (lit->u.funclit.captures[i] == o) return i;
    return -1;
}

/* Whether o is a variable of this function (not captured from outside). */
static bool is_own(FuncState *fs, Object *o) { return upval_index(fs, o) < 0; }

static int gen_ident(FuncState *fs, Node *n, int dst) {
    Object *o = n->obj;
    if (o->kind == OBJ_VAR) {
        if (o->global) {
            dst = target(fs, dst);
            emit_bx(fs, OP_GETG, dst, o->index);
            return dst;
        }
        if (o->captured) {
            dst = target(fs, dst);
            if (is_own(fs, o)) emit(fs, OP_GETCELL, dst, o->index, 0);
            else emit(fs, OP_GETUP, dst, upval_index(fs, o), 0);
            return dst;
        }
        if (dst >= 0 && dst != o->index) emit(fs, OP_MOVE, dst, o->index, 0);
        return dst >= 0 ? dst : o->index;
    }
    if (o->kind == OBJ_NIL) {
        dst = target(fs, dst);
        emit(fs, OP_LOADZ, dst, 0, 0);
        return dst;
    }
    if (o->kind == OBJ_FUNC && !o->native && o->index >= 0) {
        dst = target(fs, dst);
        emit_bx(fs, OP_FUNCVAL, dst, o->index);
        return dst;
    }
    if (o->kind == OBJ_FUNC && o->native) {
        dst = target(fs, dst);
        emit_bx(fs, OP_FUNCVAL, dst, native_thunk(fs, o->native, o->type->under));
        return dst;
    }
    gen_error(fs, n->pos, "use of this name as a value is not supported yet by minigo");
    return target(fs, dst);
}

typedef struct ArithOps { Opcode s, u, f, str; } ArithOps;

static bool arith_op(TokKind op, const Type *t, Opcode *out) {
    const Type *u = t->under;
    bool f = type_is_float(u), uns = type_is_unsigned(u), s = type_is_string(u);
    switch (op) {
    case T_ADD: *out = s ? OP_CONCAT : f ? OP_ADDF : OP_ADD; return true;
    case T_SUB: *out = f ? OP_SUBF : OP_SUB; return true;
    case T_MUL: *out = f ? OP_MULF : OP_MUL; return true;
    case T_QUO: *out = f ? OP_DIVF : uns ? OP_DIVU : OP_DIV; return true;
    case T_REM: *out = uns ? OP_REMU : OP_REM; return true;
    case T_AND: *out = OP_AND; return true;
    case T_OR: *out = OP_OR; return true;
    case T_XOR: *out = OP_XOR; return true;
    case T_AND_NOT: *out = OP_ANDNOT; return true;
    default: return false;
    }
}

/* The comparison opcode for op on type t; *swap when operands must swap. */
static Opcode compare_op(TokKind op, const Type *t, bool *swap) {
    const Type *u = t->under;
    *swap = op == T_GTR || op == T_GEQ;
    bool lt = op == T_LSS || op == T_GTR;
    if (type_is_string(u)) {
        if (op == T_EQL) return OP_EQS;
        if (op == T_NEQ) return OP_NES;
        return lt ? OP_LTS : OP_LES;
    }
    if (type_is_float(u)) {
        if (op == T_EQL) return OP_EQF;
        if (op == T_NEQ) return OP_NEF;
        return lt ? OP_LTF : OP_LEF;
    }
    if (op == T_EQL) return OP_EQ;
    if (op == T_NEQ) return OP_NE;
    if (type_is_unsigned(u)) return lt ? OP_LTU : OP_LEU;
    return lt ? OP_LT : OP_LE;
}

static bool is_comparison_op(TokKind op) {
    return op == T_EQL || op == T_NEQ || op == T_LSS || op == T_LEQ || op == T_GTR || op == T_GEQ;
}

static void gen_branch(FuncState *fs, Node *cond, bool sense, JumpList *jl);

/* Materializes a boolean expression with jumps. */
static int gen_bool_via_jumps(FuncState *fs, Node *n, int dst) {
    dst = target(fs, dst);
    JumpList t = {0};
    int mark = fs->freereg;
    gen_branch(fs, n, true, &t);
    fs->freereg = mark;
    emit_bx(fs, OP_LOADI, dst, 0);
    int skip = emit_bx(fs, OP_JMP, 0, 0);
    patch_list(fs, &t, here(fs));
    emit_bx(fs, OP_LOADI, dst, 1);
    patch(fs, skip, here(fs));
    return dst;
}

static bool is_nil_node(const Node *n) {
    while (n->kind == N_PAREN) n = n->u.unary.x;
    return n->kind == N_IDENT && n->obj && n->obj->kind == OBJ_NIL;
}

static int gen_binary(FuncState *fs, Node *n, int dst) {
    TokKind op = n->u.binary.op;
    Node *x = n->u.binary.x, *y = n->u.binary.y;
    if (op == T_LAND || op == T_LOR) return gen_bool_via_jumps(fs, n, dst);
    int mark = fs->freereg;
    if (is_comparison_op(op)) {
        const Type *t = x->type->kind == TY_UNTYPED_NIL ? y->type : x->type;
        bool nil_cmp = is_nil_node(x) || is_nil_node(y);
        if (nil_cmp && (op == T_EQL || op == T_NEQ)) {
            /* x == nil: every nil-able value is nil as the all-zero slot */
            int rb = gen_expr(fs, x, -1);
            int rc = gen_expr(fs, y, -1);
            fs->freereg = mark;
            dst = target(fs, dst);
            emit(fs, op == T_EQL ? OP_EQ : OP_NE, dst, rb, rc);
            return dst;
        }
        TypeKind tk = t->under->kind;
        if (tk == TY_POINTER || tk == TY_CHAN || tk == TY_MAP || tk == TY_FUNC) {
            int rb = gen_expr(fs, x, -1);
            int rc = gen_expr(fs, y, -1);
            fs->freereg = mark;
            dst = target(fs, dst);
            emit(fs, op == T_EQL ? OP_EQ : OP_NE, dst, rb, rc);
            return dst;
        }
        if (type_is_aggregate(t->under) || tk == TY_INTERFACE) {
            /* by value; an operand of concrete type compared with an interface is boxed first */
            const Type *ct = x->type->under->kind == TY_INTERFACE ? x->type : y->type;
            int ra = alloc_reg(fs);
            gen_expr_as(fs, x, ct, ra);
            int rb = alloc_reg(fs);
            gen_expr_as(fs, y, ct, rb);
            emit(fs, OP_EQAGG, ra, rb, compiler_add_type(fs->c, ct));
            fs->freereg = mark;
            dst = target(fs, dst);
            if (op == T_NEQ) emit(fs, OP_NOT, dst, ra, 0);
            else if (dst != ra) emit(fs, OP_MOVE, dst, ra, 0);
            return dst;
        }
        if (!type_is_numeric(t->under) && !type_is_string(t->under) && !type_is_bool(t->under)) {
            gen_error(fs, n->pos, "comparison of these types is not supported yet by minigo");
            return target(fs, dst);
        }
        int rb = gen_expr(fs, x, -1);
        int rc = gen_expr(fs, y, -1);
        fs->freereg = mark;
        dst = target(fs, dst);
        bool swap;
        Opcode o = compare_op(op, t, &swap);
        emit(fs, o, dst, swap ? rc : rb, swap ? rb : rc);
        return dst;
    }
    const Type *t = n->type;
    if (type_is_untyped(t)) t = type_default((Type *)t);
    if (op == T_SHL || op == T_SHR) {
        int rb = gen_expr(fs, x, -1);
        int rc = gen_expr(fs, y, -1);
        fs->freereg = mark;
        dst = target(fs, dst);
        bool signed_count = !type_is_unsigned(y->type->under) && !y->cval;
        Opcode o;
        if (op == T_SHL) o = signed_count ? OP_SHLS : OP_SHL;
        else if (type_is_unsigned(t->under)) o = signed_count ? OP_SHRUS : OP_SHRU;
        else o = signed_count ? OP_SHRS : OP_SHR;
        emit(fs, o, dst, rb, rc);
        if (op == T_SHL) gen_narrow(fs, dst, t);
        return dst;
    }
    Opcode o;
    if (!arith_op(op, t, &o)) {
        gen_error(fs, n->pos, "operator not supported yet by minigo");
        return target(fs, dst);
    }
    /* arithmetic with a small constant: x+k, x-k, x*k, and for signed
     * integers x/k and x%k (k not 0 or -1, so no panic and no overflow) */
    bool sgn = type_is_integer(t->under) && !type_is_unsigned(t->under);
    if (y->cval && type_is_integer(t->under) &&
        (op == T_ADD || op == T_SUB || op == T_MUL || (sgn && (op == T_QUO || op == T_REM)))) {
        Const *ic = const_to_int(y->cval);
        if (ic && const_fits_int(ic, 64, false)) {
            int64_t v = const_int64_val(ic);
            if (op == T_SUB) v = -v;
            bool ok = is_small_int(v) && !((op == T_QUO || op == T_REM) && (v == 0 || v == -1));
            if (ok) {
                int rb = gen_expr(fs, x, -1);
                fs->freereg = mark;
                dst = target(fs, dst);
                Opcode io = op == T_MUL ? OP_MULI : op == T_QUO ? OP_DIVI : op == T_REM ? OP_REMI : OP_ADDI;
                emit(fs, io, dst, rb, (int)(uint16_t)(int16_t)v);
                if (io != OP_REMI) gen_narrow(fs, dst, t);
                return dst;
            }
        }
    }
    int rb = gen_expr(fs, x, -1);
    int rc = gen_expr(fs, y, -1);
    fs->freereg = mark;
    dst = target(fs, dst);
    emit(fs, o, dst, rb, rc);
    if (o == OP_ADD || o == OP_SUB || o == OP_MUL || o == OP_DIV || o == OP_ADDF || o == OP_SUBF ||
        o == OP_MULF || o == OP_DIVF)
        gen_narrow(fs, dst, t);
    return dst;
}

static int gen_unary(FuncState *fs, Node *n, int dst) {
    Node *x = n->u.unary.x;
    int mark = fs->freereg;
    switch (n->u.unary.op) {
    case T_ADD: return gen_expr(fs, x, dst);
    case T_AND: return gen_addr(fs, x, dst);
    case T_NOT: {
        int rb = gen_expr(fs, x, -1);
        fs->freereg = mark;
        dst = target(fs, dst);
        emit(fs, OP_NOT, dst, rb, 0);
        return dst;
    }
    case T_SUB: {
        int rb = gen_expr(fs, x, -1);
        fs->freereg = mark;
        dst = target(fs, dst);
        emit(fs, type_is_float(n->type->under) ? OP_NEGF : OP_NEG, dst, rb, 0);
        gen_narrow(fs, dst, n->type);
        return dst;
    }
    case T_XOR: {
        int rb = gen_expr(fs, x, -1);
        fs->freereg = mark;
        dst = target(fs, dst);
        emit(fs, OP_BNOT, dst, rb, 0);
        gen_narrow(fs, dst, n->type);
        return dst;
    }
    case T_ARROW: {
        /* <-c; with NF_COMMAOK, the value and ok in two registers */
        int rb = gen_expr(fs, x, -1);
        fs->freereg = mark;
        set_line(fs, n);
        if (n->flags & NF_COMMAOK) {
            int r = fs->freereg;
            reserve_regs(fs, 2);
            emit(fs, OP_RECV, r, rb, 1);
            return r;
        }
        dst = target(fs, dst);
        emit(fs, OP_RECV, dst, rb, 0);
        return dst;
    }
    default:
        gen_error(fs, n->pos, "operator not supported yet by minigo");
        return target(fs, dst);
    }
}

static int gen_conversion(FuncState *fs, Node *n, int dst) {
    Node *x = n->u.call.args.items[0];
    const Type *to = n->type->under, *from = x->type->under;
    int mark = fs->freereg;
    int rb = gen_expr(fs, x, -1);
    fs->freereg = mark;
    dst = target(fs, dst);
    if (to->kind == TY_INTERFACE) {
        if (rb != dst) emit(fs, OP_MOVE, dst, rb, 0);
        gen_coerce(fs, dst, x->type, n->type);
        return dst;
    }
    if (type_is_integer(to) && type_is_integer(from)) {
        if (rb != dst) emit(fs, OP_MOVE, dst, rb, 0);
        gen_narrow(fs, dst, n->type);
        return dst;
    }
    if (type_is_float(to) && type_is_integer(from)) {
        emit(fs, type_is_unsigned(from) ? OP_U2F : OP_I2F, dst, rb, 0);
        if (to->kind == TY_FLOAT32) emit(fs, OP_F32, dst, dst, 0);
        return dst;
    }
    if (type_is_integer(to) && type_is_float(from)) {
        /* as amd64 does it: narrow targets but uint32 convert through int32 */
        TypeKind k = to->kind;
        bool via32 = k == TY_INT8 || k == TY_INT16 || k == TY_INT32 || k == TY_UINT8 || k == TY_UINT16;
        bool via64 = k == TY_UINT32 || !type_is_unsigned(to);
        emit(fs, via32 ? OP_F2I32 : via64 ? OP_F2I : OP_F2U, dst, rb, 0);
        gen_narrow(fs, dst, n->type);
        return dst;
    }
    if (type_is_float(to) && type_is_float(from)) {
        if (to->kind == TY_FLOAT32 && from->kind != TY_FLOAT32) emit(fs, OP_F32, dst, rb, 0);
        else if (rb != dst) emit(fs, OP_MOVE, dst, rb, 0);
        return dst;
    }
    if (type_is_string(to) && type_is_integer(from)) {
        emit(fs, OP_RUNESTR, dst, rb, 0);
        return dst;
    }
    if (type_is_string(to) && from->kind == TY_SLICE) {
        emit(fs, from->elem->under->kind == TY_UINT8 ? OP_BYTES2STR : OP_RUNES2STR, dst, rb, 0);
        return dst;
    }
    if (to->kind == TY_SLICE && type_is_string(from)) {
        emit(fs, to->elem->under->kind == TY_UINT8 ? OP_STR2BYTES : OP_STR2RUNES, dst, rb, 0);
        return dst;
    }
    if (type_identical(to, from) || (to->kind == TY_CHAN && from->kind == TY_CHAN) ||
        (to->kind == TY_POINTER && from->kind == TY_POINTER && type_identical(to->elem->under, from->elem->under)) ||
        (type_is_string(to) && type_is_string(from)) ||
        (type_is_bool(to) && type_is_bool(from))) {
        if (rb != dst) emit(fs, OP_MOVE, dst, rb, 0);
        return dst;
    }
    gen_error(fs, n->pos, "this conversion is not supported yet by minigo");
    return dst;
}

/* Packs args[from..] into a new []elem slice in register r (variadic calls). */
static void gen_pack_slice(FuncState *fs, Node **args, int nargs, const Type *slice_t, int r) {
    const Type *elem = slice_t->under->elem;
    if (nargs == 0) {
        /* no variadic arguments: the parameter is a nil slice */
        emit(fs, OP_LOADZ, r, 0, 0);
        return;
    }
    int mark = fs->freereg;
    int rn = alloc_reg(fs);
    alloc_reg(fs);
    emit_bx(fs, OP_LOADI, rn, nargs);
    emit_bx(fs, OP_LOADI, rn + 1, nargs);
    emit(fs, OP_MKSLICE, r, rn, type_elem_size(elem));
    int ri = alloc_reg(fs), rv = alloc_reg(fs);
    for (int i = 0; i < nargs; i++) {
        set_line(fs, args[i]);
        gen_expr_as(fs, args[i], elem, rv);
        emit_bx(fs, OP_LOADI, ri, i);
        if (type_is_aggregate(elem->under)) {
            int rp = alloc_reg(fs);
            emit(fs, OP_ADDRSL, rp, r, ri);
            emit(fs, OP_STOREAGG, rp, rv, slots_const(fs, elem));
            fs->freereg--;
        } else {
            emit(fs, type_elem_size(elem) == 1 ? OP_SETSL1 : OP_SETSL, r, ri, rv);
        }
    }
    fs->freereg = mark;
}

/* Generates a call to a Go function or native; its results are left in
 * consecutive registers starting at the returned one. */
/* Places a call's results (left at R[base]...): a single result moves to
 * dst when one is wanted; returns the register holding the (first) result. */
static int call_results(FuncState *fs, int base, int nres, int dst) {
    fs->freereg = base + (nres > 0 ? nres : 0);
    if (fs->freereg > fs->maxreg) fs->maxreg = fs->freereg;
    if (nres == 1 && dst >= 0 && dst != base) {
        emit(fs, OP_MOVE, dst, base, 0);
        fs->freereg = base;
    }
    return nres == 1 && dst >= 0 ? dst : base;
}

/* x.M(args): the receiver (reached through the selection's path, its
 * address taken or its pointer followed as M's receiver needs) becomes the
 * first argument of a static call. */
/* Evaluates the receiver of the method selected by fun (x.M) into rrecv:
 * reached through the selection's path, its address taken for a pointer
 * method, or copied for a value method (Go evaluates it once, here). */
static void gen_receiver(FuncState *fs, Node *fun, int rrecv) {
    Node *x = fun->u.selector.x;
    const Selection *sl = fun->u.selector.selection;
    int mark2 = fs->freereg;
    const Type *recv_t = sl->recv_type;
    bool recv_agg = type_is_aggregate((sl->recv_is_ptr ? recv_t->under->elem : recv_t)->under);
    int rv;
    if (sl->npath == 0) {
        if (sl->ptr_recv && !sl->recv_is_ptr) rv = gen_addr(fs, x, -1);
        else rv = gen_expr(fs, x, -1);
    } else {
        int rx = gen_expr(fs, x, -1);
        int off;
        int rb = gen_walk_path(fs, rx, x->type, sl, sl->npath, &off);
        /* the embedded receiver: a pointer field is loaded; an inline struct is addressed */
        rv = alloc_reg(fs);
        if (sl->recv_is_ptr || !recv_agg) emit(fs, OP_GETF, rv, rb, off);
        else emit(fs, OP_FIELDPTR, rv, rb, off);
        if (sl->ptr_recv && !sl->recv_is_ptr && !recv_agg)
            gen_error(fs, fun->pos, "pointer method on an embedded non-struct field is not supported yet by minigo");
    }
    if (!sl->ptr_recv) {
        if (sl->recv_is_ptr) {
            /* value method through a pointer: copy the pointee */
            if (recv_agg) {
                emit(fs, OP_NILCHK, rv, 0, 0);
                emit(fs, OP_COPYAGG, rrecv, rv, slots_const(fs, recv_t->under->elem));
            }
            else emit(fs, OP_LOADP, rrecv, rv, 0);
        } else if (recv_agg) {
            emit(fs, OP_COPYAGG, rrecv, rv, slots_const(fs, recv_t));
        } else if (rv != rrecv) {
            emit(fs, OP_MOVE, rrecv, rv, 0);
        }
    } else if (rv != rrecv) {
        emit(fs, OP_MOVE, rrecv, rv, 0);
    }
    fs->freereg = mark2;
}

/* T.M, (*T).M or I.M: a method as a function whose first parameter is
 * the receiver. */
static bool is_method_expr(const Node *fun) {
    return fun->kind == N_SELECTOR && fun->u.selector.selection && (fun->u.selector.x->flags & NF_TYPE) &&
           fun->u.selector.selection->kind != SEL_FIELD;
}

static int gen_method_call(FuncState *fs, Node *n, int dst) {
    Node *fun = n->u.call.fun;
    Object *m = fun->u.selector.selection->method;
    int base = fs->freereg;
    int rrecv = alloc_reg(fs);
    gen_receiver(fs, fun, rrecv);
    gen_args(fs, n, fun->type->under);
    set_line(fs, n);
    emit_bx(fs, OP_CALL, base, m->index);
    return call_results(fs, base, fun->type->under->nresults, dst);
}

/* Evaluates the interface value whose method fun (x.M) selects into r:
 * x itself, or an embedded interface field reached through the path. */
static void gen_iface_recv(FuncState *fs, Node *fun, int r) {
    const Selection *sl = fun->u.selector.selection;
    Node *x = fun->u.selector.x;
    if (sl->npath == 0) {
        gen_expr(fs, x, r);
        return;
    }
    int mark = fs->freereg;
    int rx = gen_expr(fs, x, -1);
    int off;
    int rb = gen_walk_path(fs, rx, x->type, sl, sl->npath, &off);
    emit(fs, OP_GETF, r, rb, off);
    fs->freereg = mark;
}

/* x.M(args) on an interface value: dispatch by the dynamic type. */
static int gen_iface_call(FuncState *fs, Node *n, int dst) {
    Node *fun = n->u.call.fun;
    const Selection *sl = fun->u.selector.selection;
    int base = alloc_reg(fs);
    gen_iface_recv(fs, fun, base);
    gen_args(fs, n, fun->type->under);
    set_line(fs, n);
    emit(fs, OP_ICALL, base, base, compiler_add_name(fs->c, sl->name));
    return call_results(fs, base, fun->type->under->nresults, dst);
}

static int gen_call(FuncState *fs, Node *n, int dst) {
    Node *fun = n->u.call.fun;
    while (fun->kind == N_PAREN) fun = fun->u.unary.x;
    if (is_method_expr(fun)) {
        /* T.M(recv, args): the method itself when its receiver is passed as it is */
        const Selection *sl = fun->u.selector.selection;
        if (sl->kind == SEL_METHOD && sl->npath == 0 && !(sl->recv_is_ptr && !sl->ptr_recv)) {
            Type *sig = fun->type->under;
            int base = gen_args(fs, n, sig);
            set_line(fs, n);
            emit_bx(fs, OP_CALL, base, sl->method->index);
            return call_results(fs, base, sig->nresults, dst);
        }
    } else if (fun->kind == N_SELECTOR && fun->u.selector.selection && fun->u.selector.selection->kind == SEL_METHOD)
        return gen_method_call(fs, n, dst);
    else if (fun->kind == N_SELECTOR && fun->u.selector.selection && fun->u.selector.selection->kind == SEL_IMETHOD)
        return gen_iface_call(fs, n, dst);
    Object *fo = fun->obj;
    Type *sig = fun->type->under;
    bool dynamic = !(fo && fo->kind == OBJ_FUNC && (fo->native || fo->index >= 0));
    int rfun = -1;
    if (dynamic) {
        rfun = alloc_reg(fs);
        gen_expr(fs, fun, rfun);
    }
    int base = gen_args(fs, n, sig);
    set_line(fs, n);
    if (dynamic) {
        emit(fs, OP_CALLV, base, rfun, 0);
    } else if (fo->native) {
        emit_bx(fs, OP_CALLN, base, compiler_native_index(fs->c, fo->native));
    } else {
        emit_bx(fs, OP_CALL, base, fo->index);
    }
    return call_results(fs, base, sig->nresults, dst);
}

/* Evaluates a call's arguments into consecutive registers from freereg,
 * packing variadic ones into a slice; returns the first register. */
static int gen_args(FuncState *fs, Node *n, Type *sig) {
    int base = fs->freereg;
    NodeList *args = &n->u.call.args;
    int np = sig->nparams;
    if (args->len == 1 && args->items[0]->type && args->items[0]->type->kind == TY_TUPLE) {
        /* f(g()): g's results land where f's arguments go */
        Node *inner = args->items[0];
        int r = gen_expr(fs, inner, -1);
        (void)r;
        int nres = inner->type->nresults;
        int fixed = sig->variadic ? np - 1 : np;
        for (int i = 0; i < fixed; i++) gen_coerce(fs, base + i, inner->type->results[i], sig->params[i]);
        if (sig->variadic) {
            /* the remaining results become the variadic slice, in register base+fixed */
            int extra = nres - fixed;
            const Type *st = sig->params[np - 1], *elem = st->under->elem;
            fs->freereg = base + nres;
            int rs = alloc_reg(fs), rn = alloc_reg(fs);
            alloc_reg(fs);
            int ri = alloc_reg(fs), rv = alloc_reg(fs);
            emit_bx(fs, OP_LOADI, rn, extra);
            emit_bx(fs, OP_LOADI, rn + 1, extra);
            emit(fs, OP_MKSLICE, rs, rn, type_elem_size(elem));
            for (int i = 0; i < extra; i++) {
                emit(fs, OP_MOVE, rv, base + fixed + i, 0);
                gen_coerce(fs, rv, inner->type->results[fixed + i], elem);
                emit_bx(fs, OP_LOADI, ri, i);
                emit(fs, type_elem_size(elem) == 1 ? OP_SETSL1 : OP_SETSL, rs, ri, rv);
            }
            emit(fs, OP_MOVE, base + fixed, rs, 0);
        }
        fs->freereg = base + np;
        if (fs->freereg > fs->maxreg) fs->maxreg = fs->freereg;
    } else {
        int fixed = sig->variadic && !n->u.call.has_ellipsis ? np - 1 : np;
        for (int i = 0; i < fixed; i++) {
            int r = alloc_reg(fs);
            set_line(fs, args->items[i]);
            gen_expr_as(fs, args->items[i], sig->params[i], r);
        }
        if (sig->variadic && !n->u.call.has_ellipsis) {
            int r = alloc_reg(fs);
            /* no variadic arguments: args->items may be NULL, no pointer arithmetic on it */
            Node **rest = args->len > fixed ? args->items + fixed : NULL;
            gen_pack_slice(fs, rest, args->len - fixed, sig->params[np - 1], r);
        }
    }
    return base;
}

/* The GOSIZE that follows each append: Go's size of the element type and
 * whether Go's GC scans it (growslice rounds capacities by them), and the
 * storage size of an element. */
static void emit_gosize(FuncState *fs, const Type *elem, int es) {
    int64_t sz = type_go_size(elem);
    uint32_t ge = GOELEM_SIZED | (uint32_t)(sz > GOELEM_SIZE ? GOELEM_SIZE : sz) |
                  (type_go_has_pointers(elem) ? GOELEM_PTRS : 0);
    emit(fs, OP_GOSIZE, (int)(ge & 0xffff), (int)(ge >> 16), es);
}

/* stdlib/print.c */
extern const NativeDesc builtin_print, builtin_println, builtin_panic;
extern const NativeDesc builtin_close;   /* sched/chan.c */

/* defer f(args) and go f(args): the function value and the arguments are
 * evaluated now; for defer they are kept in a record on the goroutine that
 * RETD (or a panic) calls, for go a new goroutine starts with them. */
/* A defer or go statement n. */
static void gen_defer_go(FuncState *fs, Node *n, bool go) {
    Node *call = n->u.unary.x;
    int mark = fs->freereg;
    Node *fun = call->u.call.fun;
    NodeList *args = &call->u.call.args;
    const NativeDesc *nd = NULL;
    int base, nargs;
    int rf = go ? alloc_reg(fs) : -1;
    if (fun->flags & NF_BUILTIN) {
        Builtin b = (Builtin)fun->obj->builtin;
        base = alloc_reg(fs);
        nargs = 1;
        if (b == BI_PANIC) {
            gen_expr_as(fs, args->items[0], ty_any, base);
            nd = &builtin_panic;
        } else if (b == BI_PRINT || b == BI_PRINTLN) {
            gen_pack_slice(fs, args->items, args->len, types_slice_of(ty_any), base);
            nd = b == BI_PRINT ? &builtin_print : &builtin_println;
        } else if (b == BI_CLOSE) {
            gen_expr(fs, args->items[0], base);
            nd = &builtin_close;
        } else if (go) {
            fs->freereg = mark;    /* go recover(): does nothing */
            return;
        } else {
            nargs = 0;             /* defer recover(): see vm_deferred_recover */
            nd = &vm_deferred_recover;
        }
    } else {
        Object *fo = fun->obj;
        Type *sig = fun->type->under;
        nargs = sig->nparams;
        if (fo && fo->kind == OBJ_FUNC && fo->native) {
            nd = fo->native;
            base = gen_args(fs, call, sig);
        } else {
            if (!go) rf = alloc_reg(fs);
            if (fo && fo->kind == OBJ_FUNC && fo->index >= 0) emit_bx(fs, OP_FUNCVAL, rf, fo->index);
            else gen_expr(fs, fun, rf);
            base = gen_args(fs, call, sig);
        }
    }
    /* "created by" shows the line of the go keyword, as Go's traceback does */
    set_line(fs, go ? n : call);
    if (!go && nd) emit(fs, OP_DEFERN, base, nargs, compiler_native_index(fs->c, nd));
    else if (!go) emit(fs, OP_DEFER, rf, nargs, 0);
    else {
        if (nd) {
            Type *sig = fun->flags & NF_BUILTIN ? NULL : fun->type->under;
            if (!sig) {
                sig = GC_MALLOC(sizeof *sig);
                sig->kind = TY_FUNC;
                sig->under = sig;
                sig->nparams = nargs;
            }
            emit_bx(fs, OP_FUNCVAL, rf, native_thunk(fs, nd, sig));
        }
        if (base != rf + 1) vm_bug("go: arguments not after the function");
        emit(fs, OP_GO, rf, nargs, 0);
    }
    fs->freereg = mark;
}


static int gen_builtin(FuncState *fs, Node *n, int dst) {
    Builtin b = (Builtin)n->u.call.fun->obj->builtin;
    NodeList *args = &n->u.call.args;
    int mark = fs->freereg;
    switch (b) {
    case BI_LEN: case BI_CAP: {
        Node *x = args->items[0];
        const Type *u = x->type->under;
        int rb = gen_expr(fs, x, -1);
        fs->freereg = mark;
        dst = target(fs, dst);
        if (u->kind == TY_POINTER) u = u->elem->under;
        if (u->kind == TY_ARRAY) {
            /* not a constant: x has calls or receives, evaluated above for their effects;
             * a nil pointer to an array still has the array's length */
            if (u->len <= INT32_MAX) emit_bx(fs, OP_LOADI, dst, (int32_t)u->len);
            else emit_bx(fs, OP_LOADK, dst, add_const(fs, (Value){ .i = u->len }));
        } else if (type_is_string(u)) emit(fs, OP_LENS, dst, rb, 0);
        else if (u->kind == TY_SLICE) emit(fs, b == BI_LEN ? OP_LENSL : OP_CAPSL, dst, rb, 0);
        else if (u->kind == TY_MAP) emit(fs, OP_LENMAP, dst, rb, 0);
        else if (u->kind == TY_CHAN) emit(fs, b == BI_LEN ? OP_LENCH : OP_CAPCH, dst, rb, 0);
        else gen_error(fs, n->pos, "len of this type is not supported yet by minigo");
        return dst;
    }
    case BI_APPEND: {
        const Type *st = n->type;
        int es = type_elem_size(st->under->elem);
        dst = target(fs, dst);
        int rs = alloc_reg(fs);
        gen_expr(fs, args->items[0], rs);
        if (n->u.call.has_ellipsis) {
            Node *t = args->items[1];
            int rt = gen_expr(fs, t, -1);
            emit(fs, type_is_string(t->type->under) ? OP_APPENDSTR : OP_APPENDSL, rs, rt, es);
            emit_gosize(fs, st->under->elem, es);
        } else if (args->len > 1) {
            int nvals = args->len - 1;
            int vb = fs->freereg;
            reserve_regs(fs, nvals);
            for (int i = 0; i < nvals; i++) gen_expr_as(fs, args->items[i + 1], st->under->elem, vb + i);
            if (type_is_aggregate(st->under->elem->under)) {
                /* elements are stored inline: append each block's slots */
                emit(fs, OP_APPENDAGG, rs, vb, nvals);
            } else {
                emit(fs, OP_APPEND, rs, vb, nvals | (es == 1 ? 0x8000 : 0));
            }
            emit_gosize(fs, st->under->elem, es);
        }
        emit(fs, OP_MOVE, dst, rs, 0);
        fs->freereg = mark > dst ? mark : dst + 1;
        return dst;
    }
    case BI_MAKE: {
        const Type *t = n->type;
        dst = target(fs, dst);
        if (t->under->kind == TY_MAP) {
            int rh = 0xFFFF;
            if (args->len > 1) rh = gen_expr(fs, args->items[1], -1);
            emit(fs, OP_MKMAP, dst, rh, compiler_add_type(fs->c, t));
            fs->freereg = mark > dst ? mark : dst + 1;
            return dst;
        }
        if (t->under->kind == TY_CHAN) {
            int rs = 0xFFFF;
            if (args->len > 1) rs = gen_expr(fs, args->items[1], -1);
            set_line(fs, n);
            emit(fs, OP_MKCHAN, dst, rs, compiler_add_type(fs->c, t));
            fs->freereg = mark > dst ? mark : dst + 1;
            return dst;
        }
        int rl = alloc_reg(fs), rc = alloc_reg(fs);
        gen_expr(fs, args->items[1], rl);
        if (args->len > 2) gen_expr(fs, args->items[2], rc);
        else emit(fs, OP_MOVE, rc, rl, 0);
        emit(fs, OP_MKSLICE, dst, rl, type_elem_size(t->under->elem));
        fs->freereg = mark > dst ? mark : dst + 1;
        return dst;
    }
    case BI_DELETE: {
        int rm = gen_expr(fs, args->items[0], -1);
        int rk = gen_expr_key(fs, args->items[1], args->items[0]->type->under, -1);
        set_line(fs, n);
        emit(fs, OP_MAPDEL, rm, rk, compiler_add_type(fs->c, args->items[0]->type));
        fs->freereg = mark;
        return dst >= 0 ? dst : mark;
    }
    case BI_CLOSE: {
        int rc = gen_expr(fs, args->items[0], -1);
        set_line(fs, n);
        emit(fs, OP_CLOSE, rc, 0, 0);
        fs->freereg = mark;
        return dst >= 0 ? dst : mark;
    }
    case BI_CLEAR: {
        const Type *u = args->items[0]->type->under;
        int rm = gen_expr(fs, args->items[0], -1);
        emit(fs, u->kind == TY_MAP ? OP_MAPCLEAR : OP_CLEARSL, rm, 0, 0);
        fs->freereg = mark;
        return dst >= 0 ? dst : mark;
    }
    case BI_COPY: {
        Node *d = args->items[0], *src = args->items[1];
        int rd = gen_expr(fs, d, -1);
        int rs = gen_expr(fs, src, -1);
        fs->freereg = mark;
        dst = target(fs, dst);
        emit(fs, type_is_string(src->type->under) ? OP_COPYSTR : OP_COPYSL, dst, rd, rs);
        return dst;
    }
    case BI_PRINT: case BI_PRINTLN: {
        int r = alloc_reg(fs);
        gen_pack_slice(fs, args->items, args->len, types_slice_of(ty_any), r);
        set_line(fs, n);
        const NativeDesc *nd = b == BI_PRINT ? &builtin_print : &builtin_println;
        emit_bx(fs, OP_CALLN, r, compiler_native_index(fs->c, nd));
        fs->freereg = mark;
        return dst >= 0 ? dst : mark;
    }
    case BI_RECOVER:
        dst = target(fs, dst);
        emit(fs, OP_RECOVER, dst, 0, 0);
        return dst;
    case BI_NEW: {
        const Type *et = n->type->under->elem;
        dst = target(fs, dst);
        if (type_is_aggregate(et->under)) {
            emit_bx(fs, OP_NEWAGG, dst, type_slots(et));
        } else {
            emit(fs, OP_LOADZ, dst, 0, 0);
            emit(fs, OP_NEWCELL, dst, dst, 0);   /* a cell is one slot: a *T */
        }
        return dst;
    }
    case BI_PANIC: {
        int r = alloc_reg(fs);
        gen_expr_as(fs, args->items[0], ty_any, r);
        set_line(fs, n);
        emit(fs, OP_PANIC, r, 0, 0);
        fs->freereg = mark;
        return dst >= 0 ? dst : mark;
    }
    case BI_MIN: case BI_MAX: {
        /* r = a0; for each a: if a < r (min) then r = a — with NaN and -0 rules for floats left to the VM later */
        dst = target(fs, dst);
        int acc = alloc_reg(fs);
        gen_expr(fs, args->items[0], acc);
        int tmp = alloc_reg(fs);
        const Type *t = n->type;
        for (int i = 1; i < args->len; i++) {
            gen_expr(fs, args->items[i], tmp);
            bool swap;
            Opcode lt = compare_op(T_LSS, t, &swap);
            int cond = alloc_reg(fs);
            if (b == BI_MIN) emit(fs, lt, cond, tmp, acc); else emit(fs, lt, cond, acc, tmp);
            int j = emit_bx(fs, OP_JF, cond, 0);
            emit(fs, OP_MOVE, acc, tmp, 0);
            patch(fs, j, here(fs));
            fs->freereg--;
        }
        emit(fs, OP_MOVE, dst, acc, 0);
        fs->freereg = mark;
        if (dst >= fs->freereg) fs->freereg = dst + 1;
        return dst;
    }
    default:
        gen_error(fs, n->pos, "this built-in is not supported yet by minigo");
        return target(fs, dst);
    }
}

/* The address of array element x[i] (x an array value: its block). */
static bool is_array_or_ptr(const Type *t) {
    const Type *u = t->under;
    return u->kind == TY_ARRAY || (u->kind == TY_POINTER && u->elem->under->kind == TY_ARRAY);
}

/* The operands of a[i] on a packed array (1-byte elements, see
 * type_packed_array), a being the array (its block) or a pointer to it:
 * the block in *rb and, for a constant index, the index in *ri (returns
 * true: GETB/SETB take it as an immediate); otherwise the index in
 * register *ri and the length in *ri + 1 (GETAB/SETAB). */
static bool packed_operands(FuncState *fs, Node *arr, Node *idx, int *rb, int *ri) {
    const Type *u = arr->type->under;
    if (u->kind == TY_POINTER) u = u->elem->under;
    *rb = gen_expr(fs, arr, -1);
    int64_t iv = idx->cval ? const_int64_val(const_to_int(idx->cval)) : -1;
    if (idx->cval && iv <= 0xFFFF) { *ri = (int)iv; return true; }
    *ri = fs->freereg;
    reserve_regs(fs, 2);
    gen_expr(fs, idx, *ri);
    emit_bx(fs, OP_LOADK, *ri + 1, add_const(fs, (Value){ .u = (uint64_t)u->len << 20 }));
    return false;
}

/* a[i] of a packed array: loads the element into dst. */
static int gen_packed_index(FuncState *fs, Node *arr, Node *idx, int dst) {
    int mark = fs->freereg, rb, ri;
    bool imm = packed_operands(fs, arr, idx, &rb, &ri);
    fs->freereg = mark;
    dst = target(fs, dst);
    emit(fs, imm ? OP_GETB : OP_GETAB, dst, rb, ri);
    const Type *u = arr->type->under;
    if (u->kind == TY_POINTER) u = u->elem->under;
    if (u->elem->under->kind == TY_INT8) emit(fs, OP_SEXT, dst, dst, 8);
    return dst;
}

static int gen_array_elem_addr(FuncState *fs, Node *arr, Node *idx, int dst) {
    const Type *u = arr->type->under;
    if (u->kind == TY_POINTER) u = u->elem->under;   /* p[i] with p a *[N]T */
    if (type_packed_array(u)) {
        gen_error(fs, idx->pos, "the address of an element of an array of 1-byte elements is not supported yet by minigo");
        return target(fs, dst);
    }
    int mark = fs->freereg;
    int rb = gen_expr(fs, arr, -1);
    int es = type_slots(u->elem);
    if (idx->cval) {
        int64_t iv = const_int64_val(const_to_int(idx->cval));
        fs->freereg = mark;
        dst = target(fs, dst);
        if (iv * es <= 0xFFFF) {
            emit(fs, OP_FIELDPTR, dst, rb, (int)(iv * es));
            return dst;
        }
        fs->freereg = dst + 1 > mark ? dst + 1 : mark;
    }
    int ri = fs->freereg;
    reserve_regs(fs, 2);
    gen_expr(fs, idx, ri);
    emit_bx(fs, OP_LOADK, ri + 1, add_const(fs, (Value){ .u = ((uint64_t)u->len << 20) | (uint64_t)es }));
    fs->freereg = mark;
    dst = target(fs, dst);
    emit(fs, OP_ADDRARR, dst, rb, ri);
    return dst;
}

/* Evaluates an index: a map key is converted to the key type (boxed for
 * an interface key; an aggregate key gets its own copy when stored). */
static int gen_expr_key(FuncState *fs, Node *k, const Type *u, int dst) {
    if (u->kind != TY_MAP) return gen_expr(fs, k, dst);
    dst = target(fs, dst);
    gen_expr_as(fs, k, u->key, dst);
    return dst;
}

static int gen_index(FuncState *fs, Node *n, int dst) {
    Node *x = n->u.index.x;
    const Type *u = x->type->under;
    int mark = fs->freereg;
    if (type_packed_array(u) || (u->kind == TY_POINTER && type_packed_array(u->elem)))
        return gen_packed_index(fs, x, n->u.index.index, dst);
    if (u->kind == TY_ARRAY) {
        int rp = gen_array_elem_addr(fs, x, n->u.index.index, -1);
        fs->freereg = mark;
        dst = target(fs, dst);
        if (type_is_aggregate(u->elem->under)) { if (dst != rp) emit(fs, OP_MOVE, dst, rp, 0); }
        else emit(fs, OP_GETF, dst, rp, 0);
        return dst;
    }
    if (u->kind == TY_POINTER) {
        /* p[i] on a pointer to an array: the array's block is *p */
        int rp = gen_array_elem_addr(fs, x, n->u.index.index, -1);
        fs->freereg = mark;
        dst = target(fs, dst);
        if (type_is_aggregate(u->elem->under->elem->under)) { if (dst != rp) emit(fs, OP_MOVE, dst, rp, 0); }
        else emit(fs, OP_GETF, dst, rp, 0);
        return dst;
    }
    int rb = gen_expr(fs, x, -1);
    if (u->kind == TY_MAP) {
        /* the key goes where the value will be; the map type gives the zero value */
        bool ok = n->flags & NF_COMMAOK;
        int r = ok || dst < 0 || dst == rb ? fs->freereg : dst;
        if (r == fs->freereg) reserve_regs(fs, ok ? 2 : 1);
        gen_expr_key(fs, n->u.index.index, u, r);
        emit(fs, ok ? OP_MAPGETOK : OP_MAPGET, r, rb, compiler_add_type(fs->c, x->type));
        if (ok) { fs->freereg = r + 2; return r; }
        fs->freereg = mark;
        dst = target(fs, dst);
        if (dst != r) emit(fs, OP_MOVE, dst, r, 0);
        return dst;
    }
    int rc = gen_expr_key(fs, n->u.index.index, u, -1);
    fs->freereg = mark;
    dst = target(fs, dst);
    if (type_is_string(u)) {
        emit(fs, OP_INDEXS, dst, rb, rc);
    } else if (u->kind == TY_SLICE) {
        if (type_is_aggregate(u->elem->under))
            emit(fs, OP_ADDRSL, dst, rb, rc);
        else if (type_elem_size(u->elem) == 1)
            emit(fs, type_is_unsigned(u->elem->under) || type_is_bool(u->elem->under) ? OP_GETSL1 : OP_GETSL1S, dst, rb, rc);
        else
            emit(fs, OP_GETSL, dst, rb, rc);
    } else {
        gen_error(fs, n->pos, "indexing this type is not supported yet by minigo");
    }
    return dst;
}

/* Stores the value of e (of type t) into slot `off` of the block in rb. */
static void gen_store_slot(FuncState *fs, int rb, int off, Node *e, const Type *t) {
    int mark = fs->freereg;
    if (type_is_aggregate(t->under)) {
        int rv = gen_expr(fs, e, -1);
        int rp = alloc_reg(fs);
        emit(fs, OP_FIELDPTR, rp, rb, off);
        emit(fs, OP_STOREAGG, rp, rv, slots_const(fs, t));
    } else {
        int rv = alloc_reg(fs);
        gen_expr_as(fs, e, t, rv);
        emit(fs, OP_SETF, rb, off, rv);
    }
    fs->freereg = mark;
}

static int gen_composite(FuncState *fs, Node *n, int dst) {
    const Type *t = n->type, *u = t->under;
    NodeList *elts = &n->u.composite.elts;
    int mark = fs->freereg;
    if (u->kind == TY_STRUCT) {
        int r = alloc_reg(fs);
        emit_bx(fs, OP_NEWAGG, r, type_slots(t));
        for (int i = 0; i < elts->len; i++) {
            Node *e = elts->items[i];
            int f = i;
            if (e->kind == N_KEYVALUE) { f = (int)(e->u.kv.key->flags >> 16); e = e->u.kv.value; }
            set_line(fs, e);
            gen_store_slot(fs, r, type_field_offset(t, f), e, u->fields[f].type);
        }
        fs->freereg = mark;
        dst = target(fs, dst);
        if (dst != r) emit(fs, OP_MOVE, dst, r, 0);
        return dst;
    }
    if (u->kind == TY_ARRAY) {
        int r = alloc_reg(fs);
        emit_bx(fs, OP_NEWAGG, r, type_slots(t));
        int es = type_slots(u->elem);
        int64_t idx = 0;
        for (int i = 0; i < elts->len; i++) {
            Node *e = elts->items[i];
            if (e->kind == N_KEYVALUE) { idx = const_int64_val(const_to_int(e->u.kv.key->cval)); e = e->u.kv.value; }
            if (type_packed_array(u)) {
                if (idx > 0xFFFF) { gen_error(fs, e->pos, "array literal too large for minigo"); break; }
                int m2 = fs->freereg;
                int rv = alloc_reg(fs);
                gen_expr_as(fs, e, u->elem, rv);
                emit(fs, OP_SETB, r, (int)idx, rv);
                fs->freereg = m2;
                idx++;
                continue;
            }
            if (idx * es > 0xFFFF) { gen_error(fs, e->pos, "array literal too large for minigo"); break; }
            gen_store_slot(fs, r, (int)(idx * es), e, u->elem);
            idx++;
        }
        fs->freereg = mark;
        dst = target(fs, dst);
        if (dst != r) emit(fs, OP_MOVE, dst, r, 0);
        return dst;
    }
    if (u->kind == TY_MAP) {
        int r = alloc_reg(fs);
        int rh = alloc_reg(fs);
        emit_bx(fs, OP_LOADI, rh, elts->len);
        emit(fs, OP_MKMAP, r, rh, compiler_add_type(fs->c, t));
        for (int i = 0; i < elts->len; i++) {
            Node *e = elts->items[i];
            int m2 = fs->freereg;
            set_line(fs, e);
            int rk = alloc_reg(fs), rv = alloc_reg(fs);
            gen_expr_as(fs, e->u.kv.key, u->key, rk);
            gen_expr_as(fs, e->u.kv.value, u->elem, rv);
            emit(fs, OP_MAPSET, r, rk, rv);
            fs->freereg = m2;
        }
        fs->freereg = mark;
        dst = target(fs, dst);
        if (dst != r) emit(fs, OP_MOVE, dst, r, 0);
        return dst;
    }
    if (u->kind != TY_SLICE) {
        gen_error(fs, n->pos, "this composite literal is not supported yet by minigo");
        return target(fs, dst);
    }
    bool keyed = false;
    for (int i = 0; i < elts->len; i++) if (elts->items[i]->kind == N_KEYVALUE) keyed = true;
    int r = alloc_reg(fs);
    if (elts->len == 0) {
        /* T{} is an empty slice, not nil */
        int rn = alloc_reg(fs);
        alloc_reg(fs);
        emit(fs, OP_LOADZ, rn, 0, 0);
        emit(fs, OP_LOADZ, rn + 1, 0, 0);
        emit(fs, OP_MKSLICE, r, rn, type_elem_size(u->elem));
    } else if (!keyed && !type_is_aggregate(u->elem->under)) {
        gen_pack_slice(fs, elts->items, elts->len, n->type, r);
    } else {
        /* length = highest index + 1 */
        int64_t idx = 0, max = 0;
        for (int i = 0; i < elts->len; i++) {
            Node *e = elts->items[i];
            if (e->kind == N_KEYVALUE) idx = const_int64_val(const_to_int(e->u.kv.key->cval));
            idx++;
            if (idx > max) max = idx;
        }
        int rn = alloc_reg(fs);
        alloc_reg(fs);
        emit_bx(fs, OP_LOADI, rn, (int32_t)max);
        emit_bx(fs, OP_LOADI, rn + 1, (int32_t)max);
        emit(fs, OP_MKSLICE, r, rn, type_elem_size(u->elem));
        int ri = alloc_reg(fs), rv = alloc_reg(fs);
        idx = 0;
        for (int i = 0; i < elts->len; i++) {
            Node *e = elts->items[i];
            if (e->kind == N_KEYVALUE) { idx = const_int64_val(const_to_int(e->u.kv.key->cval)); e = e->u.kv.value; }
            emit_bx(fs, OP_LOADI, ri, (int32_t)idx);
            if (type_is_aggregate(u->elem->under)) {
                int m2 = fs->freereg;
                int rs = gen_expr(fs, e, -1);
                emit(fs, OP_ADDRSL, rv, r, ri);
                emit(fs, OP_STOREAGG, rv, rs, slots_const(fs, u->elem));
                fs->freereg = m2;
            } else {
                gen_expr_as(fs, e, u->elem, rv);
                emit(fs, type_elem_size(u->elem) == 1 ? OP_SETSL1 : OP_SETSL, r, ri, rv);
            }
            idx++;
        }
    }
    fs->freereg = mark;
    dst = target(fs, dst);
    if (dst != r) emit(fs, OP_MOVE, dst, r, 0);
    return dst;
}

/* Walks a selection path from the value in register r (of type t):
 * returns the register holding the block pointer of the innermost struct
 * and sets *off to the slot offset within it of path step `upto`'s field. */
static int gen_walk_path(FuncState *fs, int r, Type *t, const Selection *sl, int upto, int *off) {
    int cur = r;
    int o = 0;
    Type *ct = t;
    for (int i = 0; i < upto; i++) {
        Type *st = ct->under->kind == TY_POINTER ? ct->under->elem : ct;
        int f = sl->path[i];
        Type *ft = st->under->fields[f].type;
        o += type_field_offset(st, f);
        /* moving through embedded field f: a pointer there must be loaded
         * (a struct value and a pointer to it are both its block's address) */
        if (i + 1 < upto && sl->deref[i + 1]) {
            int nr = alloc_reg(fs);
            emit(fs, OP_GETF, nr, cur, o);
            cur = nr;
            o = 0;
        }
        ct = ft;
    }
    *off = o;
    return cur;
}

/* Go's name of a selected method, for traces: main.T.M or main.(*T).M. */
static const char *method_name(const Selection *sl) {
    const Proto *mp = protos.items[sl->method->index];
    return mp ? mp->name : sl->method->name;
}

/* A Proto of what fs generated: no parameters, no results, no defers. */
static Proto *proto_of(FuncState *fs, const char *name) {
    Proto *p = GC_MALLOC(sizeof *p);
    p->name = name;
    p->file = cur_file;
    p->code = fs->code;
    p->lines = fs->lines;
    p->ncode = fs->ncode;
    p->k = fs->k;
    p->nk = fs->nk;
    p->nregs = fs->maxreg + 1;
    p->line = fs->line;
    p->defer_ret = -1;
    return p;
}

/* Ends a generated wrapper whose callee left its results at R[base]:
 * returns them, and adds the function. */
static int finish_wrapper(FuncState *tf, int base, const char *name) {
    const Type *sig = tf->sig;
    emit_bx(tf, OP_RET, base, sig->nresults);
    if (base + sig->nresults + 1 > tf->maxreg) tf->maxreg = base + sig->nresults + 1;
    Proto *p = proto_of(tf, name);
    p->nparams = sig->nparams;
    p->nresults = sig->nresults;
    return add_proto(p);
}

static int remember_thunk(Compiler *c, const void *key, const Type *sig, int fn) {
    if (c->nthunks == c->thunks_cap) {
        c->thunks_cap = c->thunks_cap ? 2 * c->thunks_cap : 8;
        void *nt = GC_MALLOC(sizeof c->thunks[0] * (size_t)c->thunks_cap);
        if (c->nthunks) memcpy(nt, c->thunks, sizeof c->thunks[0] * (size_t)c->nthunks);
        c->thunks = nt;
    }
    c->thunks[c->nthunks].key = key;
    c->thunks[c->nthunks].name = NULL;
    c->thunks[c->nthunks].sig = sig;
    c->thunks[c->nthunks].fn = fn;
    c->nthunks++;
    return fn;
}

/* The wrapper of a method value x.M (Go's "M-fm"): a closure whose one
 * cell holds the receiver; it calls M (or, for an interface, dispatches
 * M) with the receiver and its own arguments. One per method. */
static int method_thunk(FuncState *fs, Node *sel, const Type *sig) {
    const Selection *sl = sel->u.selector.selection;
    Compiler *c = fs->c;
    const char *key = sl->kind == SEL_METHOD ? (const char *)sl->method : sl->name;
    for (int i = 0; i < c->nthunks; i++)
        if (c->thunks[i].key == key && (sl->kind == SEL_METHOD || type_identical(c->thunks[i].sig, sig)))
            return c->thunks[i].fn;
    int np = sig->nparams;
    FuncState tf = { .c = c, .sig = (Type *)sig, .line = sel->pos.line };
    int base = np;
    tf.freereg = np;
    reserve_regs(&tf, 1 + np + 1);
    emit(&tf, OP_GETUP, base, 0, 0);
    for (int i = 0; i < np; i++) emit(&tf, OP_MOVE, base + 1 + i, i, 0);
    if (sl->kind == SEL_METHOD) emit_bx(&tf, OP_CALL, base, sl->method->index);
    else emit(&tf, OP_ICALL, base, base, compiler_add_name(c, sl->name));
    const char *mname = sl->kind == SEL_METHOD ? method_name(sl) : sl->name;
    size_t len = strlen(mname) + 4;
    char *name = GC_MALLOC_ATOMIC(len);
    snprintf(name, len, "%s-fm", mname);
    return remember_thunk(c, key, sig, finish_wrapper(&tf, base, name));
}

/* A native f as a function value, or go f(args) (also for the built-in
 * panic/print/println): a Go function with f's signature that calls it,
 * so that it has a Proto (a new goroutine needs a frame to start in). One
 * per native. */
static int native_thunk(FuncState *fs, const NativeDesc *nd, Type *sig) {
    Compiler *c = fs->c;
    for (int i = 0; i < c->nthunks; i++)
        if (c->thunks[i].key == nd) return c->thunks[i].fn;
    FuncState tf = { .c = c, .sig = sig, .line = fs->line };
    tf.freereg = sig->nparams;
    reserve_regs(&tf, 1 + (sig->nresults > sig->nparams ? sig->nresults - sig->nparams : 0));
    emit_bx(&tf, OP_CALLN, 0, compiler_native_index(c, nd));
    size_t len = strlen(nd->pkg) + strlen(nd->name) + 2;
    char *name = GC_MALLOC_ATOMIC(len);
    snprintf(name, len, "%s.%s", nd->pkg, nd->name);
    return remember_thunk(c, nd, sig, finish_wrapper(&tf, 0, name));
}

/* (*T).M for a value method M: a function taking *T that calls M on a
 * copy of the pointee. */
static int deref_thunk(FuncState *fs, Node *sel) {
    const Selection *sl = sel->u.selector.selection;
    const Type *sig = sel->type->under, *et = sig->params[0]->under->elem;
    int np = sig->nparams;
    FuncState tf = { .c = fs->c, .sig = (Type *)sig, .line = sel->pos.line };
    int base = np;
    tf.freereg = np;
    reserve_regs(&tf, np + 1);
    const Type *plain = vm_rterr_types[VM_RTERR_PLAIN];
    if (plain) {
        /* a nil pointer: Go's panicwrap, "value method main.T.M called using nil *T pointer" */
        const char *tn = et->name ? et->name : type_string(et);
        const char *dot = strrchr(tn, '.');
        size_t len = strlen(tn) * 2 + strlen(sl->method->name) + 64;
        char *msg = GC_MALLOC_ATOMIC(len);
        snprintf(msg, len, "value method %s.%s called using nil *%s pointer", tn, sl->method->name, dot ? dot + 1 : tn);
        emit_bx(&tf, OP_JT, 0, 3);
        emit_bx(&tf, OP_LOADK, base, add_const(&tf, (Value){ .s = str_new(msg, strlen(msg)) }));
        emit_bx(&tf, OP_BOX, base, compiler_add_type(tf.c, plain));
        emit(&tf, OP_PANIC, base, 0, 0);
    }
    if (type_is_aggregate(et->under)) {
        emit(&tf, OP_NILCHK, 0, 0, 0);
        emit(&tf, OP_COPYAGG, base, 0, slots_const(&tf, et));
    } else {
        emit(&tf, OP_LOADP, base, 0, 0);
    }
    for (int i = 1; i < np; i++) emit(&tf, OP_MOVE, base + i, i, 0);
    emit_bx(&tf, OP_CALL, base, sl->method->index);
    /* named as Go names the wrapper: main.(*T).M */
    const char *tn = et->name ? et->name : type_string(et);
    const char *dot = strrchr(tn, '.');
    int pkglen = dot ? (int)(dot - tn) : 0;
    size_t len = strlen(tn) + strlen(sl->method->name) + 8;
    char *name = GC_MALLOC_ATOMIC(len);
    snprintf(name, len, "%.*s%s(*%s).%s", pkglen, tn, dot ? "." : "", dot ? dot + 1 : tn, sl->method->name);
    return finish_wrapper(&tf, base, name);
}

/* I.M as a function: func(i I, args) results { return i.M(args) }, one
 * per interface type and method. */
static int iface_expr_thunk(FuncState *fs, Node *sel) {
    const Selection *sl = sel->u.selector.selection;
    Compiler *c = fs->c;
    const Type *sig = sel->type->under;
    for (int i = 0; i < c->nthunks; i++)
        if (c->thunks[i].key == (const void *)sel->u.selector.x->type && c->thunks[i].name == sl->name)
            return c->thunks[i].fn;
    int np = sig->nparams;
    FuncState tf = { .c = c, .sig = (Type *)sig, .line = sel->pos.line };
    int base = np;
    tf.freereg = np;
    reserve_regs(&tf, np + 1);
    for (int i = 0; i < np; i++) emit(&tf, OP_MOVE, base + i, i, 0);
    emit(&tf, OP_ICALL, base, base, compiler_add_name(c, sl->name));
    const char *iname = type_string(sel->u.selector.x->type);
    size_t len = strlen(iname) + strlen(sl->name) + 2;
    char *name = GC_MALLOC_ATOMIC(len);
    snprintf(name, len, "%s.%s", iname, sl->name);
    int fn = remember_thunk(c, sel->u.selector.x->type, sig, finish_wrapper(&tf, base, name));
    c->thunks[c->nthunks - 1].name = sl->name;
    return fn;
}

/* T.M of a method promoted from an embedded field: a function whose
 * first parameter (a T or *T) is walked to the receiver, as x.M(args)
 * would be called. One per type and method. */
static int path_expr_thunk(FuncState *fs, Node *sel) {
    const Selection *sl = sel->u.selector.selection;
    Compiler *c = fs->c;
    Type *recv = sel->u.selector.x->type;
    const Type *sig = sel->type->under;
    for (int i = 0; i < c->nthunks; i++)
        if (c->thunks[i].key == (const void *)recv && c->thunks[i].name == sl->name) return c->thunks[i].fn;
    int np = sig->nparams;
    FuncState tf = { .c = c, .sig = (Type *)sig, .line = sel->pos.line };
    int base = np;
    tf.freereg = np;
    reserve_regs(&tf, np + 1);
    /* the selector again, with the first parameter (register 0) as its operand */
    Object *param = GC_MALLOC(sizeof *param);
    param->kind = OBJ_VAR;
    param->type = recv;
    param->index = 0;
    Node *x = node_new(N_IDENT, sel->pos);
    x->u.ident.name = "recv";
    x->obj = param;
    x->type = recv;
    Node *fun = node_new(N_SELECTOR, sel->pos);
    fun->u.selector = sel->u.selector;
    fun->u.selector.x = x;
    fun->type = sel->type;
    if (sl->kind == SEL_METHOD) gen_receiver(&tf, fun, base);
    else { gen_iface_recv(&tf, fun, base); emit(&tf, OP_NILCHK, base, 0, 0); }
    for (int i = 1; i < np; i++) emit(&tf, OP_MOVE, base + i, i, 0);
    if (sl->kind == SEL_METHOD) emit_bx(&tf, OP_CALL, base, sl->method->index);
    else emit(&tf, OP_ICALL, base, base, compiler_add_name(c, sl->name));
    const char *tn = type_string(recv);
    size_t len = strlen(tn) + strlen(sl->name) + 2;
    char *name = GC_MALLOC_ATOMIC(len);
    snprintf(name, len, "%s.%s", tn, sl->name);
    int fn = remember_thunk(c, recv, sig, finish_wrapper(&tf, base, name));
    c->thunks[c->nthunks - 1].name = sl->name;
    return fn;
}

/* x.M not called: a closure binding the receiver, evaluated now. */
static int gen_method_value(FuncState *fs, Node *n, int dst) {
    const Selection *sl = n->u.selector.selection;
    int mark = fs->freereg;
    dst = target(fs, dst);
    int r = alloc_reg(fs);
    if (sl->kind == SEL_METHOD) {
        gen_receiver(fs, n, r);
    } else {
        gen_iface_recv(fs, n, r);
        emit(fs, OP_NILCHK, r, 0, 0);
    }
    int fn = method_thunk(fs, n, n->type->under);
    emit_bx(fs, OP_BIND, r, fn);
    if (dst != r) emit(fs, OP_MOVE, dst, r, 0);
    fs->freereg = mark > dst ? mark : dst + 1;
    return dst;
}

static int gen_selector(FuncState *fs, Node *n, int dst) {
    const Selection *sl = n->u.selector.selection;
    if (is_method_expr(n)) {
        /* method expression T.M: the method itself, receiver first, or a
         * function that reaches the receiver from its first argument */
        dst = target(fs, dst);
        int fn;
        if (sl->npath > 0) fn = path_expr_thunk(fs, n);
        else if (sl->kind == SEL_IMETHOD) fn = iface_expr_thunk(fs, n);
        else if (sl->recv_is_ptr && !sl->ptr_recv) fn = deref_thunk(fs, n);
        else fn = sl->method->index;
        emit_bx(fs, OP_FUNCVAL, dst, fn);
        return dst;
    }
    if (sl && sl->kind == SEL_METHOD) return gen_method_value(fs, n, dst);
    if (sl && sl->kind == SEL_IMETHOD) return gen_method_value(fs, n, dst);
    if (!sl || sl->kind != SEL_FIELD) {
        gen_error(fs, n->pos, "method values are not supported yet by minigo");
        return target(fs, dst);
    }
    int mark = fs->freereg;
    Node *x = n->u.selector.x;
    int rx = gen_expr(fs, x, -1);
    int off;
    int rb = gen_walk_path(fs, rx, x->type, sl, sl->npath, &off);
    fs->freereg = mark;
    dst = target(fs, dst);
    if (type_is_aggregate(n->type->under)) emit(fs, OP_FIELDPTR, dst, rb, off);
    else emit(fs, OP_GETF, dst, rb, off);
    return dst;
}

/* &x: the address of an addressable operand (or of a fresh literal). */
static int gen_addr(FuncState *fs, Node *x, int dst) {
    while (x->kind == N_PAREN) x = x->u.unary.x;
    int mark = fs->freereg;
    if (x->kind == N_COMPOSITE && !type_is_aggregate(x->type->under)) {
        /* &[]T{…} or &map…{…}: a new cell holding the value */
        dst = target(fs, dst);
        gen_expr(fs, x, dst);
        emit(fs, OP_NEWCELL, dst, dst, 0);
        return dst;
    }
    if (x->kind == N_COMPOSITE || type_is_aggregate(x->type->under)) {
        /* an aggregate's value is already the address of its block */
        if (x->kind == N_IDENT && x->obj && x->obj->kind == OBJ_VAR && x->obj->global) {
            dst = target(fs, dst);
            emit_bx(fs, OP_GETG, dst, x->obj->index);
            return dst;
        }
        return gen_expr(fs, x, dst);
    }
    if ((x->kind == N_IDENT || x->kind == N_SELECTOR) && x->obj && x->obj->kind == OBJ_VAR) {
        Object *o = x->obj;
        dst = target(fs, dst);
        if (o->global) emit_bx(fs, OP_ADDRG, dst, o->index);
        else if (is_own(fs, o)) emit(fs, OP_MOVE, dst, o->index, 0);   /* the cell */
        else emit(fs, OP_UPCELL, dst, upval_index(fs, o), 0);
        return dst;
    }
    if (x->kind == N_SELECTOR && x->u.selector.selection && x->u.selector.selection->kind == SEL_FIELD) {
        const Selection *sl = x->u.selector.selection;
        int rx = gen_expr(fs, x->u.selector.x, -1);
        int off;
        int rb = gen_walk_path(fs, rx, x->u.selector.x->type, sl, sl->npath, &off);
        fs->freereg = mark;
        dst = target(fs, dst);
        emit(fs, OP_FIELDPTR, dst, rb, off);
        return dst;
    }
    if (x->kind == N_INDEX && x->u.index.x->type->under->kind == TY_SLICE && type_elem_size(x->type) != 1) {
        int rs = gen_expr(fs, x->u.index.x, -1);
        int ri = gen_expr(fs, x->u.index.index, -1);
        fs->freereg = mark;
        dst = target(fs, dst);
        emit(fs, OP_ADDRSL, dst, rs, ri);
        return dst;
    }
    if (x->kind == N_INDEX && is_array_or_ptr(x->u.index.x->type))
        return gen_array_elem_addr(fs, x->u.index.x, x->u.index.index, dst);
    if (x->kind == N_STAR) return gen_expr(fs, x->u.unary.x, dst);
    gen_error(fs, x->pos, "taking this address is not supported yet by minigo");
    return target(fs, dst);
}

static int gen_slice_expr(FuncState *fs, Node *n, int dst) {
    int mark = fs->freereg;
    Node *x = n->u.slice.x;
    bool str = type_is_string(x->type->under);
    int rx = gen_expr(fs, x, -1);
    const Type *xu = x->type->under;
    if (xu->kind == TY_POINTER) xu = xu->elem->under;
    bool arr = xu->kind == TY_ARRAY;
    if (xu->kind == TY_ARRAY) {
        /* a slice header over the array's block: the slice shares it */
        int r = alloc_reg(fs);
        uint64_t es = type_packed_array(xu) ? 0 : (uint64_t)type_slots(xu->elem);   /* 0: packed bytes */
        emit(fs, OP_ARR2SL, r, rx, add_const(fs, (Value){ .u = ((uint64_t)xu->len << 20) | es }));
        rx = r;
    }
    int ri = fs->freereg;
    reserve_regs(fs, 3);
    if (n->u.slice.lo) gen_expr(fs, n->u.slice.lo, ri); else emit(fs, OP_LOADZ, ri, 0, 0);
    if (n->u.slice.hi) gen_expr(fs, n->u.slice.hi, ri + 1);
    else emit(fs, str ? OP_LENS : OP_LENSL, ri + 1, rx, 0);
    if (!str) {
        if (n->u.slice.max) gen_expr(fs, n->u.slice.max, ri + 2);
        else emit(fs, OP_CAPSL, ri + 2, rx, 0);
    }
    fs->freereg = mark;
    dst = target(fs, dst);
    /* the opcode tells the panic message which form this is */
    Opcode op = str ? OP_SLICES : n->u.slice.max ? (arr ? OP_SLICE3A : OP_SLICE3) : (arr ? OP_SLICEA : OP_SLICE);
    emit(fs, op, dst, rx, ri);
    return dst;
}

/* Generates n; the value ends up in dst (if >= 0) or in the returned register. */
static int gen_expr(FuncState *fs, Node *n, int dst) {
    stack_guard(n->pos);
    if (n->cval && !(n->flags & NF_TYPE)) {
        dst = target(fs, dst);
        gen_const(fs, n, dst);
        return dst;
    }
    switch (n->kind) {
    case N_IDENT: return gen_ident(fs, n, dst);
    case N_PAREN: return gen_expr(fs, n->u.unary.x, dst);
    case N_BINARY: return gen_binary(fs, n, dst);
    case N_UNARY: return gen_unary(fs, n, dst);
    case N_INDEX: return gen_index(fs, n, dst);
    case N_COMPOSITE: return gen_composite(fs, n, dst);
    case N_FUNCLIT: return gen_funclit(fs, n, dst);
    case N_TYPEASSERT: {
        int mark = fs->freereg;
        Node *x = n->u.assert.x;
        const Type *t = n->u.assert.type->type;
        int rx = gen_expr(fs, x, -1);
        fs->freereg = mark;
        if (n->flags & NF_COMMAOK) {
            int r = fs->freereg;
            reserve_regs(fs, 2);
            emit(fs, OP_ASSERTOK, r, rx, compiler_add_type(fs->c, t));
            return r;
        }
        dst = target(fs, dst);
        emit(fs, OP_ASSERT, dst, rx, compiler_add_type_pair(fs->c, t, x->type));
        return dst;
    }
    case N_SLICE: return gen_slice_expr(fs, n, dst);
    case N_SELECTOR:
        if (n->obj && (n->obj->kind == OBJ_VAR || n->obj->kind == OBJ_FUNC)) return gen_ident(fs, n, dst);
        return gen_selector(fs, n, dst);
    case N_STAR: {
        int mark = fs->freereg;
        int rp = gen_expr(fs, n->u.unary.x, -1);
        fs->freereg = mark;
        dst = target(fs, dst);
        if (type_is_aggregate(n->type->under)) {
            emit(fs, OP_NILCHK, rp, 0, 0);
            if (dst != rp) emit(fs, OP_MOVE, dst, rp, 0);
        } else {
            emit(fs, OP_LOADP, dst, rp, 0);
        }
        return dst;
    }
    case N_CALL:
        if (n->flags & NF_CONV) return gen_conversion(fs, n, dst);
        if (n->u.call.fun->flags & NF_BUILTIN) return gen_builtin(fs, n, dst);
        return gen_call(fs, n, dst);
    default:
        gen_error(fs, n->pos, "expression not supported yet by minigo");
        return target(fs, dst);
    }
}

/* ---- conditions ---- */

static Opcode invert_jump(Opcode o) {
    switch (o) {
    case OP_JLT: return OP_JGE;
    case OP_JGE: return OP_JLT;
    case OP_JLE: return OP_JGT;
    case OP_JGT: return OP_JLE;
    case OP_JEQ: return OP_JNE;
    case OP_JNE: return OP_JEQ;
    case OP_JLTI: return OP_JGEI;
    case OP_JGEI: return OP_JLTI;
    case OP_JEQI: return OP_JNEI;
    case OP_JNEI: return OP_JEQI;
    default: return o;
    }
}

/* Emits code that jumps (through jl) when cond == sense, else falls through. */
static void gen_branch(FuncState *fs, Node *cond, bool sense, JumpList *jl) {
    stack_guard(cond->pos);
    int mark = fs->freereg;
    if (cond->cval) {
        if (const_bool_val(cond->cval) == sense) jl_add(jl, emit_bx(fs, OP_JMP, 0, 0));
        return;
    }
    if (cond->kind == N_PAREN) { gen_branch(fs, cond->u.unary.x, sense, jl); return; }
    if (cond->kind == N_UNARY && cond->u.unary.op == T_NOT) { gen_branch(fs, cond->u.unary.x, !sense, jl); return; }
    if (cond->kind == N_BINARY) {
        TokKind op = cond->u.binary.op;
        Node *x = cond->u.binary.x, *y = cond->u.binary.y;
        if (op == T_LAND || op == T_LOR) {
            bool is_and = op == T_LAND;
            if (is_and == sense) {
                /* jump if both (and) / neither (or): skip when the first fails */
                JumpList skip = {0};
                gen_branch(fs, x, !sense, &skip);
                gen_branch(fs, y, sense, jl);
                patch_list(fs, &skip, here(fs));
            } else {
                gen_branch(fs, x, sense, jl);
                gen_branch(fs, y, sense, jl);
            }
            return;
        }
        const Type *t = x->type;
        if (is_comparison_op(op) && type_is_integer(t->under) && !type_is_unsigned(t->under) && !fs->long_jumps) {
            Opcode o;
            bool imm = false;
            int64_t iv = 0;
            if (y->cval) {
                Const *ic = const_to_int(y->cval);
                if (ic && const_fits_int(ic, 64, false)) { iv = const_int64_val(ic); imm = is_small_int(iv); }
            }
            if (imm && (op == T_LSS || op == T_GEQ || op == T_EQL || op == T_NEQ ||
                        ((op == T_LEQ || op == T_GTR) && iv < INT16_MAX))) {
                /* x <= k  ==  x < k+1 ; x > k == x >= k+1 */
                switch (op) {
                case T_LSS: o = OP_JLTI; break;
                case T_GEQ: o = OP_JGEI; break;
                case T_EQL: o = OP_JEQI; break;
                case T_NEQ: o = OP_JNEI; break;
                case T_LEQ: o = OP_JLTI; iv++; break;
                default: o = OP_JGEI; iv++; break;
                }
                if (!sense) o = invert_jump(o);
                int ra = gen_expr(fs, x, -1);
                fs->freereg = mark;
                jl_add(jl, emit(fs, o, ra, (int)(uint16_t)(int16_t)iv, 0));
                return;
            }
            switch (op) {
            case T_LSS: o = OP_JLT; break;
            case T_LEQ: o = OP_JLE; break;
            case T_GTR: o = OP_JGT; break;
            case T_GEQ: o = OP_JGE; break;
            case T_EQL: o = OP_JEQ; break;
            default: o = OP_JNE; break;
            }
            if (!sense) o = invert_jump(o);
            int ra = gen_expr(fs, x, -1);
            int rb = y == fs->hoisted ? fs->hoisted_reg : gen_expr(fs, y, -1);
            fs->freereg = mark;
            jl_add(jl, emit(fs, o, ra, rb, 0));
            return;
        }
    }
    int r = gen_expr(fs, cond, -1);
    fs->freereg = mark;
    jl_add(jl, emit_bx(fs, sense ? OP_JT : OP_JF, r, 0));
}

/* ---- statements ---- */

/* The zero value of t into register r. */
static void gen_zero(FuncState *fs, const Type *t, int r) {
    if (type_is_aggregate(t->under)) emit_bx(fs, OP_NEWAGG, r, type_slots(t));
    else emit(fs, OP_LOADZ, r, 0, 0);
}

/* A new variable's value is in register r: it lives there, or, if a
 * closure captures it, in a new cell whose pointer is kept in r. */
static void bind_var(FuncState *fs, Object *o, int r) {
    if (o->global) {
        /* a variable declared by a statement typed at the REPL */
        emit_bx(fs, OP_SETG, r, o->index);
        return;
    }
    o->index = r;
    if (o->captured) emit(fs, OP_NEWCELL, r, r, 0);
}

static int declare_local(FuncState *fs, Object *o) {
    int r = alloc_reg(fs);
    if (o) o->index = r;
    return r;
}

/* Where an assignment stores: the left-hand side's operands (a map and its
 * key, a slice and index, a pointer, ...) already evaluated into registers,
 * as the spec's first phase of assignment does before the values. */
typedef struct Place {
    enum { PL_NONE, PL_VAR, PL_INSTR, PL_PTR, PL_AGG } kind;
    Node *var;       /* PL_VAR: the variable */
    Opcode op;       /* PL_INSTR: emit(op, a, b, value) */
    int a, b;        /* PL_PTR: STOREP a; PL_AGG: STOREAGG a, with b the slots constant */
} Place;

/* Evaluates the operands of lhs; the registers stay reserved (the caller
 * resets freereg after store_place). */
static Place gen_place(FuncState *fs, Node *lhs) {
    Place pl = { .kind = PL_NONE };
    if (lhs->kind == N_IDENT && (!lhs->obj || intern_cstr(lhs->u.ident.name) == intern_cstr("_")))
        return pl;   /* blank */
    Node *x = lhs;
    while (x->kind == N_PAREN) x = x->u.unary.x;
    const Type *cu = x->kind == N_INDEX ? x->u.index.x->type->under : NULL;
    if (cu && cu->kind == TY_MAP) {
        int rm = gen_expr(fs, x->u.index.x, -1);
        int rk = gen_expr_key(fs, x->u.index.index, cu, -1);
        return (Place){ .kind = PL_INSTR, .op = OP_MAPSET, .a = rm, .b = rk };
    }
    if (type_is_aggregate(x->type->under)) {
        /* an aggregate variable keeps its block: copy into it */
        int rp = gen_addr(fs, x, -1);
        return (Place){ .kind = PL_AGG, .a = rp, .b = slots_const(fs, x->type) };
    }
    if (x->kind == N_SELECTOR && x->u.selector.selection && x->u.selector.selection->kind == SEL_FIELD) {
        const Selection *sl = x->u.selector.selection;
        int rx = gen_expr(fs, x->u.selector.x, -1);
        int off;
        int rb = gen_walk_path(fs, rx, x->u.selector.x->type, sl, sl->npath, &off);
        return (Place){ .kind = PL_INSTR, .op = OP_SETF, .a = rb, .b = off };
    }
    if (x->kind == N_STAR) return (Place){ .kind = PL_PTR, .a = gen_expr(fs, x->u.unary.x, -1) };
    if ((x->kind == N_IDENT || x->kind == N_SELECTOR) && x->obj && x->obj->kind == OBJ_VAR)
        return (Place){ .kind = PL_VAR, .var = x };   /* x, or pkg.x */
    if (cu && is_array_or_ptr(cu)) {
        const Type *at = cu->kind == TY_POINTER ? cu->elem->under : cu;
        if (type_packed_array(at)) {
            int rb, ri;
            bool imm = packed_operands(fs, x->u.index.x, x->u.index.index, &rb, &ri);
            return (Place){ .kind = PL_INSTR, .op = imm ? OP_SETB : OP_SETAB, .a = rb, .b = ri };
        }
        int rp = gen_array_elem_addr(fs, x->u.index.x, x->u.index.index, -1);
        return (Place){ .kind = PL_INSTR, .op = OP_SETF, .a = rp, .b = 0 };
    }
    if (cu && cu->kind == TY_SLICE) {
        int rs = gen_expr(fs, x->u.index.x, -1);
        int ri = gen_expr(fs, x->u.index.index, -1);
        return (Place){ .kind = PL_INSTR, .op = type_elem_size(x->type) == 1 ? OP_SETSL1 : OP_SETSL, .a = rs, .b = ri };
    }
    gen_error(fs, lhs->pos, "assignment to this kind of operand is not supported yet by minigo");
    return pl;
}

static void store_place(FuncState *fs, const Place *pl, int r) {
    switch (pl->kind) {
    case PL_NONE: return;
    case PL_INSTR: emit(fs, pl->op, pl->a, pl->b, r); return;
    case PL_PTR: emit(fs, OP_STOREP, pl->a, r, 0); return;
    case PL_AGG: emit(fs, OP_STOREAGG, pl->a, r, pl->b); return;
    case PL_VAR: {
        Object *o = pl->var->obj;
        if (o->global) emit_bx(fs, OP_SETG, r, o->index);
        else if (o->captured) {
            if (is_own(fs, o)) emit(fs, OP_SETCELL, o->index, r, 0);
            else emit(fs, OP_SETUP, upval_index(fs, o), r, 0);
        }
        else if (o->index != r) emit(fs, OP_MOVE, o->index, r, 0);
        return;
    }
    }
}

/* Whether register r is a local variable that one of the places assigns. */
static bool assigned_local(const Place *pls, int n, int r) {
    for (int i = 0; i < n; i++) {
        const Object *o = pls[i].kind == PL_VAR ? pls[i].var->obj : NULL;
        if (o && !o->global && !o->captured && o->index == r) return true;
    }
    return false;
}

/* The places of a tuple assignment's left side (new variables of := have
 * none), evaluated before its values. An operand held in the register of
 * a variable the same statement assigns is copied first: the store to the
 * variable may come earlier (i, a[i] = 1, 2 indexes with the old i). */
static Place *gen_places(FuncState *fs, NodeList *lhs, TokKind tok) {
    int n = lhs->len;
    Place *pls = GC_MALLOC(sizeof(Place) * (size_t)n);
    for (int i = 0; i < n; i++) {
        Node *x = lhs->items[i];
        if (tok == T_DEFINE && x->obj && x->obj->decl == x) pls[i].kind = PL_NONE;
        else pls[i] = gen_place(fs, x);
    }
    for (int i = 0; i < n; i++) {
        Place *pl = &pls[i];
        if (pl->kind == PL_NONE || pl->kind == PL_VAR) continue;
        bool b_reg = pl->kind == PL_INSTR && pl->op != OP_SETF && pl->op != OP_SETB;
        if (assigned_local(pls, n, pl->a)) { int t = alloc_reg(fs); emit(fs, OP_MOVE, t, pl->a, 0); pl->a = t; }
        if (b_reg && assigned_local(pls, n, pl->b)) { int t = alloc_reg(fs); emit(fs, OP_MOVE, t, pl->b, 0); pl->b = t; }
    }
    return pls;
}

static void gen_store(FuncState *fs, Node *lhs, int r) {
    int mark = fs->freereg;
    Place pl = gen_place(fs, lhs);
    store_place(fs, &pl, r);
    fs->freereg = mark;
}

/* The register a simple local variable lives in, or -1. */
static int local_reg(Node *x) {
    while (x->kind == N_PAREN) x = x->u.unary.x;
    if (x->kind == N_IDENT && x->obj && x->obj->kind == OBJ_VAR && !x->obj->global && !x->obj->captured &&
        x->obj->index >= 0 && !type_is_aggregate(x->obj->type->under))
        return x->obj->index;
    return -1;
}

static bool is_blank(Node *x) {
    return x->kind == N_IDENT && intern_cstr(x->u.ident.name) == intern_cstr("_");
}

static void gen_assign(FuncState *fs, Node *n) {
    NodeList *lhs = &n->u.assign.lhs, *rhs = &n->u.assign.rhs;
    TokKind tok = n->u.assign.tok;
    int mark = fs->freereg;
    if (tok != T_ASSIGN && tok != T_DEFINE) {
        static const TokKind ops[][2] = {
            { T_ADD_ASSIGN, T_ADD }, { T_SUB_ASSIGN, T_SUB }, { T_MUL_ASSIGN, T_MUL }, { T_QUO_ASSIGN, T_QUO },
            { T_REM_ASSIGN, T_REM }, { T_AND_ASSIGN, T_AND }, { T_OR_ASSIGN, T_OR }, { T_XOR_ASSIGN, T_XOR },
            { T_SHL_ASSIGN, T_SHL }, { T_SHR_ASSIGN, T_SHR }, { T_AND_NOT_ASSIGN, T_AND_NOT },
        };
        TokKind op = T_ADD;
        for (size_t i = 0; i < sizeof ops / sizeof ops[0]; i++) if (ops[i][0] == tok) op = ops[i][1];
        Node *x = lhs->items[0];
        Node bin = { .kind = N_BINARY, .pos = n->pos, .type = x->type };
        bin.u.binary.op = op;
        bin.u.binary.x = x;
        bin.u.binary.y = rhs->items[0];
        int lr = local_reg(x);
        if (lr >= 0) {
            gen_expr(fs, &bin, lr);
        } else {
            int r = gen_expr(fs, &bin, -1);
            gen_store(fs, x, r);
        }
        fs->freereg = mark;
        return;
    }
    if (tok == T_DEFINE) {
        /* new variables get registers; existing ones are assigned */
        bool all_new = true;
        for (int i = 0; i < lhs->len; i++) {
            Node *x = lhs->items[i];
            if (is_blank(x)) continue;
            if (x->obj && x->obj->index >= 0 && x->obj->decl != x) all_new = false;
        }
        if (rhs->len == lhs->len && all_new) {
            /* evaluate each value straight into the new variable's register */
            int base = fs->freereg;
            reserve_regs(fs, lhs->len);
            for (int i = 0; i < rhs->len; i++) {
                set_line(fs, rhs->items[i]);
                gen_expr_as(fs, rhs->items[i], lhs->items[i]->type, base + i);
            }
            for (int i = 0; i < lhs->len; i++) {
                Node *x = lhs->items[i];
                if (!is_blank(x) && x->obj) bind_var(fs, x->obj, base + i);
            }
            return;
        }
    }
    if (rhs->len == 1 && lhs->len > 1) {
        /* a, b = f() */
        Place *pls = gen_places(fs, lhs, tok);
        int base = gen_expr(fs, rhs->items[0], -1);
        Type *tup = rhs->items[0]->type;
        int after = fs->freereg;
        for (int i = 0; i < lhs->len; i++) {
            Node *x = lhs->items[i];
            if (is_blank(x)) continue;
            gen_coerce(fs, base + i, tup->results[i], x->type);
            store_place(fs, &pls[i], base + i);
        }
        if (tok == T_DEFINE) {
            /* the new variables keep the result registers */
            for (int i = 0; i < lhs->len; i++) {
                Node *x = lhs->items[i];
                if (!is_blank(x) && x->obj && x->obj->decl == x) bind_var(fs, x->obj, base + i);
            }
            fs->freereg = after;
            return;
        }
        fs->freereg = mark;
        return;
    }
    if (lhs->len == 1 && tok == T_ASSIGN) {
        Node *x = lhs->items[0];
        int lr = local_reg(x);
        set_line(fs, rhs->items[0]);
        if (is_blank(x)) {
            gen_expr(fs, rhs->items[0], -1);
        } else if (lr >= 0 && x->type->under->kind != TY_INTERFACE) {
            gen_expr(fs, rhs->items[0], lr);
        } else {
            /* the left-hand operands first, then the value (the spec's order;
             * a plain local operand stays in its register: the value cannot
             * change it, variables closures can change live in cells) */
            Place pl = gen_place(fs, x);
            int r = alloc_reg(fs);
            gen_expr_as(fs, rhs->items[0], x->type, r);
            store_place(fs, &pl, r);
        }
        fs->freereg = mark;
        return;
    }
    /* parallel assignment: the left-hand operands, all values, then the stores */
    Place *pls = gen_places(fs, lhs, tok);
    int base = fs->freereg;
    reserve_regs(fs, rhs->len);
    for (int i = 0; i < rhs->len; i++) {
        Node *x = lhs->items[i];
        gen_expr_as(fs, rhs->items[i], is_blank(x) ? rhs->items[i]->type : x->type, base + i);
    }
    for (int i = 0; i < lhs->len; i++) store_place(fs, &pls[i], base + i);
    if (tok == T_DEFINE) {
        for (int i = 0; i < lhs->len; i++) {
            Node *x = lhs->items[i];
            if (!is_blank(x) && x->obj && x->obj->decl == x) bind_var(fs, x->obj, base + i);
        }
        return;
    }
    fs->freereg = mark;
}

static void gen_var_spec(FuncState *fs, Node *spec) {
    NodeList *names = &spec->u.value.names, *values = &spec->u.value.values;
    if (values->len == 0) {
        for (int i = 0; i < names->len; i++) {
            int r = declare_local(fs, names->items[i]->obj);
            gen_zero(fs, names->items[i]->type, r);
            if (names->items[i]->obj) bind_var(fs, names->items[i]->obj, r);
        }
        return;
    }
    if (values->len == 1 && names->len > 1) {
        int base = gen_expr(fs, values->items[0], -1);
        Type *tup = values->items[0]->type;
        for (int i = 0; i < names->len; i++) {
            gen_coerce(fs, base + i, tup->results[i], names->items[i]->type);
            if (names->items[i]->obj) bind_var(fs, names->items[i]->obj, base + i);
        }
        return;
    }
    int base = fs->freereg;
    reserve_regs(fs, names->len);
    for (int i = 0; i < names->len; i++) {
        set_line(fs, values->items[i]);
        gen_expr_as(fs, values->items[i], names->items[i]->type, base + i);
    }
    for (int i = 0; i < names->len; i++)
        if (names->items[i]->obj) bind_var(fs, names->items[i]->obj, base + i);
}

static void push_branch(FuncState *fs, BranchCtx *b, bool is_loop) {
    memset(b, 0, sizeof *b);
    b->is_loop = is_loop;
    b->label = fs->pending_label;
    fs->pending_label = NULL;
    b->outer = fs->branch;
    fs->branch = b;
}

static void pop_branch(FuncState *fs) { fs->branch = fs->branch->outer; }

static void gen_for(FuncState *fs, Node *n) {
    int mark = fs->freereg;
    if (n->u.for_.init) gen_stmt(fs, n->u.for_.init);
    /* i < N with a constant N too big for an immediate: N is loaded once,
     * before the loop, instead of on every test */
    Node *saved_hoisted = fs->hoisted;
    int saved_hoisted_reg = fs->hoisted_reg;
    Node *cond = n->u.for_.cond;
    while (cond && cond->kind == N_PAREN) cond = cond->u.unary.x;
    if (cond && cond->kind == N_BINARY && is_comparison_op(cond->u.binary.op) && cond->u.binary.y->cval &&
        type_is_integer(cond->u.binary.x->type->under) && !type_is_unsigned(cond->u.binary.x->type->under)) {
        Const *ic = const_to_int(cond->u.binary.y->cval);
        if (ic && const_fits_int(ic, 64, false) && !is_small_int(const_int64_val(ic))) {
            fs->hoisted = cond->u.binary.y;
            fs->hoisted_reg = alloc_reg(fs);
            gen_expr(fs, fs->hoisted, fs->hoisted_reg);
        }
    }
    BranchCtx b;
    push_branch(fs, &b, true);
    int jcond = n->u.for_.cond ? emit_bx(fs, OP_JMP, 0, 0) : -1;
    int body = here(fs);
    gen_block(fs, n->u.for_.body);
    patch_list(fs, &b.continues, here(fs));
    /* Go 1.22: each iteration has its own copy of the variables declared by
     * the init statement, made before the post statement runs. Only a
     * captured variable (in a cell) can tell the difference. */
    Node *init = n->u.for_.init;
    if (fs->c->lang >= 122 && init && init->kind == N_ASSIGN && init->u.assign.tok == T_DEFINE) {
        for (int i = 0; i < init->u.assign.lhs.len; i++) {
            Node *x = init->u.assign.lhs.items[i];
            if (x->kind == N_IDENT && x->obj && x->obj->decl == x && x->obj->captured)
                emit(fs, OP_FRESHCELL, x->obj->index, 0, 0);
        }
    }
    if (n->u.for_.post) gen_stmt(fs, n->u.for_.post);
    set_line(fs, n);
    if (n->u.for_.cond) {
        patch(fs, jcond, here(fs));
        JumpList back = {0};
        gen_branch(fs, n->u.for_.cond, true, &back);
        patch_list(fs, &back, body);
    } else {
        emit_bx(fs, OP_LOOP, 0, body - (here(fs) + 1));
    }
    patch_list(fs, &b.breaks, here(fs));
    pop_branch(fs);
    fs->hoisted = saved_hoisted;
    fs->hoisted_reg = saved_hoisted_reg;
    fs->freereg = mark;
}

/* Assigns an iteration value in register r to a variable the range
 * declares (:=): a plain register, or a cell (fresh per iteration in Go
 * 1.22, shared in 1.21). `for ... = range` stores through range_store. */
static void range_assign(FuncState *fs, Node *var, int reg, int r, bool fresh) {
    if (!var->obj->captured) { if (reg != r) emit(fs, OP_MOVE, reg, r, 0); }
    else emit(fs, fresh ? OP_NEWCELL : OP_SETCELL, reg, r, 0);
}

/* The places of `for k, v = range x` (either may be NULL), evaluated at
 * the start of each iteration before the iteration values are read and
 * stored, as the tuple assignment k, v = key, value does (k, a[k] = range
 * indexes with the old k). The registers stay reserved until the stores. */
static Place *range_places(FuncState *fs, Node *key, Node *val) {
    Node *items[2] = { key, val };
    Node *blank = NULL;
    for (int i = 0; i < 2; i++) {
        if (items[i]) continue;
        if (!blank) { blank = node_new(N_IDENT, (Pos){0, 0, 0}); blank->u.ident.name = "_"; }
        items[i] = blank;
    }
    NodeList l = { .items = items, .len = 2, .cap = 2 };
    return gen_places(fs, &l, T_ASSIGN);
}

/* Stores an iteration value of type `from` in register r into a place of
 * `for ... = range` whose operand has type `to`; r is not changed (it may
 * be the loop's hidden index), a value boxed for an interface is boxed in
 * a new register. */
static void range_store(FuncState *fs, const Place *pl, int r, const Type *from, const Type *to) {
    if (pl->kind == PL_NONE) return;
    if (to->under->kind == TY_INTERFACE && from->under->kind != TY_INTERFACE) {
        int t = alloc_reg(fs);
        emit(fs, OP_MOVE, t, r, 0);
        gen_coerce(fs, t, from, to);
        r = t;
    }
    store_place(fs, pl, r);
}

/* Declares a range variable; in Go 1.21 mode a captured one gets its one
 * shared cell now. */
static int range_declare(FuncState *fs, Node *var, bool fresh) {
    int r = declare_local(fs, var->obj);
    if (var->obj->captured && !fresh) { emit(fs, OP_LOADZ, r, 0, 0); emit(fs, OP_NEWCELL, r, r, 0); }
    return r;
}

/* The rest of a range loop whose test at top jumps out at jend: the body,
 * the back-edge (a preemption point) and the break/continue targets. */
static void range_body_and_back(FuncState *fs, Node *n, BranchCtx *b, int top, int jend) {
    gen_block(fs, n->u.range.body);
    patch_list(fs, &b->continues, here(fs));
    set_line(fs, n);
    emit_bx(fs, OP_LOOP, 0, top - (here(fs) + 1));
    patch(fs, jend, here(fs));
    patch_list(fs, &b->breaks, here(fs));
    pop_branch(fs);
}

static void gen_range_map(FuncState *fs, Node *n) {
    int mark = fs->freereg;
    Node *key = n->u.range.key, *val = n->u.range.value;
    if (key && is_blank(key)) key = NULL;
    if (val && is_blank(val)) val = NULL;
    bool define = n->u.range.tok == T_DEFINE;
    bool fresh = fs->c->lang >= 122;
    int rit = alloc_reg(fs);
    gen_expr(fs, n->u.range.x, rit);
    emit(fs, OP_MAPITER, rit, rit, 0);
    int rk = -1, rv = -1;
    if (define && key && key->obj) rk = range_declare(fs, key, fresh);
    if (define && val && val->obj) rv = range_declare(fs, val, fresh);
    int rkv = fs->freereg;
    reserve_regs(fs, 2);
    BranchCtx b;
    push_branch(fs, &b, true);
    int top = here(fs);
    int jend = emit(fs, OP_MAPNEXT, rkv, rit, 0);
    const Type *mu = n->u.range.x->type->under;
    int tmp = fs->freereg;
    Place *pls = !define && (key || val) ? range_places(fs, key, val) : NULL;
    if (key) {
        if (type_is_aggregate(mu->key->under)) emit(fs, OP_COPYAGG, rkv, rkv, slots_const(fs, mu->key));
        if (define) range_assign(fs, key, rk, rkv, fresh);
    }
    if (val) {
        /* the variable gets its own copy of an aggregate element */
        if (type_is_aggregate(mu->elem->under)) emit(fs, OP_COPYAGG, rkv + 1, rkv + 1, slots_const(fs, mu->elem));
        if (define) range_assign(fs, val, rv, rkv + 1, fresh);
    }
    if (pls) {
        if (key) range_store(fs, &pls[0], rkv, mu->key, key->type);
        if (val) range_store(fs, &pls[1], rkv + 1, mu->elem, val->type);
    }
    fs->freereg = tmp;
    range_body_and_back(fs, n, &b, top, jend);
    fs->freereg = mark;
}

/* for v := range c: receive until c is closed and drained */
static void gen_range_chan(FuncState *fs, Node *n) {
    int mark = fs->freereg;
    Node *key = n->u.range.key;
    if (key && is_blank(key)) key = NULL;
    bool define = n->u.range.tok == T_DEFINE;
    bool fresh = fs->c->lang >= 122;
    int rc = alloc_reg(fs);
    gen_expr(fs, n->u.range.x, rc);
    int rk = -1;
    if (define && key && key->obj) rk = range_declare(fs, key, fresh);
    int rv = fs->freereg;
    reserve_regs(fs, 2);
    BranchCtx b;
    push_branch(fs, &b, true);
    int top = here(fs);
    set_line(fs, n);
    emit(fs, OP_RECV, rv, rc, 1);
    int jend = emit_bx(fs, OP_JF, rv + 1, 0);
    if (key && define) range_assign(fs, key, rk, rv, fresh);
    else if (key) {
        int tmp = fs->freereg;
        Place *pls = range_places(fs, key, NULL);
        range_store(fs, &pls[0], rv, n->u.range.x->type->under->elem, key->type);
        fs->freereg = tmp;
    }
    range_body_and_back(fs, n, &b, top, jend);
    fs->freereg = mark;
}

static void gen_range(FuncState *fs, Node *n) {
    int mark = fs->freereg;
    Node *x = n->u.range.x;
    const Type *u = x->type->under;
    if (u->kind == TY_MAP) { gen_range_map(fs, n); return; }
    if (u->kind == TY_CHAN) { gen_range_chan(fs, n); return; }
    Node *key = n->u.range.key, *val = n->u.range.value;
    if (key && is_blank(key)) key = NULL;
    if (val && is_blank(val)) val = NULL;
    bool define = n->u.range.tok == T_DEFINE;
    /* a pointer to an array ranges over the array it points to, read
     * through the pointer at each iteration (not a copy) */
    bool ptr = u->kind == TY_POINTER;
    if (ptr) u = u->elem->under;
    /* hidden state: the range expression, its length, the index */
    int rx = alloc_reg(fs);
    if (!(n->flags & NF_NOEVAL)) gen_expr(fs, x, rx);
    int rlen = alloc_reg(fs);
    int ri = alloc_reg(fs);
    int rnext = -1;
    if (type_is_integer(u)) {
        emit(fs, OP_MOVE, rlen, rx, 0);
    } else if (type_is_string(u)) {
        emit(fs, OP_LENS, rlen, rx, 0);
        rnext = alloc_reg(fs);   /* rune, next offset: two registers */
        alloc_reg(fs);
    } else if (u->kind == TY_SLICE) {
        emit(fs, OP_LENSL, rlen, rx, 0);
    } else if (u->kind == TY_ARRAY) {
        /* range over an array ranges over a copy of it */
        if (val && !ptr) emit(fs, OP_COPYAGG, rx, rx, slots_const(fs, x->type));
        emit_bx(fs, OP_LOADK, rlen, add_const(fs, (Value){ .u = ((uint64_t)u->len << 20) | (uint64_t)type_slots(u->elem) }));
    } else {
        gen_error(fs, n->pos, "range over this type is not supported yet by minigo");
        return;
    }
    emit(fs, OP_LOADZ, ri, 0, 0);
    /* iteration variables */
    int rk = -1, rv = -1;
    /* Go 1.21: one variable (one cell) for all iterations; Go 1.22: a new
     * one each iteration. */
    bool fresh = fs->c->lang >= 122;
    if (define && key && key->obj) rk = range_declare(fs, key, fresh);
    if (define && val && val->obj) rv = range_declare(fs, val, fresh);
    BranchCtx b;
    push_branch(fs, &b, true);
    int jcond = emit_bx(fs, OP_JMP, 0, 0);
    int body = here(fs);
    int tmp = fs->freereg;
    if (type_is_string(u)) {
        emit(fs, OP_RANGES, rnext, rx, ri);
    }
    Place *pls = !define && (key || val) ? range_places(fs, key, val) : NULL;
    if (key && define) range_assign(fs, key, rk, ri, fresh);
    int r = -1;
    if (val) {
        bool cell = define && val->obj->captured;
        r = define && !cell ? rv : alloc_reg(fs);
        if (type_is_string(u)) emit(fs, OP_MOVE, r, rnext, 0);
        else if (type_packed_array(u)) {
            /* rlen holds len << 20: GETAB reads it from ri + 1 */
            int t2 = fs->freereg;
            reserve_regs(fs, 2);
            emit(fs, OP_MOVE, t2, ri, 0);
            emit(fs, OP_MOVE, t2 + 1, rlen, 0);
            emit(fs, OP_GETAB, r, rx, t2);
            if (u->elem->under->kind == TY_INT8) emit(fs, OP_SEXT, r, r, 8);
        }
        else if (type_elem_size(u->elem) == 1 && u->kind != TY_ARRAY)
            emit(fs, type_is_unsigned(u->elem->under) || type_is_bool(u->elem->under) ? OP_GETSL1 : OP_GETSL1S, r, rx, ri);
        else if (u->kind == TY_ARRAY) {
            /* rlen holds len << 20 | slots: ADDRARR reads it from ri + 1 */
            int t2 = fs->freereg;
            reserve_regs(fs, 2);
            emit(fs, OP_MOVE, t2, ri, 0);
            emit(fs, OP_MOVE, t2 + 1, rlen, 0);
            emit(fs, OP_ADDRARR, r, rx, t2);
            if (!type_is_aggregate(u->elem->under)) emit(fs, OP_GETF, r, r, 0);
            else emit(fs, OP_COPYAGG, r, r, slots_const(fs, u->elem));
        }
        else if (type_is_aggregate(u->elem->under)) {
            emit(fs, OP_ADDRSL, r, rx, ri);
            emit(fs, OP_COPYAGG, r, r, slots_const(fs, u->elem));
        }
        else emit(fs, OP_GETSL, r, rx, ri);
        if (define) range_assign(fs, val, rv, r, fresh);
    }
    if (pls) {
        if (key) range_store(fs, &pls[0], ri, type_is_integer(u) ? x->type : ty_int, key->type);
        if (val) range_store(fs, &pls[1], r, type_is_string(u) ? ty_int32 : u->elem, val->type);
    }
    fs->freereg = tmp;
    gen_block(fs, n->u.range.body);
    patch_list(fs, &b.continues, here(fs));
    set_line(fs, n);
    if (type_is_string(u)) {
        emit(fs, OP_MOVE, ri, rnext + 1, 0);
    } else {
        emit(fs, OP_ADDI, ri, ri, 1);
    }
    patch(fs, jcond, here(fs));
    if (u->kind == TY_ARRAY) {
        int c = alloc_reg(fs);
        emit_bx(fs, OP_LOADI, c, (int32_t)u->len);
        emit(fs, OP_LT, c, ri, c);
        emit_bx(fs, OP_JT, c, body - (here(fs) + 1));
        fs->freereg--;
    } else if (fs->long_jumps || type_is_unsigned(u)) {
        int c = alloc_reg(fs);
        emit(fs, type_is_unsigned(u) ? OP_LTU : OP_LT, c, ri, rlen);
        emit_bx(fs, OP_JT, c, body - (here(fs) + 1));
        fs->freereg--;
    } else {
        int j = emit(fs, OP_JLT, ri, rlen, 0);
        patch(fs, j, body);
    }
    patch_list(fs, &b.breaks, here(fs));
    pop_branch(fs);
    fs->freereg = mark;
}

/* The end of a switch, type switch or select: without a default clause the
 * jump past the cases (jdefault >= 0) lands here, as do the clauses' ends
 * and breaks. */
static void end_switch(FuncState *fs, BranchCtx *b, int jdefault, JumpList *end) {
    if (jdefault >= 0) patch(fs, jdefault, here(fs));
    patch_list(fs, end, here(fs));
    patch_list(fs, &b->breaks, here(fs));
    pop_branch(fs);
}

static void gen_switch(FuncState *fs, Node *n) {
    int mark = fs->freereg;
    if (n->u.switch_.init) gen_stmt(fs, n->u.switch_.init);
    Node *tag = n->u.switch_.tag;
    int rtag = -1;
    if (tag) {
        rtag = alloc_reg(fs);
        gen_expr(fs, tag, rtag);
    }
    NodeList *clauses = &n->u.switch_.body->u.block.stmts;
    JumpList *to_body = GC_MALLOC(sizeof(JumpList) * (size_t)(clauses->len + 1));
    int default_clause = -1;
    for (int i = 0; i < clauses->len; i++) {
        Node *cl = clauses->items[i];
        if (cl->u.clause.is_default) default_clause = i;
        for (int j = 0; j < cl->u.clause.list.len; j++) {
            Node *e = cl->u.clause.list.items[j];
            set_line(fs, e);
            if (tag) {
                int m2 = fs->freereg;
                /* compared as the interface type when either side has one */
                const Type *t = e->type->under->kind == TY_INTERFACE && tag->type->under->kind != TY_INTERFACE
                                ? e->type : tag->type;
                TypeKind tk = t->under->kind;
                int c;
                if (type_is_aggregate(t->under) || tk == TY_INTERFACE) {
                    /* by value; a concrete tag or case value is boxed for an interface */
                    c = alloc_reg(fs);
                    emit(fs, OP_MOVE, c, rtag, 0);
                    gen_coerce(fs, c, tag->type, t);
                    int re = alloc_reg(fs);
                    gen_expr_as(fs, e, (Type *)t, re);
                    emit(fs, OP_EQAGG, c, re, compiler_add_type(fs->c, t));
                } else {
                    int re = gen_expr(fs, e, -1);
                    c = alloc_reg(fs);
                    bool swap;
                    if (tk == TY_POINTER || tk == TY_CHAN || tk == TY_MAP || tk == TY_FUNC || tk == TY_SLICE)
                        emit(fs, OP_EQ, c, rtag, re);
                    else if (!type_is_numeric(t->under) && !type_is_string(t->under) && !type_is_bool(t->under))
                        gen_error(fs, e->pos, "switch on this type is not supported yet by minigo");
                    else
                        emit(fs, compare_op(T_EQL, t, &swap), c, rtag, re);
                }
                jl_add(&to_body[i], emit_bx(fs, OP_JT, c, 0));
                fs->freereg = m2;
            } else if (e->type->under->kind == TY_INTERFACE) {
                /* switch { case i: } with i an interface: i == true */
                int m2 = fs->freereg;
                int c = alloc_reg(fs);
                gen_expr(fs, e, c);
                int rt = alloc_reg(fs);
                emit_bx(fs, OP_LOADI, rt, 1);
                gen_coerce(fs, rt, ty_bool, e->type);
                emit(fs, OP_EQAGG, c, rt, compiler_add_type(fs->c, e->type));
                jl_add(&to_body[i], emit_bx(fs, OP_JT, c, 0));
                fs->freereg = m2;
            } else {
                gen_branch(fs, e, true, &to_body[i]);
            }
        }
    }
    JumpList end = {0};
    int jdefault = emit_bx(fs, OP_JMP, 0, 0);
    BranchCtx b;
    push_branch(fs, &b, false);
    for (int i = 0; i < clauses->len; i++) {
        Node *cl = clauses->items[i];
        patch_list(fs, &to_body[i], here(fs));
        if (i == default_clause) patch(fs, jdefault, here(fs));
        int m2 = fs->freereg;
        NodeList *body = &cl->u.clause.body;
        bool falls = false;
        for (int j = 0; j < body->len; j++) {
            Node *s = body->items[j];
            if (s->kind == N_BRANCH && s->u.branch.tok == T_FALLTHROUGH) { falls = true; continue; }
            gen_stmt(fs, s);
        }
        fs->freereg = m2;
        if (!falls) jl_add(&end, emit_bx(fs, OP_JMP, 0, 0));
    }
    end_switch(fs, &b, default_clause < 0 ? jdefault : -1, &end);
    fs->freereg = mark;
}

static void gen_type_switch(FuncState *fs, Node *n) {
    int mark = fs->freereg;
    if (n->u.switch_.init) gen_stmt(fs, n->u.switch_.init);
    Node *a = n->u.switch_.assign;
    Node *ta = a->kind == N_ASSIGN ? a->u.assign.rhs.items[0] : a->u.unary.x;
    Node *x = ta->u.assert.x;
    int rx = alloc_reg(fs);
    gen_expr(fs, x, rx);
    NodeList *clauses = &n->u.switch_.body->u.block.stmts;
    JumpList *to_body = GC_MALLOC(sizeof(JumpList) * (size_t)(clauses->len + 1));
    int default_clause = -1;
    int c = alloc_reg(fs);
    for (int i = 0; i < clauses->len; i++) {
        Node *cl = clauses->items[i];
        if (cl->u.clause.is_default) default_clause = i;
        for (int j = 0; j < cl->u.clause.list.len; j++) {
            Node *e = cl->u.clause.list.items[j];
            set_line(fs, e);
            int ti = e->type == ty_untyped_nil ? 0xFFFF : compiler_add_type(fs->c, e->type);
            emit(fs, OP_TYPEIS, c, rx, ti);
            jl_add(&to_body[i], emit_bx(fs, OP_JT, c, 0));
        }
    }
    JumpList end = {0};
    int jdefault = emit_bx(fs, OP_JMP, 0, 0);
    BranchCtx b;
    push_branch(fs, &b, false);
    for (int i = 0; i < clauses->len; i++) {
        Node *cl = clauses->items[i];
        patch_list(fs, &to_body[i], here(fs));
        if (i == default_clause) patch(fs, jdefault, here(fs));
        int m2 = fs->freereg;
        Object *v = cl->obj;
        if (v) {
            int r = alloc_reg(fs);
            const Type *vt = v->type;
            if (vt->under->kind == TY_INTERFACE || vt == x->type) emit(fs, OP_MOVE, r, rx, 0);
            else emit(fs, OP_ASSERT, r, rx, compiler_add_type_pair(fs->c, vt, x->type));
            bind_var(fs, v, r);
        }
        for (int j = 0; j < cl->u.clause.body.len; j++) gen_stmt(fs, cl->u.clause.body.items[j]);
        fs->freereg = m2;
        jl_add(&end, emit_bx(fs, OP_JMP, 0, 0));
    }
    end_switch(fs, &b, default_clause < 0 ? jdefault : -1, &end);
    fs->freereg = mark;
}

/* c <- v */
/* An expression typed at the REPL: each of its values goes to
 * minigo/repl.Show with the spelling of its static type ("3 // int"). */
static void gen_repl_show(FuncState *fs, Node *x) {
    Object *show = fs->c->repl ? fs->c->repl->show : NULL;
    if (!show || show->index < 0) {
        gen_expr(fs, x, -1);
        return;
    }
    int nvals = (x->flags & NF_VOID) ? 0 : x->type->kind == TY_TUPLE ? x->type->nresults : 1;
    int base = gen_expr(fs, x, -1);
    int after = fs->freereg;
    for (int i = 0; i < nvals; i++) {
        const Type *t = x->type->kind == TY_TUPLE ? x->type->results[i] : x->type;
        fs->freereg = after;
        int a = alloc_reg(fs);
        reserve_regs(fs, 2);
        emit(fs, OP_MOVE, a, base + i, 0);
        gen_coerce(fs, a, t, ty_any);
        Value tv = { .s = str_cstr(type_string_rt(t)) };
        emit_bx(fs, OP_LOADK, a + 1, add_const(fs, tv));
        emit_bx(fs, OP_LOADI, a + 2, t->under->kind == TY_STRING);
        set_line(fs, x);
        emit_bx(fs, OP_CALL, a, show->index);
    }
}

static void gen_send(FuncState *fs, Node *n) {
    int mark = fs->freereg;
    const Type *ct = n->u.send.ch->type->under;
    int rc = gen_expr(fs, n->u.send.ch, -1);
    int rv = alloc_reg(fs);
    gen_expr_as(fs, n->u.send.value, ct->elem, rv);
    set_line(fs, n);
    emit(fs, OP_SEND, rc, rv, 0);
    fs->freereg = mark;
}

/* Jumps (added to jl) when register r holds the small integer v. */
static void gen_jump_if_eq(FuncState *fs, int r, int v, JumpList *jl) {
    if (!fs->long_jumps && is_small_int(v)) {
        jl_add(jl, emit(fs, OP_JEQI, r, (int)(uint16_t)(int16_t)v, 0));
        return;
    }
    int c = alloc_reg(fs);
    emit_bx(fs, OP_LOADI, c, v);
    emit(fs, OP_EQ, c, r, c);
    jl_add(jl, emit_bx(fs, OP_JT, c, 0));
    fs->freereg--;
}

/* The receive of a select case: the <-c expression of `<-c`, `v := <-c`,
 * `v, ok = <-c`... */
static Node *comm_recv(Node *comm) {
    Node *x = comm->kind == N_ASSIGN ? comm->u.assign.rhs.items[0] : comm->u.unary.x;
    while (x->kind == N_PAREN) x = x->u.unary.x;
    return x;
}

/* select: the channel operands and values to send are evaluated in source
 * order into a block of registers, three per case with the sends first:
 *
 *     R[A]           the chosen case (-1: default)
 *     R[A+1+3j]      case j's channel
 *     R[A+2+3j]      the value to send, or the value received
 *     R[A+3+3j]      ok of a receive
 *
 * then SELECT picks a case and a chain of compares jumps to its clause,
 * which stores what it received and runs its statements. A select with
 * one case and no default is a plain send or receive (as Go compiles it:
 * its wait reason is "chan send"/"chan receive", not "select"). */
static void gen_select(FuncState *fs, Node *n) {
    int mark = fs->freereg;
    NodeList *clauses = &n->u.select.body->u.block.stmts;
    int ncl = clauses->len, ncases = 0, nsends = 0, default_clause = -1;
    for (int i = 0; i < ncl; i++) {
        Node *comm = clauses->items[i]->u.comm.comm;
        if (!comm) { default_clause = i; continue; }
        ncases++;
        if (comm->kind == N_SEND) nsends++;
    }
    int *slot = GC_MALLOC_ATOMIC(sizeof(int) * (size_t)(ncl + 1));
    int ra = fs->freereg;
    reserve_regs(fs, 1 + 3 * ncases);
    int next_send = 0, next_recv = nsends;
    for (int i = 0; i < ncl; i++) {
        Node *comm = clauses->items[i]->u.comm.comm;
        slot[i] = -1;
        if (!comm) continue;
        set_line(fs, comm);
        if (comm->kind == N_SEND) {
            int j = slot[i] = next_send++;
            gen_expr(fs, comm->u.send.ch, ra + 1 + 3 * j);
            gen_expr_as(fs, comm->u.send.value, comm->u.send.ch->type->under->elem, ra + 2 + 3 * j);
        } else {
            int j = slot[i] = next_recv++;
            gen_expr(fs, comm_recv(comm)->u.unary.x, ra + 1 + 3 * j);
        }
    }
    if (ncases == 1 && default_clause < 0) {
        int i = 0;
        while (!clauses->items[i]->u.comm.comm) i++;
        Node *comm = clauses->items[i]->u.comm.comm;
        set_line(fs, comm);
        if (comm->kind == N_SEND) emit(fs, OP_SEND, ra + 1, ra + 2, 0);
        else emit(fs, OP_RECV, ra + 2, ra + 1, 1);
        emit_bx(fs, OP_LOADI, ra, 0);
    } else {
        set_line(fs, n);
        if (ncases > 0xFFFF || nsends > 0x7FFF) gen_error(fs, n->pos, "too many cases in select for minigo");
        emit(fs, OP_SELECT, ra, ncases, nsends << 1 | (default_clause >= 0));
    }
    JumpList *to_clause = GC_MALLOC(sizeof(JumpList) * (size_t)(ncl + 1));
    for (int i = 0; i < ncl; i++)
        if (slot[i] >= 0) gen_jump_if_eq(fs, ra, slot[i], &to_clause[i]);
    int jdefault = emit_bx(fs, OP_JMP, 0, 0);
    JumpList end = {0};
    BranchCtx b;
    push_branch(fs, &b, false);
    for (int i = 0; i < ncl; i++) {
        Node *cl = clauses->items[i];
        Node *comm = cl->u.comm.comm;
        if (i == default_clause) patch(fs, jdefault, here(fs));
        else patch_list(fs, &to_clause[i], here(fs));
        int m2 = fs->freereg;
        if (comm && comm->kind == N_ASSIGN) {
            /* case v, ok := <-c / case v, ok = <-c: the results are at rv, rv+1 */
            int rv = ra + 2 + 3 * slot[i];
            NodeList *lhs = &comm->u.assign.lhs;
            Type *et = comm_recv(comm)->u.unary.x->type->under->elem;
            set_line(fs, comm);
            /* a tuple assignment after the receive: the places' operands first
             * (case i, ok[i] = <-c indexes with the old i) */
            Place *pls = gen_places(fs, lhs, comm->u.assign.tok);
            for (int k = 0; k < lhs->len && k < 2; k++) {
                Node *x = lhs->items[k];
                if (is_blank(x)) continue;
                if (comm->u.assign.tok == T_DEFINE && x->obj && x->obj->decl == x) {
                    bind_var(fs, x->obj, rv + k);
                } else {
                    gen_coerce(fs, rv + k, k == 0 ? et : ty_bool, x->type);
                    store_place(fs, &pls[k], rv + k);
                }
            }
        }
        NodeList *body = &cl->u.comm.body;
        for (int j = 0; j < body->len; j++) gen_stmt(fs, body->items[j]);
        fs->freereg = m2;
        jl_add(&end, emit_bx(fs, OP_JMP, 0, 0));
    }
    end_switch(fs, &b, default_clause < 0 ? jdefault : -1, &end);
    fs->freereg = mark;
}

static void gen_return(FuncState *fs, Node *n) {
    NodeList *res = &n->u.ret.results;
    int nres = fs->sig->nresults;
    if (fs->has_defer) {
        /* store the results where deferred calls can see (and change) them */
        if (res->len) {
            int mark = fs->freereg;
            int base;
            if (res->len == 1 && nres > 1) {
                base = gen_expr(fs, res->items[0], -1);
                for (int i = 0; i < nres; i++) gen_coerce(fs, base + i, res->items[0]->type->results[i], fs->sig->results[i]);
            } else {
                base = fs->freereg;
                reserve_regs(fs, nres);
                for (int i = 0; i < nres; i++) gen_expr_as(fs, res->items[i], fs->sig->results[i], base + i);
            }
            for (int i = 0; i < nres; i++) {
                if (fs->res_cells) emit(fs, OP_SETCELL, fs->result_base + i, base + i, 0);
                else emit(fs, OP_MOVE, fs->result_base + i, base + i, 0);
            }
            fs->freereg = mark;
        }
        emit(fs, OP_RETD, fs->result_base, nres, fs->res_cells);
        return;
    }
    if (res->len == 0) {
        bool cells = false;
        for (int i = 0; fs->res_objs && i < nres; i++) if (fs->res_objs[i] && fs->res_objs[i]->captured) cells = true;
        if (!cells) {
            emit(fs, OP_RET, fs->result_base, nres, 0);
            return;
        }
        int base = fs->freereg;
        reserve_regs(fs, nres);
        for (int i = 0; i < nres; i++) {
            Object *o = fs->res_objs[i];
            if (o && o->captured) emit(fs, OP_GETCELL, base + i, o->index, 0);
            else emit(fs, OP_MOVE, base + i, fs->result_base + i, 0);
        }
        emit(fs, OP_RET, base, nres, 0);
        fs->freereg = base;
        return;
    }
    int mark = fs->freereg;
    if (res->len == 1 && nres > 1) {
        int base = gen_expr(fs, res->items[0], -1);
        for (int i = 0; i < nres; i++) gen_coerce(fs, base + i, res->items[0]->type->results[i], fs->sig->results[i]);
        emit(fs, OP_RET, base, nres, 0);
        fs->freereg = mark;
        return;
    }
    if (nres == 1) {
        int r = gen_expr(fs, res->items[0], -1);
        if (fs->sig->results[0]->under->kind == TY_INTERFACE && res->items[0]->type->under->kind != TY_INTERFACE) {
            int t = alloc_reg(fs);
            emit(fs, OP_MOVE, t, r, 0);
            gen_coerce(fs, t, res->items[0]->type, fs->sig->results[0]);
            r = t;
        }
        emit(fs, OP_RET, r, 1, 0);
        fs->freereg = mark;
        return;
    }
    int base = fs->freereg;
    reserve_regs(fs, nres);
    for (int i = 0; i < nres; i++) gen_expr_as(fs, res->items[i], fs->sig->results[i], base + i);
    emit(fs, OP_RET, base, nres, 0);
    fs->freereg = mark;
}

static void gen_block(FuncState *fs, Node *b) {
    int mark = fs->freereg;
    for (int i = 0; i < b->u.block.stmts.len; i++) gen_stmt(fs, b->u.block.stmts.items[i]);
    fs->freereg = mark;
}

static void gen_stmt(FuncState *fs, Node *n) {
    stack_guard(n->pos);
    set_line(fs, n);
    int mark = fs->freereg;
    switch (n->kind) {
    case N_EMPTYSTMT: break;
    case N_BLOCK: gen_block(fs, n); break;
    case N_EXPRSTMT:
        if (n->flags & NF_REPLSHOW) gen_repl_show(fs, n->u.unary.x);
        else gen_expr(fs, n->u.unary.x, -1);
        fs->freereg = mark;
        break;
    case N_INCDEC: {
        Node *x = n->u.incdec.x;
        Node one = { .kind = N_BASICLIT, .pos = n->pos, .type = x->type, .cval = const_int64(1) };
        Node bin = { .kind = N_BINARY, .pos = n->pos, .type = x->type };
        bin.u.binary.op = n->u.incdec.tok == T_INC ? T_ADD : T_SUB;
        bin.u.binary.x = x;
        bin.u.binary.y = &one;
        int lr = local_reg(x);
        if (lr >= 0) gen_expr(fs, &bin, lr);
        else gen_store(fs, x, gen_expr(fs, &bin, -1));
        fs->freereg = mark;
        break;
    }
    case N_ASSIGN: gen_assign(fs, n); break;
    case N_DECLSTMT: {
        Node *d = n->u.declstmt.decl;
        if (d->u.gendecl.tok == T_VAR)
            for (int i = 0; i < d->u.gendecl.specs.len; i++) gen_var_spec(fs, d->u.gendecl.specs.items[i]);
        break;
    }
    case N_IF: {
        if (n->u.if_.init) gen_stmt(fs, n->u.if_.init);
        JumpList els = {0};
        gen_branch(fs, n->u.if_.cond, false, &els);
        gen_block(fs, n->u.if_.body);
        if (n->u.if_.els) {
            int jend = emit_bx(fs, OP_JMP, 0, 0);
            patch_list(fs, &els, here(fs));
            gen_stmt(fs, n->u.if_.els);
            patch(fs, jend, here(fs));
        } else {
            patch_list(fs, &els, here(fs));
        }
        fs->freereg = mark;
        break;
    }
    case N_FOR: gen_for(fs, n); break;
    case N_RANGE: gen_range(fs, n); break;
    case N_SWITCH: gen_switch(fs, n); break;
    case N_TYPESWITCH: gen_type_switch(fs, n); break;
    case N_SEND: gen_send(fs, n); break;
    case N_SELECT: gen_select(fs, n); break;
    case N_RETURN: gen_return(fs, n); break;
    case N_DEFER: gen_defer_go(fs, n, false); break;
    case N_GO: gen_defer_go(fs, n, true); break;
    case N_LABELED: {
        Node *st = n->u.labeled.stmt;
        NodeKind k = st->kind;
        if (k == N_FOR || k == N_RANGE || k == N_SWITCH || k == N_TYPESWITCH || k == N_SELECT)
            fs->pending_label = n->u.labeled.label->u.ident.name;
        gen_stmt(fs, st);
        fs->pending_label = NULL;
        break;
    }
    case N_BRANCH: {
        BranchCtx *b = fs->branch;
        if (n->u.branch.label) {
            const char *name = n->u.branch.label->u.ident.name;
            while (b && !(b->label && strcmp(b->label, name) == 0)) b = b->outer;
            if (b) jl_add(n->u.branch.tok == T_CONTINUE ? &b->continues : &b->breaks, emit_bx(fs, OP_JMP, 0, 0));
            break;
        }
        if (n->u.branch.tok == T_CONTINUE) {
            while (b && !b->is_loop) b = b->outer;
            if (b) jl_add(&b->continues, emit_bx(fs, OP_JMP, 0, 0));
        } else if (n->u.branch.tok == T_BREAK) {
            if (b) jl_add(&b->breaks, emit_bx(fs, OP_JMP, 0, 0));
        }
        break;
    }
    default:
        gen_error(fs, n->pos, "statement not supported yet by minigo");
        break;
    }
}

/* ---- functions ---- */

static Proto *gen_function_once(Compiler *c, Node *ftype, Node *body, Type *sig, Node *lit, FuncState *parent,
                                const char *name, int line, bool long_jumps, bool *overflow, bool *failed) {
    FuncState fs = { .c = c, .long_jumps = long_jumps, .lit = lit, .parent = parent, .name = name };
    fs.sig = sig;
    fs.line = line;
    /* parameters */
    NodeList *params = &ftype->u.functype.params;
    for (int i = 0; i < params->len; i++) {
        Node *f = params->items[i];
        if (!f->u.field.names.len) { alloc_reg(&fs); continue; }
        for (int j = 0; j < f->u.field.names.len; j++) {
            Node *nm = f->u.field.names.items[j];
            int r = alloc_reg(&fs);
            if (nm->obj) nm->obj->index = r;
        }
    }
    /* captured parameters move into cells */
    for (int i = 0; i < params->len; i++) {
        Node *f = params->items[i];
        for (int j = 0; j < f->u.field.names.len; j++) {
            Object *o = f->u.field.names.items[j]->obj;
            if (o && o->captured) emit(&fs, OP_NEWCELL, o->index, o->index, 0);
        }
    }
    /* named results */
    fs.result_base = fs.freereg;
    fs.has_defer = (body->flags & NF_HASDEFER) != 0;
    NodeList *results = &ftype->u.functype.results;
    bool named = false;
    if (fs.has_defer) {
        /* deferred closures may change named results: keep them in cells */
        for (int i = 0; i < results->len; i++) {
            Node *f = results->items[i];
            for (int j = 0; j < f->u.field.names.len; j++)
                if (f->u.field.names.items[j]->obj) f->u.field.names.items[j]->obj->captured = true;
        }
    }
    fs.res_objs = GC_MALLOC(sizeof(Object *) * (size_t)(sig->nresults + 1));
    int nr = 0;
    for (int i = 0; i < results->len; i++) {
        Node *f = results->items[i];
        for (int j = 0; j < f->u.field.names.len; j++) {
            Node *nm = f->u.field.names.items[j];
            int r = alloc_reg(&fs);
            gen_zero(&fs, nm->type ? nm->type : ty_int, r);
            if (nm->obj) bind_var(&fs, nm->obj, r);
            fs.res_objs[nr++] = nm->obj;
            named = true;
        }
    }
    if (!named) fs.res_objs = NULL;
    fs.res_cells = fs.has_defer && named;
    if (fs.has_defer && !named) {
        /* hidden result registers */
        for (int i = 0; i < sig->nresults; i++) gen_zero(&fs, sig->results[i], alloc_reg(&fs));
    }
    if (!named && !fs.has_defer) fs.result_base = 0;
    gen_block(&fs, body);
    fs.line = body->u.block.rbrace.line ? body->u.block.rbrace.line : fs.line;
    int defer_ret = -1;
    if (fs.has_defer) {
        defer_ret = here(&fs);
        emit(&fs, OP_RETD, fs.result_base, sig->nresults, fs.res_cells);
    } else if (sig->nresults == 0) {
        emit(&fs, OP_RET, 0, 0, 0);
    } else {
        emit(&fs, OP_UNREACH, 0, 0, 0);
    }
    *overflow = fs.overflow;
    *failed = fs.failed;
    Proto *p = GC_MALLOC(sizeof *p);
    p->name = name;
    p->file = cur_file;
    p->code = fs.code;
    p->lines = fs.lines;
    p->ncode = fs.ncode;
    p->k = fs.k;
    p->nk = fs.nk;
    p->nparams = sig->nparams;
    p->nresults = sig->nresults;
    p->nregs = fs.maxreg + 1;
    p->line = line;
    p->defer_ret = defer_ret;
    if (lit && lit->u.funclit.ncaptures) {
        p->nupvals = lit->u.funclit.ncaptures;
        p->upvals = GC_MALLOC_ATOMIC(sizeof(uint16_t) * (size_t)p->nupvals);
        for (int i = 0; i < p->nupvals; i++) {
            Object *o = lit->u.funclit.captures[i];
            int up = upval_index(parent, o);
            p->upvals[i] = up >= 0 ? (uint16_t)(UPVAL_OUTER | up) : (uint16_t)o->index;
        }
    }
    return p;
}

static Proto *gen_function(Compiler *c, Node *ftype, Node *body, Type *sig, Node *lit, FuncState *parent,
                           const char *name, int line, bool *failed) {
    bool overflow = false;
    Proto *p = gen_function_once(c, ftype, body, sig, lit, parent, name, line, false, &overflow, failed);
    if (overflow && !*failed) p = gen_function_once(c, ftype, body, sig, lit, parent, name, line, true, &overflow, failed);
    return p;
}

/* A function literal: its own Proto, and a CLOSURE instruction here. */
static int gen_funclit(FuncState *fs, Node *n, int dst) {
    /* Go's names: main.f.func1, main.f.func2, and main.f.func1.1 for a
     * literal inside a literal */
    const char *outer = fs->name ? fs->name : "main.init";
    size_t len = strlen(outer) + 24;
    char *name = GC_MALLOC_ATOMIC(len);
    snprintf(name, len, fs->lit ? "%s.%d" : "%s.func%d", outer, ++fs->nlits);
    bool failed = false;
    Proto *p = gen_function(fs->c, n->u.funclit.type, n->u.funclit.body, n->type, n, fs, name, n->pos.line, &failed);
    if (failed) fs->failed = true;
    int idx = add_proto(p);
    dst = target(fs, dst);
    emit_bx(fs, p->nupvals ? OP_CLOSURE : OP_FUNCVAL, dst, idx);
    return dst;
}

/* The package initializer: package variables in dependency order, then
 * each init function, then main.main. */
/* ---- the order of package initialization ---- */

typedef struct InitOrder {
    bool *done;              /* per c->inits entry */
    int *init_of;            /* global slot -> its c->inits entry, or -1 */
    int *seen;               /* function index -> the test that last visited it */
    int test;                /* the current test's number */
    Node *self;              /* the spec being tested */
} InitOrder;

/* Whether o refers, directly or through functions, to a package variable
 * not yet initialized (other than those of the spec being tested). */
static bool needs_uninit(InitOrder *io, Object *o) {
    for (int i = 0; i < o->ndeps; i++) {
        Object *d = o->deps[i];
        if (d->kind == OBJ_VAR) {
            if (d->decl == io->self || d->index < 0) continue;
            int k = io->init_of[d->index];
            if (k >= 0 && !io->done[k]) return true;
            continue;
        }
        if (d->index < 0 || io->seen[d->index] == io->test) continue;
        io->seen[d->index] = io->test;
        if (needs_uninit(io, d)) return true;
    }
    return false;
}

static Package *package_of_spec(Compiler *c, Node *spec) {
    for (int k = 0; k < c->npkgs; k++) {
        NodeList *decls = &c->pkgs[k]->file->u.file.decls;
        for (int j = 0; j < decls->len; j++) {
            Node *d = decls->items[j];
            if (d->kind != N_GENDECL) continue;
            for (int m = 0; m < d->u.gendecl.specs.len; m++)
                if (d->u.gendecl.specs.items[m] == spec) return c->pkgs[k];
        }
    }
    return NULL;
}

static bool pos_before(Pos a, Pos b) { return a.line != b.line ? a.line < b.line : a.col < b.col; }

/* Reorders c->inits as Go initializes package variables: package by
 * package (in the order they were first reached, dependencies first),
 * and within one, repeatedly the earliest variable in declaration order
 * that does not depend on an uninitialized one. */
static void order_inits(Compiler *c, struct InitItem *inits, int n) {
    if (n < 2) return;
    Package **pkg = GC_MALLOC(sizeof *pkg * (size_t)n);
    for (int i = 0; i < n; i++) pkg[i] = package_of_spec(c, inits[i].spec);
    InitOrder io = { .done = GC_MALLOC_ATOMIC(sizeof(bool) * (size_t)n),
                     .init_of = GC_MALLOC_ATOMIC(sizeof(int) * (size_t)(c->nglobals + 1)),
                     .seen = GC_MALLOC_ATOMIC(sizeof(int) * (size_t)(protos.len + 1)) };
    memset(io.done, 0, sizeof(bool) * (size_t)n);
    for (int i = 0; i < c->nglobals; i++) io.init_of[i] = -1;
    for (int i = 0; i < protos.len; i++) io.seen[i] = -1;
    for (int i = 0; i < n; i++) {
        NodeList *names = &inits[i].spec->u.value.names;
        for (int j = 0; j < names->len; j++) {
            Object *o = names->items[j]->obj;
            if (o && o->index >= 0 && o->index < c->nglobals) io.init_of[o->index] = i;
        }
    }
    struct InitItem *out = GC_MALLOC(sizeof *out * (size_t)n);
    int nout = 0;
    for (int first = 0; first < n; first++) {
        if (io.done[first]) continue;
        Package *p = pkg[first];
        for (;;) {
            int pick = -1, earliest = -1;
            for (int i = 0; i < n; i++) {
                if (io.done[i] || pkg[i] != p) continue;
                Node *spec = inits[i].spec;
                if (earliest < 0 || pos_before(spec->pos, inits[earliest].spec->pos)) earliest = i;
                io.self = spec;
                io.test++;
                if (needs_uninit(&io, spec->u.value.names.items[0]->obj)) continue;
                if (pick < 0 || pos_before(spec->pos, inits[pick].spec->pos)) pick = i;
            }
            if (earliest < 0) break;
            if (pick < 0) pick = earliest;   /* a cycle through functions: declaration order */
            io.done[pick] = true;
            out[nout++] = inits[pick];
        }
    }
    memcpy(inits, out, sizeof *out * (size_t)n);
}

/* Package variables of aggregate type start as zeroed blocks. */
static void gen_global_blocks(FuncState *fs, Node *spec) {
    for (int j = 0; j < spec->u.value.names.len; j++) {
        Node *nm = spec->u.value.names.items[j];
        if (is_blank(nm) || !type_is_aggregate(nm->type->under)) continue;
        int r = alloc_reg(fs);
        emit_bx(fs, OP_NEWAGG, r, type_slots(nm->type));
        emit_bx(fs, OP_SETG, r, nm->obj->index);
        fs->freereg--;
    }
}

/* The initializer of one package variable spec. */
static void gen_global_init(FuncState *fs, Node *spec) {
    NodeList *names = &spec->u.value.names, *values = &spec->u.value.values;
    set_line(fs, spec);
    if (values->len == 0) return;   /* globals start zeroed */
    int mark = fs->freereg;
    if (values->len == 1 && names->len > 1) {
        int base = gen_expr(fs, values->items[0], -1);
        for (int j = 0; j < names->len; j++) {
            Node *nm = names->items[j];
            if (is_blank(nm)) continue;
            gen_coerce(fs, base + j, values->items[0]->type->results[j], nm->type);
            emit_bx(fs, OP_SETG, base + j, nm->obj->index);
        }
    } else {
        for (int j = 0; j < names->len; j++) {
            Node *nm = names->items[j];
            int r = alloc_reg(fs);
            gen_expr_as(fs, values->items[j], nm->type, r);
            if (!is_blank(nm)) emit_bx(fs, OP_SETG, r, nm->obj->index);
        }
    }
    fs->freereg = mark;
}

static Proto *finish_entry(FuncState *fs, const char *name, bool *failed) {
    emit(fs, OP_RET, 0, 0, 0);
    *failed = fs->failed;
    Proto *p = proto_of(fs, name);
    p->line = 1;
    p->frame_bytes = vm_frame_bytes(p);
    return p;
}

static Proto *gen_init(Compiler *c, int *init_funcs, int ninit, int main_index, bool *failed) {
    order_inits(c, c->inits, c->ninits);
    FuncState fs = { .c = c };
    fs.sig = type_new(TY_FUNC);
    fs.line = 1;
    for (int i = 0; i < c->ninits; i++) gen_global_blocks(&fs, c->inits[i].spec);
    for (int i = 0; i < c->ninits; i++) gen_global_init(&fs, c->inits[i].spec);
    int r = alloc_reg(&fs);
    for (int i = 0; i < ninit; i++) emit_bx(&fs, OP_CALL, r, init_funcs[i]);
    if (main_index >= 0) emit_bx(&fs, OP_CALL, r, main_index);
    return finish_entry(&fs, "runtime.main", failed);
}

/* Generates c->funcs[i] into protos.items[its Object's index]; returns
 * whether it failed. */
static bool gen_declared(Compiler *c, int i) {
    Node *fd = c->funcs.items[i];
    Object *o = fd->u.func.name->obj;
    Package *pkg = c->func_pkg[i];
    const char *pname = pkg ? pkg->name : "main";
    cur_file = pkg == c->main_pkg && c->repl ? c->repl->input_file : NULL;
    if (pkg && pkg != c->main_pkg) {
        /* laid out as Go's GOROOT: /minigo/src/sync/sync.go */
        size_t fl = strlen(pkg->path) + strlen(pkg->name) + 20;
        char *file = GC_MALLOC_ATOMIC(fl);
        snprintf(file, fl, "/minigo/src/%s/%s.go", pkg->path, pkg->name);
        cur_file = file;
    }
    /* the statements typed at the REPL run as main.main */
    const char *fname = fd->u.func.recv ? fd->u.func.name->u.ident.name : o->name[0] ? o->name : "main";
    size_t len = strlen(pname) + strlen(fname) + 2;
    char *name = GC_MALLOC_ATOMIC(len);
    snprintf(name, len, "%s.%s", pname, fname);
    bool f = false;
    Proto *gp = gen_function(c, fd->u.func.type, fd->u.func.body, o->type, NULL, NULL, name, fd->pos.line, &f);
    protos.items[o->index] = gp;   /* gen_function may move protos.items */
    cur_file = NULL;
    return f;
}

Program *gen_program(Compiler *c, const char *filename) {
    Program *prog = GC_MALLOC(sizeof *prog);
    prog->filename = filename;
    int nf = c->funcs.len;
    protos.items = NULL;
    protos.len = protos.cap = 0;
    int *inits = GC_MALLOC_ATOMIC(sizeof(int) * (size_t)(nf + 1));
    int ninit = 0, main_index = -1;
    int *libinits = GC_MALLOC_ATOMIC(sizeof(int) * (size_t)(nf + 1));
    int nlib = 0;
    /* function indexes first, so calls can refer to functions not yet generated */
    for (int i = 0; i < nf; i++) {
        Node *fd = c->funcs.items[i];
        fd->u.func.name->obj->index = i;
        add_proto(NULL);
    }
    add_proto(NULL);   /* the initializer, at index nf */
    bool failed = false;
    for (int i = 0; i < nf; i++) {
        Node *fd = c->funcs.items[i];
        Object *o = fd->u.func.name->obj;
        Package *pkg = c->func_pkg[i];
        failed |= gen_declared(c, i);
        if (pkg != c->main_pkg && pkg && o->name == intern_cstr("init") && !fd->u.func.recv) {
            /* a library's init runs before main's */
            char *iname = GC_MALLOC_ATOMIC(64);
            snprintf(iname, 64, "%s.init.%d", pkg->name, nlib);
            protos.items[i]->name = iname;
            libinits[nlib++] = i;
        }
        if (pkg == c->main_pkg) {
            if (o->name == intern_cstr("init")) {
                /* init functions are numbered init.0, init.1, ... in traces */
                char *iname = GC_MALLOC_ATOMIC(32);
                snprintf(iname, 32, "main.init.%d", ninit);
                protos.items[i]->name = iname;
                inits[ninit++] = i;
            } else if (o->name == intern_cstr("main")) {
                main_index = i;
            }
        }
    }
    if (nlib) {
        int *all = GC_MALLOC_ATOMIC(sizeof(int) * (size_t)(nlib + ninit + 1));
        memcpy(all, libinits, sizeof(int) * (size_t)nlib);
        memcpy(all + nlib, inits, sizeof(int) * (size_t)ninit);
        inits = all;
        ninit += nlib;
    }
    cur_file = NULL;
    bool f = false;
    Proto *ip = gen_init(c, inits, ninit, main_index, &f);
    protos.items[nf] = ip;
    failed |= f;
    for (int i = 0; i < protos.len; i++) protos.items[i]->frame_bytes = vm_frame_bytes(protos.items[i]);
    prog->funcs = protos.items;
    prog->nfuncs = protos.len;
    prog->init_index = nf;
    prog->main_index = main_index;
    prog->nglobals = c->nglobals;
    prog->globals = GC_MALLOC(sizeof(Value) * (size_t)(c->nglobals + 1));
    prog->natives = c->natives;
    prog->nnatives = c->nnatives;
    prog->types = (const struct Type **)c->types;
    prog->ntypes = c->ntypes;
    prog->names = c->names;
    prog->nnames = c->nnames;
    if (failed) return NULL;
    return prog;
}

/* ---- the REPL ---- */

/* Publishes what the program's tables hold now: goroutines of earlier
 * inputs may be reading them (entries are only ever added, and an array
 * is replaced by a longer copy, never changed in place below its count). */
static void publish(Compiler *c, Program *prog) {
    for (int i = 0; i < protos.len; i++)
        if (!protos.items[i]->frame_bytes) protos.items[i]->frame_bytes = vm_frame_bytes(protos.items[i]);
    __atomic_store_n(&prog->funcs, protos.items, __ATOMIC_RELEASE);
    prog->nfuncs = protos.len;
    __atomic_store_n(&prog->natives, c->natives, __ATOMIC_RELEASE);
    prog->nnatives = c->nnatives;
    __atomic_store_n(&prog->types, (const struct Type **)c->types, __ATOMIC_RELEASE);
    prog->ntypes = c->ntypes;
    __atomic_store_n(&prog->names, c->names, __ATOMIC_RELEASE);
    prog->nnames = c->nnames;
}

int gen_repl_input(Compiler *c, Node *file) {
    ReplState *r = c->repl;
    Program *prog = r->prog;
    if (c->nglobals > prog->nglobals) {
        diag_add(c->diags, (Pos){1, 1, 0}, "too many variables in one session (%d): :reset", prog->nglobals);
        return -1;
    }
    int from = r->funcs_done, nf = c->funcs.len;
    int saved_len = protos.len;
    for (int i = from; i < nf; i++) c->funcs.items[i]->u.func.name->obj->index = add_proto(NULL);
    int entry = add_proto(NULL);
    bool failed = false;
    int *libinits = GC_MALLOC_ATOMIC(sizeof(int) * (size_t)(nf - from + 1));
    int nlib = 0;
    for (int i = from; i < nf; i++) {
        failed |= gen_declared(c, i);
        Node *fd = c->funcs.items[i];
        Object *o = fd->u.func.name->obj;
        if (c->func_pkg[i] != c->main_pkg && o->name == intern_cstr("init") && !fd->u.func.recv)
            libinits[nlib++] = o->index;
    }
    /* the entry: the libraries loaded by this input (their variables in
     * dependency order, then their init functions), then what was typed,
     * in the order typed: its variables and its statements */
    FuncState fs = { .c = c };
    fs.sig = type_new(TY_FUNC);
    fs.line = 1;
    struct InitItem *lib = GC_MALLOC(sizeof *lib * (size_t)(c->ninits - r->inits_done + 1));
    int nl = 0;
    for (int i = r->inits_done; i < c->ninits; i++)
        if (package_of_spec(c, c->inits[i].spec) != c->main_pkg) lib[nl++] = c->inits[i];
    order_inits(c, lib, nl);
    for (int i = 0; i < nl; i++) gen_global_blocks(&fs, lib[i].spec);
    for (int i = 0; i < nl; i++) gen_global_init(&fs, lib[i].spec);
    int rc = alloc_reg(&fs);
    for (int i = 0; i < nlib; i++) emit_bx(&fs, OP_CALL, rc, libinits[i]);
    NodeList *decls = &file->u.file.decls;
    for (int i = 0; i < decls->len; i++) {
        Node *d = decls->items[i];
        if (d->kind == N_GENDECL && d->u.gendecl.tok == T_VAR) {
            for (int j = 0; j < d->u.gendecl.specs.len; j++) gen_global_blocks(&fs, d->u.gendecl.specs.items[j]);
            for (int j = 0; j < d->u.gendecl.specs.len; j++) gen_global_init(&fs, d->u.gendecl.specs.items[j]);
        } else if (d->kind == N_FUNCDECL && !d->u.func.name->u.ident.name[0]) {
            set_line(&fs, d);
            emit_bx(&fs, OP_CALL, rc, d->u.func.name->obj->index);
        }
    }
    /* init functions (of a file :load brings in) after the variables, as in Go */
    for (int i = 0; i < decls->len; i++) {
        Node *d = decls->items[i];
        if (d->kind == N_FUNCDECL && !d->u.func.recv && d->u.func.name->obj &&
            d->u.func.name->obj->name == intern_cstr("init") && d->u.func.body)
            emit_bx(&fs, OP_CALL, rc, d->u.func.name->obj->index);
    }
    bool f = false;
    protos.items[entry] = finish_entry(&fs, "runtime.main", &f);   /* not shown in traces, as in Go */
    failed |= f;
    if (failed) {
        protos.len = saved_len;
        return -1;
    }
    r->funcs_done = nf;
    r->inits_done = c->ninits;
    publish(c, prog);
    return entry;
}

/* The REPL's program: its tables grow with each input; its globals are
 * allocated once (goroutines write them while inputs compile). */
Program *gen_repl_program(Compiler *c, int nglobals) {
    Program *prog = GC_MALLOC(sizeof *prog);
    prog->filename = prog->abspath = "repl";
    prog->globals = GC_MALLOC(sizeof(Value) * (size_t)nglobals);
    prog->nglobals = nglobals;
    prog->main_index = prog->init_index = -1;
    /* tables big enough not to move in a session (they still can: publish) */
    protos.cap = 1 << 16;
    protos.items = GC_MALLOC(sizeof(Proto *) * (size_t)protos.cap);
    protos.len = 0;
    c->types_cap = 1 << 14;
    c->types = GC_MALLOC(sizeof *c->types * (size_t)c->types_cap);
    c->natives_cap = 1 << 12;
    c->natives = GC_MALLOC(sizeof *c->natives * (size_t)c->natives_cap);
    c->names_cap = 1 << 12;
    c->names = GC_MALLOC(sizeof *c->names * (size_t)c->names_cap);
    c->repl->prog = prog;
    publish(c, prog);
    return prog;
}
