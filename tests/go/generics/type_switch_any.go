// A type switch on any(x) inside generic code picks the case of the type argument.
package main

import "fmt"

func Kind[T any](x T) string {
	switch v := any(x).(type) {
	case int:
		return fmt.Sprintf("int %d", v+1)
	case string:
		return "string " + v
	case []T:
		return "slice of T"
	case fmt.Stringer:
		return "stringer " + v.String()
	case nil:
		return "nil"
	default:
		return fmt.Sprintf("other %T", v)
	}
}

type name string

func (n name) String() string { return "name:" + string(n) }

func main() {
	fmt.Println(Kind(41))
	fmt.Println(Kind("go"))
	fmt.Println(Kind(name("x")))
	fmt.Println(Kind(2.5))
	fmt.Println(Kind[any](nil))
	fmt.Println(Kind[error](nil))
}

// Output:
// int 42
// string go
// stringer name:x
// other float64
// nil
// nil
