-- refused: back-references over a long subject
scenario { id = "attack", version = "1", title = "Attack", procedure = "mini" }
place { id = "house", x = 0, y = 0 }
caller { location = "house", truth = { nature = "fire" } }
local s = ("a"):rep(200000)
local r = s:gsub("(a-)%1%1b", "")
