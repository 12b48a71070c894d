package main

import (
	"errors"
	"fmt"
)

type CodeErr struct{ Code int }

func (c CodeErr) Error() string { return fmt.Sprint("code ", c.Code) }

func (c CodeErr) Is(target error) bool {
	t, ok := target.(CodeErr)
	return ok && (t.Code == 0 || t.Code == c.Code)
}

func main() {
	err := fmt.Errorf("wrapped: %w", CodeErr{404})
	fmt.Println(errors.Is(err, CodeErr{404}))
	fmt.Println(errors.Is(err, CodeErr{0}))
	fmt.Println(errors.Is(err, CodeErr{500}))
	var target CodeErr
	fmt.Println(errors.As(err, &target), target.Code)
}

// Output:
// true
// true
// false
// true 404
