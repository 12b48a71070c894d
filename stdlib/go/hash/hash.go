// Package hash: the interfaces hash functions implement. All Go.
package hash

import "io"

// A Hash is written to (never returning an error) and summed.
type Hash interface {
	io.Writer
	Sum(b []byte) []byte
	Reset()
	Size() int
	BlockSize() int
}

type Hash32 interface {
	Hash
	Sum32() uint32
}

type Hash64 interface {
	Hash
	Sum64() uint64
}
