// Duration.Round rounds halfway away from zero and saturates at the int64
// limits; Truncate rounds toward zero; a non-positive multiple returns d
// unchanged. Abs saturates math.MinInt64 to math.MaxInt64.
package main

import (
	"fmt"
	"math"
	"time"
)

func main() {
	d := 1*time.Hour + 15*time.Minute + 30*time.Second + 918273645*time.Nanosecond
	for _, m := range []time.Duration{0, -1, 1, time.Microsecond, time.Millisecond, time.Second, 2 * time.Second, time.Minute, 15 * time.Minute, time.Hour} {
		fmt.Println(m, d.Round(m), d.Truncate(m), (-d).Round(m), (-d).Truncate(m))
	}
	fmt.Println(time.Duration(15).Round(10), time.Duration(-15).Round(10), time.Duration(14).Round(10), time.Duration(-25).Truncate(10))
	fmt.Println(time.Duration(math.MaxInt64).Round(time.Hour), time.Duration(math.MinInt64).Round(time.Hour))
	fmt.Println(time.Duration(math.MaxInt64).Round(math.MaxInt64), time.Duration(math.MinInt64).Truncate(time.Second))
	fmt.Println(time.Duration(-5).Abs(), time.Duration(5).Abs(), time.Duration(math.MinInt64).Abs(), time.Duration(math.MinInt64+1).Abs())
}

// Output:
// 0s 1h15m30.918273645s 1h15m30.918273645s -1h15m30.918273645s -1h15m30.918273645s
// -1ns 1h15m30.918273645s 1h15m30.918273645s -1h15m30.918273645s -1h15m30.918273645s
// 1ns 1h15m30.918273645s 1h15m30.918273645s -1h15m30.918273645s -1h15m30.918273645s
// 1µs 1h15m30.918274s 1h15m30.918273s -1h15m30.918274s -1h15m30.918273s
// 1ms 1h15m30.918s 1h15m30.918s -1h15m30.918s -1h15m30.918s
// 1s 1h15m31s 1h15m30s -1h15m31s -1h15m30s
// 2s 1h15m30s 1h15m30s -1h15m30s -1h15m30s
// 1m0s 1h16m0s 1h15m0s -1h16m0s -1h15m0s
// 15m0s 1h15m0s 1h15m0s -1h15m0s -1h15m0s
// 1h0m0s 1h0m0s 1h0m0s -1h0m0s -1h0m0s
// 20ns -20ns 10ns -20ns
// 2562047h47m16.854775807s -2562047h47m16.854775808s
// 2562047h47m16.854775807s -2562047h47m16s
// 5ns 5ns 2562047h47m16.854775807s 2562047h47m16.854775807s
