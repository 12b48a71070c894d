// Fixed zones: In changes how a time prints, not the instant (Equal is
// true, == is false); UTC prints as +0000 UTC; a zone without a name prints
// its offset; the Z07:00 layout prints Z for UTC.
package main

import (
	"fmt"
	"time"
)

func main() {
	t := time.Date(2009, time.November, 10, 23, 0, 0, 0, time.UTC)
	est := time.FixedZone("EST", -5*3600)
	ist := time.FixedZone("", 5*3600+30*60)
	fmt.Println(t, "|", t.In(est), "|", t.In(ist))
	fmt.Println(t.In(est).Equal(t), t.In(est) == t, t.In(est).UTC() == t, t.In(est).Hour())
	fmt.Println(t.Format(time.RFC3339), t.In(est).Format(time.RFC3339), t.In(ist).Format(time.RFC3339))
	fmt.Println(t.Location(), t.In(est).Location(), time.UTC, est)
	name, off := t.In(ist).Zone()
	fmt.Printf("%q %d\n", name, off)
	fmt.Println(time.Date(2009, 11, 10, 18, 0, 0, 0, est).Equal(t))
	var z time.Time
	fmt.Println(z, z.Location())
}

// Output:
// 2009-11-10 23:00:00 +0000 UTC | 2009-11-10 18:00:00 -0500 EST | 2009-11-11 04:30:00 +0530 +0530
// true false true 18
// 2009-11-10T23:00:00Z 2009-11-10T18:00:00-05:00 2009-11-11T04:30:00+05:30
// UTC EST UTC EST
// "" 19800
// true
// 0001-01-01 00:00:00 +0000 UTC UTC
