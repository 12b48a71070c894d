package main

import (
	"fmt"
	"os"
)

func main() {
	defer fmt.Println("deferred: never printed")
	fmt.Println("before exit")
	fmt.Fprintln(os.Stderr, "error: giving up")
	os.Exit(3)
}
// Exit: 3
// Stderr:
// ^error:\ giving\ up$
// Output:
// before exit
