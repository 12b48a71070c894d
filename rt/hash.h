/* hash.h — the project's one hash: a 64-bit mixer (splitmix64's
 * finalizer) and a byte-string hash built on it. Maps, the string intern
 * table and the compiler's pointer-keyed tables all use these. Not
 * cryptographic; a seed varies it (maps are seeded per map, as in Go).
 */
#ifndef MINIGO_RT_HASH_H
#define MINIGO_RT_HASH_H

#include <stddef.h>
#include <stdint.h>
#include <string.h>

static inline uint64_t hash_mix(uint64_t x) {
    x ^= x >> 30; x *= 0xbf58476d1ce4e5b9ULL;
    x ^= x >> 27; x *= 0x94d049bb133111ebULL;
    x ^= x >> 31;
    return x;
}

/* The hash of n bytes at p. */
static inline uint64_t hash_bytes(const void *p, size_t n, uint64_t seed) {
    const unsigned char *s = p;
    uint64_t h = seed ^ (n * 0x9e3779b97f4a7c15ULL);
    while (n >= 8) {
        uint64_t w;
        memcpy(&w, s, 8);
        h = hash_mix(h ^ w) + 0x9e3779b97f4a7c15ULL;
        s += 8, n -= 8;
    }
    uint64_t w = 0;
    memcpy(&w, s, n);
    return hash_mix(h ^ w ^ ((uint64_t)n << 56));
}

/* The hash of a pointer (the key of identity tables). */
static inline uint64_t hash_ptr(const void *p) { return hash_mix((uint64_t)(uintptr_t)p); }

#endif
