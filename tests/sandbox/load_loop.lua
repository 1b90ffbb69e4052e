-- refused: compiling a long chunk over and over
scenario { id = "attack", version = "1", title = "Attack", procedure = "mini" }
place { id = "house", x = 0, y = 0 }
caller { location = "house", truth = { nature = "fire" } }
local src = "return " .. ("1 + "):rep(200000) .. "1"
while true do load(src) end
