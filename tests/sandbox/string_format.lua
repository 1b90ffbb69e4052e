-- refused: string.format widening a string over and over
scenario { id = "attack", version = "1", title = "Attack", procedure = "mini" }
place { id = "house", x = 0, y = 0 }
caller { location = "house", truth = { nature = "fire" } }
local s = ("x"):rep(500000)
while true do local _ = string.format("%s%s", s, s) end
