#!/usr/bin/env python3
"""tests/layers.py — check that the source folders include each other only
down the layers. The last line is "N passed, N failed"; exit 0 iff nothing
failed.

usage: tests/layers.py [-v]     (-v: print every include edge between folders)

The layers are two chains over one runtime base:

    rt < lexer < parser < compiler         (the front end)
    rt < vm < sched < stdlib < cli         (the back end)

A file of a folder may include headers of its own folder and of folders below
it in a chain that holds it; cli/ may include anything (it joins the two
chains). The only crossing between the chains is the table ALLOWED below.
Any other include is a violation, and so is any cycle in the graph of folders
(folder A includes a header of B, directly or through other folders, and B
one of A).

What is read: every .c, .h, .re and .y under the folders of LAYERS (rt/ may
not exist yet: an absent folder is skipped). Each line `#include "x.h"` is
resolved to the folder that holds x.h, found by basename (the build puts every
folder on the include path), or, with a path in it, relative to the including
file first. Headers the build generates (lemon's go.h from parser/go.y,
re2c's output from a .re) live in build/, not in the source tree: a header
x.h not found is mapped to the folder holding x.y or x.re (or by the table
GENERATED, for other generators). An include that resolves nowhere fails its
folder's check. `#include <...>` is ignored.

Known violations. The code has violations today, being removed. They are
listed in tests/layers_known.txt, one per line:

    vm/vm.c -> compiler/types.h            (including file -> included header)
    cycle: sched -> vm -> sched            (a cycle of folders)

A violation not in the list fails, and so does a line of the list that no
longer occurs, so the list only shrinks and always says what is true. Each
failure prints the exact line to add to the list or remove from it (to add a
line is to accept a new violation: remove the include instead if you can).

Checks: one per folder (its includes, and its lines of the list), one for the
cycles, one for the list's lines that name no folder or cannot be read.
"""
import os
import re
import sys

# The folders, and for each the folders it may include (besides itself).
CHAINS = [
    ["rt", "lexer", "parser", "compiler"],
    ["rt", "vm", "sched", "stdlib", "cli"],
]
LAYERS = ["rt", "lexer", "parser", "compiler", "vm", "sched", "stdlib", "cli"]
ANYTHING = {"cli"}   # folders that may include any other

# Allowed crossings between the chains: (from folder, header path) — one
# line per exception, each with its reason.
ALLOWED = {
    # The code generator produces vm's Program: its protos, their constants
    # (Values) and instructions (the opcode list).
    ("compiler", "vm/vm.h"),
    ("compiler", "vm/opcodes.h"),
    ("compiler", "vm/value.h"),
}

# Headers the build generates by other means than lemon or re2c (those are
# found from their .y or .re): header basename -> the folder it belongs to.
GENERATED = {"trace_viewer_html.h": "sched"}   # sched/embed_html.py

SOURCE_EXT = (".c", ".h", ".re", ".y")
GENERATOR_EXT = (".y", ".re")   # x.y / x.re make x.h (lemon) or x.c (re2c)
INCLUDE = re.compile(r'^\s*#\s*include\s*"([^"]+)"')

repo = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
known_path = os.path.join(repo, "tests", "layers_known.txt")


def below(frm):
    """The folders frm may include, frm included."""
    if frm in ANYTHING:
        return set(LAYERS)
    ok = {frm}
    for chain in CHAINS:
        if frm in chain:
            ok.update(chain[:chain.index(frm)])
    return ok


def rel(path):
    return os.path.relpath(path, repo).replace(os.sep, "/")


def scan():
    """Returns (present folders, {basename: [header paths]}, {stem: [generator
    paths]}, [source paths])."""
    present, headers, generators, sources = [], {}, {}, []
    for folder in LAYERS:
        top = os.path.join(repo, folder)
        if not os.path.isdir(top):
            continue
        present.append(folder)
        for dirpath, dirnames, filenames in os.walk(top):
            dirnames.sort()
            for name in sorted(filenames):
                if not name.endswith(SOURCE_EXT):
                    continue
                path = rel(os.path.join(dirpath, name))
                sources.append(path)
                if name.endswith(".h"):
                    headers.setdefault(name, []).append(path)
                stem, ext = os.path.splitext(name)
                if ext in GENERATOR_EXT:
                    generators.setdefault(stem + ".h", []).append(path)
    return present, headers, generators, sources


def resolve(src, inc, headers, generators):
    """The repository path of header inc included by src (for a generated
    header: its would-be path in the generator's folder), or None."""
    if "/" in inc:
        cand = os.path.normpath(os.path.join(repo, os.path.dirname(src), inc))
        if os.path.isfile(cand):
            return rel(cand)
    base = os.path.basename(inc)
    found = headers.get(base)
    if found:
        # the including file's own folder first, as the compiler searches it first
        same = [h for h in found if os.path.dirname(h) == os.path.dirname(src)]
        return (same or found)[0]
    gen = generators.get(base)
    if gen:
        return os.path.dirname(gen[0]) + "/" + base
    if base in GENERATED:
        return GENERATED[base] + "/" + base
    return None


def folder_of(path):
    return path.split("/", 1)[0]


def cycles(edges):
    """Every simple cycle of the folder graph, each once, as a list of folders
    starting from its first folder in LAYERS order."""
    order = {f: i for i, f in enumerate(LAYERS)}
    found = []

    def walk(start, node, path, seen):
        for nxt in sorted(edges.get(node, ()), key=order.get):
            if nxt == start:
                found.append(path + [start])
            elif order[nxt] > order[start] and nxt not in seen:
                walk(start, nxt, path + [nxt], seen | {nxt})

    for start in LAYERS:
        walk(start, start, [start], {start})
    return found


def main():
    verbose = "-v" in sys.argv[1:]
    present, headers, generators, sources = scan()

    # every include, and the violations among them
    edges = {}                    # folder -> set of folders it includes
    violations = {}               # "file -> header" -> line of the source
    unresolved = []               # (folder, message)
    for src in sources:
        frm = folder_of(src)
        with open(os.path.join(repo, src), encoding="utf-8", errors="replace") as f:
            for lineno, line in enumerate(f, 1):
                m = INCLUDE.match(line)
                if not m:
                    continue
                hdr = resolve(src, m.group(1), headers, generators)
                if hdr is None:
                    unresolved.append((frm, '%s:%d: #include "%s" is in none of %s'
                                       % (src, lineno, m.group(1), "/ ".join(present) + "/")))
                    continue
                to = folder_of(hdr)
                if to not in LAYERS or to == frm:
                    continue
                edges.setdefault(frm, set()).add(to)
                if verbose:
                    print("%s:%d: %s -> %s" % (src, lineno, frm, hdr))
                if to not in below(frm) and (frm, hdr) not in ALLOWED:
                    violations.setdefault("%s -> %s" % (src, hdr), "%s:%d" % (src, lineno))
    found_cycles = {"cycle: " + " -> ".join(c) for c in cycles(edges)}

    # the list of known ones
    known, bad_lines = {}, []
    try:
        with open(known_path, encoding="utf-8") as f:
            for lineno, line in enumerate(f, 1):
                line = line.split("#", 1)[0].strip()
                if not line:
                    continue
                line = re.sub(r"\s+", " ", line)
                known[line] = lineno
    except OSError as e:
        bad_lines.append("cannot read %s: %s" % (rel(known_path), e))

    passed = failed = 0

    def report(name, problems):
        nonlocal passed, failed
        if problems:
            failed += 1
            print("FAIL %s" % name)
            for p in problems:
                print("  " + p)
        else:
            passed += 1
            print("ok   %s" % name)

    kp = rel(known_path)
    for folder in LAYERS:
        if folder not in present:
            print("--   %s/ (absent)" % folder)
            continue
        problems = [msg for frm, msg in unresolved if frm == folder]
        for v, where in sorted(violations.items()):
            if v.split("/", 1)[0] == folder and v not in known:
                problems.append("%s: a new violation; add to %s the line: %s" % (where, kp, v))
        for k, lineno in sorted(known.items()):
            if k.startswith(folder + "/") and k not in violations:
                problems.append("%s:%d: no longer occurs; remove the line: %s" % (kp, lineno, k))
        allowed = sorted(below(folder) - {folder}) if folder not in ANYTHING else ["anything"]
        report("%s/ (may include %s)" % (folder, ", ".join(allowed) or "nothing"), problems)

    problems = []
    for c in sorted(found_cycles):
        if c not in known:
            problems.append("a new cycle of folders; add to %s the line: %s" % (kp, c))
    for k, lineno in sorted(known.items()):
        if k.startswith("cycle:") and k not in found_cycles:
            problems.append("%s:%d: no longer occurs; remove the line: %s" % (kp, lineno, k))
    report("no cycle between folders", problems)

    problems = list(bad_lines)
    for k, lineno in sorted(known.items()):
        if k.startswith("cycle:"):
            continue
        if " -> " not in k or folder_of(k) not in present:
            problems.append("%s:%d: not `file -> header` under %s: %s"
                            % (kp, lineno, "/ ".join(present) + "/", k))
    report("%s is well formed" % kp, problems)

    print("%d passed, %d failed" % (passed, failed))
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
