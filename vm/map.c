/* map.c — Go maps: a dense entry array in insertion order plus an
 * open-addressed index (see map.h for the design and iteration rules). */
#include <gc.h>
#include <stdatomic.h>
#include <string.h>
#include "hash.h"
#include "map.h"
#include "vm.h"

/* ---- hashing ---- */

static _Thread_local uint64_t rng_state;

/* A cheap per-thread random number (xorshift*), seeded from the clock and
 * the address of the thread's state. */
static uint64_t fast_rand(void) {
    if (!rng_state) {
        rng_state = hash_mix((uint64_t)(uintptr_t)&rng_state ^ (uint64_t)GC_get_heap_size() ^
                        (uint64_t)__builtin_ia32_rdtsc()) | 1;
    }
    rng_state ^= rng_state >> 12;
    rng_state ^= rng_state << 25;
    rng_state ^= rng_state >> 27;
    return rng_state * 0x2545F4914F6CDD1DULL;
}

static uint64_t hash_slots(const RType *t, const Value *p, uint64_t seed, const RType **bad) {
    const RType *u = t->under;
    uint64_t h = seed;
    if (u->kind == TY_STRUCT) {
        for (int i = 0; i < u->nfields; i++) {
            const RType *ft = u->fields[i].type;
            int off = u->fields[i].offset;
            Value v = value_load(ft, p + off);
            h = hash_mix(h + value_hash(ft, v, seed, bad));
        }
        return h;
    }
    for (int64_t i = 0; i < u->len; i++)
        h = hash_mix(h + value_hash(u->elem, array_elem(u, p, i), seed, bad));
    return h;
}

uint64_t value_hash(const RType *t, Value v, uint64_t seed, const RType **bad) {
    const RType *u = t->under;
    switch (u->kind) {
    case TY_FLOAT32: case TY_FLOAT64:
        if (v.f == 0) return hash_mix(seed);                 /* +0 and -0 are equal */
        if (v.f != v.f) return hash_mix(seed ^ fast_rand()); /* NaN != NaN: every NaN key is new */
        return hash_mix(seed ^ v.u);
    case TY_STRING:
        return hash_bytes(str_data(v.s), (size_t)str_len(v.s), seed);
    case TY_STRUCT: case TY_ARRAY:
        return hash_slots(t, v.p, seed, bad);
    case TY_INTERFACE: {
        GoBox *b = v.ifc;
        if (!b) return hash_mix(seed ^ 0x1234567);
        if (!value_comparable(b->type)) {
            *bad = b->type;
            return 0;
        }
        return hash_mix(value_hash(b->type, b->v, seed, bad) ^ (uint64_t)(uintptr_t)b->type);
    }
    default:
        return hash_mix(seed ^ v.u);
    }
}

const RType *map_key_unhashable(const RType *keytype, Value key) {
    const RType *bad = NULL;
    (void)value_hash(keytype, key, 0, &bad);
    return bad;
}

/* ---- the table ----
 *
 * Racy programs (goroutines writing a map without a lock) must get Go's
 * "fatal error: concurrent map ..." where it notices them, and must never
 * make the VM read a wild pointer where it does not:
 *  - writers set MAP_WRITING for the length of a write and check it, and
 *    readers and iterators check it, with plain (relaxed) loads and stores
 *    as Go's hashWriting flag: detection is likely, not certain;
 *  - a table's index, entry array and their sizes never change once it is
 *    published; growth builds a new table and publishes it with one
 *    pointer store, so an operation works on one consistent snapshot;
 *  - an entry is complete before the index slot naming it is stored
 *    (release/acquire), and a deleted aggregate key or value keeps its
 *    block (a racing reader may still compare or load it); Boehm keeps
 *    whatever a snapshot still references;
 *  - every probe loop ends after index_cap steps: only a race fills an
 *    index, and that is reported as Go reports it.
 */

#define LOAD(x) atomic_load_explicit(&(x), memory_order_relaxed)
#define STORE(x, v) atomic_store_explicit(&(x), (v), memory_order_relaxed)

static _Noreturn void map_fatal(const char *msg) { vm_fatal_error(vm_host.curg ? vm_host.curg() : NULL, msg); }

static void begin_write(GoMap *m) {
    uint32_t f = LOAD(m->flags);
    if (f & MAP_WRITING) map_fatal("concurrent map writes");
    STORE(m->flags, f | MAP_WRITING);
}

static void end_write(GoMap *m) {
    uint32_t f = LOAD(m->flags);
    if (!(f & MAP_WRITING)) map_fatal("concurrent map writes");
    STORE(m->flags, f & ~(uint32_t)MAP_WRITING);
}

static void check_read(const GoMap *m, const char *msg) {
    if (LOAD(((GoMap *)m)->flags) & MAP_WRITING) map_fatal(msg);
}

static MapTable *table(const GoMap *m) {
    return atomic_load_explicit(&((GoMap *)m)->t, memory_order_acquire);
}

static MapTable *new_table(int64_t need) {
    int64_t cap = 8;
    while (cap * 3 / 4 < need) cap *= 2;
    MapTable *t = GC_MALLOC(sizeof *t);
    t->index_cap = cap;
    t->index = GC_MALLOC_ATOMIC(sizeof(int32_t) * (size_t)cap);
    memset(t->index, 0, sizeof(int32_t) * (size_t)cap);
    t->entries_cap = cap * 3 / 4;
    t->entries = GC_MALLOC(sizeof(MapEntry) * (size_t)t->entries_cap);
    return t;
}

GoMap *map_new(const RType *maptype, int64_t hint) {
    GoMap *m = GC_MALLOC(sizeof *m);
    m->type = maptype;
    m->seed = fast_rand();
    if (hint > 0) m->t = new_table(hint);
    return m;
}

static inline uint64_t key_hash(GoMap *m, Value key, const RType **bad) {
    uint64_t h = value_hash(m->type->under->key, key, m->seed, bad);
    return h ? h : 1;
}

static inline int32_t index_get(const MapTable *t, uint64_t i) {
    return __atomic_load_n(&t->index[i], __ATOMIC_ACQUIRE);
}

static inline void index_set(MapTable *t, uint64_t i, int32_t e) {
    __atomic_store_n(&t->index[i], e, __ATOMIC_RELEASE);
}

/* The index slot of t holding key, or -1, and in *en its entry; race:
 * what to report if the index turns out full or inconsistent. */
static inline __attribute__((always_inline)) int64_t find_slot(const GoMap *m, const MapTable *t, Value key, uint64_t h, const char *race, MapEntry **found) {
    const RType *kt = m->type->under->key;
    uint64_t mask = (uint64_t)t->index_cap - 1;
    uint64_t i = h & mask;
    for (int64_t step = 1; step <= t->index_cap; i = (i + (uint64_t)step++) & mask) {
        int32_t e = index_get(t, i);
        if (e == 0) return -1;
        if (e > 0) {
            if (e > t->entries_cap) map_fatal(race);
            MapEntry *en = &t->entries[e - 1];
            if (en->hash == h && value_equal(kt, en->key, key, NULL)) {
                *found = en;
                return (int64_t)i;
            }
        }
    }
    map_fatal(race);
}

/* A new table with room for at least `need` live entries, holding t's
 * live entries (iterators keep t as their snapshot). */
static MapTable *rebuild(MapTable *t, int64_t need) {
    MapTable *nt = new_table(need);
    int64_t n = 0;
    uint64_t mask = (uint64_t)nt->index_cap - 1;
    int64_t used = t ? LOAD(t->nentries) : 0;
    if (used > (t ? t->entries_cap : 0)) map_fatal("concurrent map writes");
    for (int64_t j = 0; j < used; j++) {
        MapEntry *en = &t->entries[j];
        if (!en->hash) continue;
        if (n == nt->entries_cap) map_fatal("concurrent map writes");
        nt->entries[n] = *en;
        uint64_t i = en->hash & mask, step = 1;
        while (nt->index[i]) i = (i + step++) & mask;
        nt->index[i] = (int32_t)(n + 1);
        n++;
    }
    STORE(nt->nentries, n);
    return nt;
}

Value *map_find(GoMap *m, Value key, const RType **bad) {
    if (!m || !map_len(m)) return NULL;   /* hashes nothing: see map_key_unhashable */
    uint64_t h = key_hash(m, key, bad);
    if (*bad) return NULL;
    check_read(m, "concurrent map read and map write");
    MapTable *t = table(m);
    if (!t) return NULL;
    MapEntry *en;
    return find_slot(m, t, key, h, "concurrent map read and map write", &en) < 0 ? NULL : &en->val;
}

Value *map_insert(GoMap *m, Value key, Value val, const RType **bad) {
    uint64_t h = key_hash(m, key, bad);
    if (*bad) return NULL;
    begin_write(m);
    MapTable *t = table(m);
    MapEntry *en;
    if (t && find_slot(m, t, key, h, "concurrent map writes", &en) >= 0) {
        end_write(m);
        return &en->val;
    }
    int64_t count = LOAD(m->count);
    int64_t n = t ? LOAD(t->nentries) : 0;
    if (!t || n >= t->entries_cap) {
        t = rebuild(t, count + 1 > count * 2 ? count + 1 : count * 2);
        atomic_store_explicit(&m->t, t, memory_order_release);
        n = LOAD(t->nentries);
        if (n >= t->entries_cap) map_fatal("concurrent map writes");
    }
    en = &t->entries[n];
    en->key = key;
    en->val = val;   /* a racing reader that finds the entry finds its value (an aggregate's block) */
    en->hash = h;
    STORE(t->nentries, n + 1);
    uint64_t mask = (uint64_t)t->index_cap - 1;
    uint64_t i = h & mask;
    for (int64_t step = 1; index_get(t, i) > 0; i = (i + (uint64_t)step++) & mask)
        if (step > t->index_cap) map_fatal("concurrent map writes");
    index_set(t, i, (int32_t)(n + 1));
    STORE(m->count, count + 1);
    end_write(m);
    return &en->val;
}

void map_delete(GoMap *m, Value key, const RType **bad) {
    if (!m || !map_len(m)) return;
    uint64_t h = key_hash(m, key, bad);
    if (*bad) return;
    begin_write(m);
    MapTable *t = table(m);
    MapEntry *en;
    int64_t s = t ? find_slot(m, t, key, h, "concurrent map writes", &en) : -1;
    if (s >= 0) {
        en->hash = 0;
        /* let go of what they reference, except an aggregate's block,
         * which a racing reader may still be looking at */
        if (!rtype_is_aggregate(m->type->under->key)) en->key.u = 0;
        if (!rtype_is_aggregate(m->type->under->elem)) en->val.u = 0;
        index_set(t, (uint64_t)s, -1);   /* a tombstone: probing continues past it */
        STORE(m->count, LOAD(m->count) - 1);
    }
    end_write(m);
}

void map_clear(GoMap *m) {
    if (!m) return;
    begin_write(m);
    MapTable *t = table(m);
    /* mark every entry deleted in place, so running iterators stop seeing them */
    if (t) {
        int64_t used = LOAD(t->nentries);
        for (int64_t j = 0; j < used && j < t->entries_cap; j++) t->entries[j].hash = 0;
    }
    atomic_store_explicit(&m->t, NULL, memory_order_release);
    STORE(m->count, 0);
    end_write(m);
}

/* ---- iteration ---- */

void map_iter_init(MapIter *it, GoMap *m) {
    it->m = m;
    it->snap = m ? table(m) : NULL;
    int64_t n = it->snap ? LOAD(it->snap->nentries) : 0;
    it->n = n < 0 ? 0 : it->snap && n > it->snap->entries_cap ? it->snap->entries_cap : n;
    it->start = it->n ? (int64_t)(fast_rand() % (uint64_t)it->n) : 0;
    it->i = 0;
}

MapEntry *map_iter_next(MapIter *it, MapEntry *out) {
    while (it->i < it->n) {
        check_read(it->m, "concurrent map iteration and map write");
        int64_t j = it->start + it->i++;
        if (j >= it->n) j -= it->n;
        MapEntry *en = &it->snap->entries[j];
        if (!en->hash) continue;
        if (table(it->m) == it->snap) {
            *out = *en;
            return out;
        }
        /* the map has moved its entries: ask it whether the key is still there */
        const RType *bad = NULL;
        Value *v = map_find(it->m, en->key, &bad);
        if (!v) continue;
        out->key = en->key;
        out->val = *v;
        out->hash = en->hash;
        return out;
    }
    return NULL;
}
