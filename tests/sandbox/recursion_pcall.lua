-- refused: deep recursion caught and retried
scenario { id = "attack", version = "1", title = "Attack", procedure = "mini" }
place { id = "house", x = 0, y = 0 }
caller { location = "house", truth = { nature = "fire" } }
local function f() return 1 + f() end
while true do pcall(f) end
