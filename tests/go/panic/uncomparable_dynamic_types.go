// Interfaces holding an uncomparable struct or array panic when compared
// or used as map keys (lookup, assignment, delete), as do such values
// nested in arrays and structs of interfaces, and in a switch.
package main

import "fmt"

type S struct {
	n int
	a []int
}

type W struct{ v interface{} }

func try(name string, fn func()) {
	defer func() { fmt.Println(name+":", recover()) }()
	fn()
}

func main() {
	var x, y interface{} = S{}, S{}
	try("struct ==", func() { fmt.Println(x == y) })
	try("struct !=", func() { fmt.Println(x != y) })
	try("array", func() {
		var p, q interface{} = [1][]int{}, [1][]int{}
		fmt.Println(p == q)
	})
	try("nested array", func() {
		var p, q interface{} = [2]S{}, [2]S{}
		fmt.Println(p == q)
	})
	try("array of interfaces", func() {
		a := [1]interface{}{[]int{1}}
		b := [1]interface{}{[]int{1}}
		fmt.Println(a == b)
	})
	try("struct with interface", func() {
		fmt.Println(W{map[int]int{}} == W{map[int]int{}})
	})
	try("different types", func() {
		var p interface{} = S{}
		var q interface{} = 1
		fmt.Println(p == q)
	})
	try("switch", func() {
		switch x {
		case y:
			fmt.Println("same")
		}
	})
	m := map[interface{}]int{}
	try("map set", func() { m[S{}] = 1 })
	try("map get", func() { fmt.Println(m[[1]func(){}]) })
	try("map delete", func() { delete(m, S{}) })
	try("map key in struct", func() {
		mw := map[W]bool{}
		mw[W{[]string{}}] = true
	})
	m[1] = 1
	try("map get, not empty", func() { fmt.Println(m[S{}]) })
	try("map delete, not empty", func() { delete(m, S{}) })
	var nm map[interface{}]bool
	try("nil map get", func() { _, ok := nm[[0][]int{}]; fmt.Println(ok) })
	fmt.Println(len(m))
}

// Output:
// struct ==: runtime error: comparing uncomparable type main.S
// struct !=: runtime error: comparing uncomparable type main.S
// array: runtime error: comparing uncomparable type [1][]int
// nested array: runtime error: comparing uncomparable type [2]main.S
// array of interfaces: runtime error: comparing uncomparable type []int
// struct with interface: runtime error: comparing uncomparable type map[int]int
// false
// different types: <nil>
// switch: runtime error: comparing uncomparable type main.S
// map set: runtime error: hash of unhashable type main.S
// map get: hash of unhashable type: [1]func()
// map delete: hash of unhashable type: main.S
// map key in struct: runtime error: hash of unhashable type []string
// map get, not empty: runtime error: hash of unhashable type main.S
// map delete, not empty: runtime error: hash of unhashable type main.S
// nil map get: hash of unhashable type: [0][]int
// 1
