/* packages.h — the table of standard packages, generated from stdlib/go
 * by stdlib/embed.py (see packages.c). */
#ifndef MINIGO_PACKAGES_H
#define MINIGO_PACKAGES_H

#include "vm.h"

typedef struct StdPackage {
    const char *path;            /* import path: "unicode/utf8" */
    const char *src;             /* its Go source, NUL-terminated */
    const NativeDesc *natives;   /* bound to its bodyless functions; NULL if none */
} StdPackage;

/* Sorted by path; ends with an entry whose path is NULL. */
extern const StdPackage stdlib_packages[];

#endif
