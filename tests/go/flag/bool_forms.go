package main

import (
	"flag"
	"fmt"
	"os"
)

func main() {
	for _, args := range [][]string{
		{"-v"}, {"-v=true"}, {"-v=false"}, {"-v=0"}, {"-v=1"}, {"--v"}, {"-v", "false"}, {"-v=T"}, {"-v=F"}, {"-v=yes"},
	} {
		fs := flag.NewFlagSet("b", flag.ContinueOnError)
		fs.SetOutput(os.Stdout)
		fs.Usage = func() {}
		v := fs.Bool("v", false, "verbose")
		err := fs.Parse(args)
		fmt.Printf("%-14q v=%-5v err=%v rest=%q\n", args, *v, err, fs.Args())
	}
	fs := flag.NewFlagSet("t", flag.ContinueOnError)
	var n int64
	var u uint64
	fs.Int64Var(&n, "n", -1, "")
	fs.Uint64Var(&u, "u", 1, "")
	fmt.Println(fs.Parse([]string{"-n", "-0x10", "-u=0777"}), n, u)
	fs.VisitAll(func(f *flag.Flag) {
		g := f.Value.(flag.Getter)
		fmt.Printf("%s %v %T\n", f.Name, g.Get(), g.Get())
	})
}
// Output:
// ["-v"          ] v=true  err=<nil> rest=[]
// ["-v=true"     ] v=true  err=<nil> rest=[]
// ["-v=false"    ] v=false err=<nil> rest=[]
// ["-v=0"        ] v=false err=<nil> rest=[]
// ["-v=1"        ] v=true  err=<nil> rest=[]
// ["--v"         ] v=true  err=<nil> rest=[]
// ["-v"           "false"       ] v=true  err=<nil> rest=["false"]
// ["-v=T"        ] v=true  err=<nil> rest=[]
// ["-v=F"        ] v=false err=<nil> rest=[]
// invalid boolean value "yes" for -v: parse error
// ["-v=yes"      ] v=false err=invalid boolean value "yes" for -v: parse error rest=[]
// <nil> -16 511
// n -16 int64
// u 511 uint64
