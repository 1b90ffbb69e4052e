-- refused: load of a binary chunk
scenario { id = "attack", version = "1", title = "Attack", procedure = "mini" }
place { id = "house", x = 0, y = 0 }
caller { location = "house", truth = { nature = "fire" } }
assert(load("\27Lua\84\0\25\147\13\10\26\10\4\8\8x"))
