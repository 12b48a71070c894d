#!/usr/bin/env python3
"""gen.py — random valid Go programs of minigo's subset, for differential
fuzzing against real Go (run.py compares the two).

A program is a list of independent tests. Each test is a function tN() plus
the top-level declarations it needs; main runs every test under a recover,
so a run-time panic (its message is printed) ends only its own test. A
program may end with an unrecovered panic or os.Exit, so that stderr's first
line and the exit status are compared too.

Every generated program must be accepted by Go: no unused variables or
imports, no constant overflow, no constant division by zero, no constant
out-of-range index. Operands are kept non-constant (variables) wherever a
constant would let the compiler reject a value, and constant expressions
are evaluated here, exactly, to keep them valid.

usage: gen.py SEED [NTESTS]      prints the program for SEED
"""
import random
import re
import sys
from fractions import Fraction

INTS = {
    "int8": (8, True), "int16": (16, True), "int32": (32, True), "int64": (64, True),
    "int": (64, True), "uint8": (8, False), "uint16": (16, False), "uint32": (32, False),
    "uint64": (64, False), "uint": (64, False), "uintptr": (64, False),
    "byte": (8, False), "rune": (32, True),
}
INT_NAMES = list(INTS)
PKGS = ["fmt", "strings", "strconv", "sync", "os", "sort", "errors", "unicode/utf8", "math"]


def int_range(t):
    bits, signed = INTS[t]
    if signed:
        return -(1 << (bits - 1)), (1 << (bits - 1)) - 1
    return 0, (1 << bits) - 1


def fits(v, t):
    lo, hi = int_range(t)
    return lo <= v <= hi


def go_div(a, b):
    q = abs(a) // abs(b)
    return q if (a >= 0) == (b >= 0) else -q


def go_mod(a, b):
    return a - go_div(a, b) * b


def quote_bytes(bs):
    out = []
    for b in bs:
        if b == 0x22:
            out.append('\\"')
        elif b == 0x5c:
            out.append("\\\\")
        elif 0x20 <= b < 0x7f:
            out.append(chr(b))
        else:
            out.append("\\x%02x" % b)
    return '"' + "".join(out) + '"'


STR_PIECES = [b"a", b"b", b"xy", b"Go", b" ", b"\t", b"0", b"Z", b"\xc3\xa9", b"\xe4\xb8\x96",
              b"\xf0\x9f\x98\x80", b"\xff", b"\xc3", b"\xe4\xb8", b"\xed\xa0\x80",
              b"\xf4\x90\x80\x80", b"\xc0\x80", b"\x00", b"\x80", b"\xef\xbf\xbd", b"\"", b"\\",
              b"\n", b"\x7f", b"\xce\xa3", b"\xc4\xb0", b"\xe1\xba\x9e", b"\xe2\x84\xaa"]


class Gen:
    def __init__(self, seed):
        self.r = random.Random(seed)
        self.uid = 0
        self.top = []      # top-level declarations of the current test

    def name(self, p="v"):
        self.uid += 1
        return "%s%d" % (p, self.uid)

    # ---------- values ----------
    def int_value(self, t):
        r = self.r
        lo, hi = int_range(t)
        c = r.random()
        if c < 0.45:
            cands = [0, 1, 2, 3, 7, hi, hi - 1, lo, lo + 1, hi // 2, hi // 2 + 1, 100, 127, 128, 255, 256,
                     -1, -2, -128, -129, 1 << 31, (1 << 31) - 1, -(1 << 31), 1 << 32, 63, 64, 65]
            v = r.choice(cands)
            if fits(v, t):
                return v
        if c < 0.75:
            v = r.randint(-20, 300)
        else:
            v = r.randint(lo, hi)
        return v if fits(v, t) else r.randint(max(lo, 0), min(hi, 50))

    def lit(self, v):
        return "(%d)" % v if v < 0 else str(v)

    def str_value(self, maxpieces=6):
        n = self.r.randint(0, maxpieces)
        return b"".join(self.r.choice(STR_PIECES) for _ in range(n))

    # ---------- integer expressions ----------
    def int_expr(self, t, env, depth):
        """An expression of type t: (code, is_constant). env: list of (name, type)."""
        r = self.r
        same = [n for n, tt in env if tt == t]
        if depth <= 0 or r.random() < 0.25:
            if same and r.random() < 0.75:
                return r.choice(same), False
            if env and r.random() < 0.5:
                n, tt = r.choice(env)
                if tt in INTS:
                    return "%s(%s)" % (t, n), False
            return self.lit(self.int_value(t)), True
        k = r.random()
        if k < 0.5:
            op = r.choice(["+", "-", "*", "/", "%", "&", "|", "^", "&^", "+", "-", "*"])
            a, ac = self.int_expr(t, env, depth - 1)
            b, bc = self.int_expr(t, env, depth - 1)
            if ac and bc:
                a, ac = self.int_leaf_var(t, env)
            if bc and op in ("/", "%"):
                v = self.int_value(t)
                b = self.lit(v if v != 0 else 1)
            return "(%s %s %s)" % (a, op, b), False
        if k < 0.68:
            op = r.choice(["<<", ">>"])
            a, _ = self.int_leaf_var(t, env) if r.random() < 0.5 else self.nonconst_int(t, env, depth - 1)
            return "(%s %s %s)" % (a, op, self.shift_count(env, depth - 1)), False
        if k < 0.78:
            e, _ = self.nonconst_int(t, env, depth - 1)
            return "(%s%s)" % (r.choice(["-", "^", "+"]), e), False
        if k < 0.92:
            t2 = r.choice(INT_NAMES)
            e, _ = self.nonconst_int(t2, env, depth - 1)
            return "%s(%s)" % (t, e), False
        if k < 0.96:
            # an untyped constant shifted by a variable takes the type of its context
            v = r.randint(1, 5)
            return "%s(%d << %s)" % (t, v, self.shift_count(env, 0, small=True)), False
        a, _ = self.nonconst_int(t, env, depth - 1)
        b, _ = self.int_expr(t, env, depth - 1)
        return "%s(%s, %s)" % (r.choice(["min", "max"]), a, b), False

    def int_leaf_var(self, t, env):
        same = [n for n, tt in env if tt == t]
        if same:
            return self.r.choice(same), False
        ints = [n for n, tt in env if tt in INTS]
        return "%s(%s)" % (t, self.r.choice(ints)), False

    def nonconst_int(self, t, env, depth):
        e, c = self.int_expr(t, env, depth)
        if c:
            return self.int_leaf_var(t, env)
        return e, c

    def shift_count(self, env, depth, small=False):
        r = self.r
        if r.random() < 0.4 and not small:
            return str(r.choice([0, 1, 3, 7, 8, 15, 16, 31, 32, 33, 63, 64, 65, 100, 200]))
        ints = [(n, tt) for n, tt in env if tt in INTS]
        n, tt = r.choice(ints)
        if small or r.random() < 0.5:
            return "(%s & 7)" % n if not small else "(uint(%s) & 7)" % n
        if r.random() < 0.7:
            return n
        e, _ = self.nonconst_int(tt, env, depth)
        return e

    def int_env(self, n=None):
        lines, env = [], []
        for _ in range(n or self.r.randint(2, 5)):
            t = self.r.choice(INT_NAMES)
            nm = self.name()
            lines.append("var %s %s = %s" % (nm, t, self.lit(self.int_value(t))))
            env.append((nm, t))
        lines.append("fmt.Println(%s)" % ", ".join(n for n, _ in env))
        return lines, env

    def t_ints(self):
        r = self.r
        lines, env = self.int_env()
        for _ in range(r.randint(3, 9)):
            k = r.random()
            t = r.choice([tt for _, tt in env] + INT_NAMES[:3])
            if k < 0.4:
                e, _ = self.nonconst_int(t, env, r.randint(1, 4))
                lines.append("fmt.Println(%s)" % e)
            elif k < 0.55:
                e, _ = self.nonconst_int(t, env, r.randint(1, 3))
                verb = r.choice(["%d", "%x", "%X", "%o", "%b", "%v", "%08d", "%-6d|", "%+d", "%#x", "%c", "%q", "%U", "% d", "%5x"])
                lines.append('fmt.Printf("%s %%T\\n", %s, %s)' % (verb, e, e))
            elif k < 0.8:
                n, tt = r.choice(env)
                op = r.choice(["+=", "-=", "*=", "/=", "%=", "&=", "|=", "^=", "&^=", "<<=", ">>=", "++", "--", "="])
                if op in ("++", "--"):
                    lines.append("%s%s" % (n, op))
                elif op in ("<<=", ">>="):
                    lines.append("%s %s %s" % (n, op, self.shift_count(env, 1)))
                else:
                    e, c = self.int_expr(tt, env, r.randint(0, 3))
                    if c and op in ("/=", "%="):
                        e = self.lit(self.int_value(tt) or 1)
                    lines.append("%s %s %s" % (n, op, e))
                lines.append("fmt.Println(%s)" % n)
            else:
                a, ac = self.int_expr(t, env, 2)
                b, bc = self.int_expr(t, env, 2)
                if ac and bc:
                    a, _ = self.int_leaf_var(t, env)
                op = r.choice(["==", "!=", "<", "<=", ">", ">="])
                lines.append("fmt.Println(%s %s %s)" % (a, op, b))
        return lines

    # ---------- constants ----------
    def const_expr(self, consts, depth, typ):
        """(code, value, type) of a constant integer expression, or None."""
        r = self.r
        if depth <= 0 or r.random() < 0.3:
            if consts and r.random() < 0.5:
                n, (t, v) = r.choice(list(consts.items()))
                if typ is None or t is None or t == typ:
                    return n, v, t
            v = r.choice([0, 1, 2, 3, 5, 7, 10, 64, 100, 255, 1 << 40, (1 << 63) - 1, 1 << 64, 1 << 100, 12345])
            return str(v), v, None
        op = r.choice(["+", "-", "*", "/", "%", "&", "|", "^", "&^", "<<", ">>", "neg", "com"])
        if op in ("neg", "com"):
            a = self.const_expr(consts, depth - 1, typ)
            if a is None:
                return None
            if op == "neg":
                if a[2] is not None and not fits(-a[1], a[2]):
                    return None
                return "(-%s)" % a[0], -a[1], a[2]
            if a[2] is not None and not INTS[a[2]][1]:
                v = a[1] ^ ((1 << INTS[a[2]][0]) - 1)
            else:
                v = ~a[1]
            return "(^%s)" % a[0], v, a[2]
        a = self.const_expr(consts, depth - 1, typ)
        if a is None:
            return None
        if op in ("<<", ">>"):
            s = r.randint(0, 70)
            v = a[1] << s if op == "<<" else a[1] >> s
            if abs(v) > 1 << 200 or (a[2] is not None and not fits(v, a[2])):
                return None
            return "(%s %s %d)" % (a[0], op, s), v, a[2]
        b = self.const_expr(consts, depth - 1, typ or a[2])
        if b is None:
            return None
        if a[2] is not None and b[2] is not None and a[2] != b[2]:
            return None
        t = a[2] or b[2]
        x, y = a[1], b[1]
        if op in ("/", "%") and y == 0:
            return None
        v = {"+": lambda: x + y, "-": lambda: x - y, "*": lambda: x * y, "/": lambda: go_div(x, y),
             "%": lambda: go_mod(x, y), "&": lambda: x & y, "|": lambda: x | y, "^": lambda: x ^ y,
             "&^": lambda: x & ~y}[op]()
        if abs(v) > 1 << 200:
            return None
        if t is not None and not (fits(x, t) and fits(y, t) and fits(v, t)):
            return None
        return "(%s %s %s)" % (a[0], op, b[0]), v, t

    def t_consts(self):
        r = self.r
        lines = []
        consts = {}
        for _ in range(r.randint(2, 6)):
            typ = r.choice([None, None] + INT_NAMES)
            for _try in range(20):
                c = self.const_expr(consts, r.randint(1, 3), typ)
                if c is None:
                    continue
                code, v, t = c
                t = typ or t
                if t is not None and not fits(v, t):
                    continue
                nm = self.name("c")
                lines.append("const %s %s= %s" % (nm, (t + " ") if typ else "", code))
                consts[nm] = (t, v)
                if t is None and not fits(v, "int64"):
                    k = v.bit_length() - 40 if v > 0 else (-v).bit_length() - 40
                    lines.append("fmt.Println(%s >> %d)" % (nm, k))
                elif t is None and r.random() < 0.3:
                    t2 = r.choice(INT_NAMES)
                    if fits(v, t2):
                        lines.append("fmt.Println(%s(%s))" % (t2, nm))
                    else:
                        lines.append("fmt.Println(%s)" % nm)
                else:
                    lines.append('fmt.Printf("%%v %%T\\n", %s, %s)' % (nm, nm))
                break
        # iota block
        t = r.choice(INT_NAMES + [""])
        mul, add = r.choice([1, 2, 3, -1, 10]), r.randint(-3, 5)
        shift = r.random() < 0.4
        names = [self.name("k") for _ in range(r.randint(2, 6))]
        vals = [((1 << i) if shift else i * mul) + add for i in range(len(names))]
        if all(fits(v, t or "int") for v in vals):
            expr = "1<<iota + %s" % self.lit(add) if shift else "iota*%s + %s" % (self.lit(mul), self.lit(add))
            lines.append("const (")
            for i, nm in enumerate(names):
                lines.append("\t%s%s" % (nm, (" %s = %s" % (t, expr) if t else " = " + expr) if i == 0 else ""))
            lines.append(")")
            lines.append("fmt.Println(%s)" % ", ".join(names))
        # exact untyped float constants
        fa, fb = r.choice([(1, 10), (2, 10), (1, 3), (7, 2), (1, 1 << 60), (10 ** 30, 1)]), r.choice([(3, 10), (1, 3), (2, 3), (5, 1)])
        ca, cb = self.name("f"), self.name("f")
        lines.append("const %s = %d.0 / %d" % (ca, fa[0], fa[1]))
        lines.append("const %s = %d.0 / %d" % (cb, fb[0], fb[1]))
        val = Fraction(fa[0], fa[1]) + Fraction(fb[0], fb[1])
        lines.append("fmt.Println(%s + %s, %s*%s, %s - %s)" % (ca, cb, ca, cb, ca, cb))
        lines.append("fmt.Println(%s+%s == %s, float32(%s), %s > %s)" % (ca, cb, self.frac_lit(val), ca, ca, cb))
        if val.denominator == 1 and abs(val) < 1 << 62:
            lines.append("fmt.Println(int64(%s + %s))" % (ca, cb))
        return lines

    def frac_lit(self, f):
        return "(%d.0 / %d)" % (f.numerator, f.denominator)

    def const_typed_ok(self, code, consts):
        # every sub-expression of a typed constant expression must fit its type; a
        # cheap approximation: refuse typed expressions that mention typed names
        # mixed with large literals.
        return not re.search(r"\d{6,}", code)

    # ---------- floats and conversions ----------
    def t_floats(self):
        r = self.r
        lines = []
        env = []
        fvals = ["0", "1", "-1", "0.1", "0.5", "1.5", "-2.5", "3.0", "1e10", "1e-7", "123456789.125", "2.5e15",
                 "1e300", "-1e-300", "0.3", "100", "65504", "16777217", "9007199254740993", "255.9", "-128.5", "4294967295.5"]
        for _ in range(r.randint(2, 4)):
            t = r.choice(["float64", "float32"])
            nm = self.name("f")
            lit = r.choice(fvals)
            if t == "float32" and "e300" in lit or "e-300" in lit:
                lit = "1.25"
            lines.append("var %s %s = %s" % (nm, t, lit))
            env.append((nm, t, float(lit)))
        iv = self.name("i")
        it = r.choice(INT_NAMES)
        lines.append("var %s %s = %s" % (iv, it, self.lit(self.int_value(it))))
        lines.append("fmt.Println(%s, %s)" % (", ".join(e[0] for e in env), iv))
        zero = self.name("z")
        lines.append("var %s float64" % zero)
        lines.append("_ = %s" % zero)
        zv = zero
        for _ in range(r.randint(3, 8)):
            k = r.random()
            a = r.choice(env)
            zero = "%s(%s)" % (a[1], zv)
            b = r.choice([e for e in env if e[1] == a[1]])
            if k < 0.3:
                op = r.choice(["+", "-", "*", "/"])
                e = "%s %s %s" % (a[0], op, b[0])
                lines.append("fmt.Println(%s, %s(%s))" % (e, r.choice(["float32", "float64"]), e))
            elif k < 0.45:
                verb = r.choice(["%v", "%g", "%e", "%f", "%.3f", "%8.2f", "%-10.4g|", "%G", "%E", "%.0f", "%+.2e", "%.10g", "%6.1f", "%x"])
                lines.append('fmt.Printf("%s\\n", %s)' % (verb, a[0]))
            elif k < 0.55:
                # float -> int conversion, only of values in range of the target
                val = int(a[2])
                cands = [t for t in INT_NAMES if fits(val, t) and abs(a[2]) < 1e18]
                if cands:
                    lines.append("fmt.Println(%s(%s))" % (r.choice(cands), a[0]))
            elif k < 0.7:
                lines.append("fmt.Println(float64(%s), float32(%s), float64(%s)/3)" % (iv, iv, iv))
            elif k < 0.8:
                lines.append("fmt.Println(%s/%s, -%s/%s, %s/%s, %s/%s == %s/%s)" % (a[0], zero, a[0], zero, zero, zero, zero, zero, zero, zero))
            elif k < 0.9:
                op = r.choice(["<", "==", ">=", "!="])
                lines.append("fmt.Println(%s %s %s, %s %s %s/%s)" % (a[0], op, b[0], a[0], op, zero, zero))
            else:
                lines.append("fmt.Println(math.Floor(float64(%s)), math.Sqrt(float64(%s)), math.Trunc(float64(%s)), math.IsInf(float64(%s)/%s, 1))" % (a[0], a[0], a[0], a[0], zv))
        return lines

    def t_conv(self):
        r = self.r
        lines, env = self.int_env(3)
        for _ in range(r.randint(3, 7)):
            k = r.random()
            n, t = r.choice(env)
            if k < 0.25:
                lines.append("fmt.Println(string(rune(%s)), len(string(rune(%s))))" % (n, n))
                lines.append('fmt.Printf("%%q %%x\\n", string(rune(%s)), string(rune(%s)))' % (n, n))
            elif k < 0.45:
                t2 = r.choice(INT_NAMES)
                t3 = r.choice(INT_NAMES)
                lines.append("fmt.Println(%s(%s), %s(%s(%s)), float64(%s), float32(%s))" % (t2, n, t3, t2, n, n, n))
            elif k < 0.6:
                lines.append("fmt.Println(strconv.Itoa(int(%s)), strconv.FormatInt(int64(%s), %d), strconv.FormatUint(uint64(%s), 16))" % (n, n, r.choice([2, 8, 10, 16, 36]), n))
            elif k < 0.75:
                s = self.str_value()
                lines.append("fmt.Println([]rune(%s), []byte(%s), string([]rune(%s)), string([]byte(%s)))" % ((quote_bytes(s),) * 4))
            elif k < 0.88:
                v = r.choice(["-1", "0xD800", "0xDFFF", "0x10FFFF", "0x110000", "65", "0x1F600", "0xFFFD", "128", "0"])
                rs = self.name("rs")
                lines.append("%s := []rune{%s, rune(%s), %s}" % (rs, v, n, r.choice(["'a'", "'é'", "0x7FFFFFFF"])))
                lines.append("fmt.Println(string(%s), len(string(%s)), []byte(string(%s)))" % (rs, rs, rs))
            else:
                s = r.choice(['"12"', '"-0"', '"abc"', '"+7"', '"99999999999999999999"', '"0x10"', '""', '" 1"', '"-9223372036854775808"', '"1_000"'])
                a = self.name("x")
                e = self.name("err")
                lines.append("%s, %s := strconv.Atoi(%s)" % (a, e, s))
                lines.append("fmt.Println(%s, %s)" % (a, e))
                lines.append("%s, %s = strconv.ParseInt(%s, 0, %d)" % (a + "b" if False else "_", e, s, r.choice([8, 16, 32, 64])))
                lines.append("fmt.Println(%s)" % e)
        return lines

    # ---------- strings ----------
    def t_strings(self):
        r = self.r
        lines = []
        ss = []
        for _ in range(r.randint(1, 3)):
            nm = self.name("s")
            lines.append("%s := %s" % (nm, quote_bytes(self.str_value())))
            ss.append(nm)
        i, j = self.name("i"), self.name("j")
        lines.append("%s, %s := %d, %d" % (i, j, r.randint(-1, 6), r.randint(0, 9)))
        lines.append("fmt.Println(%s, %s, %s)" % (", ".join("len(%s)" % x for x in ss), i, j))
        for _ in range(r.randint(3, 8)):
            k = r.random()
            s = r.choice(ss)
            if k < 0.12:
                lines.append("for %s, %s := range %s {" % ("p", "c", s))
                lines.append('\tfmt.Printf("%%d:%%q:%%d ", p, c, c)')
                lines.append("}")
                lines.append("fmt.Println()")
            elif k < 0.22:
                lines.append('fmt.Printf("%s\\n", %s)' % (r.choice(["%q", "%x", "% x", "%X", "%+q", "%#q", "%s|", "%8s|", "%-8s|", "%.2s|", "%v", "%5.1q"]), s))
            elif k < 0.32:
                lines.append("fmt.Println(%s[%s], %s[%s:], %s[:%s])" % (s, i, s, i, s, j))
            elif k < 0.4:
                lines.append("fmt.Printf(\"%%q\\n\", %s[%s:%s])" % (s, i, j))
            elif k < 0.5:
                t = r.choice(ss)
                lines.append("fmt.Println(%s + %s, %s < %s, %s == %s, %s >= %s)" % (s, t, s, t, s, t, s, t))
            elif k < 0.58:
                lines.append("%s += %s" % (s, quote_bytes(self.str_value(2))))
                lines.append('fmt.Printf("%%q\\n", %s)' % s)
            elif k < 0.66:
                lines.append("fmt.Println(utf8.RuneCountInString(%s), utf8.ValidString(%s), len([]rune(%s)))" % (s, s, s))
                lines.append("if len(%s) > 0 { r, n := utf8.DecodeRuneInString(%s); fmt.Println(r, n) }" % (s, s))
            elif k < 0.8:
                f = r.choice(["strings.ToUpper(%s)", "strings.ToLower(%s)", "strings.TrimSpace(%s)", "strings.Fields(%s)",
                              "strings.Split(%s, \"a\")", "strings.Repeat(%s, 3)", "strings.Contains(%s, \"\\xff\")",
                              "strings.Index(%s, \"b\")", "strings.Count(%s, \"\")", "strings.Replace(%s, \"a\", \"\\xe4\\xb8\\x96\", -1)",
                              "strings.HasPrefix(%s, \"a\")", "strings.Title(%s)", "strings.Join(strings.Split(%s, \"\"), \",\")",
                              "strings.TrimRight(%s, \"\\xff\")", "strings.IndexRune(%s, 0xFFFD)", "strings.LastIndex(%s, \"\")",
                              "strconv.Quote(%s)", "strconv.QuoteToASCII(%s)", "strings.Map(func(r rune) rune { return r + 1 }, %s)"])
                if "Title" in f:
                    f = "strings.ToTitle(%s)"
                lines.append('fmt.Printf("%%q\\n", %s)' % (f % s))
            elif k < 0.88:
                b = self.name("b")
                lines.append("%s := []byte(%s)" % (b, s))
                lines.append("if len(%s) > 0 { %s[0] = 'X' }" % (b, b))
                lines.append("fmt.Println(%s, string(%s), %s)" % (b, b, s))
            elif k < 0.94:
                lines.append("for %s := 0; %s < len(%s); %s++ {" % ("q", "q", s, "q"))
                lines.append('\tfmt.Print(%s[q], " ")' % s)
                lines.append("}")
                lines.append("fmt.Println()")
            else:
                lines.append("for q := range %s { fmt.Print(q) }" % s)
                lines.append("fmt.Println()")
        return lines

    # ---------- slices ----------
    def t_slices(self):
        r = self.r
        lines = []
        et = r.choice(["int", "int8", "string", "uint16", "float64"])
        def val():
            if et == "string":
                return quote_bytes(self.str_value(2))
            if et == "float64":
                return r.choice(["1.5", "2", "-0.25", "1e9"])
            return str(self.int_value(et) if et != "int" else r.randint(-5, 99))
        s = self.name("s")
        if r.random() < 0.5:
            n = r.randint(0, 5)
            lines.append("%s := make([]%s, %d, %d)" % (s, et, n, n + r.randint(0, 4)))
        else:
            lines.append("%s := []%s{%s}" % (s, et, ", ".join(val() for _ in range(r.randint(0, 6)))))
        i, j, k = self.name("i"), self.name("j"), self.name("k")
        lines.append("%s, %s, %s := %d, %d, %d" % (i, j, k, r.randint(-1, 4), r.randint(0, 6), r.randint(0, 9)))
        lines.append("fmt.Println(%s, len(%s), cap(%s), %s, %s, %s)" % (s, s, s, i, j, k))
        names = [s]
        for _ in range(r.randint(3, 9)):
            c = r.random()
            a = r.choice(names)
            if c < 0.2:
                t = self.name("t")
                lines.append("%s := append(%s[:%s], %s)" % (t, a, r.choice([i, j, "0", "len(%s)" % a]), ", ".join(val() for _ in range(r.randint(1, 3)))))
                lines.append("fmt.Println(%s, %s, len(%s), cap(%s))" % (a, t, t, t))
                names.append(t)
            elif c < 0.32:
                t = self.name("t")
                lines.append("%s := %s[%s:%s:%s]" % (t, a, i, j, k))
                lines.append("fmt.Println(%s, len(%s), cap(%s))" % (t, t, t))
                names.append(t)
            elif c < 0.42:
                b = r.choice(names)
                lines.append("fmt.Println(copy(%s, %s), %s, %s)" % (a, b, a, b))
            elif c < 0.5:
                lines.append("fmt.Println(copy(%s[%s:], %s), %s)" % (a, i, a, a))
            elif c < 0.6:
                lines.append("%s[%s] = %s" % (a, r.choice([i, j, "0", "len(%s)-1" % a]), val()))
                lines.append("fmt.Println(%s)" % ", ".join(names))
            elif c < 0.68:
                lines.append("%s = append(%s, %s...)" % (a, a, r.choice(names)))
                lines.append("fmt.Println(%s, len(%s), cap(%s))" % (a, a, a))
            elif c < 0.74:
                lines.append("for x, y := range %s { %s = append(%s, y); fmt.Print(x, y, len(%s), \" \") }" % (a, a, a, a))
                lines.append("fmt.Println()")
            elif c < 0.8:
                lines.append("fmt.Println(%s[%s:], %s[:%s], %s[%s:%s])" % (a, i, a, j, a, j, k))
            elif c < 0.85:
                t = self.name("t")
                lines.append("var %s []%s" % (t, et))
                lines.append("fmt.Println(%s == nil, len(%s), %s, %s[:0] == nil)" % (t, t, t, t))
                lines.append("%s = append(%s, %s[%s:]...)" % (t, t, a, r.choice(["0", "len(%s)" % a])))
                lines.append("fmt.Println(%s == nil, %s, len(%s))" % (t, t, t))
                names.append(t)
            elif c < 0.9 and et not in ("string",):
                lines.append("if len(%s) > 0 { fmt.Println(min(%s[0], %s[len(%s)-1]), max(%s[0], %s[len(%s)-1])) }" % (a, a, a, a, a, a, a))
            elif c < 0.94:
                lines.append("clear(%s)" % a)
                lines.append("fmt.Println(%s)" % ", ".join(names))
            else:
                lines.append('fmt.Printf("%s\\n", %s)' % (r.choice(["%v", "%d", "%x", "%q", "%#v", "%T", "%5v", "%+v"]), a))
        return lines

    # ---------- maps ----------
    def t_maps(self):
        r = self.r
        lines = []
        kt = r.choice(["int", "string", "int8", "uint64", "bool", "[2]int", "float64", "rune", "P"])
        vt = r.choice(["int", "string", "[]int", "bool", "float64"])
        if kt == "P":
            kt = self.name("P")
            self.top.append("type %s struct {\n\tx int\n\ty string\n}" % kt)
        def key():
            if kt == "string":
                return quote_bytes(self.str_value(2))
            if kt == "bool":
                return r.choice(["true", "false"])
            if kt == "[2]int":
                return "[2]int{%d, %d}" % (r.randint(-2, 2), r.randint(-2, 2))
            if kt == "float64":
                return r.choice(["1.5", "-0.5", "0", "1e20", "2", "-3"])
            if kt.startswith("P"):
                return kt + "{%d, %s}" % (r.randint(0, 3), quote_bytes(self.str_value(1)))
            return str(self.int_value(kt) if kt != "int" else r.randint(-9, 30))
        def val():
            if vt == "string":
                return quote_bytes(self.str_value(2))
            if vt == "[]int":
                return "[]int{%s}" % ", ".join(str(r.randint(0, 9)) for _ in range(r.randint(0, 3)))
            if vt == "bool":
                return r.choice(["true", "false"])
            if vt == "float64":
                return r.choice(["0.5", "3", "-1e-9"])
            return str(r.randint(-50, 50))
        m = self.name("m")
        if r.random() < 0.15:
            lines.append("var %s map[%s]%s" % (m, kt, vt))
            lines.append("fmt.Println(%s, len(%s), %s == nil)" % (m, m, m))
            lines.append("if v, ok := %s[%s]; !ok { fmt.Println(v, ok) }" % (m, key()))
            lines.append("delete(%s, %s)" % (m, key()))
            lines.append("%s[%s] = %s" % (m, key(), val()))
            return lines
        entries = {}
        for _ in range(r.randint(0, 6)):
            entries[key()] = val()
        if r.random() < 0.5:
            lines.append("%s := map[%s]%s{%s}" % (m, kt, vt, ", ".join("%s: %s" % kv for kv in entries.items())))
        else:
            lines.append("%s := make(map[%s]%s)" % (m, kt, vt))
            for kk, vv in entries.items():
                lines.append("%s[%s] = %s" % (m, kk, vv))
        lines.append("fmt.Println(%s, len(%s))" % (m, m))
        for _ in range(r.randint(2, 7)):
            c = r.random()
            if c < 0.2:
                lines.append("%s[%s] = %s" % (m, key(), val()))
            elif c < 0.3:
                lines.append("delete(%s, %s)" % (m, key()))
            elif c < 0.45:
                lines.append("if v, ok := %s[%s]; ok { fmt.Println(\"found\", v) } else { fmt.Println(\"missing\", v, ok) }" % (m, key()))
            elif c < 0.55 and vt == "int":
                lines.append("%s[%s] += %d" % (m, key(), r.randint(1, 9)))
                lines.append("%s[%s]++" % (m, key()))
            elif c < 0.55 and vt == "[]int":
                kk = key()
                lines.append("%s[%s] = append(%s[%s], %d)" % (m, kk, m, kk, r.randint(0, 9)))
            elif c < 0.65:
                lines.append("{ n := 0; for range %s { n++ }; fmt.Println(n == len(%s)) }" % (m, m))
            elif c < 0.72:
                lines.append("{ n := 0; for k := range %s { delete(%s, k); n++ }; fmt.Println(n, len(%s)) }" % (m, m, m))
            elif c < 0.77:
                lines.append("clear(%s)" % m)
            elif c < 0.87:
                lines.append('fmt.Printf("%s\\n", %s)' % (r.choice(["%v", "%+v", "%#v", "%d", "%T", "%q", "%x"]), m))
            else:
                lines.append("fmt.Println(%s, fmt.Sprint(%s) == fmt.Sprintf(\"%%v\", %s))" % (m, m, m))
        lines.append("fmt.Println(%s, len(%s))" % (m, m))
        if kt == "float64" and r.random() < 0.5:
            z = self.name("z")
            lines.append("var %s float64" % z)
            lines.append("{ nm := map[float64]int{}; nm[%s/%s] = 1; nm[%s/%s] = 2; nm[1] = 3; fmt.Println(len(nm), nm[%s/%s], nm[1]) }" % (z, z, z, z, z, z))
        return lines

    # ---------- structs and arrays ----------
    def t_structs(self):
        r = self.r
        lines = []
        S = self.name("S")
        fields = []
        for idx in range(r.randint(1, 4)):
            ft = r.choice(["int", "int8", "string", "bool", "[3]int", "[]string", "float32", "uint16"])
            fields.append(("f%d" % idx, ft))
        emb = r.random() < 0.3
        body = "\n".join("\t%s %s" % f for f in fields)
        if emb:
            E = self.name("E")
            self.top.append("type %s struct {\n\tid int\n}\n\nfunc (e %s) Who() int { return e.id * 10 }\n\nfunc (e *%s) Set(v int) { e.id = v }" % (E, E, E))
            body = "\t%s\n%s" % (E, body)
        self.top.append("type %s struct {\n%s\n}" % (S, body))
        self.top.append("func (s %s) Get() %s { return s.%s }\n\nfunc (s *%s) Put(v %s) { s.%s = v }" % (S, fields[0][1], fields[0][0], S, fields[0][1], fields[0][0]))
        def fval(ft):
            return {"int": str(r.randint(-9, 99)), "int8": str(r.randint(-128, 127)), "string": quote_bytes(self.str_value(2)),
                    "bool": r.choice(["true", "false"]), "[3]int": "[3]int{%d, %d}" % (r.randint(0, 9), r.randint(0, 9)),
                    "[]string": "[]string{\"p\", \"q\"}", "float32": r.choice(["0.1", "1.5", "-2"]), "uint16": str(r.randint(0, 65535))}[ft]
        a = self.name("a")
        keyed = r.random() < 0.5
        if keyed:
            lines.append("%s := %s{%s}" % (a, S, ", ".join("%s: %s" % (n, fval(t)) for n, t in fields if r.random() < 0.7)))
        else:
            lines.append("%s := %s{%s%s}" % (a, S, ("%s{%d}, " % (E, r.randint(0, 9))) if emb else "", ", ".join(fval(t) for n, t in fields)))
        b = self.name("b")
        lines.append("%s := %s" % (b, a))
        lines.append("fmt.Println(%s, %s)" % (a, b))
        comparable = all(t != "[]string" for _, t in fields)
        for _ in range(r.randint(3, 8)):
            c = r.random()
            n, t = r.choice(fields)
            if c < 0.2:
                lines.append("%s.%s = %s" % (b, n, fval(t)))
                lines.append("fmt.Println(%s, %s)" % (a, b))
            elif c < 0.3 and t == "[3]int":
                lines.append("%s.%s[%d]++" % (b, n, r.randint(0, 2)))
                lines.append("{ arr := %s.%s; arr[0] = 42; fmt.Println(arr, %s.%s) }" % (b, n, b, n))
            elif c < 0.4:
                lines.append('fmt.Printf("%s\\n", %s)' % (r.choice(["%v", "%+v", "%#v", "%T", "%v|%+v"]), a if "|" not in "" else a) if True else "")
                if lines[-1].count("%") - 1 > 1:
                    lines[-1] = lines[-1].replace(", %s)" % a, ", %s, %s)" % (a, a))
            elif c < 0.5 and comparable:
                lines.append("fmt.Println(%s == %s, %s != %s)" % (a, b, a, b))
            elif c < 0.6:
                p = self.name("p")
                lines.append("%s := &%s" % (p, b))
                lines.append("%s.Put(%s)" % (p, fval(fields[0][1])))
                lines.append("fmt.Println(%s.Get(), %s.Get(), *%s)" % (p, a, p))
            elif c < 0.7:
                g = self.name("g")
                lines.append("%s := %s.Get" % (g, b))
                lines.append("%s.Put(%s)" % (b, fval(fields[0][1])))
                lines.append("fmt.Println(%s(), %s.Get())" % (g, b))
            elif c < 0.78 and emb:
                lines.append("%s.Set(%d)" % (b, r.randint(0, 9)))
                lines.append("fmt.Println(%s.id, %s.Who(), %s.Who())" % (b, b, a))
            elif c < 0.88:
                arr = self.name("arr")
                n2 = r.randint(1, 4)
                lines.append("var %s [%d]%s" % (arr, n2, S))
                lines.append("%s[%d] = %s" % (arr, r.randint(0, n2 - 1), b))
                lines.append("{ cp := %s; cp[0].%s = %s; fmt.Println(len(%s), %s, cp) }" % (arr, n, fval(t), arr, arr))
            else:
                arr = self.name("arr")
                lines.append("%s := [...]int{%s}" % (arr, ", ".join(str(r.randint(0, 9)) for _ in range(r.randint(1, 5)))))
                ix = self.name("ix")
                lines.append("%s := %d" % (ix, r.randint(-1, 5)))
                lines.append("%s2 := %s" % (arr, arr))
                lines.append("%s2[0] = 100" % arr)
                lines.append("fmt.Println(%s, %s2, %s == %s2, len(%s))" % (arr, arr, arr, arr, arr))
                lines.append("fmt.Println(%s[%s])" % (arr, ix))
        return lines

    # ---------- closures ----------
    def t_closures(self):
        r = self.r
        lines = []
        fs = self.name("fs")
        n = r.randint(1, 5)
        lines.append("var %s []func() int" % fs)
        c = r.random()
        if c < 0.4:
            lines.append("for i := 0; i < %d; i++ {" % n)
            lines.append("\t%s = append(%s, func() int { return i * %d })" % (fs, fs, r.randint(1, 5)))
            if r.random() < 0.5:
                lines.append("\ti += %d" % r.randint(0, 1))
            lines.append("}")
        elif c < 0.7:
            lines.append("for i, v := range []int{%s} {" % ", ".join(str(r.randint(0, 9)) for _ in range(n)))
            lines.append("\t%s = append(%s, func() int { i++; return i*100 + v })" % (fs, fs))
            lines.append("}")
        else:
            lines.append("for i := range %d {" % n)
            lines.append("\tj := i * 2")
            lines.append("\t%s = append(%s, func() int { j++; return j })" % (fs, fs))
            lines.append("}")
        lines.append("for _, f := range %s { fmt.Print(f(), \" \") }" % fs)
        lines.append("for _, f := range %s { fmt.Print(f(), \" \") }" % fs)
        lines.append("fmt.Println()")
        cnt = self.name("cnt")
        lines.append("%s := func() func() int { x := %d; return func() int { x += %d; return x } }()" % (cnt, r.randint(0, 9), r.randint(1, 3)))
        lines.append("fmt.Println(%s(), %s(), %s())" % (cnt, cnt, cnt))
        acc = self.name("acc")
        lines.append("%s := 0" % acc)
        lines.append("add := func(d int) { %s += d }" % acc)
        lines.append("for k := range %d { add(k) }" % r.randint(0, 6))
        lines.append("fmt.Println(%s)" % acc)
        if r.random() < 0.5:
            lines.append("func() {")
            lines.append("\tfor i := range %d {" % r.randint(1, 4))
            lines.append('\t\tdefer func() { fmt.Print("d", i, " ") }()')
            lines.append('\t\tdefer fmt.Print("a", i, " ")')
            lines.append("\t}")
            lines.append("}()")
            lines.append("fmt.Println()")
        if r.random() < 0.4:
            lines.append("{")
            lines.append("\tvar ps []*int")
            lines.append("\tfor i := 0; i < 3; i++ { ps = append(ps, &i) }")
            lines.append("\tfmt.Println(*ps[0], *ps[1], *ps[2], ps[0] == ps[1])")
            lines.append("}")
        return lines

    # ---------- defer / panic / recover ----------
    def t_defer(self):
        r = self.r
        lines = []
        F = self.name("F")
        kind = r.choice(["idx", "div", "nilmap", "str", "int", "err", "custom", "none", "slice", "conv", "nilptr", "named"])
        if kind == "custom" or kind == "named":
            self.top.append("type %sErr struct{ code int }\n\nfunc (e %sErr) Error() string { return fmt.Sprintf(\"code %%d\", e.code) }" % (F, F))
            self.top.append("type %sN int" % F)
        body = {
            "idx": "a := []int{1, 2, 3}\n\treturn a[x]",
            "div": "y := x - %d\n\treturn 100 / y" % r.randint(0, 3),
            "nilmap": "var m map[int]int\n\tm[x] = 1\n\treturn len(m)",
            "str": "if x > 1 {\n\t\tpanic(\"boom \" + strconv.Itoa(x))\n\t}\n\treturn x",
            "int": "if x > 0 {\n\t\tpanic(x * 7)\n\t}\n\treturn x",
            "err": "if x != 2 {\n\t\tpanic(errors.New(\"bad x\"))\n\t}\n\treturn x",
            "custom": "if x < 3 {\n\t\tpanic(%sErr{x})\n\t}\n\treturn x" % F,
            "named": "if x < 3 {\n\t\tpanic(%sN(x))\n\t}\n\treturn x" % F,
            "none": "return x + 1",
            "slice": "s := \"hello\"\n\treturn len(s[x:x+3-x*2])",
            "conv": "var i any = x\n\treturn int(i.(int8))",
            "nilptr": "var p *[3]int\n\tif x > 100 {\n\t\tp = &[3]int{}\n\t}\n\treturn p[x%3]",
        }[kind]
        self.top.append("func %s(x int) (r int, err error) {\n"
                        "\tdefer func() {\n"
                        "\t\tif e := recover(); e != nil {\n"
                        "\t\t\t_, isErr := e.(error)\n"
                        "\t\t\tr = -1\n"
                        "\t\t\terr = fmt.Errorf(\"recovered: %%v (error %%v)\", e, isErr)\n"
                        "\t\t}\n"
                        "\t}()\n"
                        "\tdefer func() { r *= 2 }()\n"
                        "\t%s\n"
                        "}" % (F, re.sub(r"return (.*)", r"return \1, nil", body)))
        for _ in range(r.randint(2, 4)):
            lines.append("fmt.Println(%s(%d))" % (F, r.randint(-1, 5)))
        if r.random() < 0.5:
            G = self.name("G")
            self.top.append("func %s() (s string) {\n"
                            "\tdefer func() { s += \" d1\" }()\n"
                            "\tfor i := range 3 {\n"
                            "\t\tdefer func(v int) { s += fmt.Sprint(\" v\", v, i) }(i * 10)\n"
                            "\t}\n"
                            "\ts = \"body\"\n"
                            "\treturn s + \"!\"\n"
                            "}" % G)
            lines.append("fmt.Println(%s())" % G)
        if r.random() < 0.4:
            lines.append("func() {")
            lines.append("\tdefer func() { fmt.Println(\"outer recovered:\", recover()) }()")
            lines.append("\tdefer func() { panic(\"second\") }()")
            lines.append("\tpanic(\"first\")")
            lines.append("}()")
        if r.random() < 0.3:
            lines.append("x := %d" % r.randint(0, 3))
            lines.append("defer fmt.Println(\"deferred arg\", x)")
            lines.append("x = 99")
            lines.append("fmt.Println(x)")
        return lines

    # ---------- goroutines ----------
    def t_goroutines(self):
        r = self.r
        lines = []
        c = r.random()
        n = r.randint(1, 8)
        if c < 0.25:
            lines.append("var wg sync.WaitGroup")
            lines.append("res := make([]int, %d)" % n)
            lines.append("for i := range %d {" % n)
            lines.append("\twg.Add(1)")
            lines.append("\tgo func() {")
            lines.append("\t\tdefer wg.Done()")
            lines.append("\t\tres[i] = i*i + %d" % r.randint(0, 9))
            lines.append("\t}()")
            lines.append("}")
            lines.append("wg.Wait()")
            lines.append("fmt.Println(res)")
        elif c < 0.45:
            cap_ = r.choice([0, 0, 1, 3])
            lines.append("src := make(chan int, %d)" % cap_)
            lines.append("dst := make(chan int, %d)" % r.choice([0, 2]))
            lines.append("go func() { for i := range %d { src <- i }; close(src) }()" % n)
            lines.append("go func() { for v := range src { dst <- v * %d }; close(dst) }()" % r.randint(1, 5))
            lines.append("sum := 0")
            lines.append("for v := range dst { sum += v; fmt.Print(v, \" \") }")
            lines.append("fmt.Println(sum)")
        elif c < 0.6:
            lines.append("var mu sync.Mutex")
            lines.append("var wg sync.WaitGroup")
            lines.append("total := 0")
            lines.append("for i := range %d {" % n)
            lines.append("\twg.Add(1)")
            lines.append("\tgo func(d int) { defer wg.Done(); for range 100 { mu.Lock(); total += d; mu.Unlock() } }(i)")
            lines.append("}")
            lines.append("wg.Wait()")
            lines.append("fmt.Println(total)")
        elif c < 0.72:
            lines.append("ch := make(chan string, %d)" % (n + 1))
            lines.append("for i := range %d { ch <- strconv.Itoa(i) }" % n)
            lines.append("fmt.Println(len(ch), cap(ch))")
            lines.append("close(ch)")
            lines.append("v, ok := <-ch")
            lines.append("fmt.Printf(\"%q %v\\n\", v, ok)")
            lines.append("for v := range ch { fmt.Print(v) }")
            lines.append("v, ok = <-ch")
            lines.append("fmt.Printf(\"%q %v\\n\", v, ok)")
        elif c < 0.8:
            lines.append("ch := make(chan int, 1)")
            lines.append("select {")
            lines.append("case v := <-ch:")
            lines.append("\tfmt.Println(\"got\", v)")
            lines.append("default:")
            lines.append("\tfmt.Println(\"empty\")")
            lines.append("}")
            lines.append("ch <- %d" % r.randint(0, 9))
            lines.append("select {")
            lines.append("case v, ok := <-ch:")
            lines.append("\tfmt.Println(\"got\", v, ok)")
            lines.append("case ch <- 1:")
            lines.append("\tfmt.Println(\"sent\")")
            lines.append("}")
        elif c < 0.9:
            what = r.choice(["close(ch); close(ch)", "var nc chan int; close(nc)", "close(ch); ch <- 1"])
            if "nc" not in what:
                lines.append("ch := make(chan int, 1)")
            lines.append("%s" % what)
        else:
            lines.append("done := make(chan struct{})")
            lines.append("out := make(chan int)")
            lines.append("go func() { defer close(done); for v := range out { fmt.Print(v, \",\") } }()")
            lines.append("for i := range %d { out <- i }" % n)
            lines.append("close(out)")
            lines.append("<-done")
            lines.append("fmt.Println()")
        return lines

    # ---------- fmt ----------
    def t_fmt(self):
        r = self.r
        lines = []
        vals = ["42", "-7", "uint8(200)", "int64(-1) << 63", "3.25", "float32(0.1)", "1e21", "1e-5", "\"go\"",
                "\"\\xffa\"", "'x'", "true", "nil", "[]int{1, 2}", "[]string{\"a\", \"\"}", "map[string]int{\"b\": 2, \"a\": 1}",
                "struct{ A int; B string }{1, \"x\"}", "[2]bool{true}", "[]byte(\"hi\")", "uint64(1) << 63", "-0.0",
                "errors.New(\"e1\")", "[]any{1, \"a\", nil}", "int8(-128)", "uintptr(10)", "'\\u00e9'", "0.000001234",
                "123456789.0", "[]float64{0.5, 2}", "struct{}{}", "[0]int{}", "rune(-1)", "\"\"", "any(3)", "(*int)(nil)",
                "[]error{nil}", "map[int][]string{2: {\"z\"}, -1: nil}"]
        for _ in range(r.randint(4, 10)):
            c = r.random()
            if c < 0.55:
                parts, args = [], []
                for _ in range(r.randint(1, 4)):
                    flags = "".join(r.choice(["", "", "-", "+", "#", "0", " "]) for _ in range(r.randint(0, 2)))
                    width = r.choice(["", "", "", "5", "1", "12"])
                    prec = r.choice(["", "", "", ".0", ".2", ".5", "."])
                    verb = r.choice("vvvdsqxXobcfegGtTUp%")
                    if verb == "p":
                        verb = "v"
                    parts.append("%" + flags + width + prec + verb)
                    if verb != "%":
                        args.append(r.choice(vals))
                if r.random() < 0.1 and args:
                    args.pop()
                elif r.random() < 0.1:
                    args.append(r.choice(vals))
                fmtstr = r.choice(["", "<", "a "]).join(parts) if True else ""
                lines.append('fmt.Printf("%s\\n"%s)' % (fmtstr, "".join(", " + a for a in args)))
            elif c < 0.75:
                fn = r.choice(["Print", "Println", "Sprint", "Sprintln"])
                args = ", ".join(r.choice(vals) for _ in range(r.randint(1, 4)))
                if fn.startswith("S"):
                    lines.append('fmt.Printf("%%q\\n", fmt.%s(%s))' % (fn, args))
                else:
                    lines.append("fmt.%s(%s)" % (fn, args))
                    if fn == "Print":
                        lines.append("fmt.Println()")
            elif c < 0.85:
                lines.append('fmt.Printf("%%[2]v %%[1]v %%v|%%*d|%%-*d|\\n", %s, %s, %d, 7, %d, 8)' % (r.choice(vals), r.choice(vals), r.randint(-3, 6), r.randint(0, 5)))
            else:
                lines.append('fmt.Println(fmt.Errorf("wrap %%w: %%d", errors.New("inner"), %d))' % r.randint(0, 9))
                lines.append('fmt.Println(errors.Unwrap(fmt.Errorf("x %%w", errors.New("in"))))')
        return lines

    # ---------- interfaces, type switches, method sets ----------
    def t_ifaces(self):
        r = self.r
        lines = []
        Sh, A, B = self.name("Sh"), self.name("A"), self.name("B")
        self.top.append("type %s interface {\n\tArea() int\n\tName() string\n}" % Sh)
        self.top.append("type %s struct{ w, h int }\n\nfunc (a %s) Area() int { return a.w * a.h }\n\nfunc (a %s) Name() string { return \"A\" }" % (A, A, A))
        self.top.append("type %s struct{ r int }\n\nfunc (b *%s) Area() int { b.r++; return b.r * 3 }\n\nfunc (b *%s) Name() string { return fmt.Sprint(\"B\", b.r) }\n\nfunc (b *%s) String() string { return \"B!\" }" % (B, B, B, B))
        vals = ["%s{%d, %d}" % (A, r.randint(0, 5), r.randint(0, 5)), "&%s{%d}" % (B, r.randint(0, 5)), "&%s{1, 2}" % A]
        xs = self.name("xs")
        lines.append("%s := []%s{%s}" % (xs, Sh, ", ".join(r.choice(vals) for _ in range(r.randint(1, 4)))))
        lines.append("for i, x := range %s {" % xs)
        lines.append("	fmt.Println(i, x.Area(), x.Name(), x)")
        lines.append("	switch v := x.(type) {")
        lines.append("	case %s:" % A)
        lines.append("		fmt.Println(\"A\", v.w)")
        lines.append("	case *%s:" % B)
        lines.append("		fmt.Println(\"B\", v.r)")
        lines.append("	default:")
        lines.append("		fmt.Printf(\"other %T\\n\", v)")
        lines.append("	}")
        lines.append("}")
        anys = self.name("as")
        items = ["1", "int8(2)", "\"s\"", "2.5", "nil", "[]int{1}", "%s{1, 1}" % A, "true", "'x'", "uint(7)", "map[string]int{\"a\": 1}", "struct{}{}", "[2]string{\"p\"}", "errors.New(\"e\")"]
        lines.append("%s := []any{%s}" % (anys, ", ".join(r.choice(items) for _ in range(r.randint(2, 6)))))
        lines.append("for _, a := range %s {" % anys)
        lines.append("	switch v := a.(type) {")
        lines.append("	case int, int8:")
        lines.append("		fmt.Printf(\"int-ish %v %T\\n\", v, v)")
        lines.append("	case string:")
        lines.append("		fmt.Println(\"string\", len(v))")
        lines.append("	case nil:")
        lines.append("		fmt.Println(\"nil\", v == nil)")
        lines.append("	case error:")
        lines.append("		fmt.Println(\"error\", v.Error())")
        lines.append("	case fmt.Stringer:")
        lines.append("		fmt.Println(\"stringer\", v.String())")
        lines.append("	default:")
        lines.append("		fmt.Printf(\"%T %v\\n\", v, v)")
        lines.append("	}")
        lines.append("	_, isInt := a.(int)")
        lines.append("	fmt.Println(isInt)")
        lines.append("}")
        t = r.choice(["int", "string", "float64", "int8", A, "*" + B, Sh, "error", "fmt.Stringer", "[]int"])
        lines.append("{ var x any = %s; v := x.(%s); fmt.Println(v) }" % (r.choice(items[:4] + items[6:7]), t))
        if r.random() < 0.5:
            lines.append("{ var s %s; fmt.Println(s == nil); s.Area() }" % Sh)
        if r.random() < 0.5:
            lines.append("{ var e1, e2 any = %s, %s; fmt.Println(e1 == e2, e1 != nil) }" % (r.choice(["1", "int8(1)", "\"s\"", "2.5", "nil", "%s{1, 1}" % A]), r.choice(["1", "int8(1)", "\"s\"", "nil", "%s{1, 1}" % A])))
        return lines

    # ---------- control flow ----------
    def t_control(self):
        r = self.r
        lines = []
        n = self.name("n")
        lines.append("%s := %d" % (n, r.randint(-3, 12)))
        lines.append("switch {")
        lines.append("case %s < 0:" % n)
        lines.append('	fmt.Println("neg")')
        lines.append("	fallthrough")
        lines.append("case %s == 0:" % n)
        lines.append('	fmt.Println("zero or fell")')
        lines.append("case %s %% 2 == 0:" % n)
        lines.append('	fmt.Println("even")')
        lines.append("	if %s > 6 {" % n)
        lines.append("		break")
        lines.append("	}")
        lines.append('	fmt.Println("small even")')
        lines.append("default:")
        lines.append('	fmt.Println("odd")')
        lines.append("}")
        lines.append("switch %s %% 4 {" % n)
        lines.append("case 0, 1:")
        lines.append('	fmt.Println("low")')
        lines.append("case -1, -2, -3:")
        lines.append('	fmt.Println("negmod")')
        lines.append("default:")
        lines.append('	fmt.Println("high")')
        lines.append("}")
        lines.append("outer:")
        lines.append("for i := 0; i < %d; i++ {" % r.randint(1, 5))
        lines.append("	for j := range %d {" % r.randint(1, 5))
        lines.append("		if j == %d { continue outer }" % r.randint(0, 4))
        lines.append("		if i*j > %d { break outer }" % r.randint(0, 8))
        lines.append("		fmt.Print(i, j, \" \")")
        lines.append("	}")
        lines.append("}")
        lines.append("fmt.Println()")
        # (no goto: minigo does not support it yet)
        lines.append("{")
        lines.append("	x := %d" % r.randint(0, 3))
        lines.append("	if x := x * 2; x > 2 {")
        lines.append("		fmt.Println(\"inner\", x)")
        lines.append("	} else if y := x + 1; y > 1 {")
        lines.append("		fmt.Println(\"else-if\", x, y)")
        lines.append("	} else {")
        lines.append("		fmt.Println(\"else\", x, y)")
        lines.append("	}")
        lines.append("	fmt.Println(x)")
        lines.append("}")
        lines.append("for i := range %d { defer func() { fmt.Print(\"df\", i) }() }" % r.randint(0, 3))
        return lines

    # ---------- assorted: assignment forms, library calls ----------
    def t_misc(self):
        r = self.r
        lines = []
        a = self.name("a")
        vals = [r.randint(-9, 9) for _ in range(r.randint(1, 6))]
        lines.append("%s := []int{%s}" % (a, ", ".join(map(str, vals))))
        i, j = self.name("i"), self.name("j")
        lines.append("%s, %s := %d, %d" % (i, j, r.randint(0, len(vals) - 1), r.randint(0, len(vals) - 1)))
        lines.append("fmt.Println(%s, %s, %s)" % (a, i, j))
        for _ in range(r.randint(3, 7)):
            c = r.random()
            if c < 0.15:
                lines.append("%s[%s], %s[%s] = %s[%s], %s[%s]" % (a, i, a, j, a, j, a, i))
                lines.append("fmt.Println(%s)" % a)
            elif c < 0.25:
                lines.append("%s, %s = %s, %s" % (i, j, j, i))
                lines.append("fmt.Println(%s, %s)" % (i, j))
            elif c < 0.35:
                b = self.name("b")
                lines.append("%s := make([]byte, %d)" % (b, r.randint(0, 6)))
                lines.append("fmt.Println(copy(%s, %s), %s)" % (b, quote_bytes(self.str_value(3)), b))
                lines.append("fmt.Printf(\"%%q %%s\\n\", %s, %s)" % (b, b))
            elif c < 0.45:
                lines.append("{ c := append([]int(nil), %s...); sort.Ints(c); fmt.Println(c, %s, sort.SearchInts(c, %d)) }" % (a, a, r.randint(-5, 5)))
            elif c < 0.55:
                lines.append("{ c := append([]int(nil), %s...); sort.Slice(c, func(x, y int) bool { return c[x] > c[y] }); fmt.Println(c) }" % a)
            elif c < 0.65:
                sb = self.name("sb")
                lines.append("var %s strings.Builder" % sb)
                lines.append("for _, v := range %s { fmt.Fprintf(&%s, \"%%d;\", v); %s.WriteByte('|'); %s.WriteRune(0x4e16) }" % (a, sb, sb, sb))
                lines.append("fmt.Println(%s.Len(), %s.String())" % (sb, sb))
            elif c < 0.72:
                ss = [quote_bytes(self.str_value(2)) for _ in range(r.randint(1, 5))]
                lines.append("{ ss := []string{%s}; sort.Strings(ss); fmt.Printf(\"%%q\\n\", ss); fmt.Println(strings.Join(ss, \"+\")) }" % ", ".join(ss))
            elif c < 0.8:
                lines.append("{ x, y := %s[%s], %s[%s]; x, y = y+1, x-1; fmt.Println(x, y, x/max(y, 1), x%%max(y, 1)) }" % (a, i, a, j))
            elif c < 0.88:
                lines.append("{ n, err := strconv.ParseInt(%s, %d, %d); fmt.Println(n, err) }" % (r.choice(['"7f"', '"-80"', '"zz"', '"1010"', '"-9223372036854775809"', '"0x1f"', '"+12"', '""', '"077"', '"1_0"']), r.choice([0, 2, 8, 10, 16, 36]), r.choice([8, 16, 32, 64])))
            elif c < 0.94:
                lines.append("{ f, err := strconv.ParseFloat(%s, 64); fmt.Println(f, err) }" % r.choice(['"1.5"', '"1e400"', '"nan"', '"-inf"', '"0x1p-3"', '"abc"', '"1_000.5"', '".5"', '"1e-400"']))
            else:
                lines.append("fmt.Println(strconv.FormatFloat(%s, '%s', %d, 64), strconv.Quote(%s))" % (r.choice(["1.5", "1e21", "0.000012345", "123456789.987", "-0.1"]), r.choice("efgG"), r.randint(-1, 6), quote_bytes(self.str_value(3))))
        return lines

    # ---------- float formatting from random bit patterns ----------
    def t_floatfmt(self):
        r = self.r
        lines = []
        for _ in range(r.randint(3, 8)):
            c = r.random()
            if c < 0.5:
                bits = r.getrandbits(64)
                if r.random() < 0.5:   # keep the exponent in a printable middle range
                    bits = (bits & ~(0x7ff << 52)) | (r.randint(900, 1150) << 52)
                if (bits >> 52) & 0x7ff == 0x7ff:
                    bits &= ~(1 << 62)
                x = "math.Float64frombits(0x%x)" % bits
                size = 64
            else:
                bits = r.getrandbits(32)
                if (bits >> 23) & 0xff == 0xff:
                    bits &= ~(1 << 30)
                x = "math.Float32frombits(0x%x)" % bits
                size = 32
            k = r.random()
            if k < 0.3:
                lines.append("fmt.Println(%s)" % x)
            elif k < 0.6:
                verb = r.choice("eEfgGv")
                prec = r.choice(["", ".0", ".1", ".3", ".6", ".9", ".15", ".17", ".20"])
                lines.append('fmt.Printf("%%%s%s|%%v\\n", %s, %s)' % (prec, verb, x, x))
            elif k < 0.85:
                lines.append("fmt.Println(strconv.FormatFloat(float64(%s), '%s', %d, %d))" % (x, r.choice("efgEGb"), r.choice([-1, -1, 0, 1, 2, 5, 10, 17]), size))
            else:
                lines.append("{ s := strconv.FormatFloat(float64(%s), 'g', -1, %d); f, err := strconv.ParseFloat(s, %d); fmt.Println(s, f, err) }" % (x, size, size))
        return lines

    CATS = [("ints", 6), ("consts", 2), ("floats", 2), ("conv", 3), ("strings", 4), ("slices", 4),
            ("maps", 3), ("structs", 3), ("closures", 2), ("defer", 3), ("goroutines", 2), ("fmt", 3),
            ("ifaces", 2), ("control", 1), ("misc", 2),
            ("floatfmt", 2)]

    def test(self, cat=None):
        self.top = []
        if cat is None:
            cat = self.r.choices([c for c, _ in self.CATS], [w for _, w in self.CATS])[0]
        body = getattr(self, "t_" + cat)()
        return cat, self.top, body


def render(tests, ending=None):
    """tests: list of (name, top-level decls, body lines)."""
    out_top, out_funcs = [], []
    for name, top, body in tests:
        out_top.extend(top)
        out_funcs.append("func %s() {\n%s\n}" % (name, "\n".join("\t" + l for l in body)))
    main = ["func main() {"]
    for name, _, _ in tests:
        main.append("\trun(%s)" % name)
    if ending:
        main.extend("\t" + l for l in ending)
    main.append("}")
    code = "\n\n".join(out_top + out_funcs + ["\n".join(main)])
    used = [p for p in PKGS if p != "fmt" and re.search(r"\b%s\." % p.split("/")[-1], code)]
    head = "package main\n\nimport (\n\t\"fmt\"\n%s)\n\n" % "".join("\t\"%s\"\n" % p for p in used)
    helper = ("func run(f func()) {\n"
              "\tdefer func() {\n"
              "\t\tif r := recover(); r != nil {\n"
              "\t\t\t_, isErr := r.(error)\n"
              "\t\t\tfmt.Println(\"panic:\", r, isErr)\n"
              "\t\t}\n"
              "\t}()\n"
              "\tf()\n"
              "}\n\n")
    return head + helper + code + "\n"


def ending_for(g):
    r = g.r
    c = r.random()
    if c < 0.75:
        return None
    return r.choice([
        ["os.Exit(%d)" % r.randint(0, 5)],
        ["var m map[string]int", "m[\"k\"]++"],
        ["a := []int{1}", "i := %d" % r.randint(1, 9), "fmt.Println(a[i])"],
        ["panic(\"final %d\")" % r.randint(0, 9)],
        ["panic(%d)" % r.randint(-5, 5)],
        ["panic(fmt.Errorf(\"final error %d\", 3))"],
        ["var e error", "panic(e)"],
        ["z := %d" % r.randint(0, 0), "fmt.Println(1 / z)"],
        ["var p *struct{ x int }", "fmt.Println(p.x)"],
        ["var i any = \"s\"", "fmt.Println(i.(int))"],
        ["type T int8", "panic(T(-3))"],
        ["panic(1.5)"],
        ["ch := make(chan int)", "<-ch"],
        ["ch := make(chan int, 1)", "ch <- 1", "ch <- 2"],
        ["select {}"],
        ["var wg sync.WaitGroup", "wg.Add(1)", "wg.Wait()"],
        ["var wg sync.WaitGroup", "wg.Add(-1)"],
        ["var mu sync.Mutex", "mu.Unlock()"],
        ["done := make(chan int)", "go func() { panic(\"in goroutine\") }()", "<-done"],
        ["done := make(chan int)", "go func() { var m map[int]int; m[0]++ }()", "<-done"],
        ["defer fmt.Println(\"deferred\")", "defer func() { panic(\"again\") }()", "panic(\"first\")"],
        ["defer func() { fmt.Println(recover()); panic(fmt.Sprint(\"re\", 1)) }()", "panic(\"orig\")"],
        ["panic(true)"],
        ["s := []int{1, 2, 3}", "j := %d" % r.randint(4, 9), "fmt.Println(s[1:j])"],
    ])


def program(seed, ntests=30):
    g = Gen(seed)
    tests = []
    for i in range(ntests):
        cat, top, body = g.test()
        tests.append(("t%d_%s" % (i, cat), top, body))
    return tests, ending_for(g)


if __name__ == "__main__":
    seed = int(sys.argv[1]) if len(sys.argv) > 1 else 1
    n = int(sys.argv[2]) if len(sys.argv) > 2 else 30
    tests, ending = program(seed, n)
    sys.stdout.write(render(tests, ending))
