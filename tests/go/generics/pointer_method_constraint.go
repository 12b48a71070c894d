// The pointer-method pattern: PT interface{ *T; Set(string) } creates and fills a T.
package main

import (
	"fmt"
	"strconv"
)

type Setter[T any] interface {
	*T
	Set(string)
}

type IntVal struct{ n int }

func (v *IntVal) Set(s string) { v.n, _ = strconv.Atoi(s) }

type StrVal struct{ s string }

func (v *StrVal) Set(s string) { v.s = "<" + s + ">" }

func ParseAll[T any, PT Setter[T]](ss []string) []T {
	r := make([]T, len(ss))
	for i, s := range ss {
		PT(&r[i]).Set(s)
	}
	return r
}

func main() {
	fmt.Println(ParseAll[IntVal]([]string{"1", "2", "x"}))
	fmt.Println(ParseAll[StrVal]([]string{"a"}))
}

// Output:
// [{1} {2} {0}]
// [{<a>}]
