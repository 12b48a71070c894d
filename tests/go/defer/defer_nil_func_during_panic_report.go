// A nil deferred func running during a panic starts a second panic; the
// report shows both.
package main

func main() {
	var f func()
	defer f()
	panic("first")
}

// Exit: 2
// Stderr:
// ^panic: first$
// ^\tpanic: runtime error: invalid memory address or nil pointer dereference$
// ^goroutine 1 \[running\]:$
// Output:
