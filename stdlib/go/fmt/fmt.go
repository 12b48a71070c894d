// Package fmt's Go side: the exported API, and the calls of Error, String
// and GoString methods (user code, run as ordinary Go calls). The natives
// are in stdlib/fmt.c.
//
//minigo:natives
package fmt

import (
	"errors"
	"io"
)

type Stringer interface{ String() string }
type GoStringer interface{ GoString() string }
type mstr string
type raw string
type node struct {
	x     any
	elems []any
}
type extra struct{ x, h any }

func needs_(a []any) bool
func decompose_(x any, depth int) []any
func isNilPtr_(x any) bool
func verbs_(format string, a []any) []int32
func sprint_(a []any, ln bool) string
func sprintf_(format string, a []any, wrap bool) string
func write_(s string) (n int, err error)
func call(x any, verb int32, which int) (s string) {
	defer func() {
		if r := recover(); r != nil {
			if isNilPtr_(x) {
				s = "<nil>"
				return
			}
			m := "String"
			if which == 0 {
				m = "Error"
			} else if which == 2 {
				m = "GoString"
			}
			v := string(rune(verb))
			if verb < 0 {
				v = "v"
			}
			s = "%!" + v + "(PANIC=" + m + " method: " + sprint_([]any{r}, false) + ")"
		}
	}()
	switch which {
	case 0:
		return x.(error).Error()
	case 1:
		return x.(Stringer).String()
	}
	return x.(GoStringer).GoString()
}
func handle(x any, verb int32, depth int) any {
	if verb == -'E' {
		if x == nil {
			return x
		}
		return extra{x, handle(x, 'v', depth)}
	}
	if x == nil || verb == 0 || verb == 'T' || verb == 'p' {
		return x
	}
	if verb == -'v' {
		if _, ok := x.(GoStringer); ok {
			return raw(call(x, verb, 2))
		}
	} else if verb == 'v' || verb == 's' || verb == 'x' || verb == 'X' || verb == 'q' || verb == 'w' {
		switch x.(type) {
		case error:
			return mstr(call(x, verb, 0))
		case Stringer:
			return mstr(call(x, verb, 1))
		}
	}
	elems := decompose_(x, depth)
	if elems == nil {
		return x
	}
	for i, e := range elems {
		elems[i] = handle(e, verb, depth+1)
	}
	return node{x, elems}
}
func prepare(a []any, verbs []int32) []any {
	b := make([]any, len(a))
	for i, x := range a {
		v := int32('v')
		if verbs != nil {
			v = verbs[i]
		}
		b[i] = handle(x, v, 0)
	}
	return b
}
func Sprint(a ...any) string {
	if needs_(a) {
		a = prepare(a, nil)
	}
	return sprint_(a, false)
}
func Sprintln(a ...any) string {
	if needs_(a) {
		a = prepare(a, nil)
	}
	return sprint_(a, true)
}
func Sprintf(format string, a ...any) string {
	if needs_(a) {
		a = prepare(a, verbs_(format, a))
	}
	return sprintf_(format, a, false)
}
func Print(a ...any) (n int, err error)                 { return write_(Sprint(a...)) }
func Println(a ...any) (n int, err error)               { return write_(Sprintln(a...)) }
func Printf(format string, a ...any) (n int, err error) { return write_(Sprintf(format, a...)) }
func Fprint(w io.Writer, a ...any) (n int, err error)   { return w.Write([]byte(Sprint(a...))) }
func Fprintln(w io.Writer, a ...any) (n int, err error) { return w.Write([]byte(Sprintln(a...))) }
func Fprintf(w io.Writer, format string, a ...any) (n int, err error) {
	return w.Write([]byte(Sprintf(format, a...)))
}
func Append(b []byte, a ...any) []byte                 { return append(b, Sprint(a...)...) }
func Appendln(b []byte, a ...any) []byte               { return append(b, Sprintln(a...)...) }
func Appendf(b []byte, format string, a ...any) []byte { return append(b, Sprintf(format, a...)...) }

type wrapError struct {
	msg string
	err error
}

func (e *wrapError) Error() string { return e.msg }
func (e *wrapError) Unwrap() error { return e.err }

type wrapErrors struct {
	msg  string
	errs []error
}

func (e *wrapErrors) Error() string   { return e.msg }
func (e *wrapErrors) Unwrap() []error { return e.errs }
func Errorf(format string, a ...any) error {
	vs := verbs_(format, a)
	b := a
	if needs_(a) {
		b = prepare(a, vs)
	}
	s := sprintf_(format, b, true)
	var ws []int
	var errs []error
	for i, v := range vs {
		if v != 'w' {
			continue
		}
		ws = append(ws, i)
		if e, ok := a[i].(error); ok {
			errs = append(errs, e)
		}
	}
	if len(ws) == 0 {
		return errors.New(s)
	}
	if len(ws) == 1 {
		var e error
		if len(errs) == 1 {
			e = errs[0]
		}
		return &wrapError{s, e}
	}
	return &wrapErrors{s, errs}
}
