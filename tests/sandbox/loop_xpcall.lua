-- refused: a message handler that loops
scenario { id = "attack", version = "1", title = "Attack", procedure = "mini" }
place { id = "house", x = 0, y = 0 }
caller { location = "house", truth = { nature = "fire" } }
xpcall(function() error("x") end, function() while true do end end)
