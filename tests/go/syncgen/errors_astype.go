package main

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
)

type MyErr struct{ Code int }

func (e *MyErr) Error() string { return fmt.Sprint("code ", e.Code) }

func main() {
	err := fmt.Errorf("wrapped: %w", &MyErr{7})
	if e, ok := errors.AsType[*MyErr](err); ok {
		fmt.Println("found", e.Code)
	}
	_, ok := errors.AsType[*fs.PathError](err)
	fmt.Println(ok)
	_, err = os.Open("/nonexistent/file")
	if pe, ok := errors.AsType[*fs.PathError](err); ok {
		fmt.Println(pe.Op, pe.Path)
	}
}

// Output:
// found 7
// false
// open /nonexistent/file
