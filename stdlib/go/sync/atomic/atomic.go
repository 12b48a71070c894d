// Package atomic. The natives are in stdlib/atomic.c.
//
//minigo:natives
package atomic

func AddInt32(addr *int32, delta int32) (new int32)
func AndInt32(addr *int32, mask int32) (old int32)
func OrInt32(addr *int32, mask int32) (old int32)
func LoadInt32(addr *int32) (val int32)
func StoreInt32(addr *int32, val int32)
func SwapInt32(addr *int32, new int32) (old int32)
func CompareAndSwapInt32(addr *int32, old, new int32) (swapped bool)
func AddInt64(addr *int64, delta int64) (new int64)
func AndInt64(addr *int64, mask int64) (old int64)
func OrInt64(addr *int64, mask int64) (old int64)
func LoadInt64(addr *int64) (val int64)
func StoreInt64(addr *int64, val int64)
func SwapInt64(addr *int64, new int64) (old int64)
func CompareAndSwapInt64(addr *int64, old, new int64) (swapped bool)
func AddUint32(addr *uint32, delta uint32) (new uint32)
func AndUint32(addr *uint32, mask uint32) (old uint32)
func OrUint32(addr *uint32, mask uint32) (old uint32)
func LoadUint32(addr *uint32) (val uint32)
func StoreUint32(addr *uint32, val uint32)
func SwapUint32(addr *uint32, new uint32) (old uint32)
func CompareAndSwapUint32(addr *uint32, old, new uint32) (swapped bool)
func AddUint64(addr *uint64, delta uint64) (new uint64)
func AndUint64(addr *uint64, mask uint64) (old uint64)
func OrUint64(addr *uint64, mask uint64) (old uint64)
func LoadUint64(addr *uint64) (val uint64)
func StoreUint64(addr *uint64, val uint64)
func SwapUint64(addr *uint64, new uint64) (old uint64)
func CompareAndSwapUint64(addr *uint64, old, new uint64) (swapped bool)
func AddUintptr(addr *uintptr, delta uintptr) (new uintptr)
func AndUintptr(addr *uintptr, mask uintptr) (old uintptr)
func OrUintptr(addr *uintptr, mask uintptr) (old uintptr)
func LoadUintptr(addr *uintptr) (val uintptr)
func StoreUintptr(addr *uintptr, val uintptr)
func SwapUintptr(addr *uintptr, new uintptr) (old uintptr)
func CompareAndSwapUintptr(addr *uintptr, old, new uintptr) (swapped bool)

type noCopy struct{}

// align64 marks Go's 64-bit types as 8-byte aligned on 32-bit machines.
type align64 struct{}

type Int32 struct {
	_ noCopy
	v int32
}

func (x *Int32) Load() int32                { return LoadInt32(&x.v) }
func (x *Int32) Store(val int32)            { StoreInt32(&x.v, val) }
func (x *Int32) Swap(new int32) (old int32) { return SwapInt32(&x.v, new) }
func (x *Int32) CompareAndSwap(old, new int32) (swapped bool) {
	return CompareAndSwapInt32(&x.v, old, new)
}
func (x *Int32) Add(delta int32) (new int32) { return AddInt32(&x.v, delta) }
func (x *Int32) And(mask int32) (old int32)  { return AndInt32(&x.v, mask) }
func (x *Int32) Or(mask int32) (old int32)   { return OrInt32(&x.v, mask) }

type Int64 struct {
	_ noCopy
	_ align64
	v int64
}

func (x *Int64) Load() int64                { return LoadInt64(&x.v) }
func (x *Int64) Store(val int64)            { StoreInt64(&x.v, val) }
func (x *Int64) Swap(new int64) (old int64) { return SwapInt64(&x.v, new) }
func (x *Int64) CompareAndSwap(old, new int64) (swapped bool) {
	return CompareAndSwapInt64(&x.v, old, new)
}
func (x *Int64) Add(delta int64) (new int64) { return AddInt64(&x.v, delta) }
func (x *Int64) And(mask int64) (old int64)  { return AndInt64(&x.v, mask) }
func (x *Int64) Or(mask int64) (old int64)   { return OrInt64(&x.v, mask) }

type Uint32 struct {
	_ noCopy
	v uint32
}

func (x *Uint32) Load() uint32                 { return LoadUint32(&x.v) }
func (x *Uint32) Store(val uint32)             { StoreUint32(&x.v, val) }
func (x *Uint32) Swap(new uint32) (old uint32) { return SwapUint32(&x.v, new) }
func (x *Uint32) CompareAndSwap(old, new uint32) (swapped bool) {
	return CompareAndSwapUint32(&x.v, old, new)
}
func (x *Uint32) Add(delta uint32) (new uint32) { return AddUint32(&x.v, delta) }
func (x *Uint32) And(mask uint32) (old uint32)  { return AndUint32(&x.v, mask) }
func (x *Uint32) Or(mask uint32) (old uint32)   { return OrUint32(&x.v, mask) }

type Uint64 struct {
	_ noCopy
	_ align64
	v uint64
}

func (x *Uint64) Load() uint64                 { return LoadUint64(&x.v) }
func (x *Uint64) Store(val uint64)             { StoreUint64(&x.v, val) }
func (x *Uint64) Swap(new uint64) (old uint64) { return SwapUint64(&x.v, new) }
func (x *Uint64) CompareAndSwap(old, new uint64) (swapped bool) {
	return CompareAndSwapUint64(&x.v, old, new)
}
func (x *Uint64) Add(delta uint64) (new uint64) { return AddUint64(&x.v, delta) }
func (x *Uint64) And(mask uint64) (old uint64)  { return AndUint64(&x.v, mask) }
func (x *Uint64) Or(mask uint64) (old uint64)   { return OrUint64(&x.v, mask) }

type Uintptr struct {
	_ noCopy
	v uintptr
}

func (x *Uintptr) Load() uintptr                  { return LoadUintptr(&x.v) }
func (x *Uintptr) Store(val uintptr)              { StoreUintptr(&x.v, val) }
func (x *Uintptr) Swap(new uintptr) (old uintptr) { return SwapUintptr(&x.v, new) }
func (x *Uintptr) CompareAndSwap(old, new uintptr) (swapped bool) {
	return CompareAndSwapUintptr(&x.v, old, new)
}
func (x *Uintptr) Add(delta uintptr) (new uintptr) { return AddUintptr(&x.v, delta) }
func (x *Uintptr) And(mask uintptr) (old uintptr)  { return AndUintptr(&x.v, mask) }
func (x *Uintptr) Or(mask uintptr) (old uintptr)   { return OrUintptr(&x.v, mask) }

// Bool is a uint32: 0 false, 1 true.
type Bool struct {
	_ noCopy
	v uint32
}

func b32(b bool) uint32 {
	if b {
		return 1
	}
	return 0
}

func (x *Bool) Load() bool               { return LoadUint32(&x.v) != 0 }
func (x *Bool) Store(val bool)           { StoreUint32(&x.v, b32(val)) }
func (x *Bool) Swap(new bool) (old bool) { return SwapUint32(&x.v, b32(new)) != 0 }
func (x *Bool) CompareAndSwap(old, new bool) (swapped bool) {
	return CompareAndSwapUint32(&x.v, b32(old), b32(new))
}

func valueLoad_(p *any) any
func valueStore_(p *any, val any)
func valueSwap_(p *any, new any) (old any)
func valueCompareAndSwap_(p *any, old, new any) (swapped bool)

// A Value holds values of one dynamic type; the zero Value holds nil.
type Value struct {
	v any
}

func (v *Value) Load() (val any)        { return valueLoad_(&v.v) }
func (v *Value) Store(val any)          { valueStore_(&v.v, val) }
func (v *Value) Swap(new any) (old any) { return valueSwap_(&v.v, new) }
func (v *Value) CompareAndSwap(old, new any) (swapped bool) {
	return valueCompareAndSwap_(&v.v, old, new)
}

// A Pointer is an atomic pointer of type *T. The zero value is a nil *T.
//
// The pointer is kept in an interface slot (a *T, or nil before the first
// store) and goes through Value's natives: an interface is one word, so
// each operation is one atomic instruction on it. Every store is a *T,
// so Value's checks of nil and of one dynamic type never fire.
type Pointer[T any] struct {
	// Mention *T in a field to disallow conversion between Pointer types.
	_ [0]*T

	_ noCopy
	v any
}

// Load atomically loads and returns the value stored in x.
func (x *Pointer[T]) Load() *T {
	p, _ := valueLoad_(&x.v).(*T)
	return p
}

// Store atomically stores val into x.
func (x *Pointer[T]) Store(val *T) { valueStore_(&x.v, val) }

// Swap atomically stores new into x and returns the previous value.
func (x *Pointer[T]) Swap(new *T) (old *T) {
	old, _ = valueSwap_(&x.v, new).(*T)
	return old
}

// CompareAndSwap executes the compare-and-swap operation for x.
func (x *Pointer[T]) CompareAndSwap(old, new *T) (swapped bool) {
	if old == nil {
		// The zero Pointer holds no *T yet, which Value's
		// compare-and-swap would not take for a nil *T: make it hold
		// one (only if nothing was stored meanwhile).
		valueCompareAndSwap_(&x.v, nil, old)
	}
	return valueCompareAndSwap_(&x.v, old, new)
}
