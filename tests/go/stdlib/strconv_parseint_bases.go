package main

import (
	"fmt"
	"strconv"
)

func main() {
	ss := []string{"ff", "-101", "0x1F", "0b1011", "0o17", "017", "1_000", "z", "ZZ"}
	bases := []int{16, 2, 0, 0, 0, 0, 0, 36, 36}
	for i, s := range ss {
		v, err := strconv.ParseInt(s, bases[i], 64)
		fmt.Println(s, bases[i], v, err)
	}
	_, err := strconv.ParseInt("10", 1, 64)
	fmt.Println(err)
	_, err = strconv.ParseInt("10", 37, 64)
	fmt.Println(err)
	_, err = strconv.ParseInt("1_0", 10, 64)
	fmt.Println(err)
}

// Output:
// ff 16 255 <nil>
// -101 2 -5 <nil>
// 0x1F 0 31 <nil>
// 0b1011 0 11 <nil>
// 0o17 0 15 <nil>
// 017 0 15 <nil>
// 1_000 0 1000 <nil>
// z 36 35 <nil>
// ZZ 36 1295 <nil>
// strconv.ParseInt: parsing "10": invalid base 1
// strconv.ParseInt: parsing "10": invalid base 37
// strconv.ParseInt: parsing "1_0": invalid syntax
