// time.ParseDuration: signed sequences of numbers with fractions and units
// (ns, us, µs, μs, ms, s, m, h); Go's three error messages; int64 overflow
// is invalid.
package main

import (
	"fmt"
	"time"
)

func main() {
	for _, s := range []string{
		"0", "-0", "+5s", "300ms", "-1.5h", "2h45m", "1h2m3.5s", ".5s", "1.s",
		"1us", "1µs", "1μs", "1.0000000001s", "0.1ns", "1.9999999999ns",
		"9223372036854775807ns", "-9223372036854775808ns", "2562047h47m16.854775807s",
		"", "-", "1", "1x", ".s", "s", "9223372036854775808ns", "2562048h", "1h-2m", "é", "a\"b\\",
	} {
		d, err := time.ParseDuration(s)
		if err != nil {
			fmt.Println(err)
			continue
		}
		fmt.Println(d)
	}
}

// Output:
// 0s
// 0s
// 5s
// 300ms
// -1h30m0s
// 2h45m0s
// 1h2m3.5s
// 500ms
// 1s
// 1µs
// 1µs
// 1µs
// 1s
// 0s
// 1ns
// 2562047h47m16.854775807s
// -2562047h47m16.854775808s
// 2562047h47m16.854775807s
// time: invalid duration ""
// time: invalid duration "-"
// time: missing unit in duration "1"
// time: unknown unit "x" in duration "1x"
// time: invalid duration ".s"
// time: invalid duration "s"
// time: invalid duration "9223372036854775808ns"
// time: invalid duration "2562048h"
// time: unknown unit "h-" in duration "1h-2m"
// time: invalid duration "\xc3\xa9"
// time: invalid duration "a\"b\\"
