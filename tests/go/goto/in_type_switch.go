package main

import "fmt"

// goto out of the cases of a type switch.
func describe(x any) string {
	s := ""
	switch v := x.(type) {
	case int:
		if v < 0 {
			s = "negative int"
			goto done
		}
		s = "int"
	case string:
		s = "string " + v
		goto done
	default:
		s = "other"
	}
	s += "!"
done:
	return s
}

func main() {
	fmt.Println(describe(-1))
	fmt.Println(describe(7))
	fmt.Println(describe("go"))
	fmt.Println(describe(1.5))
}

// Output:
// negative int
// int!
// string go
// other!
