// Package os: the standard files, Args, Exit and Getenv. The natives are
// in stdlib/os.c.
//
//minigo:natives
package os

func args_() []string
func write_(fd int, b []byte) (n int, err error)

type File struct {
	fd   int
	name string
}

func (f *File) Write(b []byte) (n int, err error)       { return write_(f.fd, b) }
func (f *File) WriteString(s string) (n int, err error) { return write_(f.fd, []byte(s)) }
func (f *File) Name() string                            { return f.name }

var Stdin = &File{0, "/dev/stdin"}
var Stdout = &File{1, "/dev/stdout"}
var Stderr = &File{2, "/dev/stderr"}
var Args = args_()

func Exit(code int)
func Getenv(key string) string
