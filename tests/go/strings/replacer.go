package main

import (
	"fmt"
	"os"
	"strings"
)

func main() {
	r := strings.NewReplacer("<", "&lt;", ">", "&gt;", "&", "&amp;")
	fmt.Println(r.Replace("<a href=\"x\">Tom & Jerry</a>"))
	r2 := strings.NewReplacer("a", "1", "aa", "2", "aaa", "3")
	fmt.Println(r2.Replace("aaaa"))
	r3 := strings.NewReplacer("", "-")
	fmt.Println(r3.Replace("abc"))
	n, err := strings.NewReplacer("world", "Gopher").WriteString(os.Stdout, "hello world\n")
	fmt.Println(n, err)
	fmt.Println(strings.NewReplacer().Replace("unchanged"))
	func() {
		defer func() { fmt.Println(recover()) }()
		strings.NewReplacer("odd")
	}()
}
// Output:
// &lt;a href="x"&gt;Tom &amp; Jerry&lt;/a&gt;
// 1111
// -a-b-c-
// hello Gopher
// 13 <nil>
// unchanged
// strings.NewReplacer: odd argument count
