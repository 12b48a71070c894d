#!/usr/bin/env python3
"""embed.py — the standard packages' Go sources, as C: the package table.

usage: embed.py GO_DIR OUT.c DEPFILE

The build runs this (stdlib/meson.build) over stdlib/go and compiles the C
file it writes (in the build directory; it is never committed) into the
stdlib library, where stdlib/packages.c looks packages up in it.

The layout, as Go's GOROOT/src: package P (an import path) is the one file
GO_DIR/P/L.go, where L is the last element of P ("unicode/utf8" is
unicode/utf8/utf8.go) and its package clause names L. Adding a package is
adding its file (and its natives, below); nothing else lists the packages.

Natives: a package whose functions include some without a body (they are
bound to C natives by name) says so with the directive

    //minigo:natives

on a line of its own in the comment above its package clause. Its natives
are then the C table `L_natives` (const NativeDesc[], ending with an entry
of NULLs), defined in one of stdlib/*.c; a package without the directive
gets NULL. The directive and the bodyless functions must go together: one
without the other is an error here rather than at run time.

Out: for each package, its source as a NUL-terminated char array, and
stdlib_packages[] (see packages.h), sorted by import path, ending with
{ NULL }. DEPFILE names every file and directory read, so that ninja runs
this again when a source changes or a package is added or removed.
"""
import os
import re
import sys

ELEMENT = re.compile(r"[a-z][a-z0-9_]*\Z")
PACKAGE = re.compile(r"^package\s+(\w+)", re.M)
DIRECTIVE = re.compile(r"^//minigo:natives\s*$", re.M)
# A trailing line comment (one with no quote in it, so not inside a string).
LINE_COMMENT = re.compile(r"\s+//[^\"`]*$")


def bodyless(text):
    """The number of the first line declaring a function without a body, or
    0: a line starting with "func" (gofmt puts every top-level declaration
    at the start of a line, and nothing else starts with "func") that,
    without a trailing comment, does not end with "{" (a body starts), "}"
    (a one-line body), "(" or "," (a signature that goes on)."""
    for n, line in enumerate(text.split("\n"), 1):
        if line.startswith("func ") or line.startswith("func("):
            code = LINE_COMMENT.sub("", line).rstrip()
            if code[-1:] not in ("{", "}", "(", ","):
                return n
    return 0


def fail(msg):
    sys.exit(f"embed.py: {msg}")


def packages(root):
    """(import path, file) of each package under root, and every directory
    and file looked at."""
    found, seen = [], []
    for d, subdirs, files in os.walk(root):
        subdirs.sort()
        seen.append(d)
        rel = os.path.relpath(d, root)
        gofiles = sorted(f for f in files if f.endswith(".go"))
        if not gofiles:
            continue
        if rel == ".":
            fail(f"{root}: a .go file must be in the folder of its import path")
        path = rel.replace(os.sep, "/")
        elems = path.split("/")
        for e in elems:
            if not ELEMENT.match(e):
                fail(f"{d}: {e!r} is not an import path element minigo takes")
        want = elems[-1] + ".go"
        if gofiles != [want]:
            fail(f"{d}: package {path} must be the one file {want} (found {', '.join(gofiles)})")
        f = os.path.join(d, want)
        seen.append(f)
        found.append((path, f))
    found.sort()
    return found, seen


def c_array(name, data):
    lines = [f"static const char {name}[] = {{"]
    data += b"\0"
    for i in range(0, len(data), 16):
        lines.append("    " + " ".join(f"{b},".rjust(4) for b in data[i:i + 16]))
    lines.append("};")
    return "\n".join(lines)


def main():
    if len(sys.argv) != 4:
        sys.exit(__doc__.split("\n\n")[1])
    root, out, depfile = sys.argv[1:]
    pkgs, seen = packages(root)
    arrays, externs, rows = [], [], []
    taken = {}   # natives table name: its package
    for path, f in pkgs:
        last = path.split("/")[-1]
        with open(f, "rb") as fh:
            data = fh.read()
        if b"\0" in data:
            fail(f"{f}: a NUL byte")
        text = data.decode("utf-8")
        m = PACKAGE.search(text)
        if not m or m.group(1) != last:
            fail(f"{f}: the package clause must be `package {last}`")
        head = text[:m.start()]
        marked = DIRECTIVE.search(head) is not None
        line = bodyless(text)
        if marked and not line:
            fail(f"{f}: //minigo:natives, but no function without a body")
        if line and not marked:
            fail(f"{f}:{line}: a function without a body, and no //minigo:natives above the package clause")
        src = "src_" + path.replace("/", "_")
        arrays.append(f"/* {path}: {os.path.relpath(f, root)} */\n" + c_array(src, data))
        natives = "NULL"
        if marked:
            natives = f"{last}_natives"
            if natives in taken:
                fail(f"{f}: {taken[natives]} and {path} both want {natives}")
            taken[natives] = path
            externs.append(f"extern const NativeDesc {natives}[];")
        rows.append(f'    {{ "{path}", {src}, {natives} }},')
    parts = [
        "/* Generated by stdlib/embed.py from stdlib/go: do not edit. The",
        " * standard packages' Go sources, and the table of packages. */",
        "#include <stddef.h>",
        '#include "packages.h"',
        "",
        "\n".join(externs),
        "",
        "\n\n".join(arrays),
        "",
        "const StdPackage stdlib_packages[] = {",
        "\n".join(rows),
        "    { NULL, NULL, NULL },",
        "};",
        "",
    ]
    with open(out, "w") as fh:
        fh.write("\n".join(parts))
    with open(depfile, "w") as fh:
        fh.write(out.replace(" ", "\\ ") + ": " + " \\\n ".join(p.replace(" ", "\\ ") for p in seen) + "\n")


main()
