/* trace.h — the execution tracer (-trace=FILE): what the scheduler did,
 * recorded while the program runs and written when it ends, as Chrome
 * trace-event JSON or as a self-contained HTML page (docs/TRACE.md).
 *
 * Every event site is `if (trace_on) trace_...(...)`: with tracing off the
 * cost is that one predictable branch. Events go into the calling
 * thread's own buffer (one per M, as Go's tracer since 1.21 keeps them), so
 * recording takes no lock; one monotonic clock stamps them all.
 */
#ifndef MINIGO_TRACE_H
#define MINIGO_TRACE_H

#include <stdbool.h>
#include <stdint.h>
#include "vm.h"

extern bool trace_on;

typedef enum TraceStop {
    TSTOP_PARKED, TSTOP_PREEMPTED, TSTOP_YIELD, TSTOP_EXITED, TSTOP_PANIC,
} TraceStop;

/* Starts recording into path (".html": the page, else JSON); limit_mb
 * bounds the recording. program: the file name shown in the trace. */
void trace_start(const char *path, int64_t limit_mb, const char *program);
/* Stops recording and writes the file (the process is about to end). */
void trace_finish(void);

/* The events (the calling thread's M is m_id, -1 for a thread without one). */
void trace_create(const G *g, const G *creator, int p, int m_id);
void trace_run(const G *g, int p, int m_id);
void trace_stop(const G *g, int p, int m_id, TraceStop why);
void trace_unpark(const G *g, const G *waker, int p, int m_id, bool by_timer);
void trace_steal(int thief, int victim, int n, int m_id);
void trace_stack(const G *g, int64_t old_bytes, int64_t new_bytes);
void trace_procs(int n);
/* GOMAXPROCS when the program starts. */
void trace_set_gomaxprocs(int n);
void trace_timer(int p, int m_id);

#endif
