package main

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
)

func main() {
	f, err := os.Open("no-such-file.txt")
	fmt.Println(f == nil, err)
	fmt.Printf("%T\n", err)
	var pe *os.PathError
	if errors.As(err, &pe) {
		fmt.Printf("op=%s path=%s err=%v\n", pe.Op, pe.Path, pe.Err)
	}
	fmt.Println(os.IsNotExist(err), errors.Is(err, os.ErrNotExist), errors.Is(err, fs.ErrNotExist))
	fmt.Println(os.IsExist(err), os.IsPermission(err))
	_, err = os.ReadFile("no-such-dir/x")
	fmt.Println(err)
	_, err = os.Stat("no-such-file.txt")
	fmt.Println(err)
	_, err = os.Lstat("no-such-file.txt")
	fmt.Println(err)
	_, err = os.ReadDir("no-such-dir")
	fmt.Println(err)
	fmt.Println(os.ErrNotExist, "|", os.ErrExist, "|", os.ErrPermission, "|", os.ErrClosed, "|", os.ErrInvalid)
}

// Output:
// true open no-such-file.txt: no such file or directory
// *fs.PathError
// op=open path=no-such-file.txt err=no such file or directory
// true true true
// false false
// open no-such-dir/x: no such file or directory
// stat no-such-file.txt: no such file or directory
// lstat no-such-file.txt: no such file or directory
// open no-such-dir: no such file or directory
// file does not exist | file already exists | permission denied | file already closed | invalid argument
