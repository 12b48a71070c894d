/* buf.c — see buf.h. */
#include <gc.h>
#include <string.h>
#include "buf.h"
#include "utf8.h"

void buf_init(Buf *b) {
    b->data = NULL;
    b->len = 0;
    b->cap = 0;
}

void buf_reserve(Buf *b, size_t n) {
    if (b->len + n + 1 <= b->cap)
        return;
    size_t cap = b->cap ? b->cap * 2 : 32;
    while (cap < b->len + n + 1)
        cap *= 2;
    char *data = GC_MALLOC_ATOMIC(cap);
    if (b->len)
        memcpy(data, b->data, b->len);
    b->data = data;
    b->cap = cap;
}

void buf_putc(Buf *b, char c) {
    buf_reserve(b, 1);
    b->data[b->len++] = c;
}

void buf_write(Buf *b, const char *s, size_t n) {
    if (n == 0)
        return;
    buf_reserve(b, n);
    memcpy(b->data + b->len, s, n);
    b->len += n;
}

void buf_puts(Buf *b, const char *s) {
    buf_write(b, s, strlen(s));
}

void buf_put_rune(Buf *b, int32_t r) {
    char tmp[4];
    buf_write(b, tmp, (size_t)utf8_encode(tmp, r));
}

void buf_fill(Buf *b, char c, int n) {
    if (n <= 0)
        return;
    buf_reserve(b, (size_t)n);
    memset(b->data + b->len, c, (size_t)n);
    b->len += (size_t)n;
}

const char *buf_cstr(Buf *b) {
    buf_reserve(b, 0);
    b->data[b->len] = '\0';
    return b->data;
}
