package main

import (
	"fmt"
	"strconv"
)

func main() {
	for _, s := range []string{"3.14159", "1e10", "-0.5", ".5", "1_000.5", "0x1p-2", "inf", "-Inf", "NaN", "1e400", "-1e400", "1e-400", "abc", "", "1.5e", "0.1"} {
		f, err := strconv.ParseFloat(s, 64)
		fmt.Println(f, err)
	}
	f, err := strconv.ParseFloat("0.1", 32)
	fmt.Println(f, err, float32(f))
	f, err = strconv.ParseFloat("3.5e38", 32)
	fmt.Println(f, err)
}

// Output:
// 3.14159 <nil>
// 1e+10 <nil>
// -0.5 <nil>
// 0.5 <nil>
// 1000.5 <nil>
// 0.25 <nil>
// +Inf <nil>
// -Inf <nil>
// NaN <nil>
// +Inf strconv.ParseFloat: parsing "1e400": value out of range
// -Inf strconv.ParseFloat: parsing "-1e400": value out of range
// 0 <nil>
// 0 strconv.ParseFloat: parsing "abc": invalid syntax
// 0 strconv.ParseFloat: parsing "": invalid syntax
// 0 strconv.ParseFloat: parsing "1.5e": invalid syntax
// 0.1 <nil>
// 0.10000000149011612 <nil> 0.1
// +Inf strconv.ParseFloat: parsing "3.5e38": value out of range
