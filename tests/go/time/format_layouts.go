// Time.Format with the predefined layouts and every element of the
// reference time "Mon Jan 2 15:04:05 MST 2006".
package main

import (
	"fmt"
	"time"
)

func main() {
	t := time.Date(2009, time.November, 10, 23, 4, 5, 123456789, time.UTC)
	for _, layout := range []string{
		time.Layout, time.ANSIC, time.UnixDate, time.RubyDate, time.RFC822, time.RFC822Z,
		time.RFC850, time.RFC1123, time.RFC1123Z, time.RFC3339, time.RFC3339Nano, time.Kitchen,
		time.Stamp, time.StampMilli, time.StampMicro, time.StampNano, time.DateTime, time.DateOnly, time.TimeOnly,
		"Monday January 2 _2 __2 002 | 3 03 15 4 04 5 05 | 06 2006 _2006 | PM pm",
		".0 .000 .9 ,999 .999999999 .000000000 | Jane Mont Mo 1.5 05.00",
		"Z07 Z0700 Z07:00 Z070000 -07 -0700 -07:00 -070000 -07:00:00 MST",
	} {
		fmt.Println(t.Format(layout))
	}
	early := time.Date(2024, 3, 4, 0, 7, 8, 50000000, time.UTC)
	fmt.Println(early.Format("3:04:05 PM, Jan _2 (__2), 2006.999 15h"))
}

// Output:
// 11/10 11:04:05PM '09 +0000
// Tue Nov 10 23:04:05 2009
// Tue Nov 10 23:04:05 UTC 2009
// Tue Nov 10 23:04:05 +0000 2009
// 10 Nov 09 23:04 UTC
// 10 Nov 09 23:04 +0000
// Tuesday, 10-Nov-09 23:04:05 UTC
// Tue, 10 Nov 2009 23:04:05 UTC
// Tue, 10 Nov 2009 23:04:05 +0000
// 2009-11-10T23:04:05Z
// 2009-11-10T23:04:05.123456789Z
// 11:04PM
// Nov 10 23:04:05
// Nov 10 23:04:05.123
// Nov 10 23:04:05.123456
// Nov 10 23:04:05.123456789
// 2009-11-10 23:04:05
// 2009-11-10
// 23:04:05
// Tuesday November 10 10 314 314 | 11 11 23 4 04 5 05 | 09 2009 _2009 | PM pm
// .1 .123 .1 ,123 .123456789 .123456789 | Jane Mont Mo 11.5 05.12
// Z Z Z Z +00 +0000 +00:00 +000000 +00:00:00 UTC
// 12:07:08 AM, Mar  4 ( 64), 2024.05 00h
