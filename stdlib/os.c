/* os.c — package os's natives: Exit (which remembers its status, for
 * minigo test's summary line), Getenv, Args, writes. */
#include <gc.h>
#include <string.h>
#include <stdlib.h>
#include "natives.h"
#include "scheduler.h"

static _Atomic int exit_status = -1;

int os_exit_status(void) { return exit_status; }

static NatStatus os_Exit(G *g, Value *args) {
    (void)g;
    exit_status = (int)args[0].i;
    out_flush();
    sched_exit((int)args[0].i);
}

static NatStatus os_Getenv(G *g, Value *args) {
    (void)g;
    GoString *k = args[0].s;
    char *key = GC_MALLOC_ATOMIC((size_t)str_len(k) + 1);
    memcpy(key, str_data(k), (size_t)str_len(k));
    key[str_len(k)] = 0;
    const char *v = getenv(key);
    args[0].s = v ? str_cstr(v) : NULL;
    return NAT_OK;
}

/* The program's name and arguments, as `go run` gives them to os.Args. */
static int os_argc;
static char **os_argv;

void os_set_args(int argc, char **argv) {
    os_argc = argc;
    os_argv = argv;
}

static NatStatus os_args(G *g, Value *args) {
    (void)g;
    GoSlice *s = slice_new(8, os_argc, os_argc, true);
    for (int i = 0; i < os_argc; i++) ((Value *)s->data)[i].s = str_cstr(os_argv[i]);
    args[0].sl = s;
    return NAT_OK;
}

/* func write_(fd int, b []byte) (n int, err error): stdout is buffered with fmt's output */
static NatStatus os_write(G *g, Value *args) {
    (void)g;
    GoSlice *b = args[1].sl;
    int64_t n = b ? b->len : 0;
    if (n) out_write((int)args[0].i, b->data, (size_t)n);
    args[0].i = n;
    args[1].p = NULL;
    return NAT_OK;
}

const NativeDesc os_natives[] = {
    { "os", "write_", os_write },
    { "os", "args_", os_args },
    { "os", "Exit", os_Exit },
    { "os", "Getenv", os_Getenv },
    { NULL, NULL, NULL },
};
