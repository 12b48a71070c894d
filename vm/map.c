/* map.c — Go maps: a dense entry array in insertion order plus an
 * open-addressed index (see map.h for the design and iteration rules). */
#include <gc.h>
#include <string.h>
#include "map.h"
#include "types.h"

/* ---- hashing ---- */

static inline uint64_t mix(uint64_t x) {
    x ^= x >> 30; x *= 0xbf58476d1ce4e5b9ULL;
    x ^= x >> 27; x *= 0x94d049bb133111ebULL;
    x ^= x >> 31;
    return x;
}

static uint64_t hash_bytes(const void *p, size_t n, uint64_t seed) {
    const unsigned char *s = p;
    uint64_t h = seed ^ (n * 0x9e3779b97f4a7c15ULL);
    while (n >= 8) {
        uint64_t w;
        memcpy(&w, s, 8);
        h = mix(h ^ w) + 0x9e3779b97f4a7c15ULL;
        s += 8, n -= 8;
    }
    uint64_t w = 0;
    memcpy(&w, s, n);
    return mix(h ^ w ^ ((uint64_t)n << 56));
}

static _Thread_local uint64_t rng_state;

/* A cheap per-thread random number (xorshift*), seeded from the clock and
 * the address of the thread's state. */
static uint64_t fast_rand(void) {
    if (!rng_state) {
        rng_state = mix((uint64_t)(uintptr_t)&rng_state ^ (uint64_t)GC_get_heap_size() ^
                        (uint64_t)__builtin_ia32_rdtsc()) | 1;
    }
    rng_state ^= rng_state >> 12;
    rng_state ^= rng_state << 25;
    rng_state ^= rng_state >> 27;
    return rng_state * 0x2545F4914F6CDD1DULL;
}

static uint64_t hash_slots(const Type *t, const Value *p, uint64_t seed, const Type **bad) {
    const Type *u = t->under;
    uint64_t h = seed;
    if (u->kind == TY_STRUCT) {
        for (int i = 0; i < u->nfields; i++) {
            const Type *ft = u->fields[i].type;
            int off = type_field_offset(u, i);
            Value v = value_load(ft, p + off);
            h = mix(h + value_hash(ft, v, seed, bad));
        }
        return h;
    }
    for (int64_t i = 0; i < u->len; i++)
        h = mix(h + value_hash(u->elem, array_elem(u, p, i), seed, bad));
    return h;
}

uint64_t value_hash(const Type *t, Value v, uint64_t seed, const Type **bad) {
    const Type *u = t->under;
    switch (u->kind) {
    case TY_FLOAT32: case TY_FLOAT64:
        if (v.f == 0) return mix(seed);                 /* +0 and -0 are equal */
        if (v.f != v.f) return mix(seed ^ fast_rand()); /* NaN != NaN: every NaN key is new */
        return mix(seed ^ v.u);
    case TY_STRING:
        return hash_bytes(str_data(v.s), (size_t)str_len(v.s), seed);
    case TY_STRUCT: case TY_ARRAY:
        return hash_slots(t, v.p, seed, bad);
    case TY_INTERFACE: {
        GoBox *b = v.ifc;
        if (!b) return mix(seed ^ 0x1234567);
        if (!value_comparable(b->type)) {
            *bad = b->type;
            return 0;
        }
        return mix(value_hash(b->type, b->v, seed, bad) ^ (uint64_t)(uintptr_t)b->type);
    }
    default:
        return mix(seed ^ v.u);
    }
}

const Type *map_key_unhashable(const Type *keytype, Value key) {
    const Type *bad = NULL;
    (void)value_hash(keytype, key, 0, &bad);
    return bad;
}

/* ---- the table ---- */

GoMap *map_new(const Type *maptype, int64_t hint) {
    GoMap *m = GC_MALLOC(sizeof *m);
    m->type = maptype;
    m->seed = fast_rand();
    if (hint > 0) {
        int64_t cap = 8;
        while (cap * 3 / 4 < hint) cap *= 2;
        m->index_cap = cap;
        m->index = GC_MALLOC_ATOMIC(sizeof(int32_t) * (size_t)cap);
        memset(m->index, 0, sizeof(int32_t) * (size_t)cap);
        m->entries_cap = cap * 3 / 4;
        m->entries = GC_MALLOC(sizeof(MapEntry) * (size_t)m->entries_cap);
    }
    return m;
}

static inline uint64_t key_hash(GoMap *m, Value key, const Type **bad) {
    uint64_t h = value_hash(m->type->under->key, key, m->seed, bad);
    return h ? h : 1;
}

/* The index slot holding key, or -1. */
static int64_t find_slot(GoMap *m, Value key, uint64_t h) {
    if (!m->index_cap) return -1;
    const Type *kt = m->type->under->key;
    uint64_t mask = (uint64_t)m->index_cap - 1;
    for (uint64_t i = h & mask, step = 1;; i = (i + step++) & mask) {
        int32_t e = m->index[i];
        if (e == 0) return -1;
        if (e > 0) {
            MapEntry *en = &m->entries[e - 1];
            if (en->hash == h && value_equal(kt, en->key, key)) return (int64_t)i;
        }
    }
}

/* Rebuilds the table with room for at least `need` live entries, in a new
 * entry array (iterators keep the old one as their snapshot). */
static void rebuild(GoMap *m, int64_t need) {
    int64_t cap = 8;
    while (cap * 3 / 4 < need) cap *= 2;
    int32_t *index = GC_MALLOC_ATOMIC(sizeof(int32_t) * (size_t)cap);
    memset(index, 0, sizeof(int32_t) * (size_t)cap);
    int64_t ecap = cap * 3 / 4;
    MapEntry *entries = GC_MALLOC(sizeof(MapEntry) * (size_t)ecap);
    int64_t n = 0;
    uint64_t mask = (uint64_t)cap - 1;
    for (int64_t j = 0; j < m->nentries; j++) {
        MapEntry *en = &m->entries[j];
        if (!en->hash) continue;
        entries[n] = *en;
        uint64_t i = en->hash & mask, step = 1;
        while (index[i]) i = (i + step++) & mask;
        index[i] = (int32_t)(n + 1);
        n++;
    }
    m->index = index;
    m->index_cap = cap;
    m->entries = entries;
    m->entries_cap = ecap;
    m->nentries = n;
}

Value *map_find(GoMap *m, Value key, const Type **bad) {
    if (!m || !m->count) return NULL;   /* hashes nothing: see map_key_unhashable */
    uint64_t h = key_hash(m, key, bad);
    if (*bad) return NULL;
    int64_t s = find_slot(m, key, h);
    return s < 0 ? NULL : &m->entries[m->index[s] - 1].val;
}

Value *map_insert(GoMap *m, Value key, const Type **bad) {
    uint64_t h = key_hash(m, key, bad);
    if (*bad) return NULL;
    int64_t s = find_slot(m, key, h);
    if (s >= 0) return &m->entries[m->index[s] - 1].val;
    if (m->nentries >= m->entries_cap) rebuild(m, m->count + 1 > m->count * 2 ? m->count + 1 : m->count * 2);
    MapEntry *en = &m->entries[m->nentries];
    en->key = key;
    en->val.u = 0;
    en->hash = h;
    uint64_t mask = (uint64_t)m->index_cap - 1;
    uint64_t i = h & mask, step = 1;
    while (m->index[i] > 0) i = (i + step++) & mask;
    m->index[i] = (int32_t)(m->nentries + 1);
    m->nentries++;
    m->count++;
    return &en->val;
}

void map_delete(GoMap *m, Value key, const Type **bad) {
    if (!m || !m->count) return;
    uint64_t h = key_hash(m, key, bad);
    if (*bad) return;
    int64_t s = find_slot(m, key, h);
    if (s < 0) return;
    MapEntry *en = &m->entries[m->index[s] - 1];
    en->hash = 0;
    en->key.u = 0;
    en->val.u = 0;
    m->index[s] = -1;   /* a tombstone: probing continues past it */
    m->count--;
}

void map_clear(GoMap *m) {
    if (!m) return;
    /* mark every entry deleted in place, so running iterators stop seeing them */
    for (int64_t j = 0; j < m->nentries; j++) m->entries[j].hash = 0;
    m->count = 0;
    m->nentries = 0;
    m->entries = NULL;
    m->entries_cap = 0;
    m->index = NULL;
    m->index_cap = 0;
}

/* ---- iteration ---- */

void map_iter_init(MapIter *it, GoMap *m) {
    it->m = m;
    it->snap = m ? m->entries : NULL;
    it->n = m ? m->nentries : 0;
    it->start = it->n ? (int64_t)(fast_rand() % (uint64_t)it->n) : 0;
    it->i = 0;
}

MapEntry *map_iter_next(MapIter *it, MapEntry *out) {
    while (it->i < it->n) {
        int64_t j = it->start + it->i++;
        if (j >= it->n) j -= it->n;
        MapEntry *en = &it->snap[j];
        if (!en->hash) continue;
        if (it->m->entries == it->snap) {
            *out = *en;
            return out;
        }
        /* the map has moved its entries: ask it whether the key is still there */
        const Type *bad = NULL;
        Value *v = map_find(it->m, en->key, &bad);
        if (!v) continue;
        out->key = en->key;
        out->val = *v;
        out->hash = en->hash;
        return out;
    }
    return NULL;
}
