package main

import "fmt"

func f(a, b int) int { return a + b }
func g() (int, int) { return 1, 2 }

func main() {
	var x int = 1
	var s string = "a"
	const c int8 = 100
	_, _, _ = x, s, c
	_ = 1 << 70
	fmt.Println()
}
