-- refused: many distinct strings
scenario { id = "attack", version = "1", title = "Attack", procedure = "mini" }
place { id = "house", x = 0, y = 0 }
caller { location = "house", truth = { nature = "fire" } }
local t, i = {}, 0
while true do i = i + 1; t[i] = "s" .. i end
