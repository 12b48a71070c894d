/* os.c — package os's natives: Exit, Getenv. */
#include <gc.h>
#include <string.h>
#include <stdlib.h>
#include "natives.h"

static NatStatus os_Exit(G *g, Value *args) {
    (void)g;
    out_flush();
    exit((int)args[0].i);
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

const NativeDesc os_natives[] = {
    { "os", "Exit", os_Exit, NULL },
    { "os", "Getenv", os_Getenv, NULL },
    { NULL, NULL, NULL, NULL },
};
