// time.Date normalizes out-of-range fields; Date, Clock, Year..Nanosecond,
// Weekday and YearDay read the calendar (proleptic Gregorian).
package main

import (
	"fmt"
	"time"
)

func main() {
	for _, t := range []time.Time{
		time.Date(2009, time.November, 10, 23, 4, 5, 123456789, time.UTC),
		time.Date(2024, time.February, 29, 12, 0, 0, 0, time.UTC),
		time.Date(2023, time.February, 29, 12, 0, 0, 0, time.UTC),
		time.Date(2000, 12, 31, 0, 0, 0, 0, time.UTC),
		time.Date(1900, 3, 1, 0, 0, 0, 0, time.UTC),
		time.Date(1, 1, 1, 0, 0, 0, 0, time.UTC),
		time.Date(1969, 12, 31, 23, 59, 59, 999999999, time.UTC),
		time.Date(2023, 13, 35, 25, 61, 61, 1000000005, time.UTC),
		time.Date(2023, 0, 0, -1, -1, -1, -1, time.UTC),
	} {
		y, m, d := t.Date()
		h, mi, s := t.Clock()
		fmt.Println(t, "|", y, m, d, h, mi, s, "|", t.Year(), t.Month(), t.Day(), t.Hour(), t.Minute(), t.Second(), t.Nanosecond(), t.Weekday(), t.YearDay())
	}
}

// Output:
// 2009-11-10 23:04:05.123456789 +0000 UTC | 2009 November 10 23 4 5 | 2009 November 10 23 4 5 123456789 Tuesday 314
// 2024-02-29 12:00:00 +0000 UTC | 2024 February 29 12 0 0 | 2024 February 29 12 0 0 0 Thursday 60
// 2023-03-01 12:00:00 +0000 UTC | 2023 March 1 12 0 0 | 2023 March 1 12 0 0 0 Wednesday 60
// 2000-12-31 00:00:00 +0000 UTC | 2000 December 31 0 0 0 | 2000 December 31 0 0 0 0 Sunday 366
// 1900-03-01 00:00:00 +0000 UTC | 1900 March 1 0 0 0 | 1900 March 1 0 0 0 0 Thursday 60
// 0001-01-01 00:00:00 +0000 UTC | 1 January 1 0 0 0 | 1 January 1 0 0 0 0 Monday 1
// 1969-12-31 23:59:59.999999999 +0000 UTC | 1969 December 31 23 59 59 | 1969 December 31 23 59 59 999999999 Wednesday 365
// 2024-02-05 02:02:02.000000005 +0000 UTC | 2024 February 5 2 2 2 | 2024 February 5 2 2 2 5 Monday 36
// 2022-11-29 22:58:58.999999999 +0000 UTC | 2022 November 29 22 58 58 | 2022 November 29 22 58 58 999999999 Tuesday 333
