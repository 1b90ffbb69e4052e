-- refused: a pattern that backtracks (gsub)
scenario { id = "attack", version = "1", title = "Attack", procedure = "mini" }
place { id = "house", x = 0, y = 0 }
caller { location = "house", truth = { nature = "fire" } }
local s = ("x"):rep(100000)
local r = s:gsub("x*x*x*y", "")
