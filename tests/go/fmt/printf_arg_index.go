package main

import "fmt"

func main() {
	fmt.Printf("%[2]d %[1]d\n", 1, 2)
	fmt.Printf("%[1]s %[1]q %[1]v\n", "x")
	fmt.Printf("%6.2f|%[1]*.[2]*[3]f|\n", 1.0, 3, 3.14159)
	fmt.Printf("%-*d|\n", 5, 42)
}

// Output:
// 2 1
// x "x" x
//   1.00|%!(BADWIDTH)3.142|
// 42   |
