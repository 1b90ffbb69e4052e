-- refused: a trigger with a backtracking pattern
scenario { id = "attack", version = "1", title = "Attack", procedure = "mini" }
place { id = "house", x = 0, y = 0 }
caller { location = "house", truth = { nature = "fire" } }
local s = ("a"):rep(3000)
event { when = function() return s:find(".-.-.-b") ~= nil end, say = "x" }
