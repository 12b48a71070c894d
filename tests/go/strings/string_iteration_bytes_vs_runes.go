package main

import "fmt"

func main() {
	s := "añ世"
	for i := 0; i < len(s); i++ {
		fmt.Printf("%d:%x ", i, s[i])
	}
	fmt.Println()
	for i, r := range s {
		fmt.Printf("%d:%c(%d) ", i, r, len(string(r)))
	}
	fmt.Println()
	reversed := func(s string) string {
		r := []rune(s)
		for i, j := 0, len(r)-1; i < j; i, j = i+1, j-1 {
			r[i], r[j] = r[j], r[i]
		}
		return string(r)
	}
	fmt.Println(reversed(s))
}

// Output:
// 0:61 1:c3 2:b1 3:e4 4:b8 5:96 
// 0:a(1) 1:ñ(2) 3:世(3) 
// 世ña
