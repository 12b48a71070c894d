package main

func main() {
	switch 1 {
	case 1:
		fallthrough
	}
}

// Exit: 2
// Stderr:
// fallthrough_last_case\.go:6:3: cannot fallthrough final case in switch$
// Output:
