/* gen_init.c — the package initializer and the REPL's entry functions.
 *
 * Go initializes package variables package by package, dependencies
 * first, and within a package repeatedly the earliest variable in
 * declaration order that depends on no uninitialized variable (through
 * the functions it calls too); then it runs the init functions, then
 * main.main. order_inits computes that order from the dependencies the
 * checker recorded (Object.deps); gen_init generates the initializer
 * ("runtime.main"), gen_repl_entry the function that runs one REPL input.
 */
#include "gen_int.h"

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
        Package *p = c->pkgs[k];
        for (int f = 0; f < (p->files ? p->nfiles : 1); f++) {
            NodeList *decls = &(p->files ? p->files[f] : p->file)->u.file.decls;
            for (int j = 0; j < decls->len; j++) {
                Node *d = decls->items[j];
                if (d->kind != N_GENDECL) continue;
                for (int m = 0; m < d->u.gendecl.specs.len; m++)
                    if (d->u.gendecl.specs.items[m] == spec) return p;
            }
        }
    }
    return NULL;
}

/* Whether var spec a is declared before spec b of the same package: by
 * file (in the order the files were given), then position. */
static bool spec_before(const Node *a, const Node *b) {
    const Object *oa = a->u.value.names.items[0]->obj, *ob = b->u.value.names.items[0]->obj;
    int fa = oa ? oa->file : 0, fb = ob ? ob->file : 0;
    if (fa != fb) return fa < fb;
    Pos x = a->pos, y = b->pos;
    return x.line != y.line ? x.line < y.line : x.col < y.col;
}

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
                if (earliest < 0 || spec_before(spec, inits[earliest].spec)) earliest = i;
                io.self = spec;
                io.test++;
                if (needs_uninit(&io, spec->u.value.names.items[0]->obj)) continue;
                if (pick < 0 || spec_before(spec, inits[pick].spec)) pick = i;
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

/* The package initializer: package variables in dependency order, then
 * each init function, then main.main. */
Proto *gen_init(Compiler *c, int *init_funcs, int ninit, int main_index, bool *failed) {
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

/* The function that runs a REPL input: the libraries it loaded (their
 * variables in dependency order, then their init functions libinits),
 * then what was typed, in the order typed: its variables and its
 * statements, then the init functions of a file :load brings in. */
Proto *gen_repl_entry(Compiler *c, Node *file, const int *libinits, int nlib, bool *failed) {
    ReplState *r = c->repl;
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
        } else if (ast_is_repl_stmts(d)) {
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
    return finish_entry(&fs, "runtime.main", failed);   /* not shown in traces, as in Go */
}
