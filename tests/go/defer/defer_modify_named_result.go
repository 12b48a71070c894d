package main

import "fmt"

func double() (r int) {
	defer func() { r *= 2 }()
	return 21
}

func safeDiv(a, b int) (q int, err string) {
	defer func() {
		if e := recover(); e != nil {
			err = fmt.Sprint("recovered: ", e)
			q = -1
		}
	}()
	return a / b, ""
}

func main() {
	fmt.Println(double())
	fmt.Println(safeDiv(10, 2))
	fmt.Println(safeDiv(1, 0))
}

// Output:
// 42
// 5 
// -1 recovered: runtime error: integer divide by zero
