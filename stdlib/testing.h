/* testing.h — what minigo test (cli/test.c) asks of package testing's C
 * side (testing.c), besides the natives the package's Go source calls. */
#ifndef MINIGO_TESTING_H
#define MINIGO_TESTING_H

#include <stdbool.h>
#include <stdatomic.h>
#include <stddef.h>

/* Counts one allocation of n bytes by the calling thread: cli/allocs.c's
 * wrappers of Boehm's allocators call it (B/op and allocs/op). Cheap: a
 * thread's own counters, summed when read. */
void testing_count_alloc(size_t n);
/* Whether allocations are counted: `minigo test` sets it, and so does
 * the first read of the counts (testing.AllocsPerRun in a program); until
 * then the wrappers cost a load and a branch. */
extern _Atomic bool testing_counting;

/* Whether the run printed "testing: warning: no tests to run". */
bool testing_no_tests(void);

#endif
