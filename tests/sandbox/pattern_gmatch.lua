-- refused: a pattern that backtracks (gmatch)
scenario { id = "attack", version = "1", title = "Attack", procedure = "mini" }
place { id = "house", x = 0, y = 0 }
caller { location = "house", truth = { nature = "fire" } }
local s = ("a"):rep(30000)
for x in s:gmatch("a-a-a-b") do end
