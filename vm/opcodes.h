/* opcodes.h — the instruction set of minigo's register VM, defined once.
 *
 * Every instruction is 64 bits: a 16-bit opcode and three 16-bit operands.
 *
 *     63        48 47        32 31        16 15         0
 *    +------------+------------+------------+------------+
 *    |     C      |     B      |     A      |     op     |
 *    +------------+------------+------------+------------+
 *    |        sBx / Bx (32)    |
 *
 * A, B, C are register numbers relative to the frame base (R[x]), constant
 * indexes (K[x]), or small immediates; B and C together form Bx (unsigned)
 * or sBx (signed), used for jumps (relative to the next instruction) and
 * large indexes. sC is C read as a signed 16-bit number.
 *
 * Operand kinds below: R register, K constant, I immediate, J jump offset.
 * The checker has resolved all types, so each arithmetic opcode knows the
 * representation of its operands (value.h); integer results are kept
 * extended to 64 bits, and narrower types are re-extended with SEXT/ZEXT.
 *
 * OP(name, meaning) — the list generates the enum, the names and the
 * disassembler's operand formats.
 */
#ifndef MINIGO_OPCODES_H
#define MINIGO_OPCODES_H

#include <stdint.h>

/* Operand formats for the disassembler */
enum { F_NONE, F_A, F_AB, F_ABC, F_ABx, F_AsBx, F_sBx, F_ABsC, F_ABJ,
       F_ABF,    /* R[A] R[B] and the field R[C&255][C>>8] */
       F_AFRR }; /* the field R[A][B], the registers C&255 and C>>8 */

#define OPCODE_LIST(OP) \
    OP(NOP,     F_NONE, "no operation") \
    OP(GOSIZE,  F_ABC,  "operands of the append before it: Go's element size and pointer bit A | B<<16, storage size C") \
    OP(MOVE,    F_AB,   "R[A] = R[B]") \
    OP(LOADI,   F_AsBx, "R[A] = sBx (integer)") \
    OP(LOADK,   F_ABx,  "R[A] = K[Bx]") \
    OP(LOADZ,   F_A,    "R[A] = zero value (all bits 0)") \
    OP(GETG,    F_ABx,  "R[A] = G[Bx] (package variable)") \
    OP(SETG,    F_ABx,  "G[Bx] = R[A]") \
    /* integer arithmetic, 64-bit two's complement */ \
    OP(ADD,     F_ABC,  "R[A] = R[B] + R[C]") \
    OP(SUB,     F_ABC,  "R[A] = R[B] - R[C]") \
    OP(MUL,     F_ABC,  "R[A] = R[B] * R[C]") \
    OP(DIV,     F_ABC,  "R[A] = R[B] / R[C] (signed; panics on 0)") \
    OP(DIVU,    F_ABC,  "R[A] = R[B] / R[C] (unsigned; panics on 0)") \
    OP(REM,     F_ABC,  "R[A] = R[B] % R[C] (signed; panics on 0)") \
    OP(REMU,    F_ABC,  "R[A] = R[B] % R[C] (unsigned; panics on 0)") \
    OP(AND,     F_ABC,  "R[A] = R[B] & R[C]") \
    OP(OR,      F_ABC,  "R[A] = R[B] | R[C]") \
    OP(XOR,     F_ABC,  "R[A] = R[B] ^ R[C]") \
    OP(ANDNOT,  F_ABC,  "R[A] = R[B] &^ R[C]") \
    OP(SHL,     F_ABC,  "R[A] = R[B] << R[C] (count unsigned; >= 64 gives 0)") \
    OP(SHLS,    F_ABC,  "R[A] = R[B] << R[C] (signed count: panics if negative)") \
    OP(SHR,     F_ABC,  "R[A] = R[B] >> R[C] (arithmetic)") \
    OP(SHRS,    F_ABC,  "R[A] = R[B] >> R[C] (arithmetic; signed count)") \
    OP(SHRU,    F_ABC,  "R[A] = R[B] >> R[C] (logical)") \
    OP(SHRUS,   F_ABC,  "R[A] = R[B] >> R[C] (logical; signed count)") \
    OP(NEG,     F_AB,   "R[A] = -R[B]") \
    OP(BNOT,    F_AB,   "R[A] = ^R[B]") \
    OP(ADDI,    F_ABsC, "R[A] = R[B] + sC") \
    OP(MULI,    F_ABsC, "R[A] = R[B] * sC") \
    OP(DIVI,    F_ABsC, "R[A] = R[B] / sC (signed; sC is not 0 or -1)") \
    OP(REMI,    F_ABsC, "R[A] = R[B] % sC (signed; sC is not 0 or -1)") \
    OP(SEXT,    F_ABC,  "R[A] = sign-extend the low C bits of R[B]") \
    OP(ZEXT,    F_ABC,  "R[A] = zero-extend the low C bits of R[B]") \
    /* floating point */ \
    OP(ADDF,    F_ABC,  "R[A] = R[B] + R[C] (float)") \
    OP(SUBF,    F_ABC,  "R[A] = R[B] - R[C] (float)") \
    OP(MULF,    F_ABC,  "R[A] = R[B] * R[C] (float)") \
    /* superinstructions: x += a*b and x -= a*b (a MULF into a temporary, \
     * then the ADDF or SUBF of x and it into x); the product is rounded \
     * before the sum, as Go does on amd64 (no fused multiply-add) */ \
    OP(MULADDF, F_ABC,  "R[A] = R[A] + R[B] * R[C] (float, two roundings)") \
    OP(MULSUBF, F_ABC,  "R[A] = R[A] - R[B] * R[C] (float, two roundings)") \
    OP(SQRTF,   F_AB,   "R[A] = math.Sqrt(R[B]), an instruction as in Go's compiler") \
    /* superinstructions: a float op whose right operand is a field, a \
     * GETF into a temporary fused in (C packs the block's register, low \
     * byte, and the slot, high byte; both below 256; nil-checked) */ \
    OP(ADDFLD,  F_ABF,  "R[A] = R[B] + R[C&255][C>>8] (float)") \
    OP(SUBFLD,  F_ABF,  "R[A] = R[B] - R[C&255][C>>8] (float)") \
    OP(MULFLD,  F_ABF,  "R[A] = R[B] * R[C&255][C>>8] (float)") \
    OP(DIVFLD,  F_ABF,  "R[A] = R[B] / R[C&255][C>>8] (float)") \
    /* superinstructions: p.f += a*b and p.f -= a*b, the GETF, MULADDF or \
     * MULSUBF and SETF of a field update in one (C packs the registers of \
     * a, low byte, and b, high byte; both below 256; nil-checked) */ \
    OP(FLDMULADDF, F_AFRR, "R[A][B] = R[A][B] + R[C&255] * R[C>>8] (float, two roundings)") \
    OP(FLDMULSUBF, F_AFRR, "R[A][B] = R[A][B] - R[C&255] * R[C>>8] (float, two roundings)") \
    OP(DIVF,    F_ABC,  "R[A] = R[B] / R[C] (float)") \
    OP(NEGF,    F_AB,   "R[A] = -R[B] (float)") \
    OP(F32,     F_AB,   "R[A] = float32(R[B]) (round to single precision)") \
    OP(I2F,     F_AB,   "R[A] = float64(R[B]) (signed integer)") \
    OP(U2F,     F_AB,   "R[A] = float64(R[B]) (unsigned integer)") \
    OP(F2I,     F_AB,   "R[A] = int64(R[B]) (truncate)") \
    OP(F2U,     F_AB,   "R[A] = uint64(R[B]) (truncate)") \
    OP(F2I32,   F_AB,   "R[A] = int32(R[B]) (truncate; out of range: MinInt32, as amd64)") \
    /* comparisons giving bool */ \
    OP(EQ,      F_ABC,  "R[A] = R[B] == R[C] (integer, bool, pointer)") \
    OP(NE,      F_ABC,  "R[A] = R[B] != R[C]") \
    OP(LT,      F_ABC,  "R[A] = R[B] < R[C] (signed)") \
    OP(LE,      F_ABC,  "R[A] = R[B] <= R[C] (signed)") \
    OP(LTU,     F_ABC,  "R[A] = R[B] < R[C] (unsigned)") \
    OP(LEU,     F_ABC,  "R[A] = R[B] <= R[C] (unsigned)") \
    OP(EQF,     F_ABC,  "R[A] = R[B] == R[C] (float)") \
    OP(NEF,     F_ABC,  "R[A] = R[B] != R[C] (float)") \
    OP(LTF,     F_ABC,  "R[A] = R[B] < R[C] (float)") \
    OP(LEF,     F_ABC,  "R[A] = R[B] <= R[C] (float)") \
    OP(EQS,     F_ABC,  "R[A] = R[B] == R[C] (string)") \
    OP(NES,     F_ABC,  "R[A] = R[B] != R[C] (string)") \
    OP(LTS,     F_ABC,  "R[A] = R[B] < R[C] (string)") \
    OP(LES,     F_ABC,  "R[A] = R[B] <= R[C] (string)") \
    OP(NOT,     F_AB,   "R[A] = !R[B]") \
    /* jumps; compare-and-branch superinstructions */ \
    OP(JMP,     F_sBx,  "pc += sBx") \
    OP(LOOP,    F_sBx,  "pc += sBx (a loop back-edge: preemption check)") \
    OP(JT,      F_AsBx, "if R[A] then pc += sBx") \
    OP(JF,      F_AsBx, "if !R[A] then pc += sBx") \
    OP(JLT,     F_ABJ,  "if R[A] < R[B] (signed) then pc += sC") \
    OP(JLE,     F_ABJ,  "if R[A] <= R[B] (signed) then pc += sC") \
    OP(JGE,     F_ABJ,  "if R[A] >= R[B] (signed) then pc += sC") \
    OP(JGT,     F_ABJ,  "if R[A] > R[B] (signed) then pc += sC") \
    OP(JEQ,     F_ABJ,  "if R[A] == R[B] then pc += sC") \
    OP(JNE,     F_ABJ,  "if R[A] != R[B] then pc += sC") \
    OP(JLTI,    F_ABJ,  "if R[A] < B (B signed 16-bit immediate) then pc += sC") \
    OP(JGEI,    F_ABJ,  "if R[A] >= B (immediate) then pc += sC") \
    OP(JEQI,    F_ABJ,  "if R[A] == B (immediate) then pc += sC") \
    OP(JNEI,    F_ABJ,  "if R[A] != B (immediate) then pc += sC") \
    /* strings */ \
    OP(CONCAT,  F_ABC,  "R[A] = R[B] + R[C] (string)") \
    OP(LENS,    F_AB,   "R[A] = len(R[B]) (string)") \
    OP(INDEXS,  F_ABC,  "R[A] = R[B][R[C]] (string byte; bounds-checked)") \
    OP(SLICES,  F_ABC,  "R[A] = R[B][R[C]:R[C+1]] (string; bounds-checked)") \
    OP(RUNESTR, F_AB,   "R[A] = string(rune R[B])") \
    OP(BYTES2STR, F_AB, "R[A] = string(R[B]) ([]byte)") \
    OP(RUNES2STR, F_AB, "R[A] = string(R[B]) ([]rune)") \
    OP(STR2BYTES, F_AB, "R[A] = []byte(R[B])") \
    OP(STR2RUNES, F_AB, "R[A] = []rune(R[B])") \
    OP(RANGES,  F_ABC,  "decode rune of string R[B] at byte R[C]: R[A] = rune, R[A+1] = next offset") \
    /* slices (elements are 8-byte slots or 1-byte, by C) */ \
    OP(MKSLICE, F_ABC,  "R[A] = make([]T, R[B], R[B+1]); element size C") \
    OP(SLICE,   F_ABC,  "R[A] = R[B][R[C]:R[C+1]:R[C+2]] (slice; bounds-checked)") \
    OP(SLICE3,  F_ABC,  "R[A] = R[B][R[C]:R[C+1]:R[C+2]] (3-index slice; bounds-checked)") \
    OP(SLICEA,  F_ABC,  "R[A] = R[B][R[C]:R[C+1]:R[C+2]] (array as a slice header; bounds-checked)") \
    OP(SLICE3A, F_ABC,  "R[A] = R[B][R[C]:R[C+1]:R[C+2]] (3-index, array; bounds-checked)") \
    OP(APPEND,  F_ABC,  "R[A] = append(R[A], R[B], ... R[B+n-1]); n = C & 0x7fff, C bit 15: 1-byte elements") \
    OP(APPENDAGG,F_ABC, "R[A] = append(R[A], the block R[B]) (inline elements of C bytes)") \
    OP(APPENDSL,F_ABC,  "R[A] = append(R[A], R[B]...); element size C") \
    OP(APPENDSTR,F_AB,  "R[A] = append(R[A], R[B]...) ([]byte, string)") \
    OP(COPYSL,  F_ABC,  "R[A] = copy(R[B], R[C]) (slices)") \
    OP(COPYSTR, F_ABC,  "R[A] = copy(R[B], R[C]) ([]byte, string)") \
    OP(CLEARSL, F_A,    "clear(R[A]) (slice: zero every element)") \
    OP(ARR2SL,  F_ABC,  "R[A] = slice over the array block R[B] (nil-checked); K[C] = len << 20 | slots per element") \
    OP(LENSL,   F_AB,   "R[A] = len(R[B]) (slice)") \
    OP(CAPSL,   F_AB,   "R[A] = cap(R[B]) (slice)") \
    OP(GETSL,   F_ABC,  "R[A] = R[B][R[C]] (slice of 8-byte elements; bounds-checked)") \
    OP(SETSL,   F_ABC,  "R[A][R[B]] = R[C] (slice of 8-byte elements; bounds-checked)") \
    OP(GETSL1,  F_ABC,  "R[A] = R[B][R[C]] (slice of 1-byte elements, zero-extended)") \
    OP(GETSL1S, F_ABC,  "R[A] = R[B][R[C]] (slice of 1-byte elements, sign-extended)") \
    OP(SETSL1,  F_ABC,  "R[A][R[B]] = R[C] (slice of 1-byte elements)") \
    /* aggregates (structs, arrays: a pointer to a block of slots) and pointers */ \
    OP(NEWAGG,  F_ABx,  "R[A] = new zeroed block of Bx slots") \
    OP(COPYAGG, F_ABC,  "R[A] = new block, a copy of the K[C] slots at R[B]") \
    OP(STOREAGG,F_ABC,  "copy the K[C] slots at R[B] into the block at R[A]") \
    OP(GETF,    F_ABC,  "R[A] = R[B][C] (slot C of the block R[B]; nil-checked)") \
    OP(SETF,    F_ABC,  "R[A][B] = R[C] (nil-checked)") \
    OP(FIELDPTR,F_ABC,  "R[A] = &R[B][C] (nil-checked)") \
    OP(LOADP,   F_AB,   "R[A] = *R[B] (nil-checked)") \
    OP(STOREP,  F_AB,   "*R[A] = R[B] (nil-checked)") \
    OP(NILCHK,  F_A,    "panic if R[A] is nil") \
    OP(UPCELL,  F_AB,   "R[A] = U[B] (the cell itself: &x of a captured variable)") \
    OP(ADDRG,   F_ABx,  "R[A] = &G[Bx]") \
    OP(ADDRSL,  F_ABC,  "R[A] = &R[B][R[C]] (slice element; bounds-checked)") \
    OP(EQAGG,   F_ABC,  "R[A] = R[A] == R[B] by value, of type T[C]") \
    OP(GETB,    F_ABC,  "R[A] = byte C of the packed array at R[B] (1-byte elements; zero-extended)") \
    OP(SETB,    F_ABC,  "byte B of the packed array at R[A] = R[C]") \
    OP(GETAB,   F_ABC,  "R[A] = byte R[C] of the packed array at R[B]; R[C+1] >> 20 is its length") \
    OP(SETAB,   F_ABC,  "byte R[B] of the packed array at R[A] = R[C]; R[B+1] >> 20 is its length") \
    OP(ADDRARR, F_ABC,  "R[A] = &R[B][R[C]] (array block; R[C+1] = len << 20 | slots per element; bounds-checked)") \
    /* maps (vm/map.c); T[C] is the map type */ \
    OP(MKMAP,   F_ABC,  "R[A] = make(map of type T[C]) with size hint R[B] (B = 0xffff: none)") \
    OP(MAPGET,  F_ABC,  "R[A] = R[B][R[A]] (zero value when absent); T[C] is the map type") \
    OP(MAPGETOK,F_ABC,  "R[A], R[A+1] = R[B][R[A]], present; T[C] is the map type") \
    OP(MAPSET,  F_ABC,  "R[A][R[B]] = R[C] (panics on a nil map)") \
    OP(MAPDEL,  F_ABC,  "delete(R[A], R[B]); T[C] is the map type") \
    OP(MAPCLEAR,F_A,    "clear(R[A])") \
    OP(LENMAP,  F_AB,   "R[A] = len(R[B]) (map)") \
    OP(MAPITER, F_AB,   "R[A] = a new iterator over the map R[B]") \
    OP(MAPNEXT, F_ABJ,  "R[A], R[A+1] = next key and value of iterator R[B]; at the end pc += sC") \
    /* channels (sched/chan.c); the blocking ones may park the goroutine */ \
    OP(MKCHAN,  F_ABC,  "R[A] = make(chan of type T[C], R[B]) (B = 0xffff: unbuffered)") \
    OP(SEND,    F_AB,   "R[A] <- R[B]") \
    OP(RECV,    F_ABC,  "R[A] = <-R[B]; C = 1: R[A+1] = ok") \
    OP(CLOSE,   F_A,    "close(R[A])") \
    OP(LENCH,   F_AB,   "R[A] = len(R[B]) (channel)") \
    OP(CAPCH,   F_AB,   "R[A] = cap(R[B]) (channel)") \
    OP(SELECT,  F_ABC,  "R[A] = select over B cases R[A+1+3i] (channel, value, ok), the first C>>1 sends; C&1: default (-1)") \
    /* interfaces */ \
    OP(BOX,     F_ABx,  "R[A] = interface holding R[A] with dynamic type T[Bx]") \
    OP(ASSERT,  F_ABC,  "R[A] = R[B].(T[C]) (T[C+1]: R[B]'s static type, for the panic message)") \
    OP(ASSERTOK,F_ABC,  "R[A], R[A+1] = R[B].(T[C]) with ok (zero, false on failure)") \
    OP(TYPEIS,  F_ABC,  "R[A] = R[B] holds a T[C] (C = 0xffff: R[B] is nil)") \
    OP(ICALL,   F_ABC,  "call method name[C] of the interface value R[B]; receiver and frame at R[A]") \
    /* cells and closures */ \
    OP(NEWCELL, F_AB,   "R[A] = new cell holding R[B]") \
    OP(GETCELL, F_AB,   "R[A] = *R[B] (the cell's value)") \
    OP(SETCELL, F_AB,   "*R[A] = R[B] (into the cell)") \
    OP(FRESHCELL, F_A,  "R[A] = new cell holding *R[A] (a per-iteration loop variable)") \
    OP(GETUP,   F_AB,   "R[A] = *U[B] (captured variable of the running closure)") \
    OP(SETUP,   F_AB,   "*U[A] = R[B]") \
    OP(CLOSURE, F_ABx,  "R[A] = closure of F[Bx], capturing the cells its descriptors name") \
    OP(BIND,    F_ABx,  "R[A] = closure of F[Bx] with one cell holding R[A] (a method value)") \
    OP(FUNCVAL, F_ABx,  "R[A] = function value of F[Bx] (no captures)") \
    /* calls */ \
    OP(CALLV,   F_AB,   "call the function value R[B] with frame at R[A]; results at R[A]...") \
    OP(CALL,    F_ABx,  "call function F[Bx] with frame at R[A]; results at R[A]...") \
    OP(CALLN,   F_ABx,  "call native N[Bx] with arguments at R[A]; results at R[A]...") \
    OP(RET,     F_ABx,  "return Bx results from R[A]...") \
    OP(PANIC,   F_A,    "panic with the interface value R[A]") \
    OP(DEFER,   F_AB,   "defer a call of the function value R[A] with B arguments R[A+1]...") \
    OP(GO,      F_AB,   "go R[A](R[A+1..A+B]): start a goroutine running closure R[A]") \
    OP(DEFERN,  F_ABC,  "defer a call of native N[C] with B arguments R[A]...") \
    OP(RETD,    F_ABC,  "run this frame's deferred calls, then return B results from R[A]... (C: they are cells)") \
    OP(RECOVER, F_A,    "R[A] = recover()") \
    /* range over a function (compiler/gen_rangefunc.c) */ \
    OP(RANGEPANIC, F_A, "panic: the run-time error of range-over-func body state R[A] (Go's panicrangestate)") \
    OP(DEFERANCHOR, F_A, "R[A] = a new deferred record of this frame that range-over-func bodies defer after (Go's deferrangefunc)") \
    OP(DEFERAT, F_A,    "move the call just deferred to just after anchor R[A], into its frame (Go's deferprocat)") \
    OP(UNREACH, F_NONE, "missing return reached (cannot happen after the checker)")

typedef enum Opcode {
#define OP(name, fmt, doc) OP_##name,
    OPCODE_LIST(OP)
#undef OP
    OP_COUNT
} Opcode;

typedef struct Instr {
    uint16_t op, a, b, c;
} Instr;

static inline int32_t instr_sbx(Instr i) { return (int32_t)((uint32_t)i.b | ((uint32_t)i.c << 16)); }
static inline uint32_t instr_bx(Instr i) { return (uint32_t)i.b | ((uint32_t)i.c << 16); }
static inline int16_t instr_sc(Instr i) { return (int16_t)i.c; }
static inline int16_t instr_sb(Instr i) { return (int16_t)i.b; }

extern const char *const opcode_names[OP_COUNT];
extern const uint8_t opcode_formats[OP_COUNT];

#endif
