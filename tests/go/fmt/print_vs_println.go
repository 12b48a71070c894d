package main

import "fmt"

func main() {
	fmt.Print("a", "b", 1, 2, "c", 3.5, true, "\n")
	fmt.Print(1, 2, "\n")
	fmt.Println("a", "b", 1, 2)
	s := fmt.Sprint("x", 1, 2, "y")
	fmt.Println(s)
	t := fmt.Sprintln("line", 1)
	fmt.Print(t)
	u := fmt.Sprintf("%03d-%s", 7, "z")
	fmt.Println(u, len(u))
}

// Output:
// ab1 2c3.5 true
// 1 2
// a b 1 2
// x1 2y
// line 1
// 007-z 5
