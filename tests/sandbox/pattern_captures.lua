-- refused: more captures than the matcher keeps
scenario { id = "attack", version = "1", title = "Attack", procedure = "mini" }
place { id = "house", x = 0, y = 0 }
caller { location = "house", truth = { nature = "fire" } }
local m = ("a"):rep(50):match(("(a)"):rep(40))
