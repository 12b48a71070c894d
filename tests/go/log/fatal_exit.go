package main

import (
	"fmt"
	"log"
)

func main() {
	defer fmt.Println("deferred calls do not run")
	log.SetFlags(0)
	fmt.Println("about to fail")
	log.Fatalf("cannot open %s: %v", "config.yaml", "permission denied")
}
// Exit: 1
// Stderr:
// ^cannot\ open\ config\.yaml:\ permission\ denied$
// Output:
// about to fail
