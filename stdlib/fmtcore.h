/* fmtcore.h — the type-independent core of minigo's `fmt` and `strconv`.
 *
 * What it is for: `fmt.Printf` and friends walk Go values by their type and
 * call the primitives here, which reproduce Go's fmt (src/fmt/format.go,
 * print.go) and strconv byte for byte: flags, width, precision, the
 * `%!verb(...)` error forms, shortest round-trip float formatting, quoting.
 *
 * Invariants:
 *   - Every output goes into a Buf; Buf memory comes from the Boehm GC
 *     (GC_MALLOC_ATOMIC) and is never freed.
 *   - Strings are (pointer, length) pairs: Go strings may hold NUL and
 *     invalid UTF-8, which are formatted exactly as Go formats them.
 *   - Widths and precisions count runes, as Go's fmt does; an invalid UTF-8
 *     byte counts as one rune (U+FFFD).
 *
 * Glossary:
 *   spec    one parsed directive (%-+# 0, width, precision, verb).
 *   verb    the rune that ends a directive: 'd', 'v', 's', ...
 *   plusV / sharpV   %+v and %#v: the walker moves '+'/'#' into these for
 *           the verbs 'v' and 'w', as Go does, so '+'/'#' read as unset.
 *   mag     magnitude of an integer; its sign travels separately.
 *   digits  a decimal digit string d1 d2 ... dn with a decimal point
 *           position dp: the value is 0.d1d2...dn * 10^dp.
 *
 * Error convention: a primitive that receives a verb it does not handle
 * writes nothing and returns false; the caller then writes Go's
 * "%!v(type=value)" with fmt_bad_verb (it alone knows the type name).
 */
#ifndef MINIGO_FMTCORE_H
#define MINIGO_FMTCORE_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "buf.h"
#include "strconvcore.h"
#include "utf8.h"

/* ---- one directive ---- */

typedef struct FmtSpec {
    bool minus, plus, sharp, space, zero, plusV, sharpV;
    bool has_width, has_prec;
    int width, prec;
    int32_t verb;   /* the verb rune, e.g. 'd', 'v' */
} FmtSpec;

extern const char fmt_ldigits[];   /* "0123456789abcdefx" (index 16: the 'x' of 0x) */
extern const char fmt_udigits[];   /* "0123456789ABCDEFX" */

/* ---- the Printf walker ---- */

typedef struct FmtArgs {
    int n;                                   /* number of arguments */
    void *ctx;
    /* Format argument i with spec (spec->verb is the verb) into out.
     * Called for every verb except '%', including 'T', 'p', 'w' and verbs
     * the argument's type rejects (the callback then writes fmt_bad_verb).
     * For 'v' and 'w' the '#'/'+' flags have been moved to sharpV/plusV. */
    void (*format)(void *ctx, Buf *out, int i, const FmtSpec *spec);
    /* For '*': argument i as an int; false if it is not of an integer type
     * or does not fit an int64. (The walker applies Go's +-1e6 limit.) */
    bool (*as_int)(void *ctx, int i, int64_t *v);
    /* For EXTRA: append "TYPE=VALUE" of argument i (Go's %T=%v), or
     * "<nil>" for a nil interface. */
    void (*extra)(void *ctx, Buf *out, int i);
} FmtArgs;

void fmt_printf(Buf *out, const char *format, size_t flen, FmtArgs *args);

/* ---- primitives (Go's fmt.fmt methods); all return false on a bad verb ---- */

/* Width padding of s (counted in runes); '-' pads on the right; '0' pads
 * with zeros on the left (Go does this for strings too: %05s). */
void fmt_pad(Buf *out, const char *s, size_t n, const FmtSpec *spec);
/* n pad bytes: '0' if spec->zero && !spec->minus, else ' '. */
void fmt_write_padding(Buf *out, int n, const FmtSpec *spec);

/* An integer given as magnitude and sign, in base 2/8/10/16, or as a rune
 * for verb 'c' / 'q' / 'U' (then the value used is the two's-complement
 * uint64, as Go's). verb 'O' adds "0o". digits: fmt_ldigits or fmt_udigits
 * (NULL = lower). Handles '#', '+', ' ', '0', '-', precision. */
bool fmt_integer(Buf *out, uint64_t mag, bool negative, int base, int32_t verb,
                 const FmtSpec *spec, const char *digits);
/* Go's pp.fmtInteger: choose base and digits from the verb
 * (v d b o O x X c q U; %#v of an unsigned value prints 0x...). */
bool fmt_int_verb(Buf *out, uint64_t u, bool is_signed, int32_t verb, const FmtSpec *spec);
/* Hex with optional 0x and the spec's width (Go's fmt0x64, used for %p). */
void fmt_0x64(Buf *out, uint64_t u, bool leading0x, const FmtSpec *spec);

/* float64 / float32 (bitsize 32 rounds v to float32 first):
 * v g G e E f F b x X, with Go's default precisions. */
bool fmt_float(Buf *out, double v, int bitsize, int32_t verb, const FmtSpec *spec);
/* Strings (and []byte): v s q x X. */
bool fmt_string(Buf *out, const char *s, size_t n, int32_t verb, const FmtSpec *spec);
/* Booleans: spec->verb must be 't' or 'v'. */
bool fmt_bool(Buf *out, bool b, const FmtSpec *spec);
/* "%!x(bool=true)": value_text is the argument already formatted with %v
 * under the same flags (as Go does); type_name NULL gives "%!d(<nil>)". */
void fmt_bad_verb(Buf *out, const FmtSpec *spec, const char *type_name, const char *value_text);

#endif
