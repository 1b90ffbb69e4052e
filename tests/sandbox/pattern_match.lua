-- refused: a pattern that backtracks (match)
scenario { id = "attack", version = "1", title = "Attack", procedure = "mini" }
place { id = "house", x = 0, y = 0 }
caller { location = "house", truth = { nature = "fire" } }
local s = ("a"):rep(20000)
local m = s:match("(a*)*(a*)*b")
