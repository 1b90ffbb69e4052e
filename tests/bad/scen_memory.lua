scenario { id = "bad", version = "1", title = "Bad", procedure = "mini" }
place { id = "house", x = 0, y = 0 }
caller { location = "house", truth = { nature = "fire" } }
local t = {}
for i = 1, 1e9 do t[i] = ("x"):rep(100) .. i end
