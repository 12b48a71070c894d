/* lineedit.c — placeholder: prompt and plain line reads. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/types.h>
#include "lineedit.h"

void le_open(const char *history_path, LeCompleteFn complete) { (void)history_path; (void)complete; }

char *le_read(const char *prompt, bool *interrupted) {
    *interrupted = false;
    fputs(prompt, stdout);
    fflush(stdout);
    char *line = NULL;
    size_t cap = 0;
    ssize_t n = getline(&line, &cap, stdin);
    if (n < 0) { free(line); return NULL; }
    if (n > 0 && line[n - 1] == '\n') line[n - 1] = 0;
    return line;
}

void le_history_add(const char *entry) { (void)entry; }
void le_close(void) {}
