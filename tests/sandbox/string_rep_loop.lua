-- refused: string.rep in a loop
scenario { id = "attack", version = "1", title = "Attack", procedure = "mini" }
place { id = "house", x = 0, y = 0 }
caller { location = "house", truth = { nature = "fire" } }
local t = {}
for i = 1, 1e9 do t[i % 8] = ("x"):rep(1000000) end
