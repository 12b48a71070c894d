// time.Unix, UnixMilli and UnixMicro build times (nsec outside [0, 1e9) is
// carried into the seconds); Unix, UnixNano, UnixMilli and UnixMicro read
// them back.
package main

import (
	"fmt"
	"time"
)

func main() {
	t := time.Unix(1700000000, 123456789).UTC()
	fmt.Println(t, t.Unix(), t.UnixNano(), t.UnixMilli(), t.UnixMicro(), t.Nanosecond())
	fmt.Println(time.Unix(0, 0).UTC(), time.Unix(-1, 0).UTC(), time.Unix(0, -1).UTC(), time.Unix(5, 3500000000).UTC())
	fmt.Println(time.UnixMilli(1700000000123).UTC(), time.UnixMicro(-1500001).UTC())
	fmt.Println(time.Unix(1e9, 0).Unix(), time.UnixMilli(-1).UnixMilli(), time.UnixMicro(42).UnixMicro())
	var z time.Time
	fmt.Println(z.Unix(), z.UnixMilli())
	now := time.Now()
	fmt.Println(now.Unix() > 1700000000, time.Unix(now.Unix(), int64(now.Nanosecond())).Equal(now))
}

// Output:
// 2023-11-14 22:13:20.123456789 +0000 UTC 1700000000 1700000000123456789 1700000000123 1700000000123456 123456789
// 1970-01-01 00:00:00 +0000 UTC 1969-12-31 23:59:59 +0000 UTC 1969-12-31 23:59:59.999999999 +0000 UTC 1970-01-01 00:00:08.5 +0000 UTC
// 2023-11-14 22:13:20.123 +0000 UTC 1969-12-31 23:59:58.499999 +0000 UTC
// 1000000000 -1 42
// -62135596800 -62135596800000
// true true
