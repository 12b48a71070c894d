/* unicode.h — Go's unicode predicates and case mappings for C code of the
 * standard library (package strings uses them for ToUpper, EqualFold,
 * TrimSpace, Fields ...). Implemented in unicode.c over tables generated
 * from Go's own unicode package (unicode_tables.h). */
#ifndef MINIGO_UNICODE_H
#define MINIGO_UNICODE_H

#include <stdbool.h>
#include <stdint.h>

enum { UNI_UPPER_CASE = 0, UNI_LOWER_CASE = 1, UNI_TITLE_CASE = 2 };

bool uni_is_letter(int32_t r);
bool uni_is_upper(int32_t r);
bool uni_is_lower(int32_t r);
bool uni_is_digit(int32_t r);
bool uni_is_space(int32_t r);
/* unicode.To(c, r): r mapped to case c (UNI_*_CASE); r itself when it has none. */
int32_t uni_to(int c, int32_t r);
int32_t uni_simple_fold(int32_t r);

#endif
