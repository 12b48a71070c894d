// Untyped constants in generic arithmetic take the type argument's type.
package main

import "fmt"

type Number interface{ ~int | ~uint8 | ~float64 }

func Step[T Number](x T) T { return x*2 + 1 }

func Half[T Number](x T) T { return x / 2 }

func main() {
	fmt.Println(Step(3), Step(uint8(200)), Step(0.25))
	fmt.Println(Half(7), Half(7.0), Half(uint8(255)))
}

// Output:
// 7 145 1.5
// 3 3.5 127
