// The sync/atomic functions on int32, int64, uint32, uint64 and uintptr:
// Add (wrapping at the type's width), Load, Store, Swap, CompareAndSwap,
// And, Or.
package main

import (
	"fmt"
	"math"
	"sync/atomic"
)

func main() {
	var i32 int32 = math.MaxInt32
	a := atomic.AddInt32(&i32, 1)
	fmt.Println(a, i32)
	a = atomic.AddInt32(&i32, -1)
	fmt.Println(a, i32)
	fmt.Println(atomic.LoadInt32(&i32), atomic.SwapInt32(&i32, -5))
	fmt.Println(i32)
	fmt.Println(atomic.CompareAndSwapInt32(&i32, 5, 6), atomic.CompareAndSwapInt32(&i32, -5, 6))
	fmt.Println(i32)
	atomic.StoreInt32(&i32, -1)
	fmt.Println(i32, i32 == -1, int64(i32))

	var i64 int64 = math.MaxInt64
	fmt.Println(atomic.AddInt64(&i64, 1), atomic.LoadInt64(&i64))
	atomic.StoreInt64(&i64, 42)
	fmt.Println(atomic.SwapInt64(&i64, 43), atomic.CompareAndSwapInt64(&i64, 43, 44))
	fmt.Println(i64)

	var u32 uint32
	b := atomic.AddUint32(&u32, ^uint32(0))
	fmt.Println(b, u32, u32 == math.MaxUint32)
	b = atomic.AddUint32(&u32, 2)
	fmt.Println(b, uint64(u32))
	atomic.StoreUint32(&u32, 7)
	fmt.Println(atomic.SwapUint32(&u32, 8), atomic.CompareAndSwapUint32(&u32, 8, 9), atomic.LoadUint32(&u32))

	var u64 uint64
	fmt.Println(atomic.AddUint64(&u64, ^uint64(0)), atomic.AddUint64(&u64, 1))
	atomic.StoreUint64(&u64, 1<<63)
	fmt.Println(atomic.SwapUint64(&u64, 3), atomic.CompareAndSwapUint64(&u64, 3, 4), atomic.LoadUint64(&u64))

	var up uintptr
	fmt.Println(atomic.AddUintptr(&up, 10), atomic.SwapUintptr(&up, 20), atomic.CompareAndSwapUintptr(&up, 20, 30), atomic.LoadUintptr(&up))
	atomic.StoreUintptr(&up, 1)
	fmt.Println(up)

	var bits int32 = 0b1100
	fmt.Println(atomic.AndInt32(&bits, 0b1010))
	fmt.Println(bits)
	fmt.Println(atomic.OrInt32(&bits, 0b0001))
	fmt.Println(bits)
	var ubits uint64 = 0xf0
	fmt.Println(atomic.AndUint64(&ubits, 0x3c))
	fmt.Println(ubits)
	fmt.Println(atomic.OrUint64(&ubits, 0x01))
	fmt.Println(ubits)
	var neg int32 = -1
	fmt.Println(atomic.AndInt32(&neg, -256), atomic.OrUint32(&u32, 0xffff0000))
	fmt.Println(neg, u32)
}

// Output:
// -2147483648 -2147483648
// 2147483647 2147483647
// 2147483647 2147483647
// -5
// false true
// 6
// -1 true -1
// -9223372036854775808 -9223372036854775808
// 42 true
// 44
// 4294967295 4294967295 true
// 1 1
// 7 true 9
// 18446744073709551615 0
// 9223372036854775808 true 4
// 10 10 true 30
// 1
// 12
// 8
// 8
// 9
// 240
// 48
// 48
// 49
// -1 9
// -256 4294901769
