package main

import (
	"fmt"
	"os"
)

func main() {
	fmt.Println("hi")
}

// Exit: 2
// Stderr:
// import_not_used\.go:5:2: "os" imported and not used$
// Output:
