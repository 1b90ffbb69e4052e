-- refused: %b over a long subject, many times
scenario { id = "attack", version = "1", title = "Attack", procedure = "mini" }
place { id = "house", x = 0, y = 0 }
caller { location = "house", truth = { nature = "fire" } }
local s = "(" .. ("("):rep(100000)
local r = s:gsub("%b()", "")
