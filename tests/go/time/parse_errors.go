// time.Parse's errors are *time.ParseError with Go's wording: what could
// not be parsed as which layout element, values out of range, extra text,
// impossible dates.
package main

import (
	"errors"
	"fmt"
	"time"
)

func main() {
	for _, c := range [][2]string{
		{time.RFC3339, "2006-01-02T15:04:05"},
		{time.RFC3339, "2006-13-02T15:04:05Z"},
		{time.RFC3339, "2006-02-30T15:04:05Z"},
		{time.RFC3339, "2006-01-02T25:04:05Z"},
		{time.RFC3339, "2006-01-02T15:04:05Zjunk"},
		{time.RFC1123, "Mon, 02 Jan 2006 15:04:05 abc"},
		{time.Kitchen, "13:00PM"},
		{time.Kitchen, "3:04XM"},
		{time.DateOnly, "20230815"},
		{time.TimeOnly, "10:60:00"},
		{"2006-01-02 -0700", "2023-01-01 +2561"},
		{"2006 002", "2023 366"},
		{"2006-01-02 002", "2024-03-01 060"},
		{"Mon Jan 2", "Xyz Mar 9"},
		{"15:04:05 .000", "10:11:12 .12x"},
		{"2006", "é"},
	} {
		_, err := time.Parse(c[0], c[1])
		fmt.Println(err)
	}
	_, err := time.Parse("2006-01-02", "2023-01-0x")
	var pe *time.ParseError
	if errors.As(err, &pe) {
		fmt.Printf("%q %q %q %q %q\n", pe.Layout, pe.Value, pe.LayoutElem, pe.ValueElem, pe.Message)
	}
}

// Output:
// parsing time "2006-01-02T15:04:05" as "2006-01-02T15:04:05Z07:00": cannot parse "" as "Z07:00"
// parsing time "2006-13-02T15:04:05Z": month out of range
// parsing time "2006-02-30T15:04:05Z": day out of range
// parsing time "2006-01-02T25:04:05Z": hour out of range
// parsing time "2006-01-02T15:04:05Zjunk": extra text: "junk"
// parsing time "Mon, 02 Jan 2006 15:04:05 abc" as "Mon, 02 Jan 2006 15:04:05 MST": cannot parse "abc" as "MST"
// parsing time "13:00PM": hour out of range
// parsing time "3:04XM" as "3:04PM": cannot parse "XM" as "PM"
// parsing time "20230815" as "2006-01-02": cannot parse "0815" as "-"
// parsing time "10:60:00": minute out of range
// parsing time "2023-01-01 +2561": time zone offset minute out of range
// parsing time "2023 366": day-of-year out of range
// parsing time "2024-03-01 060": day-of-year does not match month
// parsing time "Xyz Mar 9" as "Mon Jan 2": cannot parse "Xyz Mar 9" as "Mon"
// parsing time "10:11:12 .12x" as "15:04:05 .000": cannot parse ".12x" as ".000"
// parsing time "\xc3\xa9" as "2006": cannot parse "\xc3\xa9" as "2006"
// "2006-01-02" "2023-01-0x" "02" "0x" ""
