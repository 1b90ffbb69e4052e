-- refused: a __close handler that loops while an error unwinds
scenario { id = "attack", version = "1", title = "Attack", procedure = "mini" }
place { id = "house", x = 0, y = 0 }
caller { location = "house", truth = { nature = "fire" } }
local x <close> = setmetatable({}, { __close = function() while true do end end })
error("boom")
