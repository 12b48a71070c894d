package main

import (
	"fmt"
	"strconv"
)

func main() {
	u, err := strconv.ParseUint("18446744073709551615", 10, 64)
	fmt.Println(u, err)
	u, err = strconv.ParseUint("18446744073709551616", 10, 64)
	fmt.Println(u, err)
	u, err = strconv.ParseUint("-1", 10, 64)
	fmt.Println(u, err)
	u, err = strconv.ParseUint("300", 10, 8)
	fmt.Println(u, err)
	u, err = strconv.ParseUint("0xFF", 0, 16)
	fmt.Println(u, err)
}

// Output:
// 18446744073709551615 <nil>
// 18446744073709551615 strconv.ParseUint: parsing "18446744073709551616": value out of range
// 0 strconv.ParseUint: parsing "-1": invalid syntax
// 255 strconv.ParseUint: parsing "300": value out of range
// 255 <nil>
