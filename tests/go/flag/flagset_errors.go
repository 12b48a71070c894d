package main

import (
	"errors"
	"flag"
	"fmt"
	"os"
)

func main() {
	fs := flag.NewFlagSet("app", flag.ContinueOnError)
	fs.SetOutput(os.Stdout)
	fs.Usage = func() { fmt.Println("(usage elided)") }
	fs.Int("n", 0, "n")
	fs.Bool("b", false, "b")
	fs.Uint("u", 0, "u")
	fs.Float64("f", 0, "f")
	fs.Duration("d", 0, "d")
	for _, args := range [][]string{
		{"-missing"}, {"-n"}, {"-n", "x"}, {"-n", "99999999999999999999"}, {"-b=maybe"},
		{"-u", "-1"}, {"-f", "1.5.2"}, {"-d", "10"}, {"---n=1"}, {"-=x"}, {"-h"},
		{"-n", "0x10", "-b=false", "--", "-u", "3"}, {"plain", "-n", "1"}, {"-"},
	} {
		err := fs.Parse(args)
		fmt.Printf("%q -> %v (help=%v) args=%q\n", args, err, errors.Is(err, flag.ErrHelp), fs.Args())
	}
	fmt.Println(fs.Lookup("n").Value, fs.Name(), fs.ErrorHandling() == flag.ContinueOnError)
}
// Output:
// flag provided but not defined: -missing
// (usage elided)
// ["-missing"] -> flag provided but not defined: -missing (help=false) args=[]
// flag needs an argument: -n
// (usage elided)
// ["-n"] -> flag needs an argument: -n (help=false) args=[]
// invalid value "x" for flag -n: parse error
// (usage elided)
// ["-n" "x"] -> invalid value "x" for flag -n: parse error (help=false) args=[]
// invalid value "99999999999999999999" for flag -n: value out of range
// (usage elided)
// ["-n" "99999999999999999999"] -> invalid value "99999999999999999999" for flag -n: value out of range (help=false) args=[]
// invalid boolean value "maybe" for -b: parse error
// (usage elided)
// ["-b=maybe"] -> invalid boolean value "maybe" for -b: parse error (help=false) args=[]
// invalid value "-1" for flag -u: parse error
// (usage elided)
// ["-u" "-1"] -> invalid value "-1" for flag -u: parse error (help=false) args=[]
// invalid value "1.5.2" for flag -f: parse error
// (usage elided)
// ["-f" "1.5.2"] -> invalid value "1.5.2" for flag -f: parse error (help=false) args=[]
// invalid value "10" for flag -d: parse error
// (usage elided)
// ["-d" "10"] -> invalid value "10" for flag -d: parse error (help=false) args=[]
// bad flag syntax: ---n=1
// (usage elided)
// ["---n=1"] -> bad flag syntax: ---n=1 (help=false) args=["---n=1"]
// bad flag syntax: -=x
// (usage elided)
// ["-=x"] -> bad flag syntax: -=x (help=false) args=["-=x"]
// (usage elided)
// ["-h"] -> flag: help requested (help=true) args=[]
// ["-n" "0x10" "-b=false" "--" "-u" "3"] -> <nil> (help=false) args=["-u" "3"]
// ["plain" "-n" "1"] -> <nil> (help=false) args=["plain" "-n" "1"]
// ["-"] -> <nil> (help=false) args=["-"]
// 16 app true
