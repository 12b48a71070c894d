/* strconvcore.h — Go's strconv rules on bytes (strconvcore.c): quoting,
 * IsPrint, integer and float formatting and parsing. Output goes into a
 * Buf; strings are (pointer, length) pairs. */
#ifndef MINIGO_STRCONVCORE_H
#define MINIGO_STRCONVCORE_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include "buf.h"

/* FormatFloat(v, fmt, prec, bitsize); returns the number of bytes appended. */
size_t strconv_format_float(Buf *out, double v, char fmt, int prec, int bitsize);
void strconv_quote(Buf *out, const char *s, size_t n, bool ascii_only);
void strconv_quote_rune(Buf *out, int32_t r, bool ascii_only);
bool strconv_can_backquote(const char *s, size_t n);
bool strconv_is_print(int32_t r);
void strconv_format_int(Buf *out, int64_t v, int base);     /* base 2..36 */
void strconv_format_uint(Buf *out, uint64_t v, int base);

/* Parsing results, Go's error kinds. On STRCONV_RANGE *out holds Go's
 * clamped value (max/min of the bit size, or +-Inf for floats). */
enum { STRCONV_OK = 0, STRCONV_SYNTAX = 1, STRCONV_RANGE = 2,
       STRCONV_BASE = 3 /* invalid base */, STRCONV_BITSIZE = 4 /* invalid bit size */ };
int strconv_parse_int(const char *s, size_t n, int base, int bits, int64_t *out);
int strconv_parse_uint(const char *s, size_t n, int base, int bits, uint64_t *out);
int strconv_parse_float(const char *s, size_t n, int bits, double *out);
int strconv_parse_bool(const char *s, size_t n, bool *out);  /* 1 = syntax */
/* The text of a strconv error kind: "invalid syntax", "value out of range",
 * "invalid base", "invalid bit size" (Go appends the number to the last two). */
const char *strconv_error_text(int kind);

#endif
