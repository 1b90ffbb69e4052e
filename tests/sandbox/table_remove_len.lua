-- refused: table.remove where __len lies
scenario { id = "attack", version = "1", title = "Attack", procedure = "mini" }
place { id = "house", x = 0, y = 0 }
caller { location = "house", truth = { nature = "fire" } }
local t = setmetatable({}, { __len = function() return math.maxinteger // 2 end })
table.remove(t, 1)
