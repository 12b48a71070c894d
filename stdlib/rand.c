/* rand.c — package math/rand.
 *
 * Go source: the Source interfaces, *Rand with Go's derivations (Int63n's
 * rejection sampling, Intn, Float64, Perm, Shuffle) and the top-level
 * functions over a randomly seeded global generator (Seed is a no-op, as
 * in Go 1.24+). The generator is SplitMix64 rather than Go's additive
 * lagged Fibonacci source: rand.New(rand.NewSource(42)) is reproducible
 * from run to run, but does not give Go's numbers. NormFloat64 and
 * ExpFloat64 use Box-Muller and inversion instead of Go's ziggurat.
 * Natives: the initial seed, and three libm functions.
 */
#include <math.h>
#include <stdint.h>
#include <time.h>
#include <unistd.h>
#include <sys/random.h>
#include "natives.h"

static NatStatus rand_randomSeed(G *g, Value *a) {
    (void)g;
    uint64_t seed = 0;
    if (getrandom(&seed, sizeof seed, GRND_NONBLOCK) != (ssize_t)sizeof seed) {
        struct timespec ts;
        clock_gettime(CLOCK_REALTIME, &ts);
        seed = (uint64_t)ts.tv_sec * 1000000007ULL ^ (uint64_t)ts.tv_nsec ^ ((uint64_t)getpid() << 32);
    }
    a[0].u = seed;
    return NAT_OK;
}

static NatStatus rand_sqrt(G *g, Value *a) { (void)g; a[0].f = sqrt(a[0].f); return NAT_OK; }
static NatStatus rand_log(G *g, Value *a) { (void)g; a[0].f = log(a[0].f); return NAT_OK; }
static NatStatus rand_cos(G *g, Value *a) { (void)g; a[0].f = cos(a[0].f); return NAT_OK; }

#define N(NAME) { "rand", #NAME, rand_##NAME }
const NativeDesc rand_natives[] = {
    N(randomSeed), N(sqrt), N(log), N(cos),
    { NULL, NULL, NULL },
};
