-- refused: load reaching io through _G
scenario { id = "attack", version = "1", title = "Attack", procedure = "mini" }
place { id = "house", x = 0, y = 0 }
caller { location = "house", truth = { nature = "fire" } }
local f = load("return _G.io.open('/etc/passwd')")
f()
