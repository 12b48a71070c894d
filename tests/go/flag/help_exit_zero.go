package main

import (
	"flag"
	"fmt"
	"os"
)

func main() {
	flag.String("out", "a.out", "output `file`")
	flag.Bool("force", false, "overwrite\nexisting files")
	flag.Usage = func() {
		fmt.Fprintln(flag.CommandLine.Output(), "usage: tool [flags] files...")
		flag.PrintDefaults()
	}
	fmt.Fprintln(os.Stdout, "parsing")
	flag.Parse()
	fmt.Println("not reached")
}

// Args: -help
// Stderr:
// ^usage:\ tool\ \[flags\]\ files\.\.\.$
// ^\ \ \-force$
// ^\ \ \ \ \	overwrite$
// ^\ \ \ \ \	existing\ files$
// ^\ \ \-out\ file$
// ^\ \ \ \ \	output\ file\ \(default\ "a\.out"\)$
// Output:
// parsing
