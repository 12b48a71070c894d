package main

import "fmt"

// times calls yield n times, with nothing to give.
func times(n int) func(func() bool) {
	return func(yield func() bool) {
		for ; n > 0; n-- {
			if !yield() {
				return
			}
		}
	}
}

func main() {
	count := 0
	for range times(4) {
		count++
	}
	fmt.Println(count)
	for range times(10) {
		count++
		if count == 7 {
			break
		}
	}
	fmt.Println(count)
}

// Output:
// 4
// 7
