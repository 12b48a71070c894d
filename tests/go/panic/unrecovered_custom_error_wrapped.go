package main

import (
	"errors"
	"fmt"
)

var ErrX = errors.New("x failed")

func main() {
	err := fmt.Errorf("op: %w", ErrX)
	if errors.Is(err, ErrX) {
		panic(err)
	}
}

// Exit: 2
// Stderr:
// ^panic: op: x failed$
// ^goroutine 1 \[running\]:$
// Output:
