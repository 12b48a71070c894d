// A TZ naming no zone Go can load makes Local UTC (named "UTC"), though it
// stays a Location apart from time.UTC.
package main

import (
	"fmt"
	"time"
)

func main() {
	t := time.Unix(1700000000, 0)
	fmt.Println(time.Local, t, t.Location() == time.UTC, t.Location() == time.Local)
	fmt.Printf("%#v\n", t)
}

// Env: TZ=No/Such_Zone
// Output:
// UTC 2023-11-14 22:13:20 +0000 UTC false true
// time.Date(2023, time.November, 14, 22, 13, 20, 0, time.Local)
