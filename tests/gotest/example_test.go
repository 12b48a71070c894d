// Examples run when their body ends with an output comment: "Output:"
// compares the trimmed output exactly, "Unordered output:" as a set of
// lines; an example without one is compiled but not run. A failure
// prints what the example printed and what was wanted.
package main

import "fmt"

func Example() {
	fmt.Println("hello")
	// Output: hello
}

func Example_multi() {
	fmt.Println("one")
	fmt.Printf("two\n\n")
	fmt.Println("  three  ")
	// Output:
	// one
	// two
	//
	//   three
}

func Example_unordered() {
	for _, s := range []string{"c", "a", "b"} {
		fmt.Println(s)
	}
	// Unordered output:
	// a
	// b
	// c
}

func Example_wrong() {
	fmt.Println("got this")
	// Output: want that
}

func Example_wrongUnordered() {
	fmt.Println("x")
	fmt.Println("y")
	// Unordered output:
	// y
	// z
}

func Example_empty() {
	// Output:
}

func Example_notRun() {
	panic("an example without an output comment does not run")
}

// Flags: -v
// Exit: 1
// Output (regexp):
// === RUN   Example
// --- PASS: Example \(\d+\.\d+s\)
// === RUN   Example_multi
// --- PASS: Example_multi \(\d+\.\d+s\)
// === RUN   Example_unordered
// --- PASS: Example_unordered \(\d+\.\d+s\)
// === RUN   Example_wrong
// --- FAIL: Example_wrong \(\d+\.\d+s\)
// got:
// got this
// want:
// want that
// === RUN   Example_wrongUnordered
// --- FAIL: Example_wrongUnordered \(\d+\.\d+s\)
// got:
// x
// y
//
// want \(unordered\):
// y
// z
//
// === RUN   Example_empty
// --- PASS: Example_empty \(\d+\.\d+s\)
// FAIL
// FAIL\tcommand-line-arguments\t\d+\.\d+s
// FAIL
