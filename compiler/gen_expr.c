/* gen_expr.c — the code generator's expressions and conditions.
 *
 * Owns gen_expr (a value into a register: dst, or -1 for "anywhere", and
 * the register holding it returned) and gen_branch (a condition as jumps,
 * && and || without materializing a bool): identifiers and captured
 * variables, operators, conversions, calls (of functions, methods,
 * interfaces and natives; go and defer), the builtins, index and slice
 * expressions, composite literals, selectors and the method-value
 * wrappers ("thunks") they need, and addresses (&x).
 *
 * An aggregate (array or struct) is a block; a value is copied at every
 * store unless it is fresh (gen_expr_as).
 */
#include "gen_int.h"

static int gen_args(FuncState *fs, Node *n, Type *sig);
static int native_thunk(FuncState *fs, const NativeDesc *nd, Type *sig);

/* ---- expressions ---- */

/* The index of captured variable o among the running closure's cells. */
int upval_index(FuncState *fs, Object *o) {
    Node *lit = fs->lit;
    for (int i = 0; lit && i < lit->u.funclit.ncaptures; i++)
        if (lit->u.funclit.captures[i] == o) return i;
    return -1;
}

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
    if (o->kind == OBJ_FUNC && o->lazy == LAZY_WAITING) {
        func_index(fs->c, o, n->pos);   /* reports it */
        return target(fs, dst);
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
Opcode compare_op(TokKind op, const Type *t, bool *swap) {
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

bool is_comparison_op(TokKind op) {
    return op == T_EQL || op == T_NEQ || op == T_LSS || op == T_LEQ || op == T_GTR || op == T_GEQ;
}

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

/* x + a*b and x - a*b into x, where a*b was just computed into a
 * temporary (at or above freereg, so dead now): MULADDF and MULSUBF in
 * place of the MULF and the ADDF or SUBF. Nothing jumps between the two:
 * Go has no conditional expression, so no float-valued join. */
static bool fuse_mul(FuncState *fs, Opcode o, int dst, int rb, int rc) {
    if ((o != OP_ADDF && o != OP_SUBF) || dst != rb || rb == rc || rc < fs->freereg || fs->ncode == 0)
        return false;
    Instr *last = &fs->code[fs->ncode - 1];
    if ((last->op != OP_MULF && last->op != OP_MULFLD) || last->a != rc) return false;
    if (last->op == OP_MULFLD && last->b == last->a) return false;   /* no register for p.f */
    if (last->op == OP_MULFLD) {
        /* a*p.f: the field goes back to a GETF into the product's
         * temporary, which then holds p.f (a field update fuses further) */
        Instr mul = *last;
        *last = (Instr){ OP_GETF, mul.a, mul.c & 255, mul.c >> 8 };
        emit(fs, OP_MULF, mul.a, mul.b, mul.a);
        last = &fs->code[fs->ncode - 1];
    }
    last->op = o == OP_ADDF ? OP_MULADDF : OP_MULSUBF;
    last->a = (uint16_t)dst;
    return true;
}

/* A float op whose operand was just loaded from a field into a temporary
 * (at or above mark, the op's first free register, so dead now): ADDFLD..DIVFLD in place of the
 * GETF and the op. For + and * the field may be either operand. */
static bool fuse_field_operand(FuncState *fs, Opcode o, int dst, int rb, int rc, int mark) {
    static const Opcode plain[] = { OP_ADDF, OP_SUBF, OP_MULF, OP_DIVF };
    static const Opcode fused[] = { OP_ADDFLD, OP_SUBFLD, OP_MULFLD, OP_DIVFLD };
    int k = 0;
    while (k < 4 && plain[k] != o) k++;
    if (k == 4 || fs->ncode == 0 || rb == rc) return false;
    Instr *last = &fs->code[fs->ncode - 1];
    if (last->op != OP_GETF || last->b > 255 || last->c > 255) return false;
    int other;
    if (last->a == rc && rc >= mark) other = rb;
    else if (last->a == rb && rb >= mark && (o == OP_ADDF || o == OP_MULF)) other = rc;
    else return false;
    *last = (Instr){ (uint16_t)fused[k], (uint16_t)dst, (uint16_t)other, (uint16_t)(last->b | last->c << 8) };
    return true;
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
    if (fuse_mul(fs, o, dst, rb, rc)) return dst;
    if (!fuse_field_operand(fs, o, dst, rb, rc, mark)) emit(fs, o, dst, rb, rc);
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
        gen_narrow_from(fs, dst, rb, n->type);
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
        /* where the receiver is the value itself, it is evaluated into its register */
        bool direct = sl->ptr_recv ? sl->recv_is_ptr : !sl->recv_is_ptr && !recv_agg;
        if (sl->ptr_recv && !sl->recv_is_ptr) rv = gen_addr(fs, x, -1);
        else rv = gen_expr(fs, x, direct ? rrecv : -1);
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

/* Emits ICALL of method `name` of interface type iface, receiver and arguments from R[base]. */
static void emit_icall(FuncState *fs, int base, const Type *iface, const char *name) {
    emit(fs, OP_ICALL, base, base, compiler_add_icall(fs->c, iface, name));
}

/* x.M(args) on an interface value: dispatch by the dynamic type. */
static int gen_iface_call(FuncState *fs, Node *n, int dst) {
    Node *fun = n->u.call.fun;
    const Selection *sl = fun->u.selector.selection;
    int base = alloc_reg(fs);
    gen_iface_recv(fs, fun, base);
    gen_args(fs, n, fun->type->under);
    set_line(fs, n);
    emit_icall(fs, base, sl->recv_type, sl->name);
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
            emit_bx(fs, OP_CALL, base, func_index(fs->c, sl->method, n->pos));
            return call_results(fs, base, sig->nresults, dst);
        }
    } else if (fun->kind == N_SELECTOR && fun->u.selector.selection && fun->u.selector.selection->kind == SEL_METHOD)
        return gen_method_call(fs, n, dst);
    else if (fun->kind == N_SELECTOR && fun->u.selector.selection && fun->u.selector.selection->kind == SEL_IMETHOD)
        return gen_iface_call(fs, n, dst);
    Object *fo = fun->obj;
    Type *sig = fun->type->under;
    if (fo && fo->kind == OBJ_FUNC && fo->native && fo->home && strcmp(fo->home->path, "math") == 0 &&
        fo->name == intern_cstr("Sqrt")) {
        /* an instruction, as Go's compiler makes it (SQRTSD) */
        int mark = fs->freereg;
        int r = gen_expr(fs, n->u.call.args.items[0], -1);
        fs->freereg = mark;
        dst = target(fs, dst);
        emit(fs, OP_SQRTF, dst, r, 0);
        return dst;
    }
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
        int nres = inner->type->nresults;
        /* a call of a function value has the value below its frame: its
         * results are one register up (moved down in order, which reads
         * each before it is overwritten) */
        for (int i = 0; r != base && i < nres; i++) emit(fs, OP_MOVE, base + i, r + i, 0);
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
void gen_defer_go(FuncState *fs, Node *n, bool go) {
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
        /* r = a0; for each a: if a < r (min) then r = a, or (floats) if a is a NaN,
           or if a and r are zeros: min is -0 when either is, max only when both are */
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
            if (type_is_float(t->under)) {
                /* a NaN argument makes the result NaN (a NaN in acc stays: it compares false) */
                int jend = emit_bx(fs, OP_JMP, 0, 0);
                patch(fs, j, here(fs));
                bool sw;
                emit(fs, compare_op(T_NEQ, t, &sw), cond, tmp, tmp);
                j = emit_bx(fs, OP_JF, cond, 0);
                emit(fs, OP_MOVE, acc, tmp, 0);
                int jend2 = emit_bx(fs, OP_JMP, 0, 0);
                patch(fs, j, here(fs));
                /* a == r and a == -a: both are zeros (of either sign) */
                int neg = alloc_reg(fs);
                emit(fs, OP_EQF, cond, tmp, acc);
                int jz1 = emit_bx(fs, OP_JF, cond, 0);
                emit(fs, OP_NEGF, neg, tmp, 0);
                emit(fs, OP_EQF, cond, tmp, neg);
                j = emit_bx(fs, OP_JF, cond, 0);
                if (b == BI_MIN) {          /* -(-a + -r): -0 unless both are +0 */
                    emit(fs, OP_NEGF, cond, acc, 0);
                    emit(fs, OP_ADDF, neg, neg, cond);
                    emit(fs, OP_NEGF, acc, neg, 0);
                } else {                    /* a + r: +0 unless both are -0 */
                    emit(fs, OP_ADDF, acc, acc, tmp);
                }
                fs->freereg--;
                patch(fs, jz1, here(fs));
                patch(fs, jend, here(fs));
                patch(fs, jend2, here(fs));
            }
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
bool is_array_or_ptr(const Type *t) {
    const Type *u = t->under;
    return u->kind == TY_ARRAY || (u->kind == TY_POINTER && u->elem->under->kind == TY_ARRAY);
}

/* The operands of a[i] on a packed array (1-byte elements, see
 * type_packed_array), a being the array (its block) or a pointer to it:
 * the block in *rb and, for a constant index, the index in *ri (returns
 * true: GETB/SETB take it as an immediate); otherwise the index in
 * register *ri and the length in *ri + 1 (GETAB/SETAB). */
bool packed_operands(FuncState *fs, Node *arr, Node *idx, int *rb, int *ri) {
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

int gen_array_elem_addr(FuncState *fs, Node *arr, Node *idx, int dst) {
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
int gen_expr_key(FuncState *fs, Node *k, const Type *u, int dst) {
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
    } else if (t->under->kind == TY_INTERFACE && e->type->under->kind != TY_INTERFACE) {
        int rv = alloc_reg(fs);
        gen_expr_as(fs, e, t, rv);   /* boxed in a register of its own */
        emit(fs, OP_SETF, rb, off, rv);
    } else {
        emit(fs, OP_SETF, rb, off, gen_expr(fs, e, -1));   /* from wherever the value is */
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
int gen_walk_path(FuncState *fs, int r, Type *t, const Selection *sl, int upto, int *off) {
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
    const Proto *mp = sl->method->index >= 0 ? protos.items[sl->method->index] : NULL;
    return mp ? mp->name : sl->method->name;
}

/* A Proto of what fs generated: no parameters, no results, no defers. */
Proto *proto_of(FuncState *fs, const char *name) {
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
 * returns them, and adds the function. An autogenerated one (Go's
 * <autogenerated> wrappers: value methods through pointers, promoted
 * methods) is left out of traces unless it is the frame that panicked. */
static int finish_wrapper(FuncState *tf, int base, const char *name, bool autogen) {
    const Type *sig = tf->sig;
    emit_bx(tf, OP_RET, base, sig->nresults);
    if (base + sig->nresults + 1 > tf->maxreg) tf->maxreg = base + sig->nresults + 1;
    Proto *p = proto_of(tf, name);
    p->nparams = sig->nparams;
    p->nresults = sig->nresults;
    if (autogen) {
        p->wrapper = true;
        p->file = "<autogenerated>";
        for (int i = 0; i < p->ncode; i++) p->lines[i] = 1;
    }
    return add_proto(p);
}

/* The wrappers made so far, by what they wrap. */
enum { THUNK_FM, THUNK_NATIVE, THUNK_DEREF, THUNK_DEREF_ITAB, THUNK_IEXPR, THUNK_PATH };

static int find_thunk(Compiler *c, int kind, const void *key, const char *name) {
    for (int i = 0; i < c->nthunks; i++)
        if (c->thunks[i].kind == kind && c->thunks[i].key == key && c->thunks[i].name == name) return c->thunks[i].fn;
    return -1;
}

static int remember_thunk(Compiler *c, int kind, const void *key, const char *name, int fn) {
    if (c->nthunks == c->thunks_cap) {
        c->thunks_cap = c->thunks_cap ? 2 * c->thunks_cap : 8;
        void *nt = GC_MALLOC(sizeof c->thunks[0] * (size_t)c->thunks_cap);
        if (c->nthunks) memcpy(nt, c->thunks, sizeof c->thunks[0] * (size_t)c->nthunks);
        c->thunks = nt;
    }
    c->thunks[c->nthunks].kind = kind;
    c->thunks[c->nthunks].key = key;
    c->thunks[c->nthunks].name = name;
    c->thunks[c->nthunks].fn = fn;
    c->nthunks++;
    return fn;
}

/* A wrapper's FuncState: its parameters in R[0..np-1], room for a call at
 * R[np] with the same arguments. */
static FuncState wrapper_state(Compiler *c, const Type *sig, int line, int extra) {
    FuncState tf = { .c = c, .sig = (Type *)sig, .line = line };
    tf.freereg = sig->nparams;
    reserve_regs(&tf, extra);
    return tf;
}

/* The wrapper of a method value x.M (Go's "M-fm"): a closure whose one
 * cell holds the receiver; it calls M (or, for an interface, dispatches
 * M) with the receiver and its own arguments. One per method. */
static int method_thunk(FuncState *fs, Node *sel, const Type *sig) {
    const Selection *sl = sel->u.selector.selection;
    Compiler *c = fs->c;
    bool direct = sl->kind == SEL_METHOD;
    const void *key = direct ? (const void *)sl->method : (const void *)sl->recv_type;
    const char *kname = direct ? NULL : sl->name;
    int fn = find_thunk(c, THUNK_FM, key, kname);
    if (fn >= 0) return fn;
    int np = sig->nparams, base = np;
    FuncState tf = wrapper_state(c, sig, sel->pos.line, 1 + np + 1);
    emit(&tf, OP_GETUP, base, 0, 0);
    for (int i = 0; i < np; i++) emit(&tf, OP_MOVE, base + 1 + i, i, 0);
    if (direct) emit_bx(&tf, OP_CALL, base, func_index(c, sl->method, sel->pos));
    else emit_icall(&tf, base, sl->recv_type, sl->name);
    const char *mname = direct ? method_name(sl) : sl->name;
    size_t len = strlen(mname) + 4;
    char *name = GC_MALLOC_ATOMIC(len);
    snprintf(name, len, "%s-fm", mname);
    return remember_thunk(c, THUNK_FM, key, kname, finish_wrapper(&tf, base, name, false));
}

/* A native f as a function value, or go f(args) (also for the built-in
 * panic/print/println): a Go function with f's signature that calls it,
 * so that it has a Proto (a new goroutine needs a frame to start in). One
 * per native. */
static int native_thunk(FuncState *fs, const NativeDesc *nd, Type *sig) {
    Compiler *c = fs->c;
    int fn = find_thunk(c, THUNK_NATIVE, nd, NULL);
    if (fn >= 0) return fn;
    FuncState tf = wrapper_state(c, sig, fs->line, 1 + (sig->nresults > sig->nparams ? sig->nresults - sig->nparams : 0));
    emit_bx(&tf, OP_CALLN, 0, compiler_native_index(c, nd));
    size_t len = strlen(nd->pkg) + strlen(nd->name) + 2;
    char *name = GC_MALLOC_ATOMIC(len);
    snprintf(name, len, "%s.%s", nd->pkg, nd->name);
    return remember_thunk(c, THUNK_NATIVE, nd, NULL, finish_wrapper(&tf, 0, name, false));
}

/* (*T).M for a value method M: a function taking *T that calls M on a
 * copy of the pointee (sig: func(*T, params) results). One per method.
 * On a nil pointer the method expression panics with Go's panicwrap
 * message; the itab's (itab) with a nil dereference, which is what Go
 * prints in the usual case, where the compiler sees the dynamic type and
 * calls the method directly (devirtualization). */
static int deref_thunk(Compiler *c, const Selection *sl, const Type *sig, int line, bool itab) {
    int kind = itab ? THUNK_DEREF_ITAB : THUNK_DEREF;
    int fn = find_thunk(c, kind, sl->method, NULL);
    if (fn >= 0) return fn;
    const Type *et = sig->params[0]->under->elem;
    int np = sig->nparams, base = np;
    FuncState tf = wrapper_state(c, sig, line, np + 1);
    const Type *plain = c->rterr_types[VM_RTERR_PLAIN];
    if (plain && !itab) {
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
    emit_bx(&tf, OP_CALL, base, func_index(c, sl->method, (Pos){ line, 1, 0 }));
    /* named as Go names the wrapper: main.(*T).M */
    const char *tn = et->name ? et->name : type_string(et);
    const char *dot = strrchr(tn, '.');
    int pkglen = dot ? (int)(dot - tn) : 0;
    size_t len = strlen(tn) + strlen(sl->method->name) + 8;
    char *name = GC_MALLOC_ATOMIC(len);
    snprintf(name, len, "%.*s%s(*%s).%s", pkglen, tn, dot ? "." : "", dot ? dot + 1 : tn, sl->method->name);
    return remember_thunk(c, kind, sl->method, NULL, finish_wrapper(&tf, base, name, true));
}

/* I.M as a function: func(i I, args) results { return i.M(args) }, one
 * per interface type and method. */
static int iface_expr_thunk(Compiler *c, const Type *iface, const char *mname, const Type *sig, int line) {
    int fn = find_thunk(c, THUNK_IEXPR, iface, mname);
    if (fn >= 0) return fn;
    int np = sig->nparams, base = np;
    FuncState tf = wrapper_state(c, sig, line, np + 1);
    for (int i = 0; i < np; i++) emit(&tf, OP_MOVE, base + i, i, 0);
    emit_icall(&tf, base, iface, mname);
    const char *iname = type_string(iface);
    size_t len = strlen(iname) + strlen(mname) + 2;
    char *name = GC_MALLOC_ATOMIC(len);
    snprintf(name, len, "%s.%s", iname, mname);
    return remember_thunk(c, THUNK_IEXPR, iface, mname, finish_wrapper(&tf, base, name, false));
}

/* T.M of a method promoted from an embedded field: a function whose
 * first parameter (a T or *T) is walked to the receiver, as x.M(args)
 * would be called. One per type and method. */
static int path_expr_thunk(Compiler *c, Type *recv, const Selection *sl, const Type *sig, Pos pos) {
    int fn = find_thunk(c, THUNK_PATH, recv, sl->name);
    if (fn >= 0) return fn;
    int np = sig->nparams, base = np;
    FuncState tf = wrapper_state(c, sig, pos.line, np + 1);
    /* the selector recv.M, with the first parameter (register 0) as its operand */
    Object *param = GC_MALLOC(sizeof *param);
    param->kind = OBJ_VAR;
    param->type = recv;
    param->index = 0;
    Node *x = node_new(N_IDENT, pos);
    x->u.ident.name = "recv";
    x->obj = param;
    x->type = recv;
    Node *fun = node_new(N_SELECTOR, pos);
    fun->u.selector.x = x;
    fun->u.selector.selection = (Selection *)sl;
    fun->type = (Type *)sig;
    if (sl->kind == SEL_METHOD) gen_receiver(&tf, fun, base);
    else { gen_iface_recv(&tf, fun, base); emit(&tf, OP_NILCHK, base, 0, 0); }
    for (int i = 1; i < np; i++) emit(&tf, OP_MOVE, base + i, i, 0);
    if (sl->kind == SEL_METHOD) emit_bx(&tf, OP_CALL, base, func_index(c, sl->method, pos));
    else emit_icall(&tf, base, sl->recv_type, sl->name);
    /* named as Go names the wrapper: main.T.M, main.(*T).M */
    const char *tn = type_string(recv);
    size_t len = strlen(tn) + strlen(sl->name) + 2;
    char *name = GC_MALLOC_ATOMIC(len);
    snprintf(name, len, "%s.%s", tn, sl->name);
    return remember_thunk(c, THUNK_PATH, recv, sl->name, finish_wrapper(&tf, base, name, true));
}

int method_expr_func(Compiler *c, Type *recv, const Selection *sl, const Type *sig, Pos pos, bool itab) {
    if (sl->npath > 0) return path_expr_thunk(c, recv, sl, sig, pos);
    if (sl->kind == SEL_IMETHOD) return iface_expr_thunk(c, recv, sl->name, sig, pos.line);
    if (sl->recv_is_ptr && !sl->ptr_recv) return deref_thunk(c, sl, sig, pos.line, itab);
    return func_index(c, sl->method, pos);
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
        emit_bx(fs, OP_FUNCVAL, dst, method_expr_func(fs->c, n->u.selector.x->type, sl, n->type->under, n->pos, false));
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
int gen_addr(FuncState *fs, Node *x, int dst) {
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
int gen_expr(FuncState *fs, Node *n, int dst) {
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
void gen_branch(FuncState *fs, Node *cond, bool sense, JumpList *jl) {
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
        if ((op == T_EQL || op == T_NEQ) && !fs->long_jumps) {
            /* p == nil, for a pointer, map, channel or func (one word, nil is 0): one JEQI/JNEI */
            Node *v = is_nil_node(y) ? x : is_nil_node(x) ? y : NULL;
            TypeKind vk = v ? v->type->under->kind : TY_INVALID;
            if (vk == TY_POINTER || vk == TY_MAP || vk == TY_CHAN || vk == TY_FUNC) {
                Opcode o = (op == T_EQL) == sense ? OP_JEQI : OP_JNEI;
                int ra = gen_expr(fs, v, -1);
                fs->freereg = mark;
                jl_add(jl, emit(fs, o, ra, 0, 0));
                return;
            }
        }
        /* (== and != are the same on unsigned integers: the bits, kept zero-extended) */
        if (is_comparison_op(op) && type_is_integer(t->under) &&
            (!type_is_unsigned(t->under) || op == T_EQL || op == T_NEQ) && !fs->long_jumps) {
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

