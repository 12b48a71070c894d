package main

import "fmt"

func main() {
	var name string
	var n int
	fmt.Print("name? ")
	fmt.Scan(&name)
	fmt.Print("count? ")
	fmt.Scan(&n)
	fmt.Println()
	for i := 0; i < n; i++ {
		fmt.Println(i, "hello,", name)
	}
	var a, b int
	c, err := fmt.Scanln(&a, &b)
	fmt.Println(c, err, a, b)
	c, err = fmt.Scanln(&a, &b)
	fmt.Println(c, err, a, b)
	var w string
	c, err = fmt.Scanf("%s\n", &w)
	fmt.Println(c, err, w)
	c, err = fmt.Scan(&w)
	fmt.Println(c, err)
}

// Stdin: Gopher
// Stdin: 2
// Stdin: 5 6
// Stdin: 7
// Stdin: last
// Output:
// name? count? 
// 0 hello, Gopher
// 1 hello, Gopher
// 2 <nil> 5 6
// 1 unexpected newline 7 6
// 1 <nil> last
// 0 EOF
