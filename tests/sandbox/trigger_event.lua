-- refused: a trigger that adds events mid-session
scenario { id = "attack", version = "1", title = "Attack", procedure = "mini" }
place { id = "house", x = 0, y = 0 }
caller { location = "house", truth = { nature = "fire" } }
event { when = function(s) event { at_s = 1, say = "y" } return false end, say = "x" }
