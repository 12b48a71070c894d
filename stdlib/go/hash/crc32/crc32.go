// Package crc32: the 32-bit cyclic redundancy check with Go's polynomials
// and tables; the byte loop is C (stdlib/hashes.c).
//
//minigo:natives
package crc32

import "hash"

const Size = 4

// The reversed polynomials.
const (
	IEEE       = 0xedb88320
	Castagnoli = 0x82f63b78
	Koopman    = 0xeb31d82e
)

// A Table is the 256-entry table of a polynomial.
type Table [256]uint32

func update_(crc uint32, tab *Table, p []byte) uint32

// MakeTable returns the table of the reversed polynomial poly.
func MakeTable(poly uint32) *Table {
	t := new(Table)
	for i := 0; i < 256; i++ {
		crc := uint32(i)
		for j := 0; j < 8; j++ {
			if crc&1 == 1 {
				crc = (crc >> 1) ^ poly
			} else {
				crc >>= 1
			}
		}
		t[i] = crc
	}
	return t
}

var IEEETable = MakeTable(IEEE)

func Update(crc uint32, tab *Table, p []byte) uint32 { return update_(crc, tab, p) }
func Checksum(data []byte, tab *Table) uint32        { return update_(0, tab, data) }
func ChecksumIEEE(data []byte) uint32                { return update_(0, IEEETable, data) }

type digest struct {
	crc uint32
	tab *Table
}

// New returns a hash.Hash32 of the table's CRC.
func New(tab *Table) hash.Hash32 { return &digest{0, tab} }

// NewIEEE returns a hash.Hash32 of the IEEE CRC.
func NewIEEE() hash.Hash32 { return New(IEEETable) }

func (d *digest) Size() int      { return Size }
func (d *digest) BlockSize() int { return 1 }
func (d *digest) Reset()         { d.crc = 0 }
func (d *digest) Write(p []byte) (n int, err error) {
	d.crc = update_(d.crc, d.tab, p)
	return len(p), nil
}
func (d *digest) Sum32() uint32 { return d.crc }
func (d *digest) Sum(in []byte) []byte {
	s := d.Sum32()
	return append(in, byte(s>>24), byte(s>>16), byte(s>>8), byte(s))
}
