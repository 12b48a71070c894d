package main

import (
	"fmt"
	"strconv"
)

func main() {
	v, err := strconv.ParseInt("-ff", 16, 64)
	fmt.Println(v, err)
	v, err = strconv.ParseInt("300", 10, 8)
	fmt.Println(v, err)
	v, err = strconv.ParseInt("0x1f", 0, 64)
	fmt.Println(v, err)
	u, err := strconv.ParseUint("255", 10, 8)
	fmt.Println(u, err)
	fmt.Println(strconv.FormatInt(10, 2), strconv.FormatInt(-255, 16), strconv.FormatInt(35, 36))
	fmt.Println(strconv.FormatUint(1<<63, 10))
	v, err = strconv.ParseInt("12a", 10, 64)
	fmt.Println(v, err)
}

// Output:
// -255 <nil>
// 127 strconv.ParseInt: parsing "300": value out of range
// 31 <nil>
// 255 <nil>
// 1010 -ff z
// 9223372036854775808
// 0 strconv.ParseInt: parsing "12a": invalid syntax
