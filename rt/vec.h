/* vec.h — growing an array by doubling, the one way the project does it.
 *
 *   VEC_GROW(items, len, cap, need)   makes room for `need` elements
 *   VEC_PUSH(items, len, cap, x)      appends x
 *
 * items is a T* (GC-allocated with GC_MALLOC, so it may hold pointers the
 * collector must see), len and cap are integers. A grown array is a new
 * copy: a reader holding the old pointer still sees valid elements up to
 * the old length, which is what the REPL's tables rely on.
 */
#ifndef MINIGO_RT_VEC_H
#define MINIGO_RT_VEC_H

#include <gc.h>
#include <string.h>

#define VEC_GROW(items, len, cap, need)                                          \
    do {                                                                         \
        if ((need) > (cap)) {                                                    \
            size_t vec_nc_ = (cap) ? (size_t)(cap) * 2 : 8;                      \
            while (vec_nc_ < (size_t)(need)) vec_nc_ *= 2;                       \
            void *vec_n_ = GC_MALLOC(sizeof *(items) * vec_nc_);                 \
            if ((len)) memcpy(vec_n_, (items), sizeof *(items) * (size_t)(len)); \
            (items) = vec_n_;                                                    \
            (cap) = vec_nc_;                                                     \
        }                                                                        \
    } while (0)

#define VEC_PUSH(items, len, cap, x)               \
    do {                                           \
        VEC_GROW(items, len, cap, (len) + 1);      \
        (items)[(len)++] = (x);                    \
    } while (0)

#endif
