# binarytrees.py: the same as binarytrees.go (a node is an object with
# left and right)
class Node:
    __slots__ = ("left", "right")

    def __init__(self, left=None, right=None):
        self.left = left
        self.right = right


def bottom_up(depth):
    if depth <= 0:
        return Node()
    depth -= 1
    return Node(bottom_up(depth), bottom_up(depth))


def check(n):
    if n.left is None:
        return 1
    return 1 + check(n.left) + check(n.right)


def main():
    max_depth = 15
    min_depth = 4

    stretch = max_depth + 1
    print("stretch tree of depth %d\t check: %d" % (stretch, check(bottom_up(stretch))))

    long_lived = bottom_up(max_depth)

    for d in range(min_depth, max_depth + 1, 2):
        iters = 1 << (max_depth - d + min_depth)
        c = 0
        for _ in range(iters):
            c += check(bottom_up(d))
        print("%d\t trees of depth %d\t check: %d" % (iters, d, c))
    print("long lived tree of depth %d\t check: %d" % (max_depth, check(long_lived)))


main()
