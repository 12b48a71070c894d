/* sched.c — runs the main goroutine to completion.
 *
 * This is the single-goroutine starting point: runtime.main (the package
 * initializer, which calls main.main) runs on the calling thread. An
 * unrecovered panic prints Go's report and gives exit status 2.
 */
#include "scheduler.h"

int sched_run_main(Program *prog) {
    G *g = vm_new_g(prog, prog->init_index, NULL, 0);
    g->status = G_RUNNING;
    VmStatus st = vm_execute(g);
    if (st == VM_PANIC) {
        vm_print_panic(g);
        out_flush();
        return 2;
    }
    out_flush();
    return 0;
}
