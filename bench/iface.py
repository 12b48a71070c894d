# iface: method calls on three classes through one call site
class Rect:
    def __init__(self, w, h): self.w, self.h = w, h
    def area(self): return self.w * self.h

class Circle:
    def __init__(self, r): self.r = r
    def area(self): return 3 * self.r * self.r

class Square:
    def __init__(self, v): self.v = v
    def area(self): return self.v * self.v

shapes = [Rect(2, 3), Circle(1), Square(2), Circle(2)]
total = 0
for i in range(20000000):
    total += shapes[i & 3].area()
print(total)
