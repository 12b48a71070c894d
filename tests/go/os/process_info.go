package main

import (
	"fmt"
	"os"
	"syscall"
)

func main() {
	pid := os.Getpid()
	fmt.Println(pid > 0, os.Getppid() > 0, pid != os.Getppid(), syscall.Getpid() == pid)
	host, err := os.Hostname()
	fmt.Println(host != "", err)
	fmt.Println(os.Getuid() >= 0, os.Getgid() >= 0, os.Getpagesize())
	fmt.Println(os.TempDir() != "", os.DevNull, string(os.PathSeparator), string(os.PathListSeparator))
	fmt.Println(os.IsPathSeparator('/'), os.IsPathSeparator('\\'))
}
// Output:
// true true true true
// true <nil>
// true true 4096
// true /dev/null / :
// true false
