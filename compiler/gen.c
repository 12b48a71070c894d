/* gen.c — the code generator: annotated AST to register bytecode.
 *
 * This file owns emitting (emit, jumps and their patching), registers,
 * constants, whole functions
 * (gen_function, with its parameters and named results), the program
 * (gen_program) and the REPL's inputs (gen_repl_input, gen_repl_program).
 * Expressions are gen_expr.c's, statements gen_stmt.c's, the package
 * initializer and the REPL's entry gen_init.c's (gen_int.h).
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
#include "gen_int.h"
#include "hash.h"

/* The program's Protos and the file being generated (gen_int.h). */
struct ProtoList protos;
const char *cur_file;

int add_proto(Proto *p) {
    if (protos.len == protos.cap) {
        protos.cap = protos.cap ? protos.cap * 2 : 64;
        Proto **n = GC_MALLOC(sizeof(Proto *) * (size_t)protos.cap);
        if (protos.len) memcpy(n, protos.items, sizeof(Proto *) * (size_t)protos.len);
        protos.items = n;
    }
    protos.items[protos.len] = p;
    return protos.len++;
}

/* ---- emitting ---- */

/* The function index of a declared function or method. One that is still
 * LAZY_WAITING is a library function check.c's mark_live did not find
 * live code reaching: a bug of minigo's, reported, not run. */
int func_index(Compiler *c, const Object *o, Pos pos) {
    if (o->lazy == LAZY_WAITING)
        diag_add(c->diags, pos, "internal error: %s.%s was not compiled", o->home->path, o->name);
    return o->index >= 0 ? o->index : 0;
}

void gen_error(FuncState *fs, Pos pos, const char *msg) {
    if (!fs->failed) diag_add(fs->c->diags, pos, "%s", msg);
    fs->failed = true;
}

int emit(FuncState *fs, Opcode op, int a, int b, int c) {
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

int emit_bx(FuncState *fs, Opcode op, int a, int32_t bx) {
    uint32_t u = (uint32_t)bx;
    return emit(fs, op, a, (int)(u & 0xFFFF), (int)(u >> 16));
}

int add_const(FuncState *fs, Value v) {
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

int alloc_reg(FuncState *fs) {
    int r = fs->freereg++;
    if (fs->freereg > fs->maxreg) fs->maxreg = fs->freereg;
    return r;
}

void reserve_regs(FuncState *fs, int n) {
    fs->freereg += n;
    if (fs->freereg > fs->maxreg) fs->maxreg = fs->freereg;
}

void jl_add(JumpList *jl, int pc) {
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
void patch(FuncState *fs, int at, int target) {
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

void patch_list(FuncState *fs, JumpList *jl, int target) {
    for (int i = 0; i < jl->len; i++) patch(fs, jl->items[i], target);
    jl->len = 0;
}

/* ---- constants ---- */

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

void gen_const(FuncState *fs, Node *n, int dst) {
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
int slots_const(FuncState *fs, const Type *t) {
    return add_const(fs, (Value){ .i = type_slots(t) });
}

void gen_coerce(FuncState *fs, int r, const Type *from, const Type *to) {
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
void gen_expr_as(FuncState *fs, Node *n, const Type *to, int dst) {
    gen_expr(fs, n, dst);
    if (type_is_aggregate(n->type->under) && to && to->under->kind != TY_INTERFACE && !is_fresh(n))
        emit(fs, OP_COPYAGG, dst, dst, slots_const(fs, n->type));
    gen_coerce(fs, dst, n->type, to);
}

/* ---- narrowing ---- */

void gen_narrow(FuncState *fs, int r, const Type *t) { gen_narrow_from(fs, r, r, t); }

void gen_narrow_from(FuncState *fs, int dst, int src, const Type *t) {
    const Type *u = t->under;
    int bits = type_is_integer(u) ? type_int_bits(u) : 64;
    if (type_is_integer(u) && bits < 64) emit(fs, type_is_unsigned(u) ? OP_ZEXT : OP_SEXT, dst, src, bits);
    else if (u->kind == TY_FLOAT32) emit(fs, OP_F32, dst, src, 0);
    else if (dst != src) emit(fs, OP_MOVE, dst, src, 0);
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

/* The package path the user's functions are named by ("main", or
 * minigo test's "command-line-arguments", as Go's symbols are). */
static const char *gen_sym_path(const Compiler *c) { return c->sym_path ? c->sym_path : "main"; }

/* "pkg.name" in collected memory. */
static const char *join_name(const char *pkg, const char *name) {
    size_t len = strlen(pkg) + strlen(name) + 2;
    char *s = GC_MALLOC_ATOMIC(len);
    snprintf(s, len, "%s.%s", pkg, name);
    return s;
}

/* A function literal: its own Proto, and a CLOSURE instruction here. */
int gen_funclit(FuncState *fs, Node *n, int dst) {
    /* Go's names: main.f.func1, main.f.func2, and main.f.func1.1 for a
     * literal inside a literal */
    const char *outer = fs->name ? fs->name : join_name(gen_sym_path(fs->c), "init");
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


/* Generates c->funcs[i] into protos.items[its Object's index]; returns
 * whether it failed. */
static bool gen_declared(Compiler *c, int i) {
    Node *fd = c->funcs.items[i];
    Object *o = fd->u.func.name->obj;
    Package *pkg = c->func_pkg[i];
    const char *pname = !pkg || pkg == c->main_pkg ? gen_sym_path(c) : pkg->name;
    cur_file = pkg == c->main_pkg && c->repl ? c->repl->input_file : NULL;
    if (pkg && pkg == c->main_pkg && pkg->tracepaths && o->file > 0 && o->file < pkg->nfiles)
        cur_file = pkg->tracepaths[o->file];   /* the first file's is the Program's abspath */
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
    lower_runtime_types(c);
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
                char num[24];
                snprintf(num, sizeof num, "init.%d", ninit);
                protos.items[i]->name = join_name(gen_sym_path(c), num);
                inits[ninit++] = i;
            } else if (o->name == intern_cstr(c->entry ? c->entry : "main")) {
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
    prog->types = c->rtypes;
    prog->ntypes = c->ntypes;
    prog->icalls = c->icalls;
    prog->nicalls = c->nicalls;
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
    __atomic_store_n(&prog->types, c->rtypes, __ATOMIC_RELEASE);
    prog->ntypes = c->ntypes;
    __atomic_store_n(&prog->icalls, c->icalls, __ATOMIC_RELEASE);
    prog->nicalls = c->nicalls;
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
    LowerMark mark = lower_mark(c);
    for (int i = from; i < nf; i++) c->funcs.items[i]->u.func.name->obj->index = add_proto(NULL);
    int entry = add_proto(NULL);
    lower_runtime_types(c);   /* again after a failed input took them back */
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
    bool f = false;
    Proto *ep = gen_repl_entry(c, file, libinits, nlib, &f);   /* may move protos.items */
    protos.items[entry] = ep;
    failed |= f;
    if (failed) {
        protos.len = saved_len;
        lower_rollback(c, mark);
        return -1;
    }
    bool methods = false;
    for (int i = from; i < nf; i++) methods |= c->funcs.items[i]->u.func.recv != NULL;
    if (methods) lower_refresh_methods(c);
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
    c->rtypes = GC_MALLOC(sizeof *c->rtypes * (size_t)c->types_cap);
    c->natives_cap = 1 << 12;
    c->natives = GC_MALLOC(sizeof *c->natives * (size_t)c->natives_cap);
    c->icalls_cap = 1 << 12;
    c->icalls = GC_MALLOC(sizeof *c->icalls * (size_t)c->icalls_cap);
    c->repl->prog = prog;
    publish(c, prog);
    return prog;
}
