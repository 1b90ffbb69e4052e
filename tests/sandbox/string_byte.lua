-- refused: string.byte of every byte, over and over
scenario { id = "attack", version = "1", title = "Attack", procedure = "mini" }
place { id = "house", x = 0, y = 0 }
caller { location = "house", truth = { nature = "fire" } }
local s = ("x"):rep(100000)
while true do local t = { s:byte(1, -1) } end
