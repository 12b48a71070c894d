// Times from Now carry a monotonic reading: later readings are After
// earlier ones, Sub is never negative between them, and Add/Sub agree.
// Round(0) drops the reading (String then has no "m=" part).
package main

import (
	"fmt"
	"strings"
	"time"
)

func main() {
	t0 := time.Now()
	t1 := time.Now()
	for i := 0; i < 1000; i++ {
		t1 = time.Now()
	}
	fmt.Println(t1.Sub(t0) >= 0, !t1.Before(t0), !t0.After(t1), t0.Equal(t0))
	d := 90 * time.Minute
	t2 := t0.Add(d)
	fmt.Println(t2.Sub(t0), t0.Sub(t2), t2.After(t0), t0.Before(t2), t2.Add(-d).Equal(t0), t2.Add(-d) == t0)
	fmt.Println(strings.Contains(t0.String(), " m=+"), strings.Contains(t0.Round(0).String(), "m="))
	fmt.Println(t0.Round(0).Equal(t0), t0.IsZero(), time.Time{}.IsZero())
}

// Output:
// true true true true
// 1h30m0s -1h30m0s true true true true
// true false
// true false true
