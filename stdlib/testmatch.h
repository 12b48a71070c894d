/* testmatch.h — the regexps of minigo test's -run and -bench (testmatch.c).
 *
 * Go's testing package matches test names with regexp.MatchString; minigo
 * has no regexp package, so package testing's natives use this: Go's RE2
 * syntax without captures or Unicode classes, searched with a Pike VM (no
 * backtracking: linear in the name's length), and Go's messages for bad
 * patterns.
 */
#ifndef MINIGO_TESTMATCH_H
#define MINIGO_TESTMATCH_H

#include <stdbool.h>
#include <stddef.h>

/* Whether s[0..slen) contains a match of pattern pat[0..patlen), as Go's
 * regexp.MatchString(pat, s). A bad pattern gives false and *err set to
 * Go's message ("error parsing regexp: missing closing ): `a(`"); a good
 * one leaves *err NULL. */
bool testmatch(const char *pat, size_t patlen, const char *s, size_t slen, const char **err);

#endif
