// time.Parse reads the layouts Format writes: zones by offset or name
// ("Z" and "UTC" are UTC; an unknown name gets a zone of offset 0), 12-hour
// clocks, fractions asked for or not, month and day names in any case,
// two-digit years (69-99 are 19xx), days of the year, runs of spaces.
package main

import (
	"fmt"
	"time"
)

func main() {
	for _, c := range [][2]string{
		{time.RFC3339, "2006-01-02T15:04:05Z"},
		{time.RFC3339, "2006-01-02T15:04:05+07:00"},
		{time.RFC3339Nano, "2024-02-29T23:59:59.5-03:30"},
		{time.RFC1123, "Mon, 02 Jan 2006 15:04:05 UTC"},
		{time.RFC1123, "Mon, 02 Jan 2006 15:04:05 PST"},
		{time.RFC1123, "Mon, 02 Jan 2006 15:04:05 GMT+3"},
		{time.RFC1123Z, "Mon, 02 Jan 2006 15:04:05 -0700"},
		{time.ANSIC, "Mon Jan  2 15:04:05 2006"},
		{time.Kitchen, "3:04PM"},
		{time.Kitchen, "12:00AM"},
		{time.DateTime, "2023-08-15 10:11:12.345"},
		{time.DateOnly, "2023-8-15"},
		{"January 2, 2006", "MARCH 9, 2021"},
		{"06-01-02", "68-01-02"},
		{"06-01-02", "69-01-02"},
		{"2006 002", "2024 060"},
		{"15:04:05.000", "10:11:12.123"},
		{"15:04:05.999", "10:11:12"},
		{"2006-01-02 15:04", "2023-01-02     10:11"},
		{"2006-01-02 -07:00:00", "2023-01-01 +05:30:15"},
	} {
		t, err := time.Parse(c[0], c[1])
		fmt.Println(t, err)
	}
	est := time.FixedZone("EST", -5*3600)
	t, _ := time.ParseInLocation("2006-01-02 15:04", "2023-01-01 10:00", est)
	fmt.Println(t, t.Location() == est)
	t, _ = time.ParseInLocation("2006-01-02 15:04 MST", "2023-01-01 10:00 EST", est)
	fmt.Println(t, t.UTC())
}

// Env: TZ=UTC
// Output:
// 2006-01-02 15:04:05 +0000 UTC <nil>
// 2006-01-02 15:04:05 +0700 +0700 <nil>
// 2024-02-29 23:59:59.5 -0330 -0330 <nil>
// 2006-01-02 15:04:05 +0000 UTC <nil>
// 2006-01-02 15:04:05 +0000 PST <nil>
// 2006-01-02 18:04:05 +0300 GMT+3 <nil>
// 2006-01-02 15:04:05 -0700 -0700 <nil>
// 2006-01-02 15:04:05 +0000 UTC <nil>
// 0000-01-01 15:04:00 +0000 UTC <nil>
// 0000-01-01 00:00:00 +0000 UTC <nil>
// 2023-08-15 10:11:12.345 +0000 UTC <nil>
// 0001-01-01 00:00:00 +0000 UTC parsing time "2023-8-15" as "2006-01-02": cannot parse "8-15" as "01"
// 2021-03-09 00:00:00 +0000 UTC <nil>
// 2068-01-02 00:00:00 +0000 UTC <nil>
// 1969-01-02 00:00:00 +0000 UTC <nil>
// 2024-02-29 00:00:00 +0000 UTC <nil>
// 0000-01-01 10:11:12.123 +0000 UTC <nil>
// 0000-01-01 10:11:12 +0000 UTC <nil>
// 2023-01-02 10:11:00 +0000 UTC <nil>
// 2023-01-01 00:00:00 +0530 +0530 <nil>
// 2023-01-01 10:00:00 -0500 EST true
// 2023-01-01 10:00:00 -0500 EST 2023-01-01 15:00:00 +0000 UTC
