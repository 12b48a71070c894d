package main

import (
	"fmt"
	"os"
)

func main() {
	dir, _ := os.MkdirTemp("", "minigo-test-*")
	defer os.RemoveAll(dir)
	for _, n := range []string{"zeta.txt", "alpha.go", "Beta", "mid.md"} {
		os.WriteFile(dir+"/"+n, []byte(n), 0644)
	}
	os.Mkdir(dir+"/sub", 0755)
	os.Mkdir(dir+"/.hidden", 0755)
	entries, err := os.ReadDir(dir)
	fmt.Println(len(entries), err)
	for _, e := range entries {
		info, err := e.Info()
		size := int64(-1)
		if err == nil && !e.IsDir() {
			size = info.Size()
		}
		fmt.Printf("%-10s dir=%-5v type=%v size=%d str=%q\n", e.Name(), e.IsDir(), e.Type(), size, fmt.Sprint(e))
	}
	empty, err := os.ReadDir(dir + "/sub")
	fmt.Println(len(empty), empty != nil, err)
	_, err = os.ReadDir(dir + "/alpha.go")
	fmt.Println(err != nil)
}
// Output:
// 6 <nil>
// .hidden    dir=true  type=d--------- size=-1 str="d .hidden/"
// Beta       dir=false type=---------- size=4 str="- Beta"
// alpha.go   dir=false type=---------- size=8 str="- alpha.go"
// mid.md     dir=false type=---------- size=6 str="- mid.md"
// sub        dir=true  type=d--------- size=-1 str="d sub/"
// zeta.txt   dir=false type=---------- size=8 str="- zeta.txt"
// 0 true <nil>
// true
