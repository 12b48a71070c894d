package main

import (
	"errors"
	"fmt"
	"io"
)

func main() {
	var a, b int
	var s string
	var i8 int8
	var u uint8
	var ok bool
	show := func(n int, err error) { fmt.Printf("%d %v\n", n, err) }
	show(fmt.Sscan("", &a))
	show(fmt.Sscan("12", &a, &b))
	show(fmt.Sscan("abc", &a))
	show(fmt.Sscan("300", &i8))
	show(fmt.Sscan("-1", &u))
	show(fmt.Sscan("256", &u))
	show(fmt.Sscan("tru", &ok))
	show(fmt.Sscan("yes", &ok))
	show(fmt.Sscan("99999999999999999999", &a))
	show(fmt.Sscan("1.5", &a))
	show(fmt.Sscan("x", s))
	var m map[string]int
	show(fmt.Sscan("x", &m))
	n, err := fmt.Sscan("1", &a, &b)
	fmt.Println(n, err == io.EOF, errors.Is(err, io.ErrUnexpectedEOF))
	show(fmt.Sscanf("5", "%d %d", &a, &b))
	show(fmt.Sscan("1e", new(float64)))
}
// Output:
// 0 EOF
// 1 EOF
// 0 expected integer
// 0 integer overflow on token 300
// 0 expected integer
// 0 unsigned integer overflow on token 256
// 0 syntax error scanning boolean
// 1 <nil>
// 0 strconv.ParseInt: parsing "99999999999999999999": value out of range
// 1 <nil>
// 0 type not a pointer: string
// 0 can't scan type: *map[string]int
// 1 true false
// 1 EOF
// 0 strconv.ParseFloat: parsing "1e": invalid syntax
