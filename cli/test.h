/* test.h — minigo test (test.c). */
#ifndef MINIGO_CLI_TEST_H
#define MINIGO_CLI_TEST_H

/* minigo test [flags] file_test.go [file.go ...]: argv[i...] are the
 * flags and files; returns the exit status (or never returns: the tests'
 * run ends the process). */
int cmd_test(int argc, char **argv, int i);

#endif
