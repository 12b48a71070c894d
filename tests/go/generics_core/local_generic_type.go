package main

import "fmt"

func main() {
	type L[T any] struct{ v T }
	fmt.Println(L[int]{1})
}

// Output:
// {1}
