// Time.Add carries nanoseconds into seconds both ways; Sub of times too far
// apart saturates at the smallest or largest Duration; AddDate normalizes.
package main

import (
	"fmt"
	"time"
)

func main() {
	t := time.Date(2009, time.November, 10, 23, 0, 0, 999999999, time.UTC)
	fmt.Println(t.Add(1), t.Add(-999999999), t.Add(-1000000000), t.Add(36*time.Hour))
	u := t.Add(90 * time.Minute)
	fmt.Println(u.Sub(t), t.Sub(u), u.After(t), u.Before(t), t.Compare(u), u.Compare(t), t.Compare(t))
	var zero time.Time
	fmt.Println(t.Sub(zero), zero.Sub(t))
	fmt.Println(t.AddDate(0, 1, 0), t.AddDate(0, 3, -11), t.AddDate(-1, 0, 0))
	leap := time.Date(2024, 2, 29, 0, 0, 0, 0, time.UTC)
	fmt.Println(leap.AddDate(1, 0, 0), leap.AddDate(0, 0, 366))
}

// Output:
// 2009-11-10 23:00:01 +0000 UTC 2009-11-10 23:00:00 +0000 UTC 2009-11-10 22:59:59.999999999 +0000 UTC 2009-11-12 11:00:00.999999999 +0000 UTC
// 1h30m0s -1h30m0s true false -1 1 0
// 2562047h47m16.854775807s -2562047h47m16.854775808s
// 2009-12-10 23:00:00.999999999 +0000 UTC 2010-01-30 23:00:00.999999999 +0000 UTC 2008-11-10 23:00:00.999999999 +0000 UTC
// 2025-03-01 00:00:00 +0000 UTC 2025-03-01 00:00:00 +0000 UTC
