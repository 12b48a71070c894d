package main

import (
	"fmt"
	str "strings"
)

func main() {
	fmt.Println("x")
}

// Exit: 2
// Stderr:
// import_not_used_aliased\.go:5:2: "strings" imported as str and not used$
// Output:
