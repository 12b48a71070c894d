/* map.h — Go maps at run time.
 *
 * A map keeps its entries in insertion order in a dense array (key, value,
 * hash), and finds them through an open-addressed index of entry numbers,
 * as CPython's compact dict does. Deleting leaves a tombstone in the entry
 * array; the array is compacted when the map grows.
 *
 * Iteration follows Go's rules (spec, "For statements with range clause"):
 * the order is unspecified and randomized per loop (a random starting entry),
 * an entry deleted before it is reached is not produced, and an entry added
 * during iteration may or may not be. An iterator walks a snapshot of the
 * entry array it started with; when the map has since moved its entries
 * (growth), each key is looked up again so deletions and updates are seen.
 *
 * Keys and values are single slots (value.h); an aggregate key or value is
 * a pointer to its own block, copied on insertion by the generated code.
 */
#ifndef MINIGO_MAP_H
#define MINIGO_MAP_H

#include <stdatomic.h>
#include "value.h"

typedef struct MapEntry {
    Value key, val;
    uint64_t hash;         /* 0 marks a deleted entry (live hashes are never 0) */
} MapEntry;

/* A table: the index and the entries it names. Its arrays and their
 * sizes are fixed once it is published (growth makes a new table). */
typedef struct MapTable {
    int32_t *index;            /* open addressing: entry number + 1, 0 empty, -1 deleted */
    int64_t index_cap;         /* a power of two */
    MapEntry *entries;         /* dense, insertion order; nentries used */
    int64_t entries_cap;
    _Atomic int64_t nentries;
} MapTable;

enum { MAP_WRITING = 1 };      /* Go's hashWriting */

typedef struct GoMap {
    const struct RType *type;   /* the map type: key and element types */
    _Atomic int64_t count;     /* live entries */
    MapTable *_Atomic t;       /* NULL until the first insertion */
    uint64_t seed;
    _Atomic uint32_t flags;    /* MAP_WRITING while a write is under way */
} GoMap;

typedef struct MapIter {
    GoMap *m;
    MapTable *snap;            /* the table when iteration began */
    int64_t n;                 /* entries in the snapshot */
    int64_t start, i;
} MapIter;

GoMap *map_new(const struct RType *maptype, int64_t hint);
/* Looks up key; returns the value slot or NULL. Sets *bad for an unhashable
 * dynamic key type (the caller panics). */
Value *map_find(GoMap *m, Value key, const struct RType **bad);
/* Returns the value slot for key, inserting val if absent (before the
 * entry is published: a racing reader never finds an entry without its
 * value, an aggregate's block). */
Value *map_insert(GoMap *m, Value key, Value val, const struct RType **bad);
void map_delete(GoMap *m, Value key, const struct RType **bad);
/* A nil or empty map hashes no key in map_find and map_delete: Go still
 * panics for an unhashable one (its mapKeyError); this says which type. */
const struct RType *map_key_unhashable(const struct RType *keytype, Value key);
void map_clear(GoMap *m);
static inline int64_t map_len(const GoMap *m) {
    int64_t n = m ? atomic_load_explicit(&((GoMap *)m)->count, memory_order_relaxed) : 0;
    return n < 0 ? 0 : n;   /* racing writers can lose counts */
}

void map_iter_init(MapIter *it, GoMap *m);
/* The next entry, or NULL at the end. */
MapEntry *map_iter_next(MapIter *it, MapEntry *out);

/* Go's hash of a comparable value of type t; unhashable dynamic types in
 * interfaces set *bad. */
uint64_t value_hash(const struct RType *t, Value v, uint64_t seed, const struct RType **bad);

#endif
