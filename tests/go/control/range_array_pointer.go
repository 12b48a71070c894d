package main

import "fmt"

func get(p *[3]int) *[3]int { fmt.Println("get"); return p }

func main() {
	a := [3]int{1, 2, 3}
	p := &a
	for i, v := range p {
		if i == 0 {
			a[2] = 30 // visible: a pointer's array is not copied
		}
		fmt.Println(i, v)
	}
	for i := range get(p) {
		fmt.Println(i)
	}
	var np *[3]int
	for i := range *np { // len(*np) is constant: *np is not evaluated
		fmt.Println("deref", i)
	}
	for range np {
		fmt.Println("blank")
	}
	for i, _ := range np {
		fmt.Println("blank value", i)
	}
	var z *[0]int
	for i, v := range z {
		fmt.Println(i, v)
	}
	func() {
		defer func() { fmt.Println(recover()) }()
		for i := range get(nil) {
			fmt.Println(i)
		}
		for i, v := range *np {
			fmt.Println(i, v)
		}
	}()
	for i, v := range np {
		fmt.Println(i, v)
	}
}

// Exit: 2
// Stderr:
// ^panic: runtime error: invalid memory address or nil pointer dereference$
// range_array_pointer\.go:42
// Output:
// 0 1
// 1 2
// 2 30
// get
// 0
// 1
// 2
// deref 0
// deref 1
// deref 2
// blank
// blank
// blank
// blank value 0
// blank value 1
// blank value 2
// get
// 0
// 1
// 2
// runtime error: invalid memory address or nil pointer dereference
