-- refused: comparing two long strings, over and over
scenario { id = "attack", version = "1", title = "Attack", procedure = "mini" }
place { id = "house", x = 0, y = 0 }
caller { location = "house", truth = { nature = "fire" } }
local a = ("x"):rep(1000000)
local b = a:sub(1, -2) .. "y"
while true do local same = a == b end
