-- refused: a trigger that declares a place mid-session
scenario { id = "attack", version = "1", title = "Attack", procedure = "mini" }
place { id = "house", x = 0, y = 0 }
caller { location = "house", truth = { nature = "fire" } }
event { when = function(s) place { id = "p9", x = 1, y = 1 } return false end, say = "x" }
