/* check.c — the type checker's driver.
 *
 * The checker resolves every name, computes the type of every expression,
 * folds constants exactly (constant.c), and reports Go's errors in Go's
 * words (types2's wording, checked against `go vet`). It annotates the AST
 * in place: Node.type, Node.cval, Node.obj and Node.flags (compiler.h);
 * the code generator relies on these and re-checks nothing.
 *
 * This file owns the program and its packages: check_program, loading
 * and checking packages (load_package, check_package), imports, the
 * collection of package-level declarations and methods, scopes, type
 * declarations, resolve_object, the function bodies (check_func), the
 * REPL's inputs (check_repl_input, repl_commit, repl_abort), and the
 * helpers every part reports with (errorf, operand_string). Expressions
 * are check_expr.c's, calls check_call.c's, statements check_stmt.c's,
 * assignments and var/const specs check_assign.c's (check_int.h).
 *
 * Package-level objects are resolved lazily, in dependency order, as Go
 * allows declarations in any order; package variables are recorded in the
 * order their initializers must run.
 *
 * Glossary: "operand" — a checked expression; "untyped" — the type of a
 * constant (or comparison) not yet given a type by its context; converting
 * it to the context's type is convert_untyped().
 */
#include "check_int.h"
#include "vec.h"


/* ---- errors ---- */

void errorf(Checker *ch, Pos pos, const char *fmt, ...) {
    char buf[1024];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(buf, sizeof buf, fmt, ap);
    va_end(ap);
    if (strstr(buf, "not supported")) ch->unsupported = true;
    /* cmd/compile writes the types of the package being compiled
     * unqualified: P, *P, []P (the user's package is main but under
     * minigo test) */
    const char *own = ch->c->main_pkg && ch->c->main_pkg->name ? ch->c->main_pkg->name : "main";
    size_t ownlen = strlen(own);
    char out[1024];
    size_t o = 0;
    for (size_t i = 0; buf[i] && o + 1 < sizeof out; i++) {
        bool word_start = i == 0 || !(isalnum((unsigned char)buf[i - 1]) || buf[i - 1] == '_' || buf[i - 1] == '.' ||
                                         buf[i - 1] == '/');
        if (word_start && strncmp(buf + i, own, ownlen) == 0 && buf[i + ownlen] == '.' &&
            (isalpha((unsigned char)buf[i + ownlen + 1]) || buf[i + ownlen + 1] == '_' ||
             (unsigned char)buf[i + ownlen + 1] >= 0x80)) {
            i += ownlen;
            continue;
        }
        out[o++] = buf[i];
    }
    out[o] = 0;
    diag_add(ch->diags, pos, "%s", out);
}

char *strf(const char *fmt, ...) {
    va_list ap;
    va_start(ap, fmt);
    int n = vsnprintf(NULL, 0, fmt, ap);
    va_end(ap);
    char *s = GC_MALLOC_ATOMIC((size_t)n + 1);
    va_start(ap, fmt);
    vsnprintf(s, (size_t)n + 1, fmt, ap);
    va_end(ap);
    return s;
}

/* "file.go:LINE:COL", as Go refers to another place in a message. */
const char *pos_ref(Checker *ch, Pos p) {
    return strf("%s:%d:%d", ch->diags->filename ? ch->diags->filename : "", p.line, p.col);
}

/* Where package-level object o of the package being checked is
 * declared, in the file that declares it. */
const char *object_ref(Checker *ch, const Object *o) {
    Package *p = ch->pkg;
    if (!p || p->nfiles <= 1 || o->file < 0 || o->file >= p->nfiles) return pos_ref(ch, o->pos);
    return strf("%s:%d:%d", p->filenames[o->file], o->pos.line, o->pos.col);
}

/* Makes file k of the package being checked the current one, returning
 * the one that was: names resolve through its imports (the package
 * scope's parent is the file scope of the file being checked, so one
 * file's imports are never seen from another, as Go's file blocks) and
 * diagnostics name it. A package of one file never switches. */
int enter_file(Checker *ch, int k) {
    Package *p = ch->pkg;
    int was = ch->file;
    if (!p || p->nfiles <= 1 || k < 0 || k >= p->nfiles) return was;
    ch->file = k;
    if (p->file_scopes && p->file_scopes[k]) p->scope->parent = p->file_scopes[k];
    ch->diags->filename = p->filenames[k];
    ch->diags->fileno = k;
    return was;
}

/* The leftmost position of an expression: where types2 reports it. */
Pos start_pos(const Node *n) {
    for (;;) {
        switch (n->kind) {
        case N_BINARY: n = n->u.binary.x; break;
        case N_CALL: n = n->u.call.fun; break;
        case N_INDEX: n = n->u.index.x; break;
        case N_SLICE: n = n->u.slice.x; break;
        case N_SELECTOR: n = n->u.selector.x; break;
        case N_TYPEASSERT: n = n->u.assert.x; break;
        case N_KEYVALUE: n = n->u.kv.key; break;
        case N_COMPOSITE: if (n->u.composite.type) { n = n->u.composite.type; break; } return n->pos;
        default: return n->pos;
        }
    }
}

/* The predeclared nil (after conversion it has the other operand's type). */
bool is_nil_operand(const Node *n) {
    while (n->kind == N_PAREN) n = n->u.unary.x;
    return n->type->kind == TY_UNTYPED_NIL || (n->kind == N_IDENT && n->obj && n->obj->kind == OBJ_NIL);
}

/* types2 describes a named type by its structure: "struct type P". */
static const char *composite_kind(const Type *t) {
    if (!t->name || t == t->under) return "";
    switch (t->under->kind) {
    case TY_STRUCT: return "struct ";
    case TY_SLICE: return "slice ";
    case TY_ARRAY: return "array ";
    case TY_MAP: return "map ";
    case TY_POINTER: return "pointer ";
    case TY_FUNC: return "func ";
    case TY_INTERFACE: return t == ty_error ? "" : "interface ";
    case TY_CHAN: return "chan ";
    default: return "";
    }
}

/* "x (variable of type int)", "300 (untyped int constant)", ... */
const char *operand_string(const Node *n) {
    const char *e = expr_string(n);
    if (n->kind == N_IDENT && n->obj && n->obj->kind == OBJ_NIL) return "nil";
    if (n->cval) {
        const char *v = const_string_repr(n->cval);
        if (type_is_untyped(n->type)) {
            if (strcmp(v, e) == 0)
                return strf("%s (%s constant)", e, type_string(n->type));
            return strf("%s (%s constant %s)", e, type_string(n->type), v);
        }
        if (strcmp(v, e) == 0)
            return strf("%s (constant of type %s)", e, type_string(n->type));
        return strf("%s (constant %s of type %s)", e, v, type_string(n->type));
    }
    if (n->flags & NF_TYPE) return strf("%s (type)", e);
    if (n->type && n->type->kind == TY_UNTYPED_NIL) return "nil";
    if (n->type && type_is_untyped(n->type))
        return strf("%s (%s value)", e, type_string(n->type));
    const char *what = (n->kind == N_IDENT && n->obj && n->obj->kind == OBJ_VAR) ? "variable" :
                       (n->flags & NF_MAPINDEX) ? "map index expression" : "value";
    if (n->type && n->type->constraint)
        return strf("%s (%s of type %s constrained by %s)", e, what, type_string(n->type),
                    n->type->constraint == ty_any ? "any" : type_string(n->type->constraint));
    return strf("%s (%s of %stype %s)", e, what, composite_kind(n->type), type_string(n->type));
}

/* ---- declarations ---- */

/* Where a variable declared here goes: the current scope, or for a
 * statement typed at the REPL's top level, the input's scope (the
 * variable outlives the input: a package variable). */
Scope *decl_scope(Checker *ch) {
    return ch->repl_top && ch->scope == ch->repl_top ? ch->pkg->scope : ch->scope;
}

Object *declare_var(Checker *ch, Node *name, Type *t) {
    const char *nm = intern_cstr(name->u.ident.name);
    Object *o = object_new(OBJ_VAR, nm, t, name->pos);
    o->state = 2;
    o->decl = name;
    o->owner = ch->fn ? ch->fn->id : 0;
    name->obj = o;
    name->type = t;
    if (nm == intern_cstr("_")) { o->used = true; return o; }
    Scope *s = decl_scope(ch);
    if (s != ch->scope) {
        o->global = true;
        o->owner = 0;
        o->used = true;
        o->index = ch->c->nglobals++;
    }
    Object *old = scope_insert(s, o);
    if (old) {
        errorf(ch, name->pos, "%s redeclared in this block", nm);
        o->used = true;
    }
    return o;
}

/* Clears the checker's annotations of an expression tree, so that the value
 * nodes a const spec shares with the previous one (implicit repetition) are
 * evaluated again under the new iota. */
void clear_annotations(Node *n) {
    if (!n) return;
    stack_guard(n->pos);
    n->type = NULL;
    n->cval = NULL;
    n->flags = 0;
    switch (n->kind) {
    case N_PAREN: case N_STAR: case N_UNARY: clear_annotations(n->u.unary.x); break;
    case N_BINARY: clear_annotations(n->u.binary.x); clear_annotations(n->u.binary.y); break;
    case N_CALL:
        clear_annotations(n->u.call.fun);
        for (int i = 0; i < n->u.call.args.len; i++) clear_annotations(n->u.call.args.items[i]);
        break;
    case N_SELECTOR: clear_annotations(n->u.selector.x); break;
    case N_INDEX: clear_annotations(n->u.index.x); clear_annotations(n->u.index.index); break;
    default: break;
    }
}

/* Checks a type declaration: an alias `type A = T`, or a new named type. */
void check_type_spec(Checker *ch, Node *spec, Object *o) {
    if (o->generic) { generic_resolve_type(ch, o); return; }
    if (spec->u.typespec.assign) {
        o->state = 1;
        o->type = check_type(ch, spec->u.typespec.type);
        o->state = 2;
        return;
    }
    Type *named = type_new(TY_INVALID);
    const char *name = o->name;
    named->name = strf("%s.%s", ch->pkg->name, name);   /* Go's %T: main.T, also for local types */
    o->type = named;
    o->state = 2;   /* the name may be used (via pointers) inside its own definition */
    Type *u = check_type(ch, spec->u.typespec.type);
    set_underlying(named, u->under);
}

void set_underlying(Type *named, Type *u) {
    named->under = u->under;
    named->kind = u->under->kind;
    named->elem = u->under->elem;
    named->key = u->under->key;
    named->len = u->under->len;
    named->chan_dir = u->under->chan_dir;
    named->fields = u->under->fields;
    named->nfields = u->under->nfields;
    named->params = u->under->params;
    named->nparams = u->under->nparams;
    named->results = u->under->results;
    named->nresults = u->under->nresults;
    named->variadic = u->under->variadic;
    if (u->under->kind == TY_INTERFACE) {
        named->methods = u->under->methods;
        named->nmethods = u->under->nmethods;
        named->has_terms = u->under->has_terms;
        named->terms = u->under->terms;
        named->nterms = u->under->nterms;
        named->comparable_only = u->under->comparable_only;
    }
}

/* Resolves a package-level object on first use. */
static void attach_method(Checker *ch, Node *d);
static void parse_method(Checker *ch, Node *d);
static void queue_live(Checker *ch, Object *o);
static void walk_live_type(Checker *ch, Type *t);

/* A library type's methods, parsed and attached when the type is first
 * resolved (in its package: resolve_object switched to it). Live code
 * may have reached the type while it was being resolved, before it had
 * them: then they are live too. */
static void attach_pending(Checker *ch, Object *t) {
    Node **pend = t->pending;
    int n = t->npending;
    t->pending = NULL;
    t->npending = t->pending_cap = 0;
    for (int i = 0; i < n; i++) {
        parse_method(ch, pend[i]);
        attach_method(ch, pend[i]);
    }
    Type *ty = t->type;
    if (ty && ty != ty_invalid && ty->live)
        for (int i = 0; i < ty->nmethods; i++) {
            queue_live(ch, ty->methods[i].func);
            walk_live_type(ch, ty->methods[i].type);
        }
}

void resolve_object(Checker *ch, Object *o) {
    if (o->state == 2) return;
    stack_guard_here();
    if (o->state == 1) {
        if (o->kind == OBJ_TYPE) return;
        errorf(ch, o->pos, "initialization cycle or invalid recursive reference to %s", o->name);
        o->type = ty_invalid;
        o->state = 2;
        return;
    }
    o->state = 1;
    Scope *saved_scope = ch->scope;
    FuncCtx *saved_fn = ch->fn;
    int saved_iota = ch->iota;
    /* a library's constants and function signatures are resolved when
     * first used (resolve_decls), maybe from another package's code */
    Package *saved_pkg = ch->pkg;
    if (o->home) ch->pkg = o->home;
    int saved_file = enter_file(ch, o->file);
    ch->scope = ch->pkg->scope;
    ch->fn = NULL;
    Node *spec = o->decl;
    switch (o->kind) {
    case OBJ_CONST:
        /* constants of one spec are resolved together */
        for (int i = 0; i < spec->u.value.values.len; i++) clear_annotations(spec->u.value.values.items[i]);
        check_const_spec(ch, spec, false);
        break;
    case OBJ_TYPE:
        check_type_spec(ch, spec, o);
        break;
    case OBJ_VAR: {
        NodeList *names = &spec->u.value.names;
        for (int i = 0; i < names->len; i++) names->items[i]->obj->state = 1;
        Object *saved_owner = ch->dep_owner;
        ch->dep_owner = names->items[0]->obj;
        check_var_spec(ch, spec, true);
        ch->dep_owner = saved_owner;
        for (int i = 0; i < names->len; i++) names->items[i]->obj->state = 2;
        Compiler *c = ch->c;
        if (c->ninits == c->inits_cap) {
            c->inits_cap = c->inits_cap ? c->inits_cap * 2 : 16;
            struct InitItem *ni = GC_MALLOC(sizeof *ni * (size_t)c->inits_cap);
            if (c->ninits) memcpy(ni, c->inits, sizeof *ni * (size_t)c->ninits);
            c->inits = ni;
        }
        c->inits[c->ninits++].spec = spec;
        break;
    }
    case OBJ_FUNC: {
        Node *fd = spec;
        if (fd->u.func.lazydecl && !parse_decl(fd, ch->diags))
            errorf(ch, o->pos, "internal error: the declaration does not parse");
        if (o->generic) generic_resolve_func(ch, o);
        else o->type = func_type(ch, fd->u.func.type, NULL, NULL);
        break;
    }
    default:
        break;
    }
    o->state = 2;
    if (o->kind == OBJ_TYPE && o->npending) attach_pending(ch, o);
    ch->pkg = saved_pkg;
    enter_file(ch, saved_file);
    ch->scope = saved_scope;
    ch->fn = saved_fn;
    ch->iota = saved_iota;
}

/* ---- scopes ---- */

static void report_unused(Checker *ch, Scope *s) {
    /* uses inside skipped (unsupported) code were not seen: say nothing */
    if (ch->unsupported || ch->repl_lenient) return;
    for (int i = 0; i < s->cap; i++) {
        Object *o = s->objs[i];
        if (o && o->kind == OBJ_VAR && !o->used)
            errorf(ch, o->pos, "declared and not used: %s", o->name);
    }
}

void open_scope(Checker *ch) { ch->scope = scope_new(ch->scope); }
void close_scope(Checker *ch) {
    report_unused(ch, ch->scope);
    ch->scope = ch->scope->parent;
}

/* ---- functions and packages ---- */

/* Checks a function's signature and body; parent is the scope it sees
 * (the package's, or the enclosing function's for a literal). */
Type *check_func(Checker *ch, Node *ftype, Node *body, Scope *parent, Node *lit, Object *fo) {
    stack_guard(ftype->pos);
    if (body->u.block.lazy && !parse_body(body, ch->diags))   /* a library function reached */
        errorf(ch, body->pos, "internal error: the body does not parse");
    FuncCtx fn = { .outer = ch->fn, .lit = lit, .id = ++ch->next_fn_id, .ftype = ftype };
    Scope *saved = ch->scope;
    ch->scope = scope_new(parent);
    ch->scope->is_func = true;
    if (ch->repl_stmts) {
        ch->repl_top = ch->scope;
        ch->repl_stmts = false;
    }
    int saved_owner = ch->param_owner;
    ch->param_owner = fn.id;
    fn.sig = func_type(ch, ftype, ch->scope, &fn.results);
    ch->param_owner = saved_owner;
    /* named results are variables of the function scope, used or not */
    for (int i = 0; fn.results && i < fn.sig->nresults; i++) {
        Object *r = fn.results[i];
        if (r) r->used = true;
    }
    if (fo) fo->type = fn.sig;
    ch->fn = &fn;
    int saved_b = ch->breakable, saved_c = ch->continuable, saved_iota = ch->iota;
    ch->breakable = ch->continuable = 0;
    ch->iota = -1;
    check_block(ch, body, false);
    check_labels(ch, body);
    if (fn.has_defer) body->flags |= NF_HASDEFER;
    ch->breakable = saved_b;
    ch->continuable = saved_c;
    ch->iota = saved_iota;
    report_unused(ch, ch->scope);
    if (fn.sig->nresults > 0 && !is_terminating(body))
        errorf(ch, body->u.block.rbrace, "missing return");
    ch->fn = fn.outer;
    ch->scope = saved;
    return fn.sig;
}

/* Checks the body of a declared function or method, recording what it refers to. */
static void check_func_body(Checker *ch, Node *fd, Object *fo) {
    if (fo->type == ty_invalid && fd->u.func.recv) return;
    Object *saved = ch->dep_owner;
    ch->dep_owner = fd->u.func.name->obj ? fd->u.func.name->obj : fo;
    check_func(ch, fd->u.func.type, fd->u.func.body, ch->pkg->scope, NULL, fd->u.func.recv ? NULL : fo);
    ch->dep_owner = saved;
}

static const NativeDesc *find_native(const NativeDesc *natives, const char *name) {
    for (const NativeDesc *n = natives; n && n->name; n++)
        if (strcmp(n->name, name) == 0) return n;
    return NULL;
}

/* Adds a function to generate, declared in package p. */
void add_func(Compiler *c, Node *d, Package *p) {
    list_push(&c->funcs, d);
    if (c->funcs.len > c->func_pkg_cap) {
        int cap = c->funcs.cap > c->funcs.len ? c->funcs.cap : c->funcs.len * 2;
        Package **np = GC_MALLOC(sizeof(Package *) * (size_t)cap);
        if (c->func_pkg_cap) memcpy(np, c->func_pkg, sizeof(Package *) * (size_t)c->func_pkg_cap);
        c->func_pkg = np;
        c->func_pkg_cap = cap;
    }
    c->func_pkg[c->funcs.len - 1] = p;
}

/* ---- lazy library code ----
 *
 * A program uses a small part of the library it imports (hello world:
 * fmt.Println, of fmt, io, strconv, ...). A library package's functions and
 * methods are declared with the package, but their bodies are checked and
 * generated only once live code can reach them: a live body (the main
 * package's, an init function's, a package variable's initializer, a
 * reached library function's, an instance's) uses the function, or a type
 * whose method set a value may carry. Reaching a type reaches what its
 * values can lead to: the methods of the named types in it, its fields',
 * elements', parameters' and results' types. A value of a library type
 * that goes into an interface was made by code that names the type or
 * got it from a reached signature, so its methods are compiled.
 * The REPL's packages are checked whole; of package runtime, the types
 * of run-time panics are live from the start (load_runtime). */

static bool lazy_package(const Checker *ch, const Package *p) {
    return p != ch->c->main_pkg && !ch->c->repl;
}

/* Declares a library function or method whose body waits to be reached. */
static void defer_body(Object *o, Package *p) {
    o->lazy = LAZY_WAITING;
    o->home = p;
}

static void queue_live(Checker *ch, Object *o) {
    if (!o || o->lazy != LAZY_WAITING) return;
    o->lazy = LAZY_LIVE;
    VEC_PUSH(ch->lazyq, ch->nlazyq, ch->lazyq_cap, o);
}

static void walk_live_type(Checker *ch, Type *t) {
    for (; t && !t->live; t = t->elem) {
        t->live = true;
        for (int i = 0; i < t->nmethods; i++) {
            queue_live(ch, t->methods[i].func);
            walk_live_type(ch, t->methods[i].type);
        }
        if (t->under != t) walk_live_type(ch, t->under);
        for (int i = 0; i < t->nfields; i++) walk_live_type(ch, t->fields[i].type);
        for (int i = 0; i < t->nparams; i++) walk_live_type(ch, t->params[i]);
        for (int i = 0; i < t->nresults; i++) walk_live_type(ch, t->results[i]);
        for (int i = 0; i < t->ntargs; i++) walk_live_type(ch, t->targs[i]);
        walk_live_type(ch, t->key);
    }
}

void mark_live(Checker *ch, Object *o) {
    if (o->kind == OBJ_FUNC) queue_live(ch, o);
    walk_live_type(ch, o->type);
}

/* A method is a function whose first parameter is the receiver. */
static void method_as_func(Node *d) {
    Node *ft = node_new(N_FUNCTYPE, d->u.func.type->pos);
    list_push(&ft->u.functype.params, d->u.func.recv);
    for (int k = 0; k < d->u.func.type->u.functype.params.len; k++)
        list_push(&ft->u.functype.params, d->u.func.type->u.functype.params.items[k]);
    ft->u.functype.results = d->u.func.type->u.functype.results;
    d->u.func.type = ft;
}

/* A method parse_library left unparsed: parsed, and made a function. */
static void parse_method(Checker *ch, Node *d) {
    if (!parse_decl(d, ch->diags) || !d->u.func.recv) {
        errorf(ch, d->pos, "internal error: the method declaration does not parse");
        return;
    }
    method_as_func(d);
}

/* The object of function or method declaration d of package p. */
static Object *declare_func(Checker *ch, Package *p, Node *d, const char *name) {
    Node *nm = d->u.func.name;
    Object *o = object_new(OBJ_FUNC, name, ty_invalid, nm->pos);
    o->decl = d;
    o->used = true;
    o->file = ch->file;
    o->home = p;
    nm->obj = o;
    return o;
}

/* Declares the package-level names of one file of package p (the
 * current file, ch->file) in the package scope. */
static void collect_decls(Checker *ch, Package *p, Node *file) {
    bool lazy = lazy_package(ch, p);
    for (int i = 0; i < file->u.file.decls.len; i++) {
        Node *d = file->u.file.decls.items[i];
        if (d->kind == N_FUNCDECL) {
            Node *nm = d->u.func.name;
            const char *name = intern_cstr(nm->u.ident.name);
            if (d->u.func.lazydecl) {
                /* parse_library's: a plain function, parsed when first used (resolve_object) */
                Object *o = declare_func(ch, p, d, name);
                if (d->u.func.lazy_has_body) defer_body(o, p);
                else if (d->u.func.lazy_recv || !(o->native = (struct NativeDesc *)find_native(p->natives, name)))
                    errorf(ch, nm->pos, "missing function body");
                if (d->u.func.lazy_recv) {
                    /* a method: attached when its type is first resolved (attach_pending) */
                    list_push(&ch->lazy_methods, d);
                    continue;
                }
                Object *old = scope_insert(p->scope, o);
                if (old) errorf(ch, nm->pos, "%s redeclared in this block", name);
                continue;
            }
            if (d->u.func.recv) {
                method_as_func(d);
                Node *rt = d->u.func.recv->u.field.type;
                while (rt->kind == N_PAREN || rt->kind == N_STAR) rt = rt->u.unary.x;
                if (rt->kind == N_INDEX) {
                    /* a method of a generic type: instantiated with it */
                    d->flags |= NF_GENERIC;
                    if (!d->u.func.body) errorf(ch, nm->pos, "missing function body");
                    list_push(&ch->generic_methods, d);
                    continue;
                }
                Object *o = declare_func(ch, p, d, name);
                if (!d->u.func.body) errorf(ch, nm->pos, "missing function body");
                else if (lazy) defer_body(o, p);
                else add_func(ch->c, d, p);
                list_push(&ch->methods, d);
                continue;
            }
            Object *o = declare_func(ch, p, d, name);
            if (name == intern_cstr("init")) {
                if (d->u.func.type->u.functype.params.len || d->u.func.type->u.functype.results.len)
                    errorf(ch, nm->pos, "func init must have no arguments and no return values");
                add_func(ch->c, d, p);
                continue;
            }
            if (name == intern_cstr("main") && p == ch->c->main_pkg && strcmp(p->name, "main") == 0 &&
                (d->u.func.type->u.functype.params.len || d->u.func.type->u.functype.results.len))
                errorf(ch, nm->pos, "func main must have no arguments and no return values");
            if (d->u.func.tparams.len) {
                d->flags |= NF_GENERIC;
                generic_new(ch, o, d, &d->u.func.tparams);
                if (name == intern_cstr("main") || name == intern_cstr("init"))
                    errorf(ch, nm->pos, "func %s must have no type parameters", name);
            } else if (!d->u.func.body) {
                o->native = (struct NativeDesc *)find_native(p->natives, name);
                if (!o->native) errorf(ch, nm->pos, "missing function body");
            } else if (lazy) {
                defer_body(o, p);
            } else {
                add_func(ch->c, d, p);
            }
            if (name == intern_cstr("_") || !name[0]) continue;   /* "": the REPL's statements */
            Object *old = scope_insert(p->scope, o);
            if (old) errorf(ch, nm->pos, "%s redeclared in this block\n\t%s: other declaration of %s", name,
                            object_ref(ch, old), name);
            continue;
        }
        if (d->kind != N_GENDECL) continue;
        for (int j = 0; j < d->u.gendecl.specs.len; j++) {
            Node *spec = d->u.gendecl.specs.items[j];
            switch (d->u.gendecl.tok) {
            case T_IMPORT: break;
            case T_CONST: case T_VAR: {
                NodeList *names = &spec->u.value.names;
                for (int k = 0; k < names->len; k++) {
                    Node *nm = names->items[k];
                    Object *o = object_new(d->u.gendecl.tok == T_CONST ? OBJ_CONST : OBJ_VAR,
                                           intern_cstr(nm->u.ident.name), ty_invalid, nm->pos);
                    o->decl = spec;
                    o->used = true;
                    o->global = d->u.gendecl.tok == T_VAR;
                    o->file = ch->file;
                    o->home = p;
                    nm->obj = o;
                    if (o->global) o->index = ch->c->nglobals++;
                    if (o->name == intern_cstr("_")) continue;
                    Object *old = scope_insert(p->scope, o);
                    if (old) errorf(ch, nm->pos, "%s redeclared in this block", o->name);
                }
                break;
            }
            case T_TYPE: {
                Node *nm = spec->u.typespec.name;
                Object *o = object_new(OBJ_TYPE, intern_cstr(nm->u.ident.name), ty_invalid, nm->pos);
                o->decl = spec;
                o->used = true;
                o->file = ch->file;
                o->home = p;
                nm->obj = o;
                if (spec->u.typespec.tparams.len) generic_new(ch, o, spec, &spec->u.typespec.tparams);
                if (o->name == intern_cstr("_")) continue;
                Object *old = scope_insert(p->scope, o);
                if (old) errorf(ch, nm->pos, "%s redeclared in this block", o->name);
                break;
            }
            default: break;
            }
        }
    }
}

/* Gives method o's declaration its trace name, T.M or (*T).M (o->type is
 * its full signature, the receiver first). */
static void name_method(Object *o) {
    Type *r = o->type->params[0];
    bool ptr = !r->name && r->kind == TY_POINTER;
    const char *bn = (ptr ? r->elem : r)->name;
    const char *tn = strchr(bn, '.') ? strchr(bn, '.') + 1 : bn;
    o->decl->u.func.name->u.ident.name = ptr ? strf("(*%s).%s", tn, o->name) : strf("%s.%s", tn, o->name);
}

Type *method_sig(const Type *full) {
    Type *sig = type_new(TY_FUNC);
    sig->params = full->params + 1;
    sig->nparams = full->nparams - 1;
    sig->results = full->results;
    sig->nresults = full->nresults;
    sig->variadic = full->variadic;
    return sig;
}

/* Gives method declaration d its signature and adds it to the method set
 * of its receiver's base type. */
static void attach_method(Checker *ch, Node *d) {
    Object *o = d->u.func.name->obj;
    enter_file(ch, o->file);
    Node *rt = d->u.func.recv->u.field.type;
    bool ptr = false;
    while (rt->kind == N_PAREN) rt = rt->u.unary.x;
    if (rt->kind == N_STAR) { ptr = true; rt = rt->u.unary.x; }
    Type *base = rt->kind == N_IDENT ? check_type(ch, rt) : ty_invalid;
    if (base == ty_invalid) {
        if (rt->kind != N_IDENT) errorf(ch, start_pos(rt), "invalid receiver type %s", expr_string(rt));
        o->type = ty_invalid;
        o->state = 2;
        return;
    }
    if (base->name && base->under == base) {
        errorf(ch, start_pos(rt), "cannot define new methods on non-local type %s", type_string(base));
        o->type = ty_invalid;
        o->state = 2;
        return;
    }
    if (!base->name || base->under == base || base->under->kind == TY_POINTER || base->under->kind == TY_INTERFACE) {
        errorf(ch, start_pos(rt), "invalid receiver type %s", type_string(base));
        o->type = ty_invalid;
        o->state = 2;
        return;
    }
    Scope *saved = ch->scope;
    ch->scope = ch->pkg->scope;
    Type *full = func_type(ch, d->u.func.type, NULL, NULL);
    ch->scope = saved;
    o->type = full;
    o->state = 2;
    Type *sig = method_sig(full);
    bool dup = false;
    int replace = -1;   /* the REPL: a method declared by an earlier input is replaced */
    for (int m = 0; m < base->nmethods; m++)
        if (base->methods[m].name == o->name) {
            if (ch->c->repl && base->methods[m].func && base->methods[m].func->epoch != o->epoch) replace = m;
            else dup = true;
        }
    if (base->under->kind == TY_STRUCT)
        for (int f = 0; f < base->under->nfields; f++)
            if (base->under->fields[f].name == o->name) {
                errorf(ch, d->u.func.name->pos, "field and method with the same name %s", o->name);
                dup = true;
            }
    if (dup) {
        if (!ch->diags->len) {
            const Object *prev = NULL;
            for (int j = 0; j < base->nmethods; j++)
                if (base->methods[j].name == o->name && base->methods[j].func) prev = base->methods[j].func;
            errorf(ch, d->u.func.name->pos, "method %s.%s already declared at %s", base->name, o->name,
                   prev ? object_ref(ch, prev) : pos_ref(ch, (Pos){ 0, 0, 0 }));
        }
        return;
    }
    ReplState *r = ch->c->repl;
    if (r) {
        /* goroutines of earlier inputs may be looking the methods up:
         * a new array, published before the count that covers it */
        VEC_PUSH(r->undo, r->nundo, r->undo_cap, ((struct MethodUndo){ base, base->methods, base->nmethods }));
    }
    Method *nm = GC_MALLOC(sizeof(Method) * (size_t)(base->nmethods + 1));
    if (base->nmethods) memcpy(nm, base->methods, sizeof(Method) * (size_t)base->nmethods);
    int at = replace >= 0 ? replace : base->nmethods;
    nm[at] = (Method){ o->name, sig, o, ptr };
    __atomic_store_n(&base->methods, nm, __ATOMIC_RELEASE);
    if (replace < 0) __atomic_store_n(&base->nmethods, base->nmethods + 1, __ATOMIC_RELEASE);
    if (!o->lazy) name_method(o);   /* a lazy one when it is reached (check_reached) */
}

/* The methods of the package being checked (ch->methods). Methods must be
 * known before any body is checked (method values and interface
 * satisfaction need them). */
static void attach_methods(Checker *ch) {
    int saved_file = ch->file;
    for (int i = 0; i < ch->methods.len; i++) attach_method(ch, ch->methods.items[i]);
    ch->methods.len = 0;
    enter_file(ch, saved_file);
}

/* Resolves a file's package-level types, constants and function
 * signatures (variables wait for the method sets: resolve_vars). */
static void resolve_decls(Checker *ch, Node *file) {
    /* a library's constants and function signatures wait for their uses */
    bool lazy = lazy_package(ch, ch->pkg);
    for (int i = 0; i < file->u.file.decls.len; i++) {
        Node *d = file->u.file.decls.items[i];
        if (lazy && (d->kind == N_FUNCDECL ? !d->u.func.recv && d->u.func.name->obj &&
                                                 d->u.func.name->obj->name != intern_cstr("init")
                                           : d->kind == N_GENDECL && (d->u.gendecl.tok == T_CONST ||
                                                                      d->u.gendecl.tok == T_TYPE)))
            continue;
        if (d->kind == N_FUNCDECL) {
            Object *o = d->u.func.name->obj;
            if (o && !d->u.func.recv) {
                if (o->name == intern_cstr("init")) o->type = func_type(ch, d->u.func.type, NULL, NULL);
                else resolve_object(ch, o);
            }
            continue;
        }
        if (d->kind != N_GENDECL || d->u.gendecl.tok == T_IMPORT) continue;
        for (int j = 0; j < d->u.gendecl.specs.len; j++) {
            Node *spec = d->u.gendecl.specs.items[j];
            if (d->u.gendecl.tok == T_TYPE) {
                if (spec->u.typespec.name->obj) resolve_object(ch, spec->u.typespec.name->obj);
            } else if (d->u.gendecl.tok == T_CONST) {
                NodeList *names = &spec->u.value.names;
                for (int k = 0; k < names->len; k++) resolve_object(ch, names->items[k]->obj);
            }
        }
    }
}

static void resolve_vars(Checker *ch, Node *d) {
    for (int j = 0; j < d->u.gendecl.specs.len; j++) {
        NodeList *names = &d->u.gendecl.specs.items[j]->u.value.names;
        for (int k = 0; k < names->len; k++) resolve_object(ch, names->items[k]->obj);
    }
}

/* Declares the packages a file imports in file_scope; returns the object
 * of each import (NULL where it failed or is blank), for the unused-import
 * check. The REPL replaces an earlier import of the same name. */
static Object **declare_imports(Checker *ch, Node *file, Scope *file_scope, bool replace) {
    Object **imports = GC_MALLOC(sizeof(Object *) * (size_t)(file->u.file.imports.len + 1));
    for (int i = 0; i < file->u.file.imports.len; i++) {
        Node *imp = file->u.file.imports.items[i];
        Node *path = imp->u.import.path;
        const char *ps = path->u.lit.sval ? path->u.lit.sval : "";
        Package *q = load_package(ch, ps, path->pos);
        const char *name = q ? q->name : NULL;
        if (!q) {
            /* declare the name anyway, so its uses are not "undefined" too */
            const char *base = strrchr(ps, '/');
            name = imp->u.import.name ? imp->u.import.name->u.ident.name : base ? base + 1 : ps;
            Object *bad = object_new(OBJ_PKG, intern_cstr(name), ty_invalid, path->pos);
            bad->builtin = -1;
            bad->state = 2;
            bad->used = true;
            if (replace) scope_replace(file_scope, bad);
            else scope_insert(file_scope, bad);
            continue;
        }
        if (imp->u.import.name) {
            name = imp->u.import.name->u.ident.name;
            if (strcmp(name, ".") == 0) {
                errorf(ch, imp->u.import.name->pos, "dot imports are not supported by minigo");
                continue;
            }
        }
        if (strcmp(name, "_") == 0) continue;
        Object *o = object_new(OBJ_PKG, intern_cstr(name), ty_invalid, path->pos);
        o->decl = imp;
        o->state = 2;
        for (int k = 0; k < ch->c->npkgs; k++) if (ch->c->pkgs[k] == q) o->builtin = k;
        if (replace) {
            scope_replace(file_scope, o);
        } else if (scope_insert(file_scope, o)) {
            errorf(ch, path->pos, "%s redeclared in this block", name);
            continue;
        }
        imports[i] = o;
    }
    return imports;
}

/* Reports the imports of file k that nothing used. */
static void report_unused_imports(Checker *ch, Node *file, Object **imports) {
    for (int i = 0; i < file->u.file.imports.len; i++) {
        Object *o = imports[i];
        if (o && !o->used && !ch->unsupported) {
            Node *imp = file->u.file.imports.items[i];
            Node *path = imp->u.import.path;
            if (imp->u.import.name)
                errorf(ch, imp->u.import.name->pos, "\"%s\" imported as %s and not used", path->u.lit.sval, o->name);
            else
                errorf(ch, path->pos, "\"%s\" imported and not used", path->u.lit.sval);
        }
    }
}

/* Checks a package: its imports, declarations, package variables and
 * function bodies, file by file at each step (Go's order: all files'
 * declarations are collected before any is resolved). */
static void check_package(Checker *ch, Package *p) {
    Package *saved_pkg = ch->pkg, *saved_checking = ch->checking;
    Scope *saved_scope = ch->scope;
    int saved_file = ch->file;
    NodeList saved_gm = ch->generic_methods;
    bool saved_live = ch->live, lazy = lazy_package(ch, p);
    ch->generic_methods = (NodeList){0};
    ch->live = !lazy;   /* a library's declarations run only where live code reaches them */
    ch->pkg = p;
    ch->checking = p;
    ch->scope = p->scope;
    ch->file = 0;
    if (!p->files) {
        p->files = &p->file;
        p->filenames = &p->filename;
        p->nfiles = 1;
    }
    int nf = p->nfiles;
    /* imports live in a file scope between the package scope and the universe */
    p->file_scopes = GC_MALLOC(sizeof(Scope *) * (size_t)nf);
    Object ***imports = GC_MALLOC(sizeof(Object **) * (size_t)nf);
    for (int k = 0; k < nf; k++) {
        p->file_scopes[k] = scope_new(universe);
        p->scope->parent = p->file_scopes[k];
        enter_file(ch, k);
        imports[k] = declare_imports(ch, p->files[k], p->file_scopes[k], false);
    }
    for (int k = 0; k < nf; k++) {
        enter_file(ch, k);
        collect_decls(ch, p, p->files[k]);
    }
    /* a lazy method waits on its type's object; one whose type is not a
     * plain type of the package is attached now, with the others */
    for (int i = 0; i < ch->lazy_methods.len; i++) {
        Node *d = ch->lazy_methods.items[i];
        Object *t = scope_lookup_local(p->scope, intern_cstr(d->u.func.lazy_recv));
        if (t && t->kind == OBJ_TYPE && !t->generic) {
            VEC_PUSH(t->pending, t->npending, t->pending_cap, d);
        } else {
            enter_file(ch, d->u.func.name->obj->file);
            parse_method(ch, d);
            list_push(&ch->methods, d);
        }
    }
    ch->lazy_methods.len = 0;
    for (int i = 0; i < ch->generic_methods.len; i++) {
        Node *d = ch->generic_methods.items[i];
        enter_file(ch, d->u.func.name->obj ? d->u.func.name->obj->file : 0);
        generic_add_method(ch, d);
    }
    ch->generic_methods.len = 0;
    for (int k = 0; k < nf; k++) {
        enter_file(ch, k);
        resolve_decls(ch, p->files[k]);
    }
    /* methods before variables: an initializer may need a method set
     * (var e error = myErr{}) */
    attach_methods(ch);
    for (int k = 0; k < nf; k++) {
        enter_file(ch, k);
        NodeList *decls = &p->files[k]->u.file.decls;
        for (int i = 0; i < decls->len; i++) {
            Node *d = decls->items[i];
            if (d->kind == N_GENDECL && d->u.gendecl.tok == T_VAR) {
                ch->live = true;   /* initializers run */
                resolve_vars(ch, d);
                ch->live = !lazy;
            }
        }
    }
    /* function bodies */
    for (int k = 0; k < nf; k++) {
        enter_file(ch, k);
        NodeList *decls = &p->files[k]->u.file.decls;
        for (int i = 0; i < decls->len; i++) {
            Node *d = decls->items[i];
            if (d->kind == N_FUNCDECL && d->u.func.body && !(d->flags & NF_GENERIC) &&
                !d->u.func.name->obj->lazy) {
                ch->live = true;
                check_func_body(ch, d, d->u.func.name->obj);
                ch->live = !lazy;
            }
        }
    }
    check_instances(ch);
    for (int k = 0; k < nf && !lazy; k++) {
        enter_file(ch, k);
        report_unused_imports(ch, p->files[k], imports[k]);
    }
    enter_file(ch, 0);
    const char *entry = ch->c->entry ? ch->c->entry : "main";
    if (p == ch->c->main_pkg) {
        Object *m = scope_lookup_local(p->scope, intern_cstr(entry));
        if (!m || m->kind != OBJ_FUNC)
            diag_add(ch->diags, (Pos){0, 0, 0}, "function %s is undeclared in the main package", entry);
    }
    p->checked = true;
    ch->live = saved_live;
    ch->checking = saved_checking;
    ch->generic_methods = saved_gm;
    ch->pkg = saved_pkg;
    ch->scope = saved_scope;
    ch->file = saved_file;
}

Package *load_package(Checker *ch, const char *path, Pos pos) {
    Compiler *c = ch->c;
    for (int i = 0; i < c->npkgs; i++)
        if (strcmp(c->pkgs[i]->path, path) == 0) return c->pkgs[i];
    const char *src;
    const NativeDesc *natives;
    if (!compiler_library || !compiler_library->lookup(path, &src, &natives)) {
        if (strcmp(path, "C") == 0)
            errorf(ch, pos, "cgo (import \"C\") is not supported by minigo");
        else if (compiler_library && compiler_library->known_unsupported(path))
            errorf(ch, pos, "package \"%s\" is not supported by minigo", path);
        else
            errorf(ch, pos, "package %s is not in std", path);
        return NULL;
    }
    DiagList pd = { .filename = path };
    bool lazy = !c->repl;   /* lazy_package's packages */
    Node *file = lazy ? parse_library(src, strlen(src), &pd) : parse_file(src, strlen(src), &pd);
    if (!file) {
        errorf(ch, pos, "internal error: package %s does not parse", path);
        diag_print(&pd, stderr);
        return NULL;
    }
    Package *p = GC_MALLOC(sizeof *p);
    p->path = path;
    p->name = file->u.file.package->u.ident.name;
    p->file = file;
    p->natives = natives;
    p->scope = scope_new(universe);
    p->filename = path;
    p->files = &p->file;
    p->filenames = &p->filename;
    p->nfiles = 1;
    Package **np = GC_MALLOC(sizeof(Package *) * (size_t)(c->npkgs + 1));
    if (c->npkgs) memcpy(np, c->pkgs, sizeof(Package *) * (size_t)c->npkgs);
    np[c->npkgs++] = p;
    c->pkgs = np;
    DiagList *saved = ch->diags;
    DiagList inner = { .filename = path };
    ch->diags = &inner;
    check_package(ch, p);
    ch->diags = saved;
    if (inner.len) {
        errorf(ch, pos, "internal error: package %s does not check", path);
        diag_print(&inner, stderr);
    }
    return p;
}

/* Checks the library functions and methods live code reached, and the
 * instances they make, until no more are reached. */
static void check_reached(Checker *ch) {
    for (;;) {
        Object *o = ch->nlazyq ? ch->lazyq[--ch->nlazyq] : NULL;
        Package *q = o ? o->home : generics_pending();
        if (!q) return;
        Package *saved_pkg = ch->pkg, *saved_checking = ch->checking;
        Scope *saved_scope = ch->scope;
        DiagList *saved_diags = ch->diags;
        DiagList inner = { .filename = q->path };
        ch->pkg = ch->checking = q;
        ch->scope = q->scope;
        ch->diags = &inner;
        ch->live = true;
        if (o) {
            enter_file(ch, o->file);
            if (o->decl->u.func.recv && o->type != ty_invalid) name_method(o);
            check_func_body(ch, o->decl, o);
            add_func(ch->c, o->decl, q);
        } else {
            enter_file(ch, 0);
        }
        check_instances(ch);
        ch->diags = saved_diags;
        if (inner.len) {
            errorf(ch, (Pos){ 0, 0, 0 }, "internal error: package %s does not check", q->path);
            diag_print(&inner, stderr);
        }
        ch->pkg = saved_pkg;
        ch->checking = saved_checking;
        ch->scope = saved_scope;
    }
}

/* Package runtime is always there: run-time panics are its types. */
static void load_runtime(Checker *ch) {
    Package *rt = load_package(ch, "runtime", (Pos){0, 0, 0});
    if (rt) {
        static const char *const names[VM_RTERR_COUNT] = {
            [VM_RTERR_STRING] = "errorString", [VM_RTERR_PLAIN] = "plainError",
            [VM_RTERR_BOUNDS] = "boundsError", [VM_RTERR_ASSERT] = "TypeAssertionError",
            [VM_RTERR_PANICNIL] = "PanicNilError",
        };
        for (int i = 0; i < VM_RTERR_COUNT; i++) {
            Object *o = scope_lookup_local(rt->scope, intern_cstr(names[i]));
            if (o && o->kind == OBJ_TYPE) resolve_object(ch, o);   /* resolved when first used */
            Type *t = o && o->kind == OBJ_TYPE ? o->type : NULL;
            if (t && (i == VM_RTERR_ASSERT || i == VM_RTERR_PANICNIL)) t = types_pointer_to(t);
            ch->c->rterr_types[i] = t;
            /* the VM makes these values: their methods are live */
            if (o && o->kind == OBJ_TYPE) mark_live(ch, o);
        }
    }
}

/* Checks a whole program: the runtime, then the user's package (the
 * main package, whatever its name under c->any_package) and what it
 * imports. */
bool check_program(Compiler *c, Node **files, const char **filenames, const char **tracepaths, int nfiles) {
    types_init();
    generics_reset();
    Checker ch = { .c = c, .diags = c->diags, .iota = -1 };
    Package *p = GC_MALLOC(sizeof *p);
    const char *name = files[0]->u.file.package->u.ident.name;
    p->path = "main";
    p->name = c->any_package ? name : "main";
    p->file = files[0];
    p->filename = filenames[0];
    p->files = files;
    p->filenames = filenames;
    p->tracepaths = tracepaths;
    p->nfiles = nfiles;
    p->scope = scope_new(universe);
    c->main_pkg = p;
    Package **np = GC_MALLOC(sizeof(Package *) * (size_t)(c->npkgs + 1));
    if (c->npkgs) memcpy(np, c->pkgs, sizeof(Package *) * (size_t)c->npkgs);
    np[c->npkgs++] = p;
    c->pkgs = np;
    bool ok = true;
    for (int k = 0; k < nfiles; k++) {
        Node *pk = files[k]->u.file.package;
        const char *fname = pk->u.ident.name;
        c->diags->filename = filenames[k];
        c->diags->fileno = k;
        if (!c->any_package && strcmp(fname, "main") != 0) {
            diag_add(c->diags, pk->pos, "package %s is not a main package", fname);
            ok = false;
        } else if (strcmp(fname, p->name) != 0) {
            diag_add(c->diags, pk->pos, "package %s; expected package %s", fname, p->name);
            ok = false;
        }
    }
    c->diags->filename = filenames[0];
    c->diags->fileno = 0;
    if (!ok) return false;
    load_runtime(&ch);
    check_package(&ch, p);
    check_reached(&ch);
    return c->diags->len == 0;
}

/* ---- the REPL ---- */

/* Marks the expression statements typed at the top level, whose values
 * the REPL prints. */
/* A call of fmt's Print, Println, Printf or Fprint...: at the prompt it
 * shows its output, not also its byte count and error. */
static bool is_fmt_print(const Node *x) {
    if (x->kind != N_CALL) return false;
    const Node *f = x->u.call.fun;
    if (f->kind != N_SELECTOR || f->u.selector.x->kind != N_IDENT) return false;
    const char *pkg = f->u.selector.x->u.ident.name, *name = f->u.selector.sel->u.ident.name;
    return strcmp(pkg, "fmt") == 0 && (strncmp(name, "Print", 5) == 0 || strncmp(name, "Fprint", 6) == 0);
}

static void mark_shown(Node *file) {
    NodeList *decls = &file->u.file.decls;
    for (int i = 0; i < decls->len; i++) {
        Node *d = decls->items[i];
        if (!ast_is_repl_stmts(d)) continue;
        NodeList *stmts = &d->u.func.body->u.block.stmts;
        for (int j = 0; j < stmts->len; j++)
            if (stmts->items[j]->kind == N_EXPRSTMT && !is_fmt_print(stmts->items[j]->u.unary.x))
                stmts->items[j]->flags |= NF_REPLSHOW;
    }
}


/* Takes back what a failed input added: its functions and variable
 * initializers (a library it loaded stays), and the methods it attached. */
static void repl_undo(Compiler *c, int nfuncs, int ninits) {
    ReplState *r = c->repl;
    int k = nfuncs;
    for (int i = nfuncs; i < c->funcs.len; i++) {
        if (c->func_pkg[i] == c->main_pkg) continue;
        c->funcs.items[k] = c->funcs.items[i];
        c->func_pkg[k++] = c->func_pkg[i];
    }
    c->funcs.len = k;
    k = ninits;
    for (int i = ninits; i < c->ninits; i++) {
        Object *o = c->inits[i].spec->u.value.names.items[0]->obj;
        if (o && o->epoch == object_epoch) continue;   /* this input's */
        c->inits[k++] = c->inits[i];
    }
    c->ninits = k;
    for (int i = r->nundo - 1; i >= 0; i--) {
        r->undo[i].type->methods = r->undo[i].methods;
        r->undo[i].type->nmethods = r->undo[i].nmethods;
    }
}

/* The input's declarations become the session's, replacing earlier ones
 * of the same names (code compiled before keeps what it referred to). */
static void repl_merge(ReplState *r, Scope *in) {
    for (int i = 0; i < in->cap; i++) {
        Object *o = in->objs[i];
        if (!o) continue;
        int k = 0;
        for (int j = 0; j < r->norder; j++)
            if (r->order[j]->name != o->name) r->order[k++] = r->order[j];
        r->norder = k;
        VEC_PUSH(r->order, r->norder, r->order_cap, o);
        scope_replace(r->session, o);
    }
}

static int by_pos(const void *a, const void *b) {
    const Object *x = *(Object *const *)a, *y = *(Object *const *)b;
    if (x->epoch != y->epoch) return x->epoch < y->epoch ? -1 : 1;
    return x->pos.line != y->pos.line ? (x->pos.line < y->pos.line ? -1 : 1) : (x->pos.col < y->pos.col ? -1 : x->pos.col > y->pos.col);
}

/* Checks one REPL input into the session (see compiler.h). */
bool check_repl_input(Compiler *c, Node *file) {
    ReplState *r = c->repl;
    Checker ch = { .c = c, .diags = c->diags, .iota = -1, .next_fn_id = r->next_fn_id };
    if (!c->main_pkg) {
        /* the first input: the session's package main */
        Package *p = GC_MALLOC(sizeof *p);
        p->path = "main";
        p->name = "main";
        p->filename = "repl";
        r->files = scope_new(universe);
        r->session = scope_new(r->files);
        p->scope = r->session;
        c->main_pkg = p;
        Package **np = GC_MALLOC(sizeof(Package *) * (size_t)(c->npkgs + 1));
        if (c->npkgs) memcpy(np, c->pkgs, sizeof(Package *) * (size_t)c->npkgs);
        np[c->npkgs++] = p;
        c->pkgs = np;
        load_runtime(&ch);
        Package *rp = load_package(&ch, "minigo/repl", (Pos){0, 0, 0});
        r->show = rp ? scope_lookup_local(rp->scope, intern_cstr("Show")) : NULL;
    }
    object_epoch++;
    Package *p = c->main_pkg;
    Scope *in = scope_new(r->session);
    p->scope = in;
    p->file = file;
    p->files = &p->file;
    p->filenames = &p->filename;
    p->nfiles = 1;
    ch.pkg = p;
    ch.checking = p;
    ch.scope = in;
    if (r->pending) repl_abort(c);
    int nfuncs = c->funcs.len, ninits = c->ninits, nerr = c->diags->len, ngen = generics_mark();
    r->nundo = 0;
    declare_imports(&ch, file, r->files, true);
    mark_shown(file);
    collect_decls(&ch, p, file);
    for (int i = 0; i < ch.generic_methods.len; i++) generic_add_method(&ch, ch.generic_methods.items[i]);
    resolve_decls(&ch, file);
    attach_methods(&ch);
    /* in the order typed: variables, and the statements (what they
     * declare is seen by what follows them, and by the functions) */
    NodeList *decls = &file->u.file.decls;
    for (int i = 0; i < decls->len; i++) {
        Node *d = decls->items[i];
        if (d->kind == N_GENDECL && d->u.gendecl.tok == T_VAR) resolve_vars(&ch, d);
        if (!ast_is_repl_stmts(d)) continue;
        ch.repl_lenient = true;
        Object *fo = d->u.func.name->obj;
        Object *saved = ch.dep_owner;
        ch.dep_owner = fo;
        /* check_func makes the function scope; repl_top is set to it there */
        ch.repl_stmts = true;
        check_func(&ch, d->u.func.type, d->u.func.body, in, NULL, fo);
        ch.repl_top = NULL;
        ch.dep_owner = saved;
        ch.repl_lenient = false;
    }
    for (int i = 0; i < decls->len; i++) {
        Node *d = decls->items[i];
        if (d->kind == N_FUNCDECL && d->u.func.body && !ast_is_repl_stmts(d) && !(d->flags & NF_GENERIC))
            check_func_body(&ch, d, d->u.func.name->obj);
    }
    check_instances(&ch);
    r->next_fn_id = ch.next_fn_id;
    p->scope = r->session;
    r->pending = in;
    r->pending_funcs = nfuncs;
    r->pending_inits = ninits;
    r->pending_generics = ngen;
    if (c->diags->len > nerr) {
        repl_abort(c);
        return false;
    }
    return true;
}

void repl_commit(Compiler *c) {
    ReplState *r = c->repl;
    repl_merge(r, r->pending);
    if (r->norder > 1) qsort(r->order, (size_t)r->norder, sizeof *r->order, by_pos);
    r->pending = NULL;
}

void repl_abort(Compiler *c) {
    repl_undo(c, c->repl->pending_funcs, c->repl->pending_inits);
    generics_rollback(c->repl->pending_generics, c->main_pkg);
    c->repl->pending = NULL;
}
