-- refused: table.unpack of a huge range
scenario { id = "attack", version = "1", title = "Attack", procedure = "mini" }
place { id = "house", x = 0, y = 0 }
caller { location = "house", truth = { nature = "fire" } }
local t = { table.unpack({}, 1, 1e8) }
