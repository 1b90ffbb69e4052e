-- refused: a coroutine for ever more
scenario { id = "attack", version = "1", title = "Attack", procedure = "mini" }
place { id = "house", x = 0, y = 0 }
caller { location = "house", truth = { nature = "fire" } }
local t = {}
while true do t[#t + 1] = coroutine.create(function() end) end
