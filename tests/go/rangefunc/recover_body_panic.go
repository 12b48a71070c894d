package main

import "fmt"

func upTo(n int) func(func(int) bool) {
	return func(yield func(int) bool) {
		defer fmt.Println("iterator unwinds")
		for i := 0; i < n; i++ {
			if !yield(i) {
				return
			}
		}
	}
}

func safe() (res string) {
	defer func() {
		if r := recover(); r != nil {
			res = fmt.Sprint("recovered: ", r)
		}
	}()
	for x := range upTo(5) {
		if x == 3 {
			panic(x)
		}
	}
	return "no panic"
}

func main() {
	fmt.Println(safe())
	fmt.Println("main goes on")
}

// Output:
// iterator unwinds
// recovered: 3
// main goes on
