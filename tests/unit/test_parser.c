/* test_parser.c — placeholder */
#include <gc.h>
#include "check.h"
int main(void) { GC_INIT(); return check_done(); }
