-- refused: an error object whose __tostring loops
scenario { id = "attack", version = "1", title = "Attack", procedure = "mini" }
place { id = "house", x = 0, y = 0 }
caller { location = "house", truth = { nature = "fire" } }
error(setmetatable({}, { __tostring = function() while true do end end }))
