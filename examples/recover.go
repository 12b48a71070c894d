// recover.go: defer runs calls when a function returns, last in first out;
// recover in a deferred function stops a panic, and the deferred closure can
// still set the function's named results.
package main

import "fmt"

func divide(a, b int) (q int, problem string) {
	defer func() {
		if r := recover(); r != nil {
			problem = fmt.Sprint("recovered: ", r)
		}
	}()
	return a / b, "none"
}

func main() {
	for i := 1; i <= 3; i++ {
		defer fmt.Println("deferred", i)
	}
	q, problem := divide(7, 2)
	fmt.Println(q, problem)
	q, problem = divide(1, 0)
	fmt.Println(q, problem)
}

// Output:
// 3 none
// 0 recovered: runtime error: integer divide by zero
// deferred 3
// deferred 2
// deferred 1
