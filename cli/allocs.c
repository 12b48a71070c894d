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
#include "testing.h"

void *__real_GC_malloc(size_t n);
void *__real_GC_malloc_atomic(size_t n);
void *__real_GC_malloc_uncollectable(size_t n);
void *__real_GC_malloc_atomic_uncollectable(size_t n);
void *__real_GC_malloc_ignore_off_page(size_t n);
void *__real_GC_malloc_atomic_ignore_off_page(size_t n);
void *__real_GC_realloc(void *p, size_t n);

void *__wrap_GC_malloc(size_t n);
void *__wrap_GC_malloc_atomic(size_t n);
void *__wrap_GC_malloc_uncollectable(size_t n);
void *__wrap_GC_malloc_atomic_uncollectable(size_t n);
void *__wrap_GC_malloc_ignore_off_page(size_t n);
void *__wrap_GC_malloc_atomic_ignore_off_page(size_t n);
void *__wrap_GC_realloc(void *p, size_t n);

void *__wrap_GC_malloc(size_t n) { testing_count_alloc(n); return __real_GC_malloc(n); }
void *__wrap_GC_malloc_atomic(size_t n) { testing_count_alloc(n); return __real_GC_malloc_atomic(n); }
void *__wrap_GC_malloc_uncollectable(size_t n) { testing_count_alloc(n); return __real_GC_malloc_uncollectable(n); }
void *__wrap_GC_malloc_atomic_uncollectable(size_t n) { testing_count_alloc(n); return __real_GC_malloc_atomic_uncollectable(n); }
void *__wrap_GC_malloc_ignore_off_page(size_t n) { testing_count_alloc(n); return __real_GC_malloc_ignore_off_page(n); }
void *__wrap_GC_malloc_atomic_ignore_off_page(size_t n) { testing_count_alloc(n); return __real_GC_malloc_atomic_ignore_off_page(n); }
void *__wrap_GC_realloc(void *p, size_t n) { testing_count_alloc(n); return __real_GC_realloc(p, n); }
