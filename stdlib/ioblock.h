/* ioblock.h — read(2) and write(2) for natives, without blocking the P
 * (ioblock.c says how). */
#ifndef MINIGO_IOBLOCK_H
#define MINIGO_IOBLOCK_H

#include <stddef.h>
#include "vm.h"

/* For the native whose arguments start at args: reads at most n bytes of
 * fd into buf (GC memory that stays reachable from g), or writes all n
 * bytes of buf to fd. The results go to args[0] (bytes done) and args[1]
 * (0 or the errno). Returns NAT_OK when done at once, NAT_PARK when g
 * waits for a worker thread (the results are written before g runs). */
NatStatus io_read(G *g, Value *args, int fd, void *buf, size_t n);
NatStatus io_write(G *g, Value *args, int fd, const void *buf, size_t n);

#endif
