package main

import "fmt"

var order []string

func init() {
	order = append(order, "init1")
}

func init() {
	order = append(order, "init2")
}

var early = record("var")

func record(s string) string {
	order = append(order, s)
	return s
}

func main() {
	order = append(order, "main")
	fmt.Println(order)
}

// Output:
// [var init1 init2 main]
