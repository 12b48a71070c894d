// A Result[T] that carries a value or an error, chained by a generic Then.
package main

import (
	"errors"
	"fmt"
	"strconv"
)

type Result[T any] struct {
	Val T
	Err error
}

func Try[T any](v T, err error) Result[T] { return Result[T]{v, err} }

func Then[T, U any](r Result[T], f func(T) (U, error)) Result[U] {
	if r.Err != nil {
		return Result[U]{Err: r.Err}
	}
	return Try(f(r.Val))
}

func main() {
	r := Then(Try(strconv.Atoi("21")), func(n int) (float64, error) { return float64(n) * 2, nil })
	fmt.Println(r.Val, r.Err)
	bad := Then(Try(strconv.Atoi("x")), func(n int) (string, error) { return "never", nil })
	fmt.Printf("%q %v\n", bad.Val, bad.Err)
	neg := Then(Try(strconv.Atoi("-1")), func(n int) (int, error) {
		if n < 0 {
			return 0, errors.New("negative")
		}
		return n, nil
	})
	fmt.Println(neg)
}

// Output:
// 42 <nil>
// "" strconv.Atoi: parsing "x": invalid syntax
// {0 negative}
