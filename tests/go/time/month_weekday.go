// Month and Weekday print their English names; values out of range print
// as %!Month(N) and %!Weekday(N) with N unsigned.
package main

import (
	"fmt"
	"time"
)

func main() {
	var months, days []string
	for m := time.January; m <= time.December; m++ {
		months = append(months, m.String())
	}
	for d := time.Sunday; d <= time.Saturday; d++ {
		days = append(days, d.String())
	}
	fmt.Println(months)
	fmt.Println(days)
	fmt.Println(time.Month(0), time.Month(13), time.Weekday(7), time.Weekday(-1))
	fmt.Printf("%v %d %s %d\n", time.March, time.March, time.Friday, time.Friday)
}

// Output:
// [January February March April May June July August September October November December]
// [Sunday Monday Tuesday Wednesday Thursday Friday Saturday]
// %!Month(0) %!Month(13) %!Weekday(7) %!Weekday(18446744073709551615)
// March 3 Friday 5
