// A type set with ~ and a union: named types with the right underlying type satisfy it.
package main

import "fmt"

type Integer interface {
	~int | ~int8 | ~int16 | ~int32 | ~int64
}

type Weekday int8

func Abs[T Integer](x T) T {
	if x < 0 {
		return -x
	}
	return x
}

func main() {
	fmt.Println(Abs(-5), Abs(int64(-1<<40)), Abs(int8(-128)))
	d := Weekday(-3)
	fmt.Printf("%v %T\n", Abs(d), Abs(d))
}

// Output:
// 5 1099511627776 -128
// 3 main.Weekday
