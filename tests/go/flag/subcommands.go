package main

// A CLI with subcommands, each with its own FlagSet.

import (
	"flag"
	"fmt"
	"os"
	"strings"
)

func run(args []string) int {
	if len(args) < 1 {
		fmt.Fprintln(os.Stderr, "expected 'add' or 'list' subcommand")
		return 2
	}
	switch args[0] {
	case "add":
		add := flag.NewFlagSet("add", flag.ContinueOnError)
		add.SetOutput(os.Stdout)
		prio := add.Int("priority", 1, "task priority (1-5)")
		tags := add.String("tags", "", "comma-separated tags")
		if err := add.Parse(args[1:]); err != nil {
			return 2
		}
		fmt.Printf("add %q priority=%d tags=%q\n", strings.Join(add.Args(), " "), *prio, strings.Split(*tags, ","))
	case "list":
		list := flag.NewFlagSet("list", flag.ContinueOnError)
		list.SetOutput(os.Stdout)
		all := list.Bool("all", false, "include done tasks")
		limit := list.Int("n", 10, "at most this many")
		if err := list.Parse(args[1:]); err != nil {
			return 2
		}
		fmt.Printf("list all=%v n=%d\n", *all, *limit)
	default:
		fmt.Printf("unknown subcommand %q\n", args[0])
		return 2
	}
	return 0
}

func main() {
	for _, cmd := range []string{
		"add -priority 3 -tags home,urgent buy milk",
		"list -all -n=5",
		"list -x",
		"add -priority=high x",
		"remove 1",
	} {
		fmt.Println("$", cmd)
		fmt.Println("status", run(strings.Fields(cmd)))
	}
	os.Exit(run(os.Args[1:]))
}

// Args: list -n 2
// Output:
// $ add -priority 3 -tags home,urgent buy milk
// add "buy milk" priority=3 tags=["home" "urgent"]
// status 0
// $ list -all -n=5
// list all=true n=5
// status 0
// $ list -x
// flag provided but not defined: -x
// Usage of list:
//   -all
//     	include done tasks
//   -n int
//     	at most this many (default 10)
// status 2
// $ add -priority=high x
// invalid value "high" for flag -priority: parse error
// Usage of add:
//   -priority int
//     	task priority (1-5) (default 1)
//   -tags string
//     	comma-separated tags
// status 2
// $ remove 1
// unknown subcommand "remove"
// status 2
// list all=false n=2
