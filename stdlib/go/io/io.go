// Package io: the Writer and Reader interfaces, EOF and WriteString. All Go.
package io

import "errors"

type Writer interface {
	Write(p []byte) (n int, err error)
}
type Reader interface {
	Read(p []byte) (n int, err error)
}
type StringWriter interface {
	WriteString(s string) (n int, err error)
}

var EOF = errors.New("EOF")

func WriteString(w Writer, s string) (n int, err error) {
	if sw, ok := w.(StringWriter); ok {
		return sw.WriteString(s)
	}
	return w.Write([]byte(s))
}
