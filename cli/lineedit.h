/* lineedit.h — the REPL's terminal: line editing, history, completion,
 * and output of goroutines arriving while the prompt waits.
 *
 * One terminal per process: le_open once, then le_read / le_history_add
 * from one thread (the REPL's), le_close at the end (any thread: an exit
 * hook may call it while le_read waits on another thread). */
#ifndef MINIGO_LINEEDIT_H
#define MINIGO_LINEEDIT_H

#include <stdbool.h>

/* Completion: line is the whole buffer, cursor the byte offset of the
 * cursor. Returns a malloc'd NULL-terminated array of malloc'd candidates,
 * each the full replacement for the bytes [*start, cursor) of line, or NULL. */
typedef char **(*LeCompleteFn)(const char *line, int cursor, int *start);

/* Starts line editing on the terminal (stdin and stdout are ttys): emacs
 * keys, history loaded from history_path (created when missing; NULL: no
 * history file), Tab calling complete (NULL: none). False when it cannot
 * (libedit.so.2 missing: said on stderr): then the caller reads plain lines. */
bool le_open(const char *history_path, LeCompleteFn complete);

/* Shows prompt and reads a line (without its newline): a malloc'd string;
 * NULL at end of input (Ctrl-D on an empty line). Ctrl-C clears the line
 * and returns NULL with *interrupted set (the caller abandons a
 * multi-line input and prompts again). While it waits, output that
 * goroutines write to fd 1 or 2 is shown above the prompt, and the prompt
 * and the line being edited are redrawn after it.
 * A multi-line entry recalled from the history comes back whole: the
 * string then holds '\n's between its lines. */
char *le_read(const char *prompt, bool *interrupted);

/* Adds an input to the history (a multi-line input is one entry, its lines
 * joined with '\n'; consecutive duplicates are not added). */
void le_history_add(const char *entry);

/* Saves the history and gives the terminal back. */
void le_close(void);

#endif
