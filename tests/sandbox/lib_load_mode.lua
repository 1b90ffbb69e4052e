-- refused: load asking for binary mode
scenario { id = "attack", version = "1", title = "Attack", procedure = "mini" }
place { id = "house", x = 0, y = 0 }
caller { location = "house", truth = { nature = "fire" } }
assert(load("\27LuaT", "x", "b"))
