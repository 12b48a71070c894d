/* lineedit.h — the REPL's terminal: line editing, history, completion,
 * and output of goroutines arriving while the prompt waits.
 * (Placeholder until the libedit module lands: plain reads.) */
#ifndef MINIGO_LINEEDIT_H
#define MINIGO_LINEEDIT_H
#include <stdbool.h>
typedef char **(*LeCompleteFn)(const char *line, int cursor, int *start);
void le_open(const char *history_path, LeCompleteFn complete);
char *le_read(const char *prompt, bool *interrupted);
void le_history_add(const char *entry);
void le_close(void);
#endif
