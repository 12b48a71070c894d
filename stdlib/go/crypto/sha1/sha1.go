// Package sha1: SHA-1 (FIPS 180-4). The block function is C (stdlib/hashes.c); a
// digest keeps its state as a []byte.
//
//minigo:natives
package sha1

import "hash"

const (
	Size      = 20
	BlockSize = 64
)

func init_() []byte
func update_(s []byte, p []byte)
func sum_(s []byte) []byte

type digest struct {
	s []byte
}

func (d *digest) Reset()         { d.s = init_() }
func (d *digest) BlockSize() int { return BlockSize }
func (d *digest) Size() int      { return Size }

func (d *digest) Write(p []byte) (int, error) {
	update_(d.s, p)
	return len(p), nil
}

func (d *digest) WriteString(s string) (int, error) { return d.Write([]byte(s)) }

// Sum appends the digest of what was written to b; the digest goes on.
func (d *digest) Sum(b []byte) []byte { return append(b, sum_(d.s)...) }

// New returns a hash.Hash computing the checksum.
func New() hash.Hash { return &digest{s: init_()} }

func Sum(data []byte) [Size]byte {
	s := init_()
	update_(s, data)
	var out [Size]byte
	copy(out[:], sum_(s))
	return out
}
