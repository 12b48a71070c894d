package main

// cp SRC DST with io.Copy, in a temporary directory; then the copy is
// compared and the directory removed.

import (
	"bytes"
	"fmt"
	"io"
	"os"
	"path/filepath"
)

func copyFile(src, dst string) (int64, error) {
	in, err := os.Open(src)
	if err != nil {
		return 0, err
	}
	defer in.Close()
	info, err := in.Stat()
	if err != nil {
		return 0, err
	}
	out, err := os.OpenFile(dst, os.O_WRONLY|os.O_CREATE|os.O_TRUNC, info.Mode().Perm())
	if err != nil {
		return 0, err
	}
	n, err := io.Copy(out, in)
	if cerr := out.Close(); err == nil {
		err = cerr
	}
	return n, err
}

func main() {
	dir, err := os.MkdirTemp("", "minigo-test-*")
	if err != nil {
		panic(err)
	}
	src := filepath.Join(dir, "src.dat")
	data := bytes.Repeat([]byte("0123456789abcdef"), 5000)
	os.WriteFile(src, data, 0640)
	n, err := copyFile(src, filepath.Join(dir, "dst.dat"))
	fmt.Println(n, err)
	got, _ := os.ReadFile(filepath.Join(dir, "dst.dat"))
	fmt.Println(bytes.Equal(got, data))
	st, _ := os.Stat(filepath.Join(dir, "dst.dat"))
	fmt.Println(st.Mode())
	_, err = copyFile(filepath.Join(dir, "nope"), filepath.Join(dir, "x"))
	fmt.Println(err != nil, os.IsNotExist(err))
	os.RemoveAll(dir)
	_, err = os.Stat(dir)
	fmt.Println("cleaned up:", os.IsNotExist(err))
}
// Output:
// 80000 <nil>
// true
// -rw-r-----
// true true
// cleaned up: true
