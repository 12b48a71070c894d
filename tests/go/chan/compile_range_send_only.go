// A send-only channel cannot be ranged over.
package main

func main() {
	var s chan<- int
	for v := range s {
		_ = v
	}
}

// Exit: 2
// Stderr:
// compile_range_send_only\.go:6:17: cannot range over s \(variable of type chan<- int\): receive from send-only channel chan<- int$
// Output:
