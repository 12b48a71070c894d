/* buf.h — the project's one growable byte buffer (for building strings:
 * messages, type spellings, fmt's output).
 *
 * Invariants: Buf memory comes from the Boehm GC (GC_MALLOC_ATOMIC) and is
 * never freed by hand; a zeroed Buf is empty and ready; data may hold NUL
 * bytes (Go strings); buf_cstr adds a NUL after len (not counted).
 */
#ifndef MINIGO_RT_BUF_H
#define MINIGO_RT_BUF_H

#include <stddef.h>
#include <stdint.h>

typedef struct Buf { char *data; size_t len, cap; } Buf;

void buf_init(Buf *b);
/* Makes room for n more bytes (and the NUL of buf_cstr). */
void buf_reserve(Buf *b, size_t n);
void buf_putc(Buf *b, char c);
void buf_write(Buf *b, const char *s, size_t n);
void buf_puts(Buf *b, const char *s);
void buf_put_rune(Buf *b, int32_t r);           /* UTF-8; invalid -> U+FFFD */
void buf_fill(Buf *b, char c, int n);           /* n copies of c (none if n <= 0) */
/* NUL-terminated view of the contents (never NULL). */
const char *buf_cstr(Buf *b);

#endif
