/* check.h — the smallest unit-test harness: CHECK(cond) records one case.
 *
 * Each unit-test program prints "ok N - what" or "FAIL N - what (file:line)"
 * per check and ends with "N passed, N failed"; it exits 1 if anything
 * failed. tests/run adds the counts to the suite's total.
 */
#ifndef MINIGO_CHECK_H
#define MINIGO_CHECK_H

#include <stdio.h>
#include <stdlib.h>

static int check_passed, check_failed;

#define CHECK(cond, ...) do { \
        if (cond) { check_passed++; } \
        else { check_failed++; \
               printf("FAIL %d - ", check_passed + check_failed); \
               printf(__VA_ARGS__); \
               printf(" (%s:%d: %s)\n", __FILE__, __LINE__, #cond); } \
    } while (0)

static inline int check_done(void) {
    printf("%d passed, %d failed\n", check_passed, check_failed);
    return check_failed ? 1 : 0;
}

#endif
