// Duration.String picks the unit as Go does: ns, µs and ms below a second
// (with up to 3 or 6 fraction digits, trailing zeros dropped), h/m/s from a
// second up; zero is "0s"; the extremes of int64 print exactly.
package main

import (
	"fmt"
	"math"
	"time"
)

func main() {
	for _, d := range []time.Duration{
		0, 1, 999, 1000, 1500, 1001, 999999, 1000000, 1234567,
		999999999, time.Second, 1500 * time.Millisecond, 90 * time.Second,
		150 * time.Second, time.Hour, 61 * time.Minute, 26*time.Hour + 3*time.Second + 4*time.Millisecond,
		-1, -1500, -time.Minute, -90 * time.Minute, math.MaxInt64, math.MinInt64,
	} {
		fmt.Println(d.String())
	}
}

// Output:
// 0s
// 1ns
// 999ns
// 1µs
// 1.5µs
// 1.001µs
// 999.999µs
// 1ms
// 1.234567ms
// 999.999999ms
// 1s
// 1.5s
// 1m30s
// 2m30s
// 1h0m0s
// 1h1m0s
// 26h0m3.004s
// -1ns
// -1.5µs
// -1m0s
// -1h30m0s
// 2562047h47m16.854775807s
// -2562047h47m16.854775808s
