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

/* The Go source declaring package `path`, and its natives. */
bool stdlib_lookup(const char *path, const char **src, const NativeDesc **natives);
/* The path of the package named `name` ("utf8": "unicode/utf8") users may
 * import, or NULL; and the i-th such path (NULL past the last). */
const char *stdlib_path_named(const char *name);
const char *stdlib_path_at(int i);
/* A package of Go's standard library that minigo does not offer. */
bool stdlib_known_unsupported(const char *path);

#endif
