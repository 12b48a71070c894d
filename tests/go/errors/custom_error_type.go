package main

import "fmt"

type ValidationError struct {
	Field string
	Value int
}

func (v ValidationError) Error() string {
	return fmt.Sprintf("invalid %s: %d", v.Field, v.Value)
}

func validate(age int) error {
	if age < 0 {
		return ValidationError{"age", age}
	}
	return nil
}

func main() {
	if err := validate(-3); err != nil {
		fmt.Println("error:", err)
		if ve, ok := err.(ValidationError); ok {
			fmt.Println("field is", ve.Field)
		}
	}
	fmt.Println(validate(5) == nil)
}

// Output:
// error: invalid age: -3
// field is age
// true
