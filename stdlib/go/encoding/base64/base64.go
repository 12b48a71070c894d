// Package base64: RFC 4648 base64 with Go's four encodings, padding
// options, strict mode, streaming encoder and decoder, and error values
// (CorruptInputError: "illegal base64 data at input byte N"). All Go.
package base64

import (
	"io"
	"strconv"
)

const (
	StdPadding rune = '='
	NoPadding  rune = -1
)

const invalidIndex = '\xff'

// An Encoding is a 64-character alphabet, its padding and strictness.
type Encoding struct {
	encode    [64]byte
	decodeMap [256]byte
	padChar   rune
	strict    bool
}

const encodeStd = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"
const encodeURL = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_"

// NewEncoding returns a padded Encoding with the 64-byte alphabet.
func NewEncoding(encoder string) *Encoding {
	if len(encoder) != 64 {
		panic("encoding alphabet is not 64-bytes long")
	}
	e := new(Encoding)
	e.padChar = StdPadding
	copy(e.encode[:], encoder)
	for i := 0; i < 256; i++ {
		e.decodeMap[i] = invalidIndex
	}
	for i := 0; i < len(encoder); i++ {
		switch {
		case encoder[i] == '\n' || encoder[i] == '\r':
			panic("encoding alphabet contains newline character")
		case e.decodeMap[encoder[i]] != invalidIndex:
			panic("encoding alphabet includes duplicate symbols")
		}
		e.decodeMap[encoder[i]] = byte(i)
	}
	return e
}

// WithPadding returns a copy of enc with padding (or NoPadding).
func (enc Encoding) WithPadding(padding rune) *Encoding {
	switch {
	case padding < NoPadding || padding == '\r' || padding == '\n' || padding > 0xff:
		panic("invalid padding")
	case padding != NoPadding && enc.decodeMap[byte(padding)] != invalidIndex:
		panic("padding contained in alphabet")
	}
	enc.padChar = padding
	return &enc
}

// Strict returns a copy of enc that rejects non-zero trailing bits.
func (enc Encoding) Strict() *Encoding {
	enc.strict = true
	return &enc
}

var StdEncoding = NewEncoding(encodeStd)
var URLEncoding = NewEncoding(encodeURL)
var RawStdEncoding = StdEncoding.WithPadding(NoPadding)
var RawURLEncoding = URLEncoding.WithPadding(NoPadding)

// Encode writes EncodedLen(len(src)) bytes of dst.
func (enc *Encoding) Encode(dst, src []byte) {
	if len(src) == 0 {
		return
	}
	di, si := 0, 0
	n := (len(src) / 3) * 3
	for si < n {
		val := uint(src[si])<<16 | uint(src[si+1])<<8 | uint(src[si+2])
		dst[di] = enc.encode[val>>18&0x3F]
		dst[di+1] = enc.encode[val>>12&0x3F]
		dst[di+2] = enc.encode[val>>6&0x3F]
		dst[di+3] = enc.encode[val&0x3F]
		si += 3
		di += 4
	}
	rest := len(src) - si
	if rest == 0 {
		return
	}
	val := uint(src[si]) << 16
	if rest == 2 {
		val |= uint(src[si+1]) << 8
	}
	dst[di] = enc.encode[val>>18&0x3F]
	dst[di+1] = enc.encode[val>>12&0x3F]
	if rest == 2 {
		dst[di+2] = enc.encode[val>>6&0x3F]
		if enc.padChar != NoPadding {
			dst[di+3] = byte(enc.padChar)
		}
	} else if enc.padChar != NoPadding {
		dst[di+2] = byte(enc.padChar)
		dst[di+3] = byte(enc.padChar)
	}
}

func (enc *Encoding) AppendEncode(dst, src []byte) []byte {
	n := enc.EncodedLen(len(src))
	out := make([]byte, n)
	enc.Encode(out, src)
	return append(dst, out...)
}

func (enc *Encoding) EncodeToString(src []byte) string {
	buf := make([]byte, enc.EncodedLen(len(src)))
	enc.Encode(buf, src)
	return string(buf)
}

func (enc *Encoding) EncodedLen(n int) int {
	if enc.padChar == NoPadding {
		return n/3*4 + (n%3*8+5)/6
	}
	return (n + 2) / 3 * 4
}

func (enc *Encoding) DecodedLen(n int) int {
	if enc.padChar == NoPadding {
		return n/4*3 + n%4*6/8
	}
	return n / 4 * 3
}

// A CorruptInputError is the offset of the first bad input byte.
type CorruptInputError int64

func (e CorruptInputError) Error() string {
	return "illegal base64 data at input byte " + strconv.FormatInt(int64(e), 10)
}

// quantum decodes up to 4 symbols from src[si:] (newlines are skipped)
// into dst: where it stopped, the bytes written, and an error.
func (enc *Encoding) quantum(dst, src []byte, si int) (nsi, n int, err error) {
	var d [4]byte
	dlen := 4
	for j := 0; j < len(d); j++ {
		if len(src) == si {
			if j == 0 {
				return si, 0, nil
			}
			if j == 1 || enc.padChar != NoPadding {
				return si, 0, CorruptInputError(si - j)
			}
			dlen = j
			break
		}
		in := src[si]
		si++
		if out := enc.decodeMap[in]; out != 0xff {
			d[j] = out
			continue
		}
		if in == '\n' || in == '\r' {
			j--
			continue
		}
		if rune(in) != enc.padChar {
			return si, 0, CorruptInputError(si - 1)
		}
		// padding: the end
		if j < 2 {
			return si, 0, CorruptInputError(si - 1)
		}
		if j == 2 {
			for si < len(src) && (src[si] == '\n' || src[si] == '\r') {
				si++
			}
			if si == len(src) {
				return si, 0, CorruptInputError(len(src))
			}
			if rune(src[si]) != enc.padChar {
				return si, 0, CorruptInputError(si - 1)
			}
			si++
		}
		for si < len(src) && (src[si] == '\n' || src[si] == '\r') {
			si++
		}
		if si < len(src) {
			err = CorruptInputError(si)
		}
		dlen = j
		break
	}
	val := uint(d[0])<<18 | uint(d[1])<<12 | uint(d[2])<<6 | uint(d[3])
	b0, b1, b2 := byte(val>>16), byte(val>>8), byte(val)
	if dlen == 4 {
		dst[2] = b2
		b2 = 0
	}
	if dlen >= 3 {
		dst[1] = b1
		if enc.strict && b2 != 0 {
			return si, 0, CorruptInputError(si - 1)
		}
		b1 = 0
	}
	if dlen >= 2 {
		dst[0] = b0
		if enc.strict && (b1 != 0 || b2 != 0) {
			return si, 0, CorruptInputError(si - 2)
		}
	}
	return si, dlen - 1, err
}

// Decode decodes src into dst (DecodedLen(len(src)) bytes suffice);
// newlines are ignored.
func (enc *Encoding) Decode(dst, src []byte) (n int, err error) {
	si := 0
	for si < len(src) {
		var k int
		si, k, err = enc.quantum(dst[n:], src, si)
		n += k
		if err != nil {
			return n, err
		}
	}
	return n, err
}

func (enc *Encoding) AppendDecode(dst, src []byte) ([]byte, error) {
	buf := make([]byte, enc.DecodedLen(len(src))+3)
	n, err := enc.Decode(buf, src)
	return append(dst, buf[:n]...), err
}

func (enc *Encoding) DecodeString(s string) ([]byte, error) {
	dbuf := make([]byte, enc.DecodedLen(len(s))+3)
	n, err := enc.Decode(dbuf, []byte(s))
	return dbuf[:n], err
}

// ---- streams ----

type encoder struct {
	err  error
	enc  *Encoding
	w    io.Writer
	buf  [3]byte
	nbuf int
}

func (e *encoder) Write(p []byte) (n int, err error) {
	if e.err != nil {
		return 0, e.err
	}
	for _, c := range p {
		e.buf[e.nbuf] = c
		e.nbuf++
		n++
		if e.nbuf == 3 {
			out := make([]byte, 4)
			e.enc.Encode(out, e.buf[:])
			e.nbuf = 0
			if _, e.err = e.w.Write(out); e.err != nil {
				return n, e.err
			}
		}
	}
	return n, nil
}

// Close writes what is left (with padding); it does not close the writer.
func (e *encoder) Close() error {
	if e.err == nil && e.nbuf > 0 {
		out := make([]byte, e.enc.EncodedLen(e.nbuf))
		e.enc.Encode(out, e.buf[:e.nbuf])
		_, e.err = e.w.Write(out)
		e.nbuf = 0
	}
	return e.err
}

// NewEncoder returns a writer that encodes to w; Close flushes it.
func NewEncoder(enc *Encoding, w io.Writer) io.WriteCloser { return &encoder{enc: enc, w: w} }

type decoder struct {
	enc  *Encoding
	r    io.Reader
	out  []byte
	err  error
	done bool
}

func (d *decoder) Read(p []byte) (int, error) {
	if !d.done {
		d.done = true
		src, rerr := io.ReadAll(d.r)
		buf := make([]byte, d.enc.DecodedLen(len(src))+3)
		n, err := d.enc.Decode(buf, src)
		d.out = buf[:n]
		d.err = err
		if d.err == nil {
			d.err = rerr
		}
	}
	if len(d.out) > 0 {
		n := copy(p, d.out)
		d.out = d.out[n:]
		return n, nil
	}
	if d.err != nil {
		return 0, d.err
	}
	return 0, io.EOF
}

// NewDecoder returns a reader that decodes what it reads from r.
func NewDecoder(enc *Encoding, r io.Reader) io.Reader { return &decoder{enc: enc, r: r} }
