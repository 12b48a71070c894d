package main

import (
	"fmt"
	"os"
	"strings"
)

func main() {
	os.Setenv("NAME", "gopher")
	os.Setenv("HOME_DIR", "/home/g")
	fmt.Println(os.ExpandEnv("hi $NAME, home is ${HOME_DIR}/src; $UNSET_THING_X|"))
	fmt.Println(os.ExpandEnv("cost: $5 and $$ and $ and ${} and ${NAME"))
	m := func(k string) string { return strings.ToUpper(k) + "!" }
	fmt.Println(os.Expand("$a-${bc}-$1x-${?}-$@", m))
	fmt.Println(os.Expand("no vars here", m))
}
// Output:
// hi gopher, home is /home/g/src; |
// cost:  and  and $ and  and NAME
// A!-BC!-1!x-?!-@!
// no vars here
