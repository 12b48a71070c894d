package main

import (
	"flag"
	"fmt"
)

func main() {
	flag.Int("n", 0, "a number")
	flag.Bool("q", false, "quiet")
	flag.Parse()
	fmt.Println("not reached")
}

// Args: -q -n twelve
// Exit: 2
// Stderr:
// ^invalid\ value\ "twelve"\ for\ flag\ \-n:\ parse\ error$
// ^Usage of .*:$
// ^\ \ \-n\ int$
// ^\ \ \ \ \	a\ number$
// ^\ \ \-q\	quiet$
// Output:
