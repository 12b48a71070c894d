package main

import (
	"fmt"
	"os"
	"path/filepath"
	"sort"
)

func main() {
	fmt.Println(len(filepath.SplitList(os.Getenv("PATH"))) > 0)
	os.Clearenv()
	fmt.Println(len(os.Environ()), os.Getenv("PATH") == "")
	os.Setenv("B", "2")
	os.Setenv("A", "1")
	os.Setenv("C", "")
	env := os.Environ()
	sort.Strings(env)
	fmt.Println(env)
	os.Unsetenv("A")
	os.Unsetenv("never-set")
	env = os.Environ()
	sort.Strings(env)
	fmt.Println(env)
	home, err := os.UserHomeDir()
	fmt.Printf("%q %v\n", home, err)
}
// Output:
// true
// 0 true
// [A=1 B=2 C=]
// [B=2 C=]
// "" $HOME is not defined
