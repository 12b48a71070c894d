// Time.Round and Time.Truncate work on the time since the zero time;
// a non-positive duration only drops the monotonic reading.
package main

import (
	"fmt"
	"time"
)

func main() {
	t := time.Date(2012, 12, 7, 12, 15, 30, 918273645, time.UTC)
	for _, d := range []time.Duration{0, time.Nanosecond, time.Microsecond, time.Millisecond, time.Second, 2 * time.Second, time.Minute, 10 * time.Minute, time.Hour, 24 * time.Hour} {
		fmt.Println(d, "|", t.Round(d).Format("15:04:05.999999999"), "|", t.Truncate(d).Format("15:04:05.999999999"))
	}
}

// Output:
// 0s | 12:15:30.918273645 | 12:15:30.918273645
// 1ns | 12:15:30.918273645 | 12:15:30.918273645
// 1µs | 12:15:30.918274 | 12:15:30.918273
// 1ms | 12:15:30.918 | 12:15:30.918
// 1s | 12:15:31 | 12:15:30
// 2s | 12:15:30 | 12:15:30
// 1m0s | 12:16:00 | 12:15:00
// 10m0s | 12:20:00 | 12:10:00
// 1h0m0s | 12:00:00 | 12:00:00
// 24h0m0s | 00:00:00 | 00:00:00
