// Printing time.Now() shows the date, the clock with nanoseconds (trailing
// zeros dropped), the zone and the monotonic reading.
package main

import (
	"fmt"
	"time"
)

func main() {
	fmt.Println(time.Now())
	fmt.Println(time.Now().UTC())
}

// Output (regexp):
// \d{4}-\d\d-\d\d \d\d:\d\d:\d\d(\.\d{1,9})? [+-]\d{4} \S+ m=\+\d+\.\d{9}
// \d{4}-\d\d-\d\d \d\d:\d\d:\d\d(\.\d{1,9})? \+0000 UTC
