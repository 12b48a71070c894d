package main

func main() {
	break
}

// Exit: 2
// Stderr:
// break_outside_loop\.go:4:2: break is not in a loop, switch, or select$
// Output:
