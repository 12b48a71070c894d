/* scheduler.h — running goroutines. For now one goroutine (main) runs on the
 * main thread; the G/M/P scheduler of DESIGN.md replaces this. */
#ifndef MINIGO_SCHED_H
#define MINIGO_SCHED_H

#include "vm.h"

/* Runs the program's initializer and main.main on the main goroutine;
 * returns the process exit status (0, or 2 after a panic). */
int sched_run_main(Program *prog);

#endif
