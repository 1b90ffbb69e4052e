scenario { id = "bad", version = "1", title = "Bad", procedure = "mini" }
place { id = "house", x = 0, y = 0 }
local f = io.open("/etc/passwd")
caller { location = "house", truth = { nature = "fire" } }
