package main

import "fmt"

func grade(score int) string {
	switch {
	case score >= 90:
		return "A"
	case score >= 80:
		return "B"
	case score >= 70:
		return "C"
	default:
		return "F"
	}
}

func main() {
	for _, s := range []int{95, 85, 71, 10} {
		fmt.Println(s, grade(s))
	}
}

// Output:
// 95 A
// 85 B
// 71 C
// 10 F
