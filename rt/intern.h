/* intern.h — interned strings: equal names are the same pointer. */
#ifndef MINIGO_RT_INTERN_H
#define MINIGO_RT_INTERN_H

#include <stddef.h>

/* The one copy of the len bytes at s (NUL-terminated). */
const char *intern(const char *s, size_t len);
static inline const char *intern_cstr(const char *s) { return intern(s, __builtin_strlen(s)); }

#endif
