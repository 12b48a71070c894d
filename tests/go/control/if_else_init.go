package main

import "fmt"

func classify(n int) string {
	if n < 0 {
		return "negative"
	} else if n == 0 {
		return "zero"
	} else {
		return "positive"
	}
}

func main() {
	for _, n := range []int{-5, 0, 9} {
		fmt.Println(classify(n))
	}
	if x := 10; x > 5 {
		fmt.Println("big", x)
	} else {
		fmt.Println("small", x)
	}
	if v := 2 * 3; v%2 == 1 {
		fmt.Println("odd")
	} else if w := v + 1; w == 7 {
		fmt.Println("w is", w, "v is", v)
	}
}

// Output:
// negative
// zero
// positive
// big 10
// w is 7 v is 6
