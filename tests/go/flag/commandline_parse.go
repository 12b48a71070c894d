package main

import (
	"flag"
	"fmt"
	"time"
)

var (
	count   = flag.Int("count", 1, "how many times")
	verbose = flag.Bool("v", false, "verbose output")
	name    = flag.String("name", "world", "who to greet")
	ratio   = flag.Float64("ratio", 0.5, "a ratio")
	big     = flag.Int64("big", 0, "a big number")
	u       = flag.Uint("u", 7, "unsigned")
	wait    = flag.Duration("wait", 250*time.Millisecond, "a pause")
)

func main() {
	var tag string
	flag.StringVar(&tag, "tag", "none", "a tag")
	fmt.Println(flag.Parsed())
	flag.Parse()
	fmt.Println(flag.Parsed())
	fmt.Println(*count, *verbose, *name, *ratio, *big, *u, *wait, tag)
	fmt.Println(flag.NArg(), flag.Args(), flag.Arg(0), flag.Arg(5) == "", flag.NFlag())
	flag.Visit(func(f *flag.Flag) { fmt.Printf("set: %s=%s (default %s)\n", f.Name, f.Value, f.DefValue) })
	fmt.Println(flag.Lookup("count").Usage, flag.Lookup("missing") == nil)
}

// Args: -count=3 -v --name Gopher -ratio 1.25 -big=-9000000000 -wait 1m30s file1 -notaflag file2
// Output:
// false
// true
// 3 true Gopher 1.25 -9000000000 7 1m30s none
// 3 [file1 -notaflag file2] file1 true 6
// set: big=-9000000000 (default 0)
// set: count=3 (default 1)
// set: name=Gopher (default world)
// set: ratio=1.25 (default 0.5)
// set: v=true (default false)
// set: wait=1m30s (default 250ms)
// how many times true
