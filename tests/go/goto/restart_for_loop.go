package main

import "fmt"

// goto a labelled for statement runs it again from its init statement:
// its loop variables are new variables (Go 1.22's per-iteration ones).
func main() {
	var fs []func() int
	round := 0
loop:
	for i := 0; i < 2; i++ {
		fs = append(fs, func() int { return round*10 + i })
	}
	round++
	if round < 2 {
		goto loop
	}
	for _, f := range fs {
		fmt.Print(" ", f())
	}
	fmt.Println()
}

// Output:
//  20 21 20 21
