package main

import (
	"flag"
	"fmt"
)

func main() {
	flag.Int("n", 0, "a number")
	flag.Parse()
	fmt.Println("not reached")
}

// Args: -x
// Exit: 2
// Stderr:
// ^flag\ provided\ but\ not\ defined:\ \-x$
// ^Usage of .*:$
// ^\ \ \-n\ int$
// ^\ \ \ \ \	a\ number$
// Output:
