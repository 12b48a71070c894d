/* packages.c — the standard packages minigo knows, declared in Go source.
 *
 * Each package is a Go file, stdlib/go/<import path>/<last element>.go
 * (laid out as Go's GOROOT/src): a function without a body is bound to the
 * native of the same name in the package's NativeDesc table; functions
 * with bodies are ordinary Go, compiled with the user's program (that is
 * how library code calls back into Go code on the goroutine's own stack,
 * DESIGN.md invariant 2). The build turns those files into the table
 * stdlib_packages (stdlib/embed.py says how, and how a package names its
 * natives); this file answers the compiler's questions from it.
 *
 * The packages under minigo/ are the implementation's own (minigo/repl,
 * which prints the REPL's values), and those under internal/ are shared
 * by other packages only (internal/oserror, as in Go): stdlib_lookup finds
 * them, but they are not the standard packages a name stands for
 * (stdlib_path_named, stdlib_path_at skip them).
 */
#include <string.h>
#include "packages.h"

static bool internal(const char *path) {
    return strncmp(path, "minigo/", 7) == 0 || strncmp(path, "internal/", 9) == 0;
}

bool stdlib_lookup(const char *path, const char **src, const NativeDesc **natives) {
    for (const StdPackage *p = stdlib_packages; p->path; p++) {
        if (strcmp(p->path, path) == 0) {
            *src = p->src;
            *natives = p->natives;
            return true;
        }
    }
    return false;
}

const char *stdlib_path_at(int i) {
    for (const StdPackage *p = stdlib_packages; p->path && i >= 0; p++)
        if (!internal(p->path) && i-- == 0) return p->path;
    return NULL;
}

const char *stdlib_path_named(const char *name) {
    for (const StdPackage *p = stdlib_packages; p->path; p++) {
        const char *slash = strrchr(p->path, '/');
        if (!internal(p->path) && strcmp(slash ? slash + 1 : p->path, name) == 0) return p->path;
    }
    return NULL;
}

/* Packages of Go's standard library that minigo does not offer: they get
 * "package X is not supported by minigo" rather than "not in std". */
bool stdlib_known_unsupported(const char *path) {
    static const char *const std[] = {
        "bufio", "bytes", "context", "crypto", "encoding", "errors", "flag", "hash", "io", "log",
        "math", "net", "os", "path", "reflect", "regexp", "runtime", "sort", "strconv", "strings",
        "sync", "syscall", "testing", "text", "time", "unicode", "unsafe", "container", "embed",
        "go", "html", "image", "mime", "plugin", "archive", "compress", "database", "debug",
        "expvar", "index", "iter", "maps", "slices", "cmp", "log", "math", "structs", "unique", "weak",
    };
    size_t n = strcspn(path, "/");
    for (size_t i = 0; i < sizeof std / sizeof std[0]; i++)
        if (strlen(std[i]) == n && strncmp(std[i], path, n) == 0) return true;
    return false;
}
