/* repl.h — the Go prompt (repl.c). */
#ifndef MINIGO_REPL_H
#define MINIGO_REPL_H

#include <stdbool.h>
#include "scheduler.h"

/* Runs the REPL until Ctrl-D, :quit or os.Exit; returns the exit status.
 * tty: stdin and stdout are a terminal (line editing, prompts, banner);
 * otherwise inputs are read from stdin as they come, with no prompt. */
int repl_main(int lang, const SchedOptions *sched, bool tty, const char *banner);

#endif
