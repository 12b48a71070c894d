/* utf8.h — UTF-8 as Go reads and writes it (unicode/utf8's rules), the one
 * decoder and encoder of the project: the lexer, the constant folder, the
 * VM's string operations and fmt all use these.
 *
 * Strings are (pointer, length) pairs: Go strings may hold NUL and invalid
 * UTF-8. An invalid or truncated sequence decodes as U+FFFD of length 1
 * (Go's RuneError, width 1), so a loop advancing by the returned length
 * always ends.
 */
#ifndef MINIGO_RT_UTF8_H
#define MINIGO_RT_UTF8_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

/* Decodes the first rune of s[0..n). Returns its byte length (>= 1);
 * invalid or truncated encodings give r = 0xFFFD and length 1.
 * n == 0 gives r = 0xFFFD and length 0. */
int utf8_decode(const char *s, size_t n, int32_t *r);
/* The same, but 0 for an invalid or truncated encoding (what a source
 * reader that must reject bad bytes wants); n > 0. */
int utf8_decode_valid(const char *s, size_t n, int32_t *r);
/* Encodes r into dst (room for 4 bytes); invalid runes (negative,
 * surrogates, > 0x10FFFF) encode U+FFFD. Returns the byte length. */
int utf8_encode(char *dst, int32_t r);
size_t utf8_rune_count(const char *s, size_t n);
/* Whether r is a Unicode scalar value: 0..0x10FFFF, not a surrogate. */
bool utf8_valid_rune(int32_t r);

#endif
