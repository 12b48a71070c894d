package main

func main() {
	if true {
		continue
	}
}

// Exit: 2
// Stderr:
// continue_outside_loop\.go:5:3: continue is not in a loop$
// Output:
