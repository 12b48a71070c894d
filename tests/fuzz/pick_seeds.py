#!/usr/bin/env python3
"""tests/fuzz/pick_seeds.py — choose at most N inputs that cover the most
coverage edges, from the control file a libFuzzer merge leaves behind, and
copy them into a folder (named by their SHA-1, as libFuzzer names them).

usage: tests/fuzz/pick_seeds.py CONTROL_FILE COVERAGE_FILE OUT_DIR [N=300]

Make the control file with a merge that keeps it, and the coverage file
(which edge belongs to which function) with -print_coverage, e.g.

    F=build-fuzz/tests/fuzz_frontend
    $F -set_cover_merge=1 -use_counters=0 \\
        -merge_control_file=build-fuzz/merge.ctl build-fuzz/min DIR...
    $F -runs=0 -print_coverage=1 build-fuzz/min 2>&1 | grep COVERED_FUNC \\
        > build-fuzz/coverage.txt

The choice is greedy: each step takes the input that adds the most edges
not yet covered (the smaller on a tie). It first covers every edge outside
LATER, then spends what is left of N on the edges of LATER: re2c's lexer
has an edge per byte class in each state of its automaton, thousands that
only a byte's value tells apart and that mutating one byte reaches, while
a path of the parser or the checker may take long to find again. It prints
how many edges the chosen inputs cover, per source folder, of all those the
control file's inputs cover.
"""
import hashlib
import os
import re
import sys

LATER = ("lexer/",)   # folders whose edges are covered last


def read_control(path):
    """Returns [(file, set of edges, set of features)] of the inputs that ran."""
    with open(path) as f:
        lines = f.read().split("\n")
    count = int(lines[0])
    files = lines[2:2 + count]
    edges, feats = {}, {}
    for line in lines[2 + count:]:
        words = line.split()
        if len(words) < 2:
            continue
        if words[0] == "COV":
            edges[int(words[1])] = set(map(int, words[2:]))
        elif words[0] == "FT":
            feats[int(words[1])] = set(map(int, words[2:]))
    return [(files[i], edges.get(i, set()), feats.get(i, set()))
            for i in sorted(set(edges) | set(feats))]


def read_coverage(path):
    """Returns the source file of each edge index: -print_coverage lists the
    functions in the order of the edge table, each with its count of edges."""
    where = []
    line_re = re.compile(r"^(?:UN)?COVERED_FUNC: (?:hits: \d+ )?edges: \d+/(\d+) \S+ (\S+)")
    with open(path) as f:
        for line in f:
            m = line_re.match(line)
            if m:
                src = m.group(2).rsplit(":", 1)[0]
                src = src.split("/../")[-1]          # build-fuzz/../x.c -> x.c
                src = re.sub(r"^.*/build[^/]*/", "", src)  # a generated file
                where += [src] * int(m.group(1))
    return where


def greedy(inputs, size, wanted, limit, chosen, covered):
    """Adds to chosen (and covered) the inputs that cover the most edges of
    wanted, until limit inputs or none is left of wanted."""
    left = [t for t in inputs if t[0] not in chosen]
    while left and len(chosen) < limit:
        best = max(left, key=lambda t: (len((t[1] & wanted) - covered), -size[t[0]]))
        if not (best[1] & wanted) - covered:
            break
        chosen.append(best[0])
        covered |= best[1]
        left.remove(best)


def folder(src):
    return src.split("/", 1)[0] if "/" in src else src


def main():
    if len(sys.argv) not in (4, 5):
        print(__doc__.split("\n\n")[1], file=sys.stderr)
        return 2
    inputs = read_control(sys.argv[1])
    where = read_coverage(sys.argv[2])
    out = sys.argv[3]
    limit = int(sys.argv[4]) if len(sys.argv) == 5 else 300
    all_edges = set().union(*(e for _, e, _ in inputs))
    if where and max(all_edges) >= len(where):
        print("%s does not describe the binary of %s" % (sys.argv[2], sys.argv[1]), file=sys.stderr)
        return 1
    later = {e for e in all_edges if where[e].startswith(LATER)}
    size = {name: os.path.getsize(name) for name, _, _ in inputs}

    chosen, covered = [], set()
    greedy(inputs, size, all_edges - later, limit, chosen, covered)
    first = len(chosen)
    greedy(inputs, size, later, limit, chosen, covered)

    os.makedirs(out, exist_ok=True)
    total = 0
    for name in chosen:
        with open(name, "rb") as f:
            data = f.read()
        with open(os.path.join(out, hashlib.sha1(data).hexdigest()), "wb") as f:
            f.write(data)
        total += len(data)
    print("%d inputs (%d bytes) of %d; %d of them cover what is outside %s"
          % (len(chosen), total, len(inputs), first, " ".join(LATER)))
    per = {}
    for e in all_edges:
        c = per.setdefault(folder(where[e]), [0, 0])
        c[1] += 1
        c[0] += e in covered
    for name, (got, of) in sorted(per.items()):
        print("  %-10s %6d of %6d edges (%.1f%%)" % (name, got, of, 100.0 * got / of))
    print("  %-10s %6d of %6d edges (%.1f%%)" % ("all", len(covered), len(all_edges),
                                                 100.0 * len(covered) / len(all_edges)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
