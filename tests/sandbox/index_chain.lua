-- refused: an __index chain that loops
scenario { id = "attack", version = "1", title = "Attack", procedure = "mini" }
place { id = "house", x = 0, y = 0 }
caller { location = "house", truth = { nature = "fire" } }
local t = {}
setmetatable(t, { __index = setmetatable({}, { __index = t }) })
local x = t.anything
