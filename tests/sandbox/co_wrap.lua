-- refused: coroutine.wrap running out, caught by pcall
scenario { id = "attack", version = "1", title = "Attack", procedure = "mini" }
place { id = "house", x = 0, y = 0 }
caller { location = "house", truth = { nature = "fire" } }
local f = coroutine.wrap(function() while true do end end)
pcall(f)
local x = 1
