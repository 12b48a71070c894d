package main

import (
	"errors"
	"fmt"
)

func check(n int) (int, error) {
	if n%2 != 0 {
		return 0, errors.New("odd")
	}
	return n / 2, nil
}

func main() {
	for _, n := range []int{4, 3} {
		v, err := check(n)
		if err != nil {
			fmt.Println("error:", err)
			continue
		}
		fmt.Println("value:", v)
	}
	var err error
	fmt.Println(err == nil, err)
}

// Output:
// value: 2
// error: odd
// true <nil>
