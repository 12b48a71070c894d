package main

import (
	"fmt"
	"strconv"
)

func main() {
	fmt.Println(strconv.Itoa(0), strconv.Itoa(-42), strconv.Itoa(1<<62))
	for _, base := range []int{2, 8, 10, 16, 36} {
		fmt.Println(base, strconv.FormatInt(-255, base), strconv.FormatUint(255, base))
	}
	fmt.Println(strconv.FormatInt(-9223372036854775808, 10), strconv.FormatUint(18446744073709551615, 16))
	fmt.Println(strconv.FormatBool(true), strconv.FormatBool(false))
}

// Output:
// 0 -42 4611686018427387904
// 2 -11111111 11111111
// 8 -377 377
// 10 -255 255
// 16 -ff ff
// 36 -73 73
// -9223372036854775808 ffffffffffffffff
// true false
