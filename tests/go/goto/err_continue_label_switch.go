package main

func main() {
	for i := 0; i < 3; i++ {
	S:
		switch i {
		case 1:
			continue S
		}
	}
}

// Exit: 2
// Stderr:
// err_continue_label_switch\.go:8:13: invalid continue label S$
// Output:
