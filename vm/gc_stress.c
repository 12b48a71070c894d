/* gc_stress.c — -Dstress_gc=true: collect garbage every N allocations.
 *
 * Built and linked into every program only in that build (meson.build),
 * which also passes the linker --wrap=GC_malloc and friends: each call of
 * the project to one of Boehm's allocators (GC_MALLOC, GC_MALLOC_ATOMIC,
 * ... expand to them) comes here first, counts, and every Nth one runs a
 * full collection before allocating. A pointer the collector cannot see
 * (kept only in malloc memory or a thread-local, hidden in a header the
 * collector does not scan, or held past a point where the object was
 * dropped) then goes stale within N allocations instead of once in a long
 * while, and the freed block is soon handed out again, so the bug shows.
 *
 * N is MINIGO_STRESS_GC from the environment (1 = before every
 * allocation), 1000 by default. The counter is shared by all threads, so
 * a collection started by one M stops the others at arbitrary points.
 * A heap over 8 MB is collected less often: only once 1/32 of it has been
 * allocated since the last collection, so that the work stays a constant
 * factor of what the program allocates (a fixed N would make a program
 * that builds up a big heap, 100,000 goroutines say, quadratic).
 */
#include <gc.h>
#include <stdatomic.h>
#include <stdlib.h>
#include "gc_wrap.h"

#define DEFAULT_EVERY 1000
#define BIG_HEAP (8u << 20)
#define HEAP_FRACTION 32

static _Atomic unsigned long allocs;
static _Atomic unsigned long every;   /* 0 until the first allocation reads the environment */

static void tick(size_t bytes) {
    (void)bytes;
    unsigned long n = atomic_load_explicit(&every, memory_order_relaxed);
    if (n == 0) {
        const char *s = getenv("MINIGO_STRESS_GC");
        long v = s ? strtol(s, NULL, 10) : 0;
        n = v > 0 ? (unsigned long)v : DEFAULT_EVERY;
        atomic_store_explicit(&every, n, memory_order_relaxed);
    }
    if (atomic_fetch_add_explicit(&allocs, 1, memory_order_relaxed) % n != n - 1) return;
    size_t heap = GC_get_heap_size();
    if (heap <= BIG_HEAP || GC_get_bytes_since_gc() >= heap / HEAP_FRACTION) GC_gcollect();
}

GC_WRAP_ALLOCATORS(tick)
