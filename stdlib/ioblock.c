/* ioblock.c — reads and writes that may wait (a terminal, a pipe, a
 * FIFO, a socket) park the goroutine, never its P.
 *
 * The design: a worker thread per file descriptor that ever had to wait.
 * A native first asks poll(2), with no timeout, whether the descriptor is
 * ready (regular files, directories and block devices always are, and are
 * read at once, as Go does). If it is, the read or write happens right
 * there, on the M. If not, the native hands a request to the descriptor's
 * worker and parks its goroutine with reason "IO wait"; the M and its P go
 * on running other goroutines. The worker does the blocking read(2) or
 * write(2), writes the results into the goroutine's stack slots (by index:
 * nothing points into a stack, and a parked goroutine's stack does not
 * move once it is parked), and readies it with sched_external_ready,
 * which puts it on the global run queue and wakes an idle P. While such a
 * request is out the scheduler does not call the program deadlocked
 * (sched_external_begin; scheduler.h).
 *
 * Why this and not the others: Go's entersyscall/exitsyscall hand-off
 * would let the M block inside the native while another M takes its P,
 * but then a goroutine would finish its native on an M without a P, and
 * the scheduler loop would need a re-entry path for it (exitsyscall's
 * "find a P or queue the G and stop the M"), a large change to the core
 * of sched/. A poll-based netpoller needs O_NONBLOCK on the descriptor,
 * and standard input's file description is shared with the shell and any
 * other process on the terminal (Go does not set it on stdin either). A
 * worker per descriptor costs one thread for each descriptor that
 * blocked, keeps the scheduler as it is (one counter for checkdead), and
 * serializes the requests on a descriptor in arrival order, as Go's
 * per-file lock does.
 *
 * Before a goroutine parks to read, buffered standard output is flushed,
 * so that a prompt printed before the read shows (Go's os.Stdout is not
 * buffered).
 *
 * Workers are made through the collector (GC_pthread_create) and their
 * list is uncollectable memory, so a request, its goroutine and its
 * buffer stay reachable while it is out.
 */
#include <gc.h>
#include <errno.h>
#include <limits.h>
#include <poll.h>
#include <pthread.h>
#include <stdbool.h>
#include <sys/stat.h>
#include <unistd.h>
#include "ioblock.h"
#include "scheduler.h"

typedef struct IoReq {
    struct IoReq *next;
    G *g;
    int fd;
    bool write;
    char *buf;
    size_t n;
    size_t slot;               /* g->stack[slot], [slot+1]: bytes done, errno */
} IoReq;

typedef struct IoWorker {
    struct IoWorker *next;
    int fd;
    pthread_mutex_t mu;
    pthread_cond_t cv;
    IoReq *head, *tail;        /* under mu */
} IoWorker;

static pthread_mutex_t workers_mu = PTHREAD_MUTEX_INITIALIZER;
static IoWorker *workers;      /* under workers_mu; never freed */

/* Reads once (read) or writes everything (write), waiting as long as it
 * takes; *err gets the errno of a failure. */
static int64_t do_io(int fd, bool write_, char *buf, size_t n, bool may_wait, int *err) {
    size_t done = 0;
    *err = 0;
    for (;;) {
        /* an empty []byte may have no array: no offset on a null pointer */
        ssize_t r = write_ ? write(fd, buf ? buf + done : buf, n - done) : read(fd, buf, n);
        if (r < 0) {
            if (errno == EINTR) continue;
            if (errno == EAGAIN && may_wait) {
                /* someone made the descriptor non-blocking: wait for it */
                struct pollfd pf = { fd, (short)(write_ ? POLLOUT : POLLIN), 0 };
                poll(&pf, 1, -1);
                continue;
            }
            *err = errno;
            return (int64_t)done;
        }
        if (!write_) return r;
        done += (size_t)r;
        if (done == n) return (int64_t)done;
    }
}

static void *worker_main(void *arg) {
    IoWorker *w = arg;
    for (;;) {
        pthread_mutex_lock(&w->mu);
        while (!w->head) pthread_cond_wait(&w->cv, &w->mu);
        IoReq *r = w->head;
        w->head = r->next;
        if (!w->head) w->tail = NULL;
        pthread_mutex_unlock(&w->mu);
        int err;
        int64_t n = do_io(r->fd, r->write, r->buf, r->n, true, &err);
        r->g->stack[r->slot].i = n;
        r->g->stack[r->slot + 1].i = err;
        G *g = r->g;
        r->g = NULL;
        r->buf = NULL;
        sched_external_ready(g);
    }
    return NULL;
}

/* The worker of fd, started the first time fd has to wait. */
static IoWorker *worker_for(int fd) {
    pthread_mutex_lock(&workers_mu);
    IoWorker *w = workers;
    while (w && w->fd != fd) w = w->next;
    if (!w) {
        w = GC_MALLOC_UNCOLLECTABLE(sizeof *w);
        w->fd = fd;
        pthread_mutex_init(&w->mu, NULL);
        pthread_cond_init(&w->cv, NULL);
        pthread_t t;
        pthread_attr_t attr;
        pthread_attr_init(&attr);
        pthread_attr_setdetachstate(&attr, PTHREAD_CREATE_DETACHED);
        pthread_attr_setstacksize(&attr, 64 * 1024);
        if (GC_pthread_create(&t, &attr, worker_main, w) != 0) {
            pthread_attr_destroy(&attr);
            pthread_mutex_unlock(&workers_mu);
            return NULL;
        }
        pthread_attr_destroy(&attr);
        w->next = workers;
        workers = w;
    }
    pthread_mutex_unlock(&workers_mu);
    return w;
}

/* sched_park's unlock function: g is marked waiting, so the request may go
 * to its worker now (which may ready g at once). */
static bool submit(G *g, void *arg) {
    (void)g;
    IoReq *r = arg;
    IoWorker *w = worker_for(r->fd);
    sched_external_begin();
    pthread_mutex_lock(&w->mu);
    if (w->tail) w->tail->next = r;
    else w->head = r;
    w->tail = r;
    pthread_cond_signal(&w->cv);
    pthread_mutex_unlock(&w->mu);
    return true;
}

/* Whether a read (or write of n bytes) on fd could wait. */
static bool may_block(int fd, bool write_, size_t n) {
    struct stat st;
    if (fstat(fd, &st) != 0) return false;   /* the call itself reports the error */
    if (S_ISREG(st.st_mode) || S_ISDIR(st.st_mode) || S_ISBLK(st.st_mode)) return false;
    struct pollfd pf = { fd, (short)(write_ ? POLLOUT : POLLIN), 0 };
    int r;
    do r = poll(&pf, 1, 0);
    while (r < 0 && errno == EINTR);
    if (r <= 0) return true;
    /* writable: a pipe takes PIPE_BUF bytes without waiting */
    return write_ && n > PIPE_BUF;
}

static NatStatus io_op(G *g, Value *args, int fd, bool write_, char *buf, size_t n) {
    if (!may_block(fd, write_, n) || (worker_for(fd) == NULL)) {
        int err;
        int64_t done = do_io(fd, write_, buf, n, false, &err);
        if (err == EAGAIN && worker_for(fd)) goto wait;
        args[0].i = done < 0 ? 0 : done;
        args[1].i = err;
        return NAT_OK;
    }
wait:
    if (!write_) out_flush();
    IoReq *r = GC_MALLOC(sizeof *r);
    r->g = g;
    r->fd = fd;
    r->write = write_;
    r->buf = buf;
    r->n = n;
    r->slot = (size_t)(args - g->stack);
    sched_park(g, "IO wait", submit, r);
    return NAT_PARK;
}

NatStatus io_read(G *g, Value *args, int fd, void *buf, size_t n) { return io_op(g, args, fd, false, buf, n); }

NatStatus io_write(G *g, Value *args, int fd, const void *buf, size_t n) {
    return io_op(g, args, fd, true, (char *)buf, n);
}
