/* gc_wrap.h — wrappers of Boehm's allocators for a binary linked with
 * --wrap=GC_malloc and friends: GC_WRAP_ALLOCATORS(hook) defines
 * __wrap_GC_malloc and the six others, each calling hook(bytes) and then
 * the real allocator (the GC_MALLOC macros expand to these functions).
 * Used by vm/gc_stress.c (-Dstress_gc) and cli/allocs.c (testing's counts);
 * a binary has one of the two.
 */
#ifndef MINIGO_RT_GC_WRAP_H
#define MINIGO_RT_GC_WRAP_H

#include <stddef.h>

#define GC_WRAP_ONE(NAME, HOOK) \
    void *__real_##NAME(size_t n); \
    void *__wrap_##NAME(size_t n); \
    void *__wrap_##NAME(size_t n) { HOOK(n); return __real_##NAME(n); }

#define GC_WRAP_ALLOCATORS(HOOK) \
    GC_WRAP_ONE(GC_malloc, HOOK) \
    GC_WRAP_ONE(GC_malloc_atomic, HOOK) \
    GC_WRAP_ONE(GC_malloc_uncollectable, HOOK) \
    GC_WRAP_ONE(GC_malloc_atomic_uncollectable, HOOK) \
    GC_WRAP_ONE(GC_malloc_ignore_off_page, HOOK) \
    GC_WRAP_ONE(GC_malloc_atomic_ignore_off_page, HOOK) \
    void *__real_GC_realloc(void *p, size_t n); \
    void *__wrap_GC_realloc(void *p, size_t n); \
    void *__wrap_GC_realloc(void *p, size_t n) { HOOK(n); return __real_GC_realloc(p, n); }

#endif
