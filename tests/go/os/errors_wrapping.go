package main

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
)

func load(name string) error {
	if _, err := os.ReadFile(name); err != nil {
		return fmt.Errorf("load config: %w", err)
	}
	return nil
}

func main() {
	err := load("definitely-missing.conf")
	fmt.Println(err)
	fmt.Println(errors.Is(err, fs.ErrNotExist), os.IsNotExist(err), os.IsNotExist(errors.Unwrap(err)))
	var pe *fs.PathError
	fmt.Println(errors.As(err, &pe), pe.Op, pe.Path)
	fmt.Println(pe.Err, pe.Unwrap() == pe.Err, pe.Timeout())
	fmt.Println(errors.Is(err, os.ErrExist), errors.Is(err, os.ErrPermission))
	se := os.NewSyscallError("open", pe.Err)
	fmt.Println(se, os.IsNotExist(se), os.NewSyscallError("x", nil) == nil)
}
// Output:
// load config: open definitely-missing.conf: no such file or directory
// true false true
// true open definitely-missing.conf
// no such file or directory true false
// false false
// open: no such file or directory true true
