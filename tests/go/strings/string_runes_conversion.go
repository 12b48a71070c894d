package main

import "fmt"

func main() {
	s := "héllo, 世界"
	r := []rune(s)
	fmt.Println(len(s), len(r))
	fmt.Println(r[1], string(r[1]), r[7])
	r[0] = 'J'
	fmt.Println(string(r))
	fmt.Println(string(r[7:]))
	fmt.Println([]rune("ab"))
}

// Output:
// 14 9
// 233 é 19990
// Jéllo, 世界
// 世界
// [97 98]
