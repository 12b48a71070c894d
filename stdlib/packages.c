/* packages.c — the standard packages minigo knows, declared in Go source.
 *
 * Each package is a Go file: a function without a body is bound to the
 * native of the same name in the package's NativeDesc table; functions
 * with bodies are ordinary Go, compiled with the user's program (that is
 * how library code calls back into Go code on the goroutine's own stack,
 * DESIGN.md invariant 2).
 */
#include <string.h>
#include "compiler.h"

extern const NativeDesc fmt_natives[];
extern const char fmt_src[];
extern const NativeDesc errors_natives[];
extern const char errors_src[];
extern const NativeDesc os_natives[];
extern const char math_src[];
extern const NativeDesc math_natives[];
extern const char utf8_src[];
extern const NativeDesc utf8_natives[];
extern const char unicode_src[];
extern const NativeDesc unicode_natives[];
extern const char strings_src[];
extern const NativeDesc strings_natives[];
extern const char strconv_src[];
extern const NativeDesc strconv_natives[];
extern const char sort_src[];
extern const NativeDesc sort_natives[];
extern const char rand_src[];
extern const char runtime_src[];
extern const NativeDesc runtime_natives[];
extern const NativeDesc rand_natives[];
extern const char sync_src[];
extern const NativeDesc sync_natives[];
extern const char atomic_src[];
extern const NativeDesc atomic_natives[];
extern const char time_src[];
extern const NativeDesc time_natives[];
extern const char context_src[];
extern const NativeDesc context_natives[];

static const char os_src[] =
    "package os\n"
    "func args_() []string\n"
    "func write_(fd int, b []byte) (n int, err error)\n"
    "type File struct { fd int; name string }\n"
    "func (f *File) Write(b []byte) (n int, err error) { return write_(f.fd, b) }\n"
    "func (f *File) WriteString(s string) (n int, err error) { return write_(f.fd, []byte(s)) }\n"
    "func (f *File) Name() string { return f.name }\n"
    "var Stdin = &File{0, \"/dev/stdin\"}\n"
    "var Stdout = &File{1, \"/dev/stdout\"}\n"
    "var Stderr = &File{2, \"/dev/stderr\"}\n"
    "var Args = args_()\n"
    "func Exit(code int)\n"
    "func Getenv(key string) string\n";

static const char io_src[] =
    "package io\n"
    "import \"errors\"\n"
    "type Writer interface { Write(p []byte) (n int, err error) }\n"
    "type Reader interface { Read(p []byte) (n int, err error) }\n"
    "type StringWriter interface { WriteString(s string) (n int, err error) }\n"
    "var EOF = errors.New(\"EOF\")\n"
    "func WriteString(w Writer, s string) (n int, err error) {\n"
    "\tif sw, ok := w.(StringWriter); ok { return sw.WriteString(s) }\n"
    "\treturn w.Write([]byte(s))\n"
    "}\n";

static const struct {
    const char *path;
    const char *src;
    const NativeDesc *natives;
} packages[] = {
    { "fmt", fmt_src, fmt_natives },
    { "errors", errors_src, errors_natives },
    { "os", os_src, os_natives },
    { "io", io_src, NULL },
    { "math", math_src, math_natives },
    { "unicode/utf8", utf8_src, utf8_natives },
    { "unicode", unicode_src, unicode_natives },
    { "strings", strings_src, strings_natives },
    { "strconv", strconv_src, strconv_natives },
    { "sort", sort_src, sort_natives },
    { "math/rand", rand_src, rand_natives },
    { "sync", sync_src, sync_natives },
    { "sync/atomic", atomic_src, atomic_natives },
    { "runtime", runtime_src, runtime_natives },
    { "time", time_src, time_natives },
    { "context", context_src, context_natives },
};

/* The REPL's own package: how the value of an expression typed at the
 * prompt is printed (`3 // int`). Not importable by name from user code
 * (stdlib_path_named skips it). */
static const char repl_src[] =
    "package repl\n"
    "import \"fmt\"\n"
    "func Show(v any, t string, quote bool) {\n"
    "\tif quote {\n"
    "\t\tfmt.Printf(\"%q // %s\\n\", v, t)\n"
    "\t} else {\n"
    "\t\tfmt.Printf(\"%v // %s\\n\", v, t)\n"
    "\t}\n"
    "}\n";

bool stdlib_lookup(const char *path, const char **src, const NativeDesc **natives) {
    if (strcmp(path, "minigo/repl") == 0) {
        *src = repl_src;
        *natives = NULL;
        return true;
    }
    for (size_t i = 0; i < sizeof packages / sizeof packages[0]; i++) {
        if (strcmp(packages[i].path, path) == 0) {
            *src = packages[i].src;
            *natives = packages[i].natives;
            return true;
        }
    }
    return false;
}

const char *stdlib_path_at(int i) {
    return i >= 0 && (size_t)i < sizeof packages / sizeof packages[0] ? packages[i].path : NULL;
}

const char *stdlib_path_named(const char *name) {
    for (size_t i = 0; i < sizeof packages / sizeof packages[0]; i++) {
        const char *p = packages[i].path, *slash = strrchr(p, '/');
        if (strcmp(slash ? slash + 1 : p, name) == 0) return p;
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
