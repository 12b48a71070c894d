/* stack_guard.c — the state behind stack_guard() (compiler.h): where the
 * compile thread's stack ends and where to unwind to. On its own, without
 * dependencies, because types.c (linked into the run time too) calls the
 * guard; compile.c sets the state up and reports the error. */
#include <setjmp.h>
#include "compiler.h"

_Thread_local const char *compile_stack_limit;
_Thread_local Pos compile_pos;
_Thread_local jmp_buf *compile_unwind;
_Thread_local Pos compile_exhausted_at;

_Noreturn void compile_stack_exhausted(Pos pos) {
    compile_exhausted_at = pos;
    compile_stack_limit = NULL;
    longjmp(*compile_unwind, 1);
}
