-- refused: an __index function that calls itself
scenario { id = "attack", version = "1", title = "Attack", procedure = "mini" }
place { id = "house", x = 0, y = 0 }
caller { location = "house", truth = { nature = "fire" } }
local t
t = setmetatable({}, { __index = function(_, k) return t[k] end })
local x = t.anything
