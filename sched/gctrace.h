/* gctrace.h — GODEBUG=gctrace=1 (gctrace.c). */
#ifndef MINIGO_GCTRACE_H
#define MINIGO_GCTRACE_H

/* Starts watching collections (before the program runs). */
void gctrace_start(void);
/* Prints the lines of the collections since the last call (sysmon, exit). */
void gctrace_flush(void);

#endif
