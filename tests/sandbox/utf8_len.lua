-- refused: utf8.len over a long string, over and over
scenario { id = "attack", version = "1", title = "Attack", procedure = "mini" }
place { id = "house", x = 0, y = 0 }
caller { location = "house", truth = { nature = "fire" } }
local s = ("x"):rep(1000000)
while true do local n = utf8.len(s) end
