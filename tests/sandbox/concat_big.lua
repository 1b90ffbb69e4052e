-- refused: table.concat of a huge result
scenario { id = "attack", version = "1", title = "Attack", procedure = "mini" }
place { id = "house", x = 0, y = 0 }
caller { location = "house", truth = { nature = "fire" } }
local t = {}
for i = 1, 20000 do t[i] = ("x"):rep(100) end
local s = table.concat(t)
