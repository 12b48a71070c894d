package main

import (
	"fmt"
	"strconv"
)

func main() {
	for _, bits := range []int{8, 16, 32, 64} {
		v, err := strconv.ParseInt("100000000000000000000", 10, bits)
		fmt.Println(bits, v, err)
		v, err = strconv.ParseInt("-100000000000000000000", 10, bits)
		fmt.Println(bits, v, err)
	}
	v, err := strconv.ParseInt("127", 10, 8)
	fmt.Println(v, err)
	v, err = strconv.ParseInt("-128", 10, 8)
	fmt.Println(v, err)
	v, err = strconv.ParseInt("128", 10, 8)
	fmt.Println(v, err)
	_, err = strconv.ParseInt("1", 10, 65)
	fmt.Println(err)
}

// Output:
// 8 127 strconv.ParseInt: parsing "100000000000000000000": value out of range
// 8 -128 strconv.ParseInt: parsing "-100000000000000000000": value out of range
// 16 32767 strconv.ParseInt: parsing "100000000000000000000": value out of range
// 16 -32768 strconv.ParseInt: parsing "-100000000000000000000": value out of range
// 32 2147483647 strconv.ParseInt: parsing "100000000000000000000": value out of range
// 32 -2147483648 strconv.ParseInt: parsing "-100000000000000000000": value out of range
// 64 9223372036854775807 strconv.ParseInt: parsing "100000000000000000000": value out of range
// 64 -9223372036854775808 strconv.ParseInt: parsing "-100000000000000000000": value out of range
// 127 <nil>
// -128 <nil>
// 127 strconv.ParseInt: parsing "128": value out of range
// strconv.ParseInt: parsing "1": invalid bit size 65
