-- refused: string.rep with a separator
scenario { id = "attack", version = "1", title = "Attack", procedure = "mini" }
place { id = "house", x = 0, y = 0 }
caller { location = "house", truth = { nature = "fire" } }
local s = ("ab"):rep(400000, "--")
