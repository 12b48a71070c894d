package main

import (
	"fmt"
	"os"
	"strings"
)

func main() {
	dir, _ := os.MkdirTemp("", "minigo-test-*")
	defer os.RemoveAll(dir)
	name := dir + "/t"
	os.WriteFile(name, []byte("0123456789"), 0644)
	fmt.Println(os.Truncate(name, 4))
	b, _ := os.ReadFile(name)
	fmt.Printf("%q\n", b)
	fmt.Println(os.Chmod(name, 0600))
	info, _ := os.Stat(name)
	fmt.Println(info.Mode())
	f, _ := os.OpenFile(name, os.O_RDWR, 0)
	f.Truncate(1)
	f.Chmod(0755)
	f.Close()
	info, _ = os.Stat(name)
	fmt.Println(info.Size(), info.Mode())
	err := os.Chmod(dir+"/none", 0644)
	fmt.Println(strings.ReplaceAll(err.Error(), dir, "DIR"))
	err = os.Truncate(dir+"/none", 0)
	fmt.Println(strings.ReplaceAll(err.Error(), dir, "DIR"))
}
// Output:
// <nil>
// "0123"
// <nil>
// -rw-------
// 1 -rwxr-xr-x
// chmod DIR/none: no such file or directory
// truncate DIR/none: no such file or directory
