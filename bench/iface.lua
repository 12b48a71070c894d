-- bench: lua5.4 only
-- iface: method calls on three kinds of object through one call site
local Rect = {}
Rect.__index = Rect
function Rect.area(r) return r.w * r.h end
local Circle = {}
Circle.__index = Circle
function Circle.area(c) return 3 * c.r * c.r end
local Square = {}
Square.__index = Square
function Square.area(s) return s.v * s.v end

local shapes = {
  setmetatable({w = 2, h = 3}, Rect), setmetatable({r = 1}, Circle),
  setmetatable({v = 2}, Square), setmetatable({r = 2}, Circle),
}
local total = 0
for i = 0, 20000000 - 1 do
  total = total + shapes[(i & 3) + 1]:area()
end
print(total)
