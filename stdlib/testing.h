/* testing.h — what minigo test (cli/test.c) asks of package testing's C
 * side (testing.c), besides the natives the package's Go source calls. */
#ifndef MINIGO_TESTING_H
#define MINIGO_TESTING_H

#include <stdbool.h>
#include <stddef.h>

/* Counts one allocation of n bytes by the calling thread: cli/allocs.c's
 * wrappers of Boehm's allocators call it (B/op and allocs/op). Cheap: a
 * thread's own counters, summed when read. */
void testing_count_alloc(size_t n);

/* Whether the run printed "testing: warning: no tests to run". */
bool testing_no_tests(void);

#endif
