package main

import "fmt"

func main() {
	for i, r := range "aé世!" {
		fmt.Println(i, r, string(r))
	}
	for i := range "héllo" {
		fmt.Print(i, " ")
	}
	fmt.Println()
}

// Output:
// 0 97 a
// 1 233 é
// 3 19990 世
// 6 33 !
// 0 1 3 4 5 
