-- refused: a plain find of a long near-miss
scenario { id = "attack", version = "1", title = "Attack", procedure = "mini" }
place { id = "house", x = 0, y = 0 }
caller { location = "house", truth = { nature = "fire" } }
local s = ("a"):rep(1000000)
local p = ("a"):rep(500000) .. "b"
local i = s:find(p, 1, true)
