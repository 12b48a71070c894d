/* rtvalue.h — how Go values are represented at run time.
 *
 * Every Go value occupies exactly ONE 64-bit slot (a Value). The checker has
 * resolved every type before code runs (DESIGN.md invariant 1), so slots are
 * untagged: the instruction that reads a slot knows what is in it.
 *
 *   bool, integers   i / u     (always kept sign- or zero-extended to 64 bits
 *                               from the type's width, so comparisons and
 *                               conversions need no masking)
 *   float32/float64  f         (float32 values are kept rounded to float32)
 *   string           s         GoString*, NULL = ""
 *   slice            sl        GoSlice*,  NULL = nil slice
 *   interface        ifc       GoBox*,    NULL = nil interface
 *   pointer, map, chan, func   p  (NULL = nil)
 *
 * Multi-word values (strings, slices, interfaces) are pointers to immutable
 * headers: an operation that would change a header (re-slicing, append)
 * makes a new one, so a header can be shared freely and a slot copy is a
 * value copy. The bytes or elements behind a header are shared, which gives
 * Go's semantics: substrings share bytes, and slices share their backing
 * array (append within capacity writes into it).
 *
 * The all-zero slot is the zero value of every scalar and header type.
 *
 * Races: a program whose goroutines race on a variable (no lock) must not
 * crash the VM. Every slot is stored and loaded whole (one aligned 64-bit
 * word), a header is complete before the slot naming it is stored, and
 * Boehm frees nothing that is reachable, so a racing reader sees an old or
 * a new value, never a half-built or freed one. A struct or array copied
 * into place may mix fields of the two, as in Go. Maps check for races
 * (map.c).
 */
#ifndef MINIGO_RT_RTVALUE_H
#define MINIGO_RT_RTVALUE_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

struct RType;

typedef struct GoString {
    int64_t len;
    const char *data;   /* may point into another string's bytes */
} GoString;

typedef struct GoSlice {
    void *data;         /* backing array, elements of elemsize bytes */
    int64_t len, cap;
    int64_t elemsize;   /* 1 or 8 */
} GoSlice;



typedef union Value {
    int64_t i;
    uint64_t u;
    double f;
    void *p;
    GoString *s;
    GoSlice *sl;
    struct GoBox *ifc;
    struct GoCell *cell;
    struct Closure *cl;
} Value;

/* An interface value: the dynamic type and the value (one slot). */
typedef struct GoBox {
    const struct RType *type;
    Value v;
} GoBox;

/* A heap cell holding one variable. */
typedef struct GoCell { Value v; } GoCell;

/* A function value: its prototype (index in Program.funcs) and the cells
 * it captured. */
typedef struct Closure {
    int fn;
    int ncells;
    GoCell *cells[];
} Closure;

/* ---- strings (rtvalue.c) ---- */
GoString *str_new(const char *data, size_t len);   /* copies; len 0 -> NULL */
GoString *str_cstr(const char *cstr);
GoString *str_concat(const GoString *a, const GoString *b);
static inline int64_t str_len(const GoString *s) { return s ? s->len : 0; }
static inline const char *str_data(const GoString *s) { return s ? s->data : ""; }
int str_compare(const GoString *a, const GoString *b);
bool str_equal(const GoString *a, const GoString *b);
/* UTF-8 conversions (Go's rules: invalid runes and bytes become U+FFFD) */
GoString *str_from_rune(int64_t r);               /* string(r) */
GoString *str_from_runes(const GoSlice *runes);   /* string([]rune) */
GoSlice *str_to_runes(const GoString *s);         /* []rune(s) */

/* ---- slices ---- */
GoSlice *slice_new(size_t elemsize, int64_t len, int64_t cap, bool has_pointers);
/* append(s, vals...): n values of elemsize bytes each taken from vals
 * (8-byte slots; for 1-byte elements the low byte of each slot). */
GoSlice *slice_append(GoSlice *s, size_t elemsize, const Value *vals, int64_t n);
/* append(s, t...), or append(b, str...) when t is raw bytes */
GoSlice *slice_append_raw(GoSlice *s, size_t elemsize, const void *data, int64_t n);
/* The same with Go's element size for the capacity growth, which programs
 * see through cap(): goelem is GOELEM_SIZED | Go's size (| GOELEM_PTRS if
 * Go's GC scans the type); 0 means the storage size, no pointers. */
#define GOELEM_PTRS  (1u << 31)
#define GOELEM_SIZED (1u << 30)
#define GOELEM_SIZE  (GOELEM_SIZED - 1)
GoSlice *slice_append_go(GoSlice *s, size_t elemsize, uint32_t goelem, const Value *vals, int64_t n);
GoSlice *slice_append_raw_go(GoSlice *s, size_t elemsize, uint32_t goelem, const void *data, int64_t n);
/* appends n aggregate blocks, each R[ptrs[i]].p, growing once */
GoSlice *slice_append_blocks(GoSlice *s, size_t elemsize, uint32_t goelem, const Value *ptrs, int64_t n);
int64_t slice_copy(GoSlice *dst, const void *src, int64_t n);

/* ---- interfaces ---- */
GoBox *box_new(const struct RType *t, Value v);

#endif
