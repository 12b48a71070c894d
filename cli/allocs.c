/* allocs.c — counting the program's allocations, for testing's B/op and
 * allocs/op (stdlib/testing.c).
 *
 * The minigo executable is linked with --wrap=GC_malloc and friends
 * (cli/meson.build): each call the project makes to one of Boehm's
 * allocators (the GC_MALLOC macros expand to them) comes here first, is
 * counted for the calling thread, and goes on to the allocator. The
 * -Dstress_gc build wraps the same functions for vm/gc_stress.c and
 * leaves this file out: its counts stay 0.
 */
#include <gc.h>
#include "gc_wrap.h"
#include "testing.h"

static inline void count(size_t n) {
    if (atomic_load_explicit(&testing_counting, memory_order_relaxed)) testing_count_alloc(n);
}

GC_WRAP_ALLOCATORS(count)
