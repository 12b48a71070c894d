package main

import "fmt"

func main() {
	a := "go"
	b := a
	a += "lang"
	fmt.Println(a, b)
	words := []string{"banana", "Apple", "apple", "cherry", ""}
	for i := 0; i+1 < len(words); i++ {
		fmt.Println(words[i] < words[i+1], words[i] > words[i+1])
	}
	fmt.Println("abc" <= "abc", "abc" >= "abd")
}

// Output:
// golang go
// false true
// true false
// true false
// false true
// true false
