/* test_stack.c — goroutine stacks grow by copying, on the GC heap.
 *
 * Builds a recursive function in bytecode by hand (no front end) and runs
 * it a million calls deep: every frame lives in the G's own stack, which
 * must have moved many times; the C stack is not used for Go calls. */
#include <gc.h>
#include "../../tests/unit/check.h"
#include "vm.h"

static Instr I(Opcode op, int a, int b, int c) { return (Instr){ (uint16_t)op, (uint16_t)a, (uint16_t)b, (uint16_t)c }; }

int main(void) {
    GC_INIT();
    /* rec(n) { if n == 0 { return 0 }; return rec(n-1) + 1 } */
    static Instr code[6];
    code[0] = I(OP_JNEI, 0, 0, 1);                 /* if R0 != 0 goto 2 */
    code[1] = I(OP_RET, 0, 1, 0);                  /* return R0 */
    code[2] = I(OP_ADDI, 1, 0, (uint16_t)(int16_t)-1);
    code[3] = I(OP_CALL, 1, 0, 0);                 /* R1 = rec(R1) */
    code[4] = I(OP_ADDI, 1, 1, 1);
    code[5] = I(OP_RET, 1, 1, 0);
    static int32_t lines[6] = { 1, 1, 2, 2, 2, 2 };
    Proto p = { .name = "main.rec", .code = code, .lines = lines, .ncode = 6, .nparams = 1, .nresults = 1, .nregs = 2 };
    Proto *funcs[1] = { &p };
    Program prog = { .filename = "x.go", .funcs = funcs, .nfuncs = 1 };

    long depths[] = { 0, 1, 6, 7, 10, 30, 31, 1000, 100000, 1000000 };
    for (size_t i = 0; i < sizeof depths / sizeof depths[0]; i++) {
        Value arg = { .i = depths[i] };
        G *g = vm_new_g(&prog, 0, &arg, 1);
        size_t start = g->stack_cap;
        VmStatus st = vm_execute(g);
        CHECK(st == VM_DONE, "rec(%ld) finishes", depths[i]);
        CHECK(g->stack[0].i == depths[i], "rec(%ld) = %lld", depths[i], (long long)g->stack[0].i);
        /* the frame at depth d starts at slot d (its argument is the
         * caller's R1) and holds 2 registers, so the deepest needs depth+2
         * slots: the stack grows exactly when that exceeds its start
         * (VM_STACK_START slots, or 8 with -Dtiny_stacks) */
        size_t need = (size_t)depths[i] + 2;
        if (need > start)
            CHECK(g->stack_cap > start && g->stack_cap >= need, "stack grew for depth %ld (cap %zu, start %zu)",
                  depths[i], g->stack_cap, start);
        else
            CHECK(g->stack_cap == start, "no growth for depth %ld (cap %zu)", depths[i], g->stack_cap);
        CHECK(g->nframes == 0, "all frames popped");
    }
    return check_done();
}
