/* compile.c — the compiler's entry point: parse, check, generate. */
#include <gc.h>
#include <string.h>
#include "compiler.h"

Program *compile_file(const char *filename, const char *src, size_t len, int lang, DiagList *diags) {
    types_init();
    diags->filename = filename;
    Node *file = parse_file(src, len, diags);
    if (!file || diags->len) return NULL;
    Compiler *c = GC_MALLOC(sizeof *c);
    c->diags = diags;
    c->lang = lang ? lang : (file->u.file.build_go121 ? 121 : 122);
    if (!check_program(c, file, filename)) return NULL;
    return gen_program(c, filename);
}
