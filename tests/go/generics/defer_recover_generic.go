// defer and recover inside a generic function turn a panic into an error.
package main

import (
	"errors"
	"fmt"
)

func Safe[T any](f func() T) (v T, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("recovered: %v", r)
		}
	}()
	return f(), nil
}

func main() {
	fmt.Println(Safe(func() int { return 1 }))
	fmt.Println(Safe(func() string { panic("bad") }))
	_, err := Safe(func() []int {
		var s []int
		return s[:3]
	})
	fmt.Println(err)
	_, err = Safe(func() bool { panic(errors.New("boxed")) })
	fmt.Println(err)
}

// Output:
// 1 <nil>
//  recovered: bad
// recovered: runtime error: slice bounds out of range [:3] with capacity 0
// recovered: boxed
