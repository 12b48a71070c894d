-- bench: lua5.4 only
-- binarytrees.lua: the same as binarytrees.go (a node is a table {left, right})
local function bottom_up(depth)
  if depth <= 0 then return {} end
  depth = depth - 1
  return {bottom_up(depth), bottom_up(depth)}
end

local function check(tree)
  if tree[1] == nil then return 1 end
  return 1 + check(tree[1]) + check(tree[2])
end

local maxDepth = 15
local minDepth = 4

local stretch = maxDepth + 1
print(string.format("stretch tree of depth %d\t check: %d", stretch, check(bottom_up(stretch))))

local longLived = bottom_up(maxDepth)

for d = minDepth, maxDepth, 2 do
  local iters = 1 << (maxDepth - d + minDepth)
  local c = 0
  for _ = 1, iters do
    c = c + check(bottom_up(d))
  end
  print(string.format("%d\t trees of depth %d\t check: %d", iters, d, c))
end
print(string.format("long lived tree of depth %d\t check: %d", maxDepth, check(longLived)))
