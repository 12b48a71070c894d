// Package hex: hexadecimal encoding, decoding and Go's hexdump layout.
// All Go.
package hex

import (
	"errors"
	"fmt"
	"io"
	"strings"
)

const hextable = "0123456789abcdef"

// ErrLength: Decode of an odd number of digits.
var ErrLength = errors.New("encoding/hex: odd length hex string")

// An InvalidByteError is a byte that is not a hex digit.
type InvalidByteError byte

func (e InvalidByteError) Error() string {
	return fmt.Sprintf("encoding/hex: invalid byte: %#U", rune(e))
}

func EncodedLen(n int) int { return n * 2 }
func DecodedLen(x int) int { return x / 2 }

func Encode(dst, src []byte) int {
	j := 0
	for _, v := range src {
		dst[j] = hextable[v>>4]
		dst[j+1] = hextable[v&0x0f]
		j += 2
	}
	return len(src) * 2
}

func AppendEncode(dst, src []byte) []byte {
	out := make([]byte, EncodedLen(len(src)))
	Encode(out, src)
	return append(dst, out...)
}

func EncodeToString(src []byte) string {
	dst := make([]byte, EncodedLen(len(src)))
	Encode(dst, src)
	return string(dst)
}

func fromHex(c byte) (byte, bool) {
	switch {
	case '0' <= c && c <= '9':
		return c - '0', true
	case 'a' <= c && c <= 'f':
		return c - 'a' + 10, true
	case 'A' <= c && c <= 'F':
		return c - 'A' + 10, true
	}
	return 0, false
}

// Decode decodes pairs of hex digits; an invalid byte is reported before
// an odd length.
func Decode(dst, src []byte) (int, error) {
	i, j := 0, 1
	for ; j < len(src); j += 2 {
		a, ok := fromHex(src[j-1])
		if !ok {
			return i, InvalidByteError(src[j-1])
		}
		b, ok := fromHex(src[j])
		if !ok {
			return i, InvalidByteError(src[j])
		}
		dst[i] = a<<4 | b
		i++
	}
	if len(src)%2 == 1 {
		if _, ok := fromHex(src[j-1]); !ok {
			return i, InvalidByteError(src[j-1])
		}
		return i, ErrLength
	}
	return i, nil
}

func AppendDecode(dst, src []byte) ([]byte, error) {
	out := make([]byte, DecodedLen(len(src)))
	n, err := Decode(out, src)
	return append(dst, out[:n]...), err
}

func DecodeString(s string) ([]byte, error) {
	src := []byte(s)
	n, err := Decode(src, src)
	return src[:n], err
}

// Dump returns the hexdump -C style dump of data.
func Dump(data []byte) string {
	if len(data) == 0 {
		return ""
	}
	var buf strings.Builder
	d := Dumper(&buf)
	d.Write(data)
	d.Close()
	return buf.String()
}

// Dumper returns a WriteCloser writing a hex dump of what it is given to
// w; Close writes the last, partial line.
func Dumper(w io.Writer) io.WriteCloser { return &dumper{w: w} }

type dumper struct {
	w      io.Writer
	right  [18]byte
	used   int // bytes in the current line
	n      uint
	closed bool
}

func printable(b byte) byte {
	if b < 32 || b > 126 {
		return '.'
	}
	return b
}

func (h *dumper) Write(data []byte) (n int, err error) {
	if h.closed {
		return 0, errors.New("encoding/hex: dumper closed")
	}
	for _, c := range data {
		if h.used == 0 {
			off := []byte{byte(h.n >> 24), byte(h.n >> 16), byte(h.n >> 8), byte(h.n)}
			if _, err = io.WriteString(h.w, EncodeToString(off)+"  "); err != nil {
				return
			}
		}
		cell := []byte{hextable[c>>4], hextable[c&0x0f], ' '}
		if h.used == 7 {
			cell = append(cell, ' ')
		} else if h.used == 15 {
			cell = append(cell, ' ', '|')
		}
		if _, err = h.w.Write(cell); err != nil {
			return
		}
		n++
		h.right[h.used] = printable(c)
		h.used++
		h.n++
		if h.used == 16 {
			h.right[16] = '|'
			h.right[17] = '\n'
			if _, err = h.w.Write(h.right[:]); err != nil {
				return
			}
			h.used = 0
		}
	}
	return
}

func (h *dumper) Close() (err error) {
	if h.closed {
		return
	}
	h.closed = true
	if h.used == 0 {
		return
	}
	k := h.used
	for ; h.used < 16; h.used++ {
		pad := "   "
		if h.used == 7 {
			pad = "    "
		} else if h.used == 15 {
			pad = "    |"
		}
		if _, err = io.WriteString(h.w, pad); err != nil {
			return
		}
	}
	h.right[k] = '|'
	h.right[k+1] = '\n'
	_, err = h.w.Write(h.right[:k+2])
	return
}

// NewEncoder returns a writer of the hex encoding of what it is given.
func NewEncoder(w io.Writer) io.Writer { return &encoder{w} }

type encoder struct{ w io.Writer }

func (e *encoder) Write(p []byte) (int, error) {
	_, err := io.WriteString(e.w, EncodeToString(p))
	if err != nil {
		return 0, err
	}
	return len(p), nil
}

// NewDecoder returns a reader decoding the hex digits read from r.
func NewDecoder(r io.Reader) io.Reader { return &decoder{r: r} }

type decoder struct {
	r   io.Reader
	err error
	in  []byte
}

func (d *decoder) Read(p []byte) (int, error) {
	for len(d.in) < 2 && d.err == nil {
		buf := make([]byte, 1024)
		n, err := d.r.Read(buf)
		d.in = append(d.in, buf[:n]...)
		d.err = err
	}
	if len(d.in) < 2 {
		if d.err == io.EOF && len(d.in) == 1 {
			if _, ok := fromHex(d.in[0]); !ok {
				return 0, InvalidByteError(d.in[0])
			}
			return 0, io.ErrUnexpectedEOF
		}
		return 0, d.err
	}
	n := len(d.in) / 2
	if n > len(p) {
		n = len(p)
	}
	k, err := Decode(p, d.in[:2*n])
	d.in = d.in[2*k:]
	if err != nil {
		return k, err
	}
	return k, nil
}
