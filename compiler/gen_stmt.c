/* gen_stmt.c — the code generator's statements.
 *
 * Owns gen_block and gen_stmt: local variables (in registers, or in cells
 * when a closure captures them), assignments and their places, var specs,
 * for and range loops (Go 1.22's per-iteration variables where lang says
 * so), switch, type switch, select, send, return (through RETD when the
 * function defers), break/continue/goto with their labels, and the
 * printing of values typed at the REPL.
 *
 * BranchCtx records the jumps of break and continue of each enclosing
 * loop, switch or select until its end is known; FuncState.labels the
 * labels of the function, with the jumps of the gotos that reached them
 * before they were generated. goto needs nothing more: the checker lets
 * it leave blocks or jump back, never enter a block or jump forward over
 * a declaration, so at its label the registers of every variable in
 * scope are those of the goto's own scope, and a declaration it jumps
 * back over makes its variable afresh when it runs again (a new cell if
 * captured), as Go does.
 */
#include "gen_int.h"
#include "vec.h"


/* ---- statements ---- */

/* The zero value of t into register r. */
void gen_zero(FuncState *fs, const Type *t, int r) {
    if (type_is_aggregate(t->under)) emit_bx(fs, OP_NEWAGG, r, type_slots(t));
    else emit(fs, OP_LOADZ, r, 0, 0);
}

/* A new variable's value is in register r: it lives there, or, if a
 * closure captures it, in a new cell whose pointer is kept in r. */
void bind_var(FuncState *fs, Object *o, int r) {
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

/* p.f += a*b and p.f -= a*b, generated as GETF t p f; MULADDF or MULSUBF
 * t a b; SETF p f t into a temporary t (at or above mark, dead now):
 * FLDMULADDF and FLDMULSUBF in place of the three. A GETF of b (a*q.g)
 * may stand between the first two; it moves ahead, since loads have no
 * effect but a nil panic, and both panic alike. The instructions are the
 * statement's whole code, so nothing jumps into them. */
static void fuse_field_update(FuncState *fs, int mark) {
    if (fs->ncode < 3) return;
    Instr *set = &fs->code[fs->ncode - 1], *mul = set - 1, *get = set - 2, *between = NULL;
    if (fs->ncode >= 4 && get->op == OP_GETF && get->a == mul->c && get->a != mul->a) {
        between = get;
        get--;
    }
    if (get->op != OP_GETF || (mul->op != OP_MULADDF && mul->op != OP_MULSUBF) || set->op != OP_SETF) return;
    int t = get->a;
    if (t < mark || mul->a != t || set->c != t || set->a != get->b || set->b != get->c) return;
    if (mul->b == t || mul->c == t || mul->b > 255 || mul->c > 255) return;
    if (between && (between->a < mark || between->b == t)) return;
    Opcode o = mul->op == OP_MULADDF ? OP_FLDMULADDF : OP_FLDMULSUBF;
    Instr fused = { (uint16_t)o, get->b, get->c, (uint16_t)(mul->b | mul->c << 8) };
    if (between) *get++ = *between;
    *get = fused;
    fs->ncode = (int)(get - fs->code) + 1;
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
            if (bin.type && type_is_float(bin.type->under)) fuse_field_update(fs, mark);
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

/* The function's label `name` (added, not yet placed, when new). */
static GotoLabel *goto_label(FuncState *fs, const char *name) {
    for (int i = 0; i < fs->nlabels; i++)
        if (strcmp(fs->labels[i].name, name) == 0) return &fs->labels[i];
    VEC_PUSH(fs->labels, fs->nlabels, fs->caplabels, ((GotoLabel){ .name = name, .pc = -1 }));
    return &fs->labels[fs->nlabels - 1];
}

/* goto L: a back-edge (a preemption point, as a loop's) when L is
 * behind, else a jump patched when L is placed. */
static void gen_goto(FuncState *fs, Node *n) {
    GotoLabel *l = goto_label(fs, n->u.branch.label->u.ident.name);
    if (l->pc >= 0) emit_bx(fs, OP_LOOP, 0, l->pc - (here(fs) + 1));
    else jl_add(&l->jumps, emit_bx(fs, OP_JMP, 0, 0));
}

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
    if (u->kind == TY_FUNC) { gen_range_func(fs, n); return; }
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

void gen_block(FuncState *fs, Node *b) {
    int mark = fs->freereg;
    for (int i = 0; i < b->u.block.stmts.len; i++) gen_stmt(fs, b->u.block.stmts.items[i]);
    fs->freereg = mark;
}

void gen_stmt(FuncState *fs, Node *n) {
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
    case N_RETURN:
        if (fs->rf) gen_rangefunc_return(fs, n);
        else gen_return(fs, n);
        break;
    case N_DEFER:
        gen_defer_go(fs, n, false);
        if (fs->rf) gen_rangefunc_defer(fs);
        break;
    case N_GO: gen_defer_go(fs, n, true); break;
    case N_LABELED: {
        Node *st = n->u.labeled.stmt;
        GotoLabel *l = goto_label(fs, n->u.labeled.label->u.ident.name);
        l->pc = here(fs);
        patch_list(fs, &l->jumps, l->pc);
        NodeKind k = st->kind;
        if (k == N_FOR || k == N_RANGE || k == N_SWITCH || k == N_TYPESWITCH || k == N_SELECT)
            fs->pending_label = n->u.labeled.label->u.ident.name;
        gen_stmt(fs, st);
        fs->pending_label = NULL;
        break;
    }
    case N_BRANCH: {
        if (fs->rf && gen_rangefunc_branch(fs, n)) break;
        BranchCtx *b = fs->branch;
        if (n->u.branch.tok == T_GOTO) {
            gen_goto(fs, n);
            break;
        }
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

