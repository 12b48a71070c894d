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

/* The package source is one long literal. */
#if defined(__GNUC__)
#pragma GCC diagnostic ignored "-Woverlength-strings"
#endif

const char rand_src[] =
    "package rand\n"
    "\n"
    "type Source interface {\n"
    "\tInt63() int64\n"
    "\tSeed(seed int64)\n"
    "}\n"
    "\n"
    "type Source64 interface {\n"
    "\tInt63() int64\n"
    "\tSeed(seed int64)\n"
    "\tUint64() uint64\n"
    "}\n"
    "\n"
    "// rngSource is SplitMix64: tiny, fast, and good enough for a teaching\n"
    "// interpreter (Go's own generator is a 607-word additive lagged\n"
    "// Fibonacci; exact sequences are not promised to match).\n"
    "type rngSource struct {\n"
    "\tstate uint64\n"
    "}\n"
    "\n"
    "func (r *rngSource) Seed(seed int64) { r.state = uint64(seed) }\n"
    "\n"
    "func (r *rngSource) Uint64() uint64 {\n"
    "\tr.state += 0x9e3779b97f4a7c15\n"
    "\tz := r.state\n"
    "\tz = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9\n"
    "\tz = (z ^ (z >> 27)) * 0x94d049bb133111eb\n"
    "\treturn z ^ (z >> 31)\n"
    "}\n"
    "\n"
    "func (r *rngSource) Int63() int64 { return int64(r.Uint64() >> 1) }\n"
    "\n"
    "func newSource(seed int64) *rngSource { return &rngSource{state: uint64(seed)} }\n"
    "\n"
    "func NewSource(seed int64) Source { return newSource(seed) }\n"
    "\n"
    "type Rand struct {\n"
    "\tsrc Source\n"
    "}\n"
    "\n"
    "func New(src Source) *Rand { return &Rand{src: src} }\n"
    "\n"
    "func (r *Rand) Seed(seed int64) { r.src.Seed(seed) }\n"
    "\n"
    "func (r *Rand) Int63() int64 { return r.src.Int63() }\n"
    "\n"
    "func (r *Rand) Uint32() uint32 { return uint32(r.Int63() >> 31) }\n"
    "\n"
    "func (r *Rand) Uint64() uint64 {\n"
    "\treturn uint64(r.Int63())>>31 | uint64(r.Int63())<<32\n"
    "}\n"
    "\n"
    "func (r *Rand) Int31() int32 { return int32(r.Int63() >> 32) }\n"
    "\n"
    "func (r *Rand) Int() int {\n"
    "\tu := uint(r.Int63())\n"
    "\treturn int(u << 1 >> 1)\n"
    "}\n"
    "\n"
    "func (r *Rand) Int63n(n int64) int64 {\n"
    "\tif n <= 0 {\n"
    "\t\tpanic(\"invalid argument to Int63n\")\n"
    "\t}\n"
    "\tif n&(n-1) == 0 {\n"
    "\t\treturn r.Int63() & (n - 1)\n"
    "\t}\n"
    "\tmax := int64((1 << 63) - 1 - (1<<63)%uint64(n))\n"
    "\tv := r.Int63()\n"
    "\tfor v > max {\n"
    "\t\tv = r.Int63()\n"
    "\t}\n"
    "\treturn v % n\n"
    "}\n"
    "\n"
    "func (r *Rand) Int31n(n int32) int32 {\n"
    "\tif n <= 0 {\n"
    "\t\tpanic(\"invalid argument to Int31n\")\n"
    "\t}\n"
    "\tif n&(n-1) == 0 {\n"
    "\t\treturn r.Int31() & (n - 1)\n"
    "\t}\n"
    "\tmax := int32((1 << 31) - 1 - (1<<31)%uint32(n))\n"
    "\tv := r.Int31()\n"
    "\tfor v > max {\n"
    "\t\tv = r.Int31()\n"
    "\t}\n"
    "\treturn v % n\n"
    "}\n"
    "\n"
    "func (r *Rand) Intn(n int) int {\n"
    "\tif n <= 0 {\n"
    "\t\tpanic(\"invalid argument to Intn\")\n"
    "\t}\n"
    "\tif n <= 1<<31-1 {\n"
    "\t\treturn int(r.Int31n(int32(n)))\n"
    "\t}\n"
    "\treturn int(r.Int63n(int64(n)))\n"
    "}\n"
    "\n"
    "func (r *Rand) Float64() float64 {\n"
    "\tfor {\n"
    "\t\tf := float64(r.Int63()) / (1 << 63)\n"
    "\t\tif f != 1 {\n"
    "\t\t\treturn f\n"
    "\t\t}\n"
    "\t}\n"
    "}\n"
    "\n"
    "func (r *Rand) Float32() float32 {\n"
    "\tfor {\n"
    "\t\tf := float32(r.Float64())\n"
    "\t\tif f != 1 {\n"
    "\t\t\treturn f\n"
    "\t\t}\n"
    "\t}\n"
    "}\n"
    "\n"
    "func (r *Rand) Perm(n int) []int {\n"
    "\tm := make([]int, n)\n"
    "\tfor i := 0; i < n; i++ {\n"
    "\t\tj := r.Intn(i + 1)\n"
    "\t\tm[i] = m[j]\n"
    "\t\tm[j] = i\n"
    "\t}\n"
    "\treturn m\n"
    "}\n"
    "\n"
    "func (r *Rand) Shuffle(n int, swap func(i, j int)) {\n"
    "\tif n < 0 {\n"
    "\t\tpanic(\"invalid argument to Shuffle\")\n"
    "\t}\n"
    "\tfor i := n - 1; i > 0; i-- {\n"
    "\t\tj := int(r.Int63n(int64(i + 1)))\n"
    "\t\tswap(i, j)\n"
    "\t}\n"
    "}\n"
    "\n"
    "func sqrt(x float64) float64\n"
    "func log(x float64) float64\n"
    "func cos(x float64) float64\n"
    "func randomSeed() int64\n"
    "\n"
    "// NormFloat64 by the Box-Muller transform (Go uses a ziggurat).\n"
    "func (r *Rand) NormFloat64() float64 {\n"
    "\tu := 1 - r.Float64()\n"
    "\tv := r.Float64()\n"
    "\treturn sqrt(-2*log(u)) * cos(2*3.141592653589793*v)\n"
    "}\n"
    "\n"
    "func (r *Rand) ExpFloat64() float64 { return -log(1 - r.Float64()) }\n"
    "\n"
    "var globalRand = newGlobal()\n"
    "\n"
    "func newGlobal() *Rand { return New(newSource(randomSeed())) }\n"
    "\n"
    "// Seed is a no-op, as in Go 1.24 and later: the top-level functions are\n"
    "// always randomly seeded.\n"
    "func Seed(seed int64) {}\n"
    "\n"
    "func Int63() int64                       { return globalRand.Int63() }\n"
    "func Uint32() uint32                     { return globalRand.Uint32() }\n"
    "func Uint64() uint64                     { return globalRand.Uint64() }\n"
    "func Int31() int32                       { return globalRand.Int31() }\n"
    "func Int() int                           { return globalRand.Int() }\n"
    "func Int63n(n int64) int64               { return globalRand.Int63n(n) }\n"
    "func Int31n(n int32) int32               { return globalRand.Int31n(n) }\n"
    "func Intn(n int) int                     { return globalRand.Intn(n) }\n"
    "func Float64() float64                   { return globalRand.Float64() }\n"
    "func Float32() float32                   { return globalRand.Float32() }\n"
    "func Perm(n int) []int                   { return globalRand.Perm(n) }\n"
    "func Shuffle(n int, swap func(i, j int)) { globalRand.Shuffle(n, swap) }\n"
    "func NormFloat64() float64               { return globalRand.NormFloat64() }\n"
    "func ExpFloat64() float64                { return globalRand.ExpFloat64() }\n";

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

#define N(NAME) { "rand", #NAME, rand_##NAME, NULL }
const NativeDesc rand_natives[] = {
    N(randomSeed), N(sqrt), N(log), N(cos),
    { NULL, NULL, NULL, NULL },
};
