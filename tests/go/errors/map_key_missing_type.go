package main

import "fmt"

func main() {
	m := map[string]int{}
	m[1] = 2
	fmt.Println(m)
}

// Exit: 2
// Stderr:
// map_key_missing_type\.go:7:4: cannot use 1 \(untyped int constant\) as string value in map index$
// Output:
