package main

import "fmt"

type Celsius float64
type ID uint16
type Level int8
type Label string
type Blob []byte
type Flag bool

func main() {
	var c Celsius
	var id ID
	var lv Level
	var lb Label
	var bl Blob
	var fl Flag
	n, err := fmt.Sscan("36.6 65535 -128 tag raw true", &c, &id, &lv, &lb, &bl, &fl)
	fmt.Println(n, err, c, id, lv, lb, string(bl), fl)
	n, err = fmt.Sscan("65536", &id)
	fmt.Println(n, err)
	n, err = fmt.Sscan("200", &lv)
	fmt.Println(n, err)
	var pts []int
	n, err = fmt.Sscan("1", &pts)
	fmt.Println(n, err)
}
// Output:
// 6 <nil> 36.6 65535 -128 tag raw true
// 0 unsigned integer overflow on token 65536
// 0 integer overflow on token 200
// 0 can't scan type: *[]int
