/* gen_rangefunc.c — the code generator's range over functions (Go 1.23).
 *
 * Design. Go's compiler rewrites the syntax tree (cmd/compile/internal/
 * rangefunc/rewrite.go); minigo generates the same code directly, from
 * the checked tree, without building a second one:
 *
 *     for k, v := range f { body }
 *
 * runs as
 *
 *     #state := RF_READY                       (a cell of the enclosing function)
 *     f(func(k K, v V) bool {                  (a closure: its own Proto, "main.f-range1")
 *         if old := #state; #state = RF_PANIC; old != RF_READY { panicrangestate(old) }
 *         body                                 (break: #state = RF_DONE; return false
 *                                               continue: #state = RF_READY; return true
 *                                               return x: results = x; #next = -1;
 *                                                         #state = RF_DONE; return false ...)
 *         #state = RF_READY; return true
 *     })
 *     if #state == RF_PANIC { panicrangestate(RF_MISSING_PANIC) }
 *     #state = RF_EXHAUSTED
 *     ... what #next says: return, or a break/continue out of the loop
 *
 * The checker (check_rangefunc.c) checked the body as a function literal
 * of the yield type (RangeFunc.lit), so the variables the body shares
 * with the enclosing function are already captured into cells, as any
 * closure's: nothing points into a goroutine stack, frames stay stack
 * indexes (DESIGN.md, invariants 2 and 3), and an iterator may park, grow
 * its stack or be preempted while a body is live. The body is the Proto
 * generated here with a FuncState whose `rf` says which loop it is the
 * body of; gen_stmt sends its break, continue, return and defer here.
 *
 * #next (one per nest of loops, in the enclosing function) encodes Go's
 * rewrite's way out of a body: 0 nothing, -1 return, 2d break the loop of
 * depth d (the outermost is 1), 2d-1 continue it, and a negative code
 * below -1 for a break/continue of a statement that is not a range-over-
 * func loop; each loop's check after its call finishes the job in its
 * own context (a jump, a return, or returning false/true to its own
 * iterator when it is itself a body).
 *
 * A defer in a body belongs to the enclosing function: before its
 * outermost loop the function makes an anchor record on its frame's
 * defer list (DEFERANCHOR, Go's deferrangefunc) and the body moves each
 * call it defers to just after the anchor (DEFERAT, Go's deferprocat),
 * so that they run, last first, where the anchor stands: when the
 * enclosing function returns or a panic unwinds it, after the calls it
 * deferred later and before those it deferred earlier, as in Go.
 *
 * A panic in a body unwinds through the iterator like any panic; #state
 * stays RF_PANIC, which is how an iterator that recovers it and goes on
 * calling yield (or returns) is caught, with Go's run-time errors (vm.c's
 * RANGEPANIC).
 */
#include "gen_int.h"

/* A range-over-func loop being generated. */
typedef struct RfGen {
    Node *n;
    RangeFunc *info;
    const char *label;          /* the loop's label, or NULL */
    FuncState *outer_fs;        /* the function the loop is in (its body is generated in another) */
    /* the breaks and continues out of the bodies whose target is a
     * statement of outer_fs: done by the check after the call */
    struct RfExit { TokKind tok; const char *label; int code; } *exits;
    int nexits, capexits;
} RfGen;

/* ---- small pieces ---- */

/* The function a return in fs returns from (fs, unless it is a body). */
static FuncState *real_fs(FuncState *fs) {
    while (fs->rf) fs = fs->parent;
    return fs;
}

/* The outermost loop of the nest rg is in, which declares #next and #defers. */
static RangeFunc *nest_top(RangeFunc *info) {
    while (info->outer) info = info->outer;
    return info;
}

/* A use of the hidden (or any) variable o, as the checker would have annotated it. */
static Node *ident_of(Object *o, Pos pos) {
    Node *id = node_new(N_IDENT, pos);
    id->u.ident.name = o->name;
    id->obj = o;
    id->type = o->type;
    return id;
}

/* Whether fs can see variable o of the nest: its own (fs is the enclosing
 * function), or captured (fs is a body that uses it). */
static bool sees(FuncState *fs, Object *o) { return o && (!fs->rf || upval_index(fs, o) >= 0); }

static int load_var(FuncState *fs, Object *o, int dst) { return gen_expr(fs, ident_of(o, (Pos){0}), dst); }

/* Stores register r into o, a variable that lives in a cell. */
static void store_var(FuncState *fs, Object *o, int r) {
    int up = upval_index(fs, o);
    if (up >= 0) emit(fs, OP_SETUP, up, r, 0);
    else emit(fs, OP_SETCELL, o->index, r, 0);
}

static void store_int(FuncState *fs, Object *o, int v) {
    int r = alloc_reg(fs);
    emit_bx(fs, OP_LOADI, r, v);
    store_var(fs, o, r);
    fs->freereg--;
}

/* return true / return false, from a body. */
static void ret_bool(FuncState *fs, bool v) {
    int r = alloc_reg(fs);
    emit_bx(fs, OP_LOADI, r, v);
    emit(fs, OP_RET, r, 1, 0);
    fs->freereg--;
}

/* Emits "if !(R[r] op v) jump": returns the jump, to patch past the code
 * that runs when R[r] op v holds (op: EQ, LT, or LT swapped for >). */
static int jump_unless(FuncState *fs, int r, Opcode op, bool swap, int v) {
    int c = alloc_reg(fs);
    emit_bx(fs, OP_LOADI, c, v);
    if (swap) emit(fs, op, c, c, r);
    else emit(fs, op, c, r, c);
    int j = emit_bx(fs, OP_JF, c, 0);
    fs->freereg--;
    return j;
}

/* Whether the branch statement (tok, label) has its target among the
 * statements of chain b (a function's own loops, switches and selects). */
static bool local_target(BranchCtx *b, TokKind tok, const char *label) {
    for (; b; b = b->outer) {
        if (label) { if (b->label && strcmp(b->label, label) == 0) return true; }
        else if (tok == T_BREAK || b->is_loop) return true;
    }
    return false;
}

/* ---- statements of a body ---- */

/* Leaving a body to go on with its loop (continue) or end it (break). */
static void gen_exit_loop(FuncState *fs, TokKind tok) {
    store_int(fs, fs->rf->info->state, tok == T_CONTINUE ? RF_READY : RF_DONE);
    ret_bool(fs, tok == T_CONTINUE);
}

bool gen_rangefunc_branch(FuncState *fs, Node *n) {
    TokKind tok = n->u.branch.tok;
    const char *label = n->u.branch.label ? n->u.branch.label->u.ident.name : NULL;
    if (tok != T_BREAK && tok != T_CONTINUE) return false;
    if (local_target(fs->branch, tok, label)) return false;
    RfGen *rg = fs->rf;
    if (!label || (rg->label && strcmp(rg->label, label) == 0)) {
        gen_exit_loop(fs, tok);
        return true;
    }
    /* a statement further out: say which in #next, and stop this loop */
    int code = 0;
    for (RfGen *lv = rg; lv && !code; lv = lv->outer_fs->rf) {
        FuncState *cfs = lv->outer_fs;
        if (local_target(cfs->branch, tok, label)) {
            FuncState *real = real_fs(fs);
            code = --real->rf_codes;
            if (lv->nexits == lv->capexits) {
                lv->capexits = lv->capexits ? 2 * lv->capexits : 4;
                struct RfExit *ne = GC_MALLOC(sizeof *ne * (size_t)lv->capexits);
                if (lv->nexits) memcpy(ne, lv->exits, sizeof *ne * (size_t)lv->nexits);
                lv->exits = ne;
            }
            lv->exits[lv->nexits++] = (struct RfExit){ tok, label, code };
        } else if (cfs->rf && cfs->rf->label && strcmp(cfs->rf->label, label) == 0) {
            int d = cfs->rf->info->depth;
            code = tok == T_CONTINUE ? 2 * d - 1 : 2 * d;
        }
    }
    Object *next = nest_top(rg->info)->next;
    if (!code || !sees(fs, next)) {
        gen_error(fs, n->pos, "internal error: branch target of a range-over-func body not found");
        return true;
    }
    store_int(fs, next, code);
    gen_exit_loop(fs, T_BREAK);
    return true;
}

void gen_rangefunc_return(FuncState *fs, Node *n) {
    FuncState *real = real_fs(fs);
    NodeList *res = &n->u.ret.results;
    const Type *sig = real->sig;
    int nres = sig->nresults;
    int mark = fs->freereg;
    if (res->len) {
        /* the enclosing function's results (named for this by the checker) */
        int base;
        if (res->len == 1 && nres > 1) {
            base = gen_expr(fs, res->items[0], -1);
            for (int i = 0; i < nres; i++) gen_coerce(fs, base + i, res->items[0]->type->results[i], sig->results[i]);
        } else {
            base = fs->freereg;
            reserve_regs(fs, nres);
            for (int i = 0; i < nres; i++) gen_expr_as(fs, res->items[i], sig->results[i], base + i);
        }
        for (int i = 0; i < nres; i++) {
            Object *o = real->res_objs ? real->res_objs[i] : NULL;
            if (!o || upval_index(fs, o) < 0) {
                gen_error(fs, n->pos, "internal error: result of a range-over-func body's return not captured");
                return;
            }
            store_var(fs, o, base + i);
        }
    }
    store_int(fs, nest_top(fs->rf->info)->next, -1);
    gen_exit_loop(fs, T_BREAK);
    fs->freereg = mark;
}

void gen_rangefunc_defer(FuncState *fs) {
    Object *tok = nest_top(fs->rf->info)->defers;
    if (!sees(fs, tok)) {
        gen_error(fs, (Pos){0}, "internal error: defer in a range-over-func body without its anchor");
        return;
    }
    int r = load_var(fs, tok, -1);
    emit(fs, OP_DEFERAT, r, 0, 0);
    fs->freereg = r;
}

/* ---- the body ---- */

static Proto *gen_body_once(FuncState *outer, RfGen *rg, const char *name, bool long_jumps, bool *overflow,
                            bool *failed) {
    Node *n = rg->n;
    RangeFunc *info = rg->info;
    const Type *cb = info->yield->under;
    FuncState fs = { .c = outer->c, .long_jumps = long_jumps, .lit = info->lit, .parent = outer, .name = name, .rf = rg };
    fs.sig = (Type *)cb;
    fs.line = n->pos.line;
    reserve_regs(&fs, cb->nparams);
    /* old := #state; #state = RF_PANIC; if old != RF_READY { panicrangestate(old) } */
    int old = load_var(&fs, info->state, alloc_reg(&fs));
    store_int(&fs, info->state, RF_PANIC);
    int j = jump_unless(&fs, old, OP_NE, false, RF_READY);
    emit(&fs, OP_RANGEPANIC, old, 0, 0);
    patch(&fs, j, here(&fs));
    fs.freereg = cb->nparams;
    /* the iteration variables: the parameters themselves, or assigned from them */
    /* (one assignment per variable, as Go's rewrite makes them: in
     * `for k, m[k] = range f` the map is indexed with the new k) */
    Node *vars[2] = { n->u.range.key, n->u.range.value };
    for (int i = 0; i < 2; i++) {
        Node *v = vars[i];
        if (!v) continue;
        if (info->params[i]) {
            info->params[i]->index = i;
            Node *as = node_new(N_ASSIGN, v->pos);
            as->u.assign.tok = T_ASSIGN;
            list_push(&as->u.assign.lhs, v);
            list_push(&as->u.assign.rhs, ident_of(info->params[i], v->pos));
            gen_stmt(&fs, as);
            continue;
        }
        if (v->obj && !is_blank(v)) bind_var(&fs, v->obj, i);
    }
    gen_block(&fs, n->u.range.body);
    fs.line = n->u.range.body->u.block.rbrace.line ? n->u.range.body->u.block.rbrace.line : fs.line;
    gen_exit_loop(&fs, T_CONTINUE);
    *overflow = fs.overflow;
    *failed = fs.failed;
    Proto *p = proto_of(&fs, name);
    p->nparams = cb->nparams;
    p->nresults = 1;
    p->line = n->pos.line;
    Node *lit = info->lit;
    if (lit->u.funclit.ncaptures) {
        p->nupvals = lit->u.funclit.ncaptures;
        p->upvals = GC_MALLOC_ATOMIC(sizeof(uint16_t) * (size_t)p->nupvals);
        for (int i = 0; i < p->nupvals; i++) {
            Object *o = lit->u.funclit.captures[i];
            int up = upval_index(outer, o);
            p->upvals[i] = up >= 0 ? (uint16_t)(UPVAL_OUTER | up) : (uint16_t)o->index;
        }
    }
    return p;
}

/* The body's Proto, named as Go names it: the enclosing function's name
 * and "-rangeN", N counting its range-over-func loops. */
static int gen_body(FuncState *fs, RfGen *rg) {
    FuncState *real = real_fs(fs);
    const char *outer = real->name ? real->name : "main.init";
    size_t len = strlen(outer) + 24;
    char *name = GC_MALLOC_ATOMIC(len);
    snprintf(name, len, "%s-range%d", outer, ++real->nranges);
    bool overflow = false, failed = false;
    Proto *p = gen_body_once(fs, rg, name, fs->long_jumps, &overflow, &failed);
    if (overflow && !failed) {
        rg->nexits = 0;   /* found again (outer loops keep stale codes: never set, never met) */
        p = gen_body_once(fs, rg, name, true, &overflow, &failed);
    }
    if (failed) fs->failed = true;
    if (overflow) fs->overflow = true;
    return add_proto(p);
}

/* ---- the loop ---- */

/* for ... range f, f a function */
void gen_range_func(FuncState *fs, Node *n) {
    int mark = fs->freereg;
    RangeFunc *info = n->u.range.rf;
    RfGen rg = { .n = n, .info = info, .label = fs->pending_label, .outer_fs = fs };
    fs->pending_label = NULL;
    if (!info->outer) {
        /* the nest's #next and #defers */
        if (info->next) {
            int r = alloc_reg(fs);
            emit(fs, OP_LOADZ, r, 0, 0);
            bind_var(fs, info->next, r);
        }
        if (info->defers) {
            int r = alloc_reg(fs);
            emit(fs, OP_DEFERANCHOR, r, 0, 0);
            bind_var(fs, info->defers, r);
        }
    }
    if (n->u.range.tok == T_DEFINE) {
        /* Go 1.21's rule: the loop's variables, shared by the iterations (the body assigns them) */
        Node *vars[2] = { n->u.range.key, n->u.range.value };
        for (int i = 0; i < 2; i++) {
            if (!info->params[i] || !vars[i]->obj || is_blank(vars[i])) continue;
            int r = alloc_reg(fs);
            gen_zero(fs, vars[i]->obj->type, r);
            bind_var(fs, vars[i]->obj, r);
        }
    }
    int rs = alloc_reg(fs);
    emit_bx(fs, OP_LOADI, rs, RF_READY);
    bind_var(fs, info->state, rs);
    int rf = gen_expr(fs, n->u.range.x, alloc_reg(fs));
    int ra = alloc_reg(fs);
    int body = gen_body(fs, &rg);
    set_line(fs, n);
    emit_bx(fs, info->lit->u.funclit.ncaptures ? OP_CLOSURE : OP_FUNCVAL, ra, body);
    emit(fs, OP_CALLV, ra, rf, 0);

    /* if #state == RF_PANIC { panicrangestate(RF_MISSING_PANIC) }; #state = RF_EXHAUSTED
     * (Go reports at the loop's closing brace) */
    fs->freereg = ra;
    if (n->u.range.body->u.block.rbrace.line) fs->line = n->u.range.body->u.block.rbrace.line;
    int st = load_var(fs, info->state, alloc_reg(fs));
    int j = jump_unless(fs, st, OP_EQ, false, RF_PANIC);
    emit_bx(fs, OP_LOADI, st, RF_MISSING_PANIC);
    emit(fs, OP_RANGEPANIC, st, 0, 0);
    patch(fs, j, here(fs));
    store_int(fs, info->state, RF_EXHAUSTED);

    /* what #next says */
    Object *next = nest_top(info)->next;
    if (sees(fs, next)) {
        int rn = load_var(fs, next, alloc_reg(fs));
        for (int i = 0; i < rg.nexits; i++) {
            j = jump_unless(fs, rn, OP_EQ, false, rg.exits[i].code);
            store_int(fs, next, 0);
            Node *br = node_new(N_BRANCH, n->pos);
            br->u.branch.tok = rg.exits[i].tok;
            br->u.branch.label = node_new(N_IDENT, n->pos);
            br->u.branch.label->u.ident.name = rg.exits[i].label;
            gen_stmt(fs, br);
            patch(fs, j, here(fs));
        }
        if (!fs->rf) {
            /* if #next == -1 { return } (the results are set) */
            j = jump_unless(fs, rn, OP_EQ, false, -1);
            gen_stmt(fs, node_new(N_RETURN, n->pos));
            patch(fs, j, here(fs));
        } else {
            /* this function is itself the body of a loop of depth d */
            RangeFunc *pi = fs->rf->info;
            int d = pi->depth;
            j = jump_unless(fs, rn, OP_LT, false, 0);            /* return, or a branch further out */
            gen_exit_loop(fs, T_BREAK);
            patch(fs, j, here(fs));
            j = jump_unless(fs, rn, OP_EQ, false, 2 * d - 1);    /* continue this loop */
            store_int(fs, next, 0);
            gen_exit_loop(fs, T_CONTINUE);
            patch(fs, j, here(fs));
            j = jump_unless(fs, rn, OP_EQ, false, 2 * d);        /* break this loop */
            store_int(fs, next, 0);
            gen_exit_loop(fs, T_BREAK);
            patch(fs, j, here(fs));
            j = jump_unless(fs, rn, OP_LT, true, 2 * d);         /* cannot happen: a loop further in */
            emit_bx(fs, OP_LOADI, rn, RF_DONE);
            emit(fs, OP_RANGEPANIC, rn, 0, 0);
            patch(fs, j, here(fs));
            j = jump_unless(fs, rn, OP_LT, true, 0);             /* a loop further out */
            gen_exit_loop(fs, T_BREAK);
            patch(fs, j, here(fs));
        }
    }
    fs->freereg = mark;
}
