package main

import (
	"fmt"
	"strconv"
)

func main() {
	f, err := strconv.ParseFloat("3.25", 64)
	fmt.Println(f, err)
	f, err = strconv.ParseFloat("1e400", 64)
	fmt.Println(f, err)
	f, err = strconv.ParseFloat("abc", 64)
	fmt.Println(f, err)
	fmt.Println(strconv.FormatFloat(3.14159, 'f', 2, 64))
	fmt.Println(strconv.FormatFloat(3.14159, 'e', 3, 64))
	fmt.Println(strconv.FormatFloat(0.1, 'g', -1, 64))
	fmt.Println(strconv.FormatFloat(1.0/3, 'f', -1, 32))
	fmt.Println(strconv.FormatFloat(1234567.0, 'g', 3, 64))
}

// Output:
// 3.25 <nil>
// +Inf strconv.ParseFloat: parsing "1e400": value out of range
// 0 strconv.ParseFloat: parsing "abc": invalid syntax
// 3.14
// 3.142e+00
// 0.1
// 0.33333334
// 1.23e+06
