package main

import (
	"fmt"
	"strconv"
)

func main() {
	s := strconv.Itoa(-42)
	fmt.Println(s, len(s))
	n, err := strconv.Atoi("123")
	fmt.Println(n+1, err)
	n, err = strconv.Atoi("x")
	fmt.Println(n, err)
	_, err = strconv.Atoi("99999999999999999999")
	fmt.Println(err)
	_, err = strconv.Atoi("")
	fmt.Println(err)
	n, _ = strconv.Atoi("-0012")
	fmt.Println(n)
}

// Output:
// -42 3
// 124 <nil>
// 0 strconv.Atoi: parsing "x": invalid syntax
// strconv.Atoi: parsing "99999999999999999999": value out of range
// strconv.Atoi: parsing "": invalid syntax
// -12
