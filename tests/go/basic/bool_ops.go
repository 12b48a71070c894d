package main

import "fmt"

func t(s string) bool {
	fmt.Println("eval", s)
	return true
}

func main() {
	a, b := true, false
	fmt.Println(a && b, a || b, !a, a == b, a != b)
	if b && t("never") {
		fmt.Println("no")
	}
	if a || t("never2") {
		fmt.Println("short-circuit")
	}
	var z bool
	fmt.Println(z)
	fmt.Println(3 < 4 && 4 < 5)
}

// Output:
// false true false false true
// short-circuit
// false
// true
