/* constant.h — exact values of Go constants (the model is go/constant).
 *
 * A Const is immutable and lives on the GC heap. Four kinds:
 *
 *   CK_BOOL    true / false
 *   CK_STRING  bytes (may contain NUL; always NUL-terminated for convenience)
 *   CK_INT     an arbitrary-precision integer
 *   CK_FLOAT   an exact rational, or — once numerator or denominator would
 *              need 4096 bits or more — a binary float with a 512-bit
 *              mantissa, as go/constant does
 *
 * Untyped integer constants may hold up to 512 bits (Go's constant
 * precision); results that need more fail with Go's "constant ... overflow"
 * message. Functions that can fail return NULL and, where they take one,
 * set *err to the message go/types prints.
 *
 * Operators are lexer token kinds (T_ADD, T_SHL, T_EQL, ...).
 */
#ifndef MINIGO_CONSTANT_H
#define MINIGO_CONSTANT_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "lexer.h"

typedef enum ConstKind { CK_BOOL, CK_STRING, CK_INT, CK_FLOAT } ConstKind;
typedef struct Const Const;

/* The bit size Go gives untyped integer constants. */
#define CONST_PREC 512

/* ---- making constants ---- */

Const *const_bool(bool b);
Const *const_string(const char *s, size_t len);
Const *const_int64(int64_t v);
Const *const_uint64(uint64_t v);
/* The exact value of v (a CK_FLOAT); NULL for an infinity or NaN. */
Const *const_float64(double v);
/* An integer literal's text (validated by the lexer): `_` separators,
 * prefixes 0x 0b 0o and legacy octal 0777. Fails with "constant overflow"
 * past 512 bits. */
Const *const_from_int_lit(const char *text, size_t len, const char **err);
/* A decimal or hexadecimal floating-point literal, exactly. Fails with
 * "malformed constant: <lit>" when the value is beyond any float. */
Const *const_from_float_lit(const char *text, size_t len, const char **err);

/* ---- looking inside ---- */

ConstKind const_kind(const Const *c);
bool const_bool_val(const Const *c);
const char *const_string_val(const Const *c, size_t *len);

/* ---- operations ---- */

/* x op y for + - * / % & | ^ &^ (numbers), && || (bools), + (strings).
 * An int operand meeting a float one is promoted. With int_div, / on two
 * ints truncates toward zero; without it, it yields the exact quotient as a
 * CK_FLOAT. Fails with "division by zero", or "constant addition overflow"
 * (subtraction, multiplication) when an integer result needs > 512 bits. */
Const *const_binary(TokKind op, const Const *x, const Const *y, bool int_div, const char **err);
/* x << s or x >> s (arithmetic) for an integer x. Fails with "invalid shift
 * count" for s > 1074 and "constant shift overflow" when the result needs
 * more than 512 bits. */
Const *const_shift(TokKind op, const Const *x, uint64_t s, const char **err);
/* const_shift without the 512-bit limit (for typed operands, whose
 * overflow is reported against their type): NULL only for s > 1074. */
Const *const_shift_exact(TokKind op, const Const *x, uint64_t s);
/* x op y for == != < <= > >= (< and friends on numbers and strings only);
 * an int and a float compare exactly. */
bool const_compare(TokKind op, const Const *x, const Const *y);
/* +x, -x, !x, ^x. For ^x of an unsigned type of `bits` bits (bits > 0) the
 * result is x ^ (2^bits - 1); otherwise it is -x - 1. */
Const *const_unary(TokKind op, const Const *x, int bits, bool is_unsigned);
/* Does c (an untyped integer) need more than 512 bits? Go then reports
 * "constant <op> overflow". */
bool const_overflows_untyped(const Const *c);

/* ---- conversions ---- */

/* c as a CK_INT if it is integer valued (as go/constant.ToInt: a 512-bit
 * float within a few bits of an integer counts), else NULL. */
Const *const_to_int(const Const *c);
/* c as a CK_FLOAT (exact). */
Const *const_to_float(const Const *c);
/* c rounded to the nearest float64 / float32 (ties to even), as an exact
 * CK_FLOAT; NULL when it rounds to an infinity. */
Const *const_round_float64(const Const *c);
Const *const_round_float32(const Const *c);

/* ---- questions ---- */

bool const_is_int_valued(const Const *c);
int  const_sign(const Const *c);
/* Does integer c fit in an int of `bits` bits (8..64)? A CK_FLOAT is
 * converted with const_to_int first. */
bool const_fits_int(const Const *c, int bits, bool is_unsigned);
bool const_fits_float64(const Const *c);
bool const_fits_float32(const Const *c);
/* The low 64 bits of an integer constant (two's complement). */
int64_t  const_int64_val(const Const *c);
uint64_t const_uint64_val(const Const *c);
/* c correctly rounded to a double (±Inf past the range). */
double   const_float64_val(const Const *c);

/* The value as go/constant's String() shows it in go/types' messages:
 * integers in full, floats as %.6g, strings quoted and cut at 72 runes. */
const char *const_string_repr(const Const *c);

#endif
