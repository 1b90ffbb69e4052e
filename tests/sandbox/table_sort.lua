-- refused: table.sort of a big table, over and over
scenario { id = "attack", version = "1", title = "Attack", procedure = "mini" }
place { id = "house", x = 0, y = 0 }
caller { location = "house", truth = { nature = "fire" } }
local t = {}
for i = 1, 200000 do t[i] = -i end
while true do table.sort(t) end
