package main

import (
	"errors"
	"flag"
	"fmt"
	"os"
	"strings"
)

// listValue collects repeated -I flags.
type listValue []string

func (l *listValue) String() string { return strings.Join(*l, ",") }
func (l *listValue) Set(s string) error {
	if s == "" {
		return errors.New("empty path")
	}
	*l = append(*l, s)
	return nil
}

type level int

func (l *level) String() string { return fmt.Sprintf("L%d", int(*l)) }
func (l *level) Set(s string) error {
	switch s {
	case "low":
		*l = 1
	case "high":
		*l = 9
	default:
		return fmt.Errorf("unknown level %q", s)
	}
	return nil
}

func main() {
	fs := flag.NewFlagSet("cc", flag.ContinueOnError)
	fs.SetOutput(os.Stdout)
	var inc listValue
	fs.Var(&inc, "I", "include `dir` (repeatable)")
	lv := level(1)
	fs.Var(&lv, "level", "optimization level")
	var seen []string
	fs.Func("define", "define a `name=value`", func(s string) error {
		if !strings.Contains(s, "=") {
			return errors.New("missing =")
		}
		seen = append(seen, s)
		return nil
	})
	trace := false
	fs.BoolFunc("trace", "trace execution", func(s string) error {
		trace = s == "true"
		return nil
	})
	err := fs.Parse([]string{"-I", "/usr/include", "-I=/opt/inc", "-level", "high", "-define", "X=1", "-trace", "main.c"})
	fmt.Println(err, inc, lv.String(), seen, trace, fs.Args())
	fmt.Println(fs.Parse([]string{"-level", "medium"}))
	fmt.Println(fs.Parse([]string{"-define", "bad"}))
	fmt.Println(fs.Parse([]string{"-I", ""}))
	g, ok := fs.Lookup("I").Value.(flag.Getter)
	fmt.Println(g, ok)
	fmt.Println(fs.Set("level", "low"), lv.String(), fs.Set("nope", "1"))
}
// Output:
// <nil> [/usr/include /opt/inc] L9 [X=1] true [main.c]
// invalid value "medium" for flag -level: unknown level "medium"
// Usage of cc:
//   -I dir
//     	include dir (repeatable)
//   -define name=value
//     	define a name=value
//   -level value
//     	optimization level (default L1)
//   -trace
//     	trace execution
// invalid value "medium" for flag -level: unknown level "medium"
// invalid value "bad" for flag -define: missing =
// Usage of cc:
//   -I dir
//     	include dir (repeatable)
//   -define name=value
//     	define a name=value
//   -level value
//     	optimization level (default L1)
//   -trace
//     	trace execution
// invalid value "bad" for flag -define: missing =
// invalid value "" for flag -I: empty path
// Usage of cc:
//   -I dir
//     	include dir (repeatable)
//   -define name=value
//     	define a name=value
//   -level value
//     	optimization level (default L1)
//   -trace
//     	trace execution
// invalid value "" for flag -I: empty path
// <nil> false
// <nil> L1 no such flag -nope
