package main

import (
	"fmt"
	"runtime"
)

func stubborn(yield func(int) bool) {
	yield(1)
	yield(2)
}

func try() (err error) {
	defer func() {
		r := recover()
		re, ok := r.(runtime.Error)
		fmt.Println("runtime.Error:", ok)
		err = re
	}()
	for range stubborn {
		break
	}
	return nil
}

func main() {
	fmt.Println(try())
}

// Output:
// runtime.Error: true
// runtime error: range function continued iteration after function for loop body returned false
