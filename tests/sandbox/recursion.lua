-- refused: deep recursion
scenario { id = "attack", version = "1", title = "Attack", procedure = "mini" }
place { id = "house", x = 0, y = 0 }
caller { location = "house", truth = { nature = "fire" } }
local function f(n) return 1 + f(n + 1) end
f(1)
