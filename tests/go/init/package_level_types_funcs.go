package main

import "fmt"

var registry = map[string]func(int) int{
	"double": double,
	"square": func(x int) int { return x * x },
}

var total = compute()

func compute() int { return registry["double"](21) }

func double(x int) int { return 2 * x }

func main() {
	fmt.Println(total, registry["square"](5), len(registry))
}

// Output:
// 42 25 2
