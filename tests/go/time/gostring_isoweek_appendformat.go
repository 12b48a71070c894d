// %#v prints a Time as the call to time.Date that makes it; ISOWeek gives
// the ISO 8601 year and week (the week of its Thursday); AppendFormat
// appends Format's result.
package main

import (
	"fmt"
	"time"
)

func main() {
	fmt.Printf("%#v\n", time.Date(2009, 11, 10, 23, 4, 5, 6, time.UTC))
	fmt.Printf("%#v\n", time.Date(-5, 1, 1, 0, 0, 0, 0, time.FixedZone("a\"b", 3600)))
	fmt.Printf("%#v\n", time.Time{})
	t := time.Date(2009, 11, 10, 23, 4, 5, 6, time.UTC)
	fmt.Println(string(t.AppendFormat([]byte("at "), time.Kitchen)))
	for _, d := range [][3]int{{2004, 12, 31}, {2005, 1, 1}, {2005, 1, 2}, {2005, 1, 3}, {2008, 12, 29}, {2009, 12, 31}, {2010, 1, 3}, {2010, 1, 4}, {2026, 6, 15}} {
		y, w := time.Date(d[0], time.Month(d[1]), d[2], 12, 0, 0, 0, time.UTC).ISOWeek()
		fmt.Println(d, y, w)
	}
}

// Output:
// time.Date(2009, time.November, 10, 23, 4, 5, 6, time.UTC)
// time.Date(-5, time.January, 1, 0, 0, 0, 0, time.Location("a\"b"))
// time.Date(1, time.January, 1, 0, 0, 0, 0, time.UTC)
// at 11:04PM
// [2004 12 31] 2004 53
// [2005 1 1] 2004 53
// [2005 1 2] 2004 53
// [2005 1 3] 2005 1
// [2008 12 29] 2009 1
// [2009 12 31] 2009 53
// [2010 1 3] 2009 53
// [2010 1 4] 2010 1
// [2026 6 15] 2026 25
