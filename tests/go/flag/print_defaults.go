package main

import (
	"flag"
	"fmt"
	"os"
	"time"
)

type color string

func (c *color) String() string     { return string(*c) }
func (c *color) Set(s string) error { *c = color(s); return nil }

func main() {
	fs := flag.NewFlagSet("defaults", flag.ContinueOnError)
	fs.SetOutput(os.Stdout)
	fs.Bool("a", false, "single-letter bool")
	fs.Bool("all", true, "long bool, default true")
	fs.Int("x", 0, "zero int")
	fs.Int("jobs", 4, "number of `workers` to run")
	fs.String("s", "", "empty string")
	fs.String("mode", "fast", "mode: fast or slow\nsecond line of help")
	fs.Float64("scale", 1.5, "scale factor")
	fs.Duration("timeout", 30*time.Second, "timeout")
	fs.Duration("zero", 0, "zero duration")
	fs.Uint64("max", 1<<40, "max bytes")
	c := color("red")
	fs.Var(&c, "color", "a custom `COLOR`")
	var empty color
	fs.Var(&empty, "tint", "custom, zero")
	fs.PrintDefaults()
	fmt.Println("--")
	fs.Usage()
	unnamed := flag.NewFlagSet("", flag.ContinueOnError)
	unnamed.SetOutput(os.Stdout)
	unnamed.Usage()
}
// Output:
//   -a	single-letter bool
//   -all
//     	long bool, default true (default true)
//   -color COLOR
//     	a custom COLOR (default red)
//   -jobs workers
//     	number of workers to run (default 4)
//   -max uint
//     	max bytes (default 1099511627776)
//   -mode string
//     	mode: fast or slow
//     	second line of help (default "fast")
//   -s string
//     	empty string
//   -scale float
//     	scale factor (default 1.5)
//   -timeout duration
//     	timeout (default 30s)
//   -tint value
//     	custom, zero
//   -x int
//     	zero int
//   -zero duration
//     	zero duration
// --
// Usage of defaults:
//   -a	single-letter bool
//   -all
//     	long bool, default true (default true)
//   -color COLOR
//     	a custom COLOR (default red)
//   -jobs workers
//     	number of workers to run (default 4)
//   -max uint
//     	max bytes (default 1099511627776)
//   -mode string
//     	mode: fast or slow
//     	second line of help (default "fast")
//   -s string
//     	empty string
//   -scale float
//     	scale factor (default 1.5)
//   -timeout duration
//     	timeout (default 30s)
//   -tint value
//     	custom, zero
//   -x int
//     	zero int
//   -zero duration
//     	zero duration
// Usage:
