// Switching on the type of a T's zero value tells which type argument is in use.
package main

import "fmt"

func Name[T any]() string {
	var zero T
	switch any(zero).(type) {
	case int:
		return "int"
	case string:
		return "string"
	case *int:
		return "*int"
	}
	return fmt.Sprintf("%T", zero)
}

func main() {
	fmt.Println(Name[int](), Name[string](), Name[*int](), Name[[]byte](), Name[struct{ X int }]())
}

// Output:
// int string *int []uint8 struct { X int }
