/* test_recompile.c — compiling many programs in one process (the libFuzzer
 * target, a long REPL session) must not keep the earlier programs alive:
 * the collector's heap stays flat. A global list of derived types (arrays,
 * maps, channels) once kept every program's types, and with them the
 * program, until the fuzzer ran out of memory. */
#include <gc.h>
#include <string.h>
#include "../../tests/unit/check.h"
#include "compiler.h"
#include "packages.h"

static const char src[] =
    "package main\n"
    "import \"fmt\"\n"
    "type T struct{ a [3]int; m map[string]T2 }\n"
    "type T2 struct{ c chan T; arr [2]T3 }\n"
    "type T3 int\n"
    "func main() { var t T; m := map[T3][4]T2{}; fmt.Println(t, len(m)) }\n";

static size_t heap_after(int n) {
    int ok = 0;
    for (int i = 0; i < n; i++) {
        DiagList diags = { .filename = "x.go" };
        Program *p = compile_file("x.go", src, strlen(src), 0, &diags);
        ok += p != NULL && diags.len == 0;
    }
    CHECK(ok == n, "%d of %d compilations succeed", ok, n);
    GC_gcollect();
    GC_gcollect();
    return GC_get_heap_size();
}

int main(void) {
    GC_INIT();
    static const LibrarySource lib = { stdlib_lookup, stdlib_path_named, stdlib_known_unsupported };
    compiler_set_library(&lib);
    size_t first = heap_after(200);
    size_t later = heap_after(1500);
    CHECK(later <= first * 2, "heap after 200 compilations %zu, after 1700 %zu", first, later);
    return check_done();
}
