-- refused: a pattern that nests the matcher too deep
scenario { id = "attack", version = "1", title = "Attack", procedure = "mini" }
place { id = "house", x = 0, y = 0 }
caller { location = "house", truth = { nature = "fire" } }
local m = ("a"):rep(300):match(("a?"):rep(250))
