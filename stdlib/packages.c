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

/* Go's standard packages (Go 1.26's `go list std`, without internal,
 * vendor and cmd), so that one minigo does not offer gets "package X is
 * not supported by minigo" rather than "not in std"; minigo's own are
 * found by stdlib_lookup before this is asked. */
bool stdlib_known_unsupported(const char *path) {
    static const char *const std[] = {
        "archive/tar", "archive/zip", "bufio", "bytes", "cmp", "compress/bzip2", "compress/flate",
        "compress/gzip", "compress/lzw", "compress/zlib", "container/heap", "container/list",
        "container/ring", "context", "crypto", "crypto/aes", "crypto/cipher", "crypto/des",
        "crypto/dsa", "crypto/ecdh", "crypto/ecdsa", "crypto/ed25519", "crypto/elliptic",
        "crypto/fips140", "crypto/hkdf", "crypto/hmac", "crypto/hpke", "crypto/md5", "crypto/mlkem",
        "crypto/mlkem/mlkemtest", "crypto/pbkdf2", "crypto/rand", "crypto/rc4", "crypto/rsa",
        "crypto/sha1", "crypto/sha256", "crypto/sha3", "crypto/sha512", "crypto/subtle",
        "crypto/tls", "crypto/x509", "crypto/x509/pkix", "database/sql", "database/sql/driver",
        "debug/buildinfo", "debug/dwarf", "debug/elf", "debug/gosym", "debug/macho", "debug/pe",
        "debug/plan9obj", "embed", "encoding", "encoding/ascii85", "encoding/asn1",
        "encoding/base32", "encoding/base64", "encoding/binary", "encoding/csv", "encoding/gob",
        "encoding/hex", "encoding/json", "encoding/pem", "encoding/xml", "errors", "expvar", "flag",
        "fmt", "go/ast", "go/build", "go/build/constraint", "go/constant", "go/doc",
        "go/doc/comment", "go/format", "go/importer", "go/parser", "go/printer", "go/scanner",
        "go/token", "go/types", "go/version", "hash", "hash/adler32", "hash/crc32", "hash/crc64",
        "hash/fnv", "hash/maphash", "html", "html/template", "image", "image/color",
        "image/color/palette", "image/draw", "image/gif", "image/jpeg", "image/png",
        "index/suffixarray", "io", "io/fs", "io/ioutil", "iter", "log", "log/slog", "log/syslog",
        "maps", "math", "math/big", "math/bits", "math/cmplx", "math/rand", "math/rand/v2", "mime",
        "mime/multipart", "mime/quotedprintable", "net", "net/http", "net/http/cgi",
        "net/http/cookiejar", "net/http/fcgi", "net/http/httptest", "net/http/httptrace",
        "net/http/httputil", "net/http/pprof", "net/mail", "net/netip", "net/rpc",
        "net/rpc/jsonrpc", "net/smtp", "net/textproto", "net/url", "os", "os/exec", "os/signal",
        "os/user", "path", "path/filepath", "plugin", "reflect", "regexp", "regexp/syntax",
        "runtime", "runtime/cgo", "runtime/coverage", "runtime/debug", "runtime/metrics",
        "runtime/pprof", "runtime/race", "runtime/trace", "slices", "sort", "strconv", "strings",
        "structs", "sync", "sync/atomic", "syscall", "testing", "testing/cryptotest",
        "testing/fstest", "testing/iotest", "testing/quick", "testing/slogtest", "testing/synctest",
        "text/scanner", "text/tabwriter", "text/template", "text/template/parse", "time",
        "time/tzdata", "unicode", "unicode/utf16", "unicode/utf8", "unique", "unsafe", "weak"
    };
    for (size_t i = 0; i < sizeof std / sizeof std[0]; i++)
        if (strcmp(std[i], path) == 0) return true;
    return false;
}
