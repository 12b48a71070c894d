// Package sha256: SHA-256 and SHA-224 (FIPS 180-4). The block function
// is C (stdlib/hashes.c); a digest keeps its state as a []byte.
//
//minigo:natives
package sha256

import "hash"

const (
	Size      = 32
	Size224   = 28
	BlockSize = 64
)

func init_(is224 bool) []byte
func update_(s []byte, p []byte)
func sum_(s []byte) []byte

type digest struct {
	s     []byte
	is224 bool
}

func (d *digest) Reset()         { d.s = init_(d.is224) }
func (d *digest) BlockSize() int { return BlockSize }
func (d *digest) Size() int {
	if d.is224 {
		return Size224
	}
	return Size
}

func (d *digest) Write(p []byte) (int, error) {
	update_(d.s, p)
	return len(p), nil
}

func (d *digest) WriteString(s string) (int, error) { return d.Write([]byte(s)) }

// Sum appends the digest of what was written to b; the digest goes on.
func (d *digest) Sum(b []byte) []byte { return append(b, sum_(d.s)...) }

// New returns a SHA-256 hash.Hash.
func New() hash.Hash { return &digest{s: init_(false)} }

// New224 returns a SHA-224 hash.Hash.
func New224() hash.Hash { return &digest{s: init_(true), is224: true} }

func Sum256(data []byte) [Size]byte {
	s := init_(false)
	update_(s, data)
	var out [Size]byte
	copy(out[:], sum_(s))
	return out
}

func Sum224(data []byte) [Size224]byte {
	s := init_(true)
	update_(s, data)
	var out [Size224]byte
	copy(out[:], sum_(s))
	return out
}
