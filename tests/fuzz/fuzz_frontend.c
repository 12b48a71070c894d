/* fuzz_frontend.c — libFuzzer target: lexer, parser and checker (and the
 * code generator) on arbitrary bytes. Any input must give a program or
 * diagnostics; never a crash, a hang or a sanitizer report.
 *
 *   CC=clang meson setup build-fuzz -Dfuzz=true --buildtype=debug
 *   mkdir -p build-fuzz/corpus
 *   build-fuzz/tests/fuzz_frontend -dict=tests/fuzz/go.dict \
 *       -artifact_prefix=build-fuzz/ build-fuzz/corpus tests/fuzz/seeds \
 *       -max_total_time=300
 *
 * tests/fuzz/seeds is the committed seed corpus (README: Fuzzing); what the
 * fuzzer finds goes to build-fuzz/corpus, its crashes to build-fuzz/.
 */
#include <gc.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include "compiler.h"
#include "packages.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    static bool inited;
    if (!inited) {
        GC_INIT();
        static const LibrarySource lib = { stdlib_lookup, stdlib_path_named, stdlib_known_unsupported };
        compiler_set_library(&lib);
        inited = true;
    }
    if (size > 1 << 16) return 0;
    char *src = malloc(size + 1);
    memcpy(src, data, size);
    src[size] = 0;
    DiagList diags = { .filename = "fuzz.go" };
    (void)compile_file("fuzz.go", src, size, 0, &diags);
    free(src);
    return 0;
}
