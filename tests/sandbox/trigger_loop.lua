-- refused: a trigger that loops
scenario { id = "attack", version = "1", title = "Attack", procedure = "mini" }
place { id = "house", x = 0, y = 0 }
caller { location = "house", truth = { nature = "fire" } }
event { when = function(s) while true do end end, say = "x" }
