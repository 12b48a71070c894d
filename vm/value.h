/* value.h — the VM's operations on values by their type (compare.c); the
 * representation itself is rt/value.h's. */
#ifndef MINIGO_VALUE_H
#define MINIGO_VALUE_H

#include "rtvalue.h"
#include "rtype.h"

/* ---- comparison by type (vm/compare.c): Go's == for any comparable type ----
 * The one convention for uncomparable and unhashable values (here, in
 * value_hash and the map operations): the function returns normally and
 * sets *bad (when bad is not NULL) to the dynamic type that cannot be
 * compared or hashed; the caller raises Go's run-time error. */
bool value_equal(const struct RType *t, Value a, Value b, const struct RType **bad);
/* Whether values of dynamic type t can be compared (and hashed): no
 * slice, map or func in it outside interfaces. */
static inline bool value_comparable(const struct RType *t) { return t->flags & RT_COMPARABLE; }

/* The value of type t stored at p (in a block or a backing array): for a
 * struct or array, a pointer to its inline slots; otherwise the slot. */
Value value_load(const struct RType *t, const Value *p);
/* Element i of an array of type at stored at blk (packed 1-byte elements
 * included: see type_packed_array). */
Value array_elem(const struct RType *at, const Value *blk, int64_t i);

#endif
