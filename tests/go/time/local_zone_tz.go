// Local follows TZ: it is named after it, times print in its zone with
// daylight saving time, and a Date in the hour skipped in spring moves by
// the change of offset, as in Go.
package main

import (
	"fmt"
	"time"
)

func main() {
	fmt.Println(time.Local, time.Unix(0, 0).Location())
	for _, u := range []int64{0, 1700000000, 1710053999, 1710054000, 1730613599, 1730613600} {
		fmt.Println(time.Unix(u, 0))
	}
	fmt.Println(time.Date(2024, 3, 10, 2, 30, 0, 0, time.Local))
	fmt.Println(time.Date(2024, 11, 3, 1, 30, 0, 0, time.Local))
	t := time.Date(2024, 7, 4, 12, 0, 0, 0, time.Local)
	fmt.Println(t.Format(time.RFC1123Z), t.UTC())
	name, off := t.Zone()
	fmt.Println(name, off)
}

// Env: TZ=America/New_York
// Output:
// America/New_York America/New_York
// 1969-12-31 19:00:00 -0500 EST
// 2023-11-14 17:13:20 -0500 EST
// 2024-03-10 01:59:59 -0500 EST
// 2024-03-10 03:00:00 -0400 EDT
// 2024-11-03 01:59:59 -0400 EDT
// 2024-11-03 01:00:00 -0500 EST
// 2024-03-10 01:30:00 -0500 EST
// 2024-11-03 01:30:00 -0400 EDT
// Thu, 04 Jul 2024 12:00:00 -0400 2024-07-04 16:00:00 +0000 UTC
// EDT -14400
